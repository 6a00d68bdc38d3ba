#pragma once

#include "core/search/StopWords.h"
#include "core/search/SynonymLexicon.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace panorama::search {

enum class TokenKind : quint8
{
    Word,    // an ICU word of two or more Han characters, a number, or a word of another script
    Stem,    // an English (Latin-script) word reduced by the Snowball stemmer
    Bigram,  // two adjacent Han characters (ICU splits 发货/收货 into single characters; bigrams keep them)
    Unigram, // a Han character standing alone (a run of one character)
    Concept, // a lexicon concept ("_c_size") found as a synonym phrase in the text
    Char,    // every non-stop Han character (AnalyzeOptions::allHanUnigrams): features for the encoder only
};

// One index/query term with the span of the original (un-normalised) text it came from.
struct Token
{
    QString term;
    int start = 0; // UTF-16 offsets into the text given to analyze()
    int end = 0;
    TokenKind kind = TokenKind::Word;
};

struct AnalyzeOptions
{
    bool allHanUnigrams = false; // also every non-stop Han character as a Char token (features for the encoder)
    bool concepts = true;
};

// The text pipeline shared by indexing and querying: normalisation (NFKC, case folding, Traditional →
// Simplified), ICU word segmentation, Han character bigrams, Snowball English stemming, stop words and the
// synonym/concept lexicon. Terms are sanitised so FTS5's unicode61 tokenizer keeps each as one token.
// Immutable after construction and safe to share between threads (ICU and Snowball state is per thread).
class Analyzer final
{
public:
    Analyzer(); // built-in lexicon and stop words
    explicit Analyzer(const SynonymLexicon &lexicon, const StopWords &stopWords = StopWords::builtIn());

    QList<Token> analyze(QStringView text, const AnalyzeOptions &options = {}) const;
    QStringList terms(QStringView text, const AnalyzeOptions &options = {}) const;
    // The lookup key of a lexicon phrase: Han characters as they are, Latin words stemmed and space-joined.
    QString phraseKey(QStringView phrase) const;

    static QString conceptTerm(const QString &conceptId) { return u"_c_" + conceptId; }
    const SynonymLexicon &lexicon() const { return m_lexicon; }
    // Concepts the phrase maps to, given its phraseKey().
    QStringList conceptsOfKey(const QString &key) const { return m_phraseConcepts.value(key); }

private:
    SynonymLexicon m_lexicon;
    StopWords m_stop;
    QHash<QString, QStringList> m_phraseConcepts;
    int m_maxHanLen = 0;
    int m_maxLatinWords = 0;
};

} // namespace panorama::search
