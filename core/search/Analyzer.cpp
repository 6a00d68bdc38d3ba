#include "core/search/Analyzer.h"

#include "core/search/TextNormalizer.h"

#include <QLoggingCategory>

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace panorama::search {

namespace {

Q_LOGGING_CATEGORY(lcAnalyzer, "panorama.search.analyzer")

// ICU break iterators and Snowball stemmers are not thread-safe: one of each per thread.
icu::BreakIterator *breakIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> bi(
            icu::BreakIterator::createWordInstance(icu::Locale::getSimplifiedChinese(), status));
        if (U_FAILURE(status))
            qFatal("panorama_search: ICU word break iterator unavailable: %s", u_errorName(status));
        return bi;
    }();
    return it.get();
}

struct StemmerDeleter
{
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};

QString stem(const QString &word)
{
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
    if (!stemmer)
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *out =
        sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!out)
        return word;
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(stemmer.get()));
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

char32_t firstCodePoint(QStringView s)
{
    if (s.isEmpty())
        return 0;
    if (s.at(0).isHighSurrogate() && s.size() > 1)
        return QChar::surrogateToUcs4(s.at(0), s.at(1));
    return s.at(0).unicode();
}

bool isLatinWord(QStringView s)
{
    for (QChar c : s) {
        if (c.isLetter() && c.script() != QChar::Script_Latin)
            return false;
    }
    return true;
}

// Keeps letters, digits and '_' so FTS5's unicode61 tokenizer (tokenchars '_') sees exactly one token.
QString sanitize(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size()) {
            out.append(c);
            out.append(s.at(++i));
        } else if (c.isLetterOrNumber() || c == u'_') {
            out.append(c);
        } else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(u'_') && !out.isEmpty()) {
            out.append(u'_');
        }
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out;
}

// The walk over ICU segments shared by analyze() and phraseKey().
struct Segment
{
    int start;
    int end;
    int status;
};

QList<Segment> segments(const QString &text)
{
    QList<Segment> out;
    if (text.isEmpty())
        return out;
    icu::BreakIterator *bi = breakIterator();
    const icu::UnicodeString us(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    bi->setText(us);
    int32_t start = bi->first();
    for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next())
        out.append({start, end, bi->getRuleStatus()});
    bi->setText(icu::UnicodeString()); // drop the alias before `us` goes away
    return out;
}

} // namespace

Analyzer::Analyzer() : Analyzer(SynonymLexicon::builtIn()) {}

Analyzer::Analyzer(const SynonymLexicon &lexicon, const StopWords &stopWords) : m_lexicon(lexicon), m_stop(stopWords)
{
    for (auto it = m_lexicon.concepts().begin(); it != m_lexicon.concepts().end(); ++it) {
        for (const QString &term : it.value()) {
            const QString key = phraseKey(term);
            if (key.isEmpty())
                continue;
            const bool han = isHan(firstCodePoint(key));
            if (han && key.size() < 2) {
                qCDebug(lcAnalyzer) << "lexicon term" << term << "is a single character and is ignored";
                continue;
            }
            QStringList &concepts = m_phraseConcepts[key];
            if (!concepts.contains(it.key()))
                concepts.append(it.key());
            if (han)
                m_maxHanLen = std::max(m_maxHanLen, int(key.size()));
            else
                m_maxLatinWords = std::max(m_maxLatinWords, int(key.count(u' ') + 1));
        }
    }
}

QString Analyzer::phraseKey(QStringView phrase) const
{
    const QString norm = TextNormalizer::normalize(phrase);
    QString key;
    for (const Segment &s : segments(norm)) {
        const QStringView seg = QStringView(norm).mid(s.start, s.end - s.start);
        if (s.status == UBRK_WORD_NONE)
            continue;
        if (isHan(firstCodePoint(seg))) {
            if (!key.isEmpty() && !isHan(firstCodePoint(QStringView(key).right(1))))
                key.append(u' ');
            key.append(seg);
        } else {
            if (!key.isEmpty())
                key.append(u' ');
            key.append(isLatinWord(seg) ? sanitize(stem(seg.toString())) : sanitize(seg));
        }
    }
    return key;
}

QList<Token> Analyzer::analyze(QStringView text, const AnalyzeOptions &options) const
{
    QList<Token> out;
    const NormalizedText nt = TextNormalizer::normalizeWithOffsets(text);
    const QString &norm = nt.text;
    auto origStart = [&](int i) { return nt.origin.at(i); };
    auto origEnd = [&](int e) {
        const int o = nt.origin.at(e - 1);
        return o + ((text.at(o).isHighSurrogate() && o + 1 < text.size()) ? 2 : 1);
    };

    // Han run being collected: normalised start of each character.
    QList<int> run;
    auto flushRun = [&] {
        for (int i = 0; i + 1 < run.size(); ++i) {
            const QChar a = norm.at(run[i]), b = norm.at(run[i + 1]);
            if (run[i + 1] != run[i] + 1) // surrogate pairs: skip bigrams over astral characters
                continue;
            if (m_stop.isStopChar(a) && m_stop.isStopChar(b))
                continue;
            out.append({QString(a) + b, origStart(run[i]), origEnd(run[i + 1] + 1), TokenKind::Bigram});
        }
        if (run.size() == 1 && !m_stop.isStopChar(norm.at(run[0])))
            out.append({QString(norm.at(run[0])), origStart(run[0]), origEnd(run[0] + 1), TokenKind::Unigram});
        if (options.allHanUnigrams) {
            for (int p : run) {
                if (!m_stop.isStopChar(norm.at(p)))
                    out.append({QString(norm.at(p)), origStart(p), origEnd(p + 1), TokenKind::Char});
            }
        }
        if (options.concepts && m_maxHanLen >= 2) {
            // Longest phrase first; a shorter phrase of the same concept inside it (大了 in 买大了) adds nothing.
            QHash<QString, int> coveredUntil;
            for (int i = 0; i < run.size(); ++i) {
                for (int len = std::min(m_maxHanLen, int(run.size()) - i); len >= 2; --len) {
                    const int s = run[i], e = run[i + len - 1] + 1;
                    const auto it = m_phraseConcepts.constFind(norm.mid(s, e - s));
                    if (it == m_phraseConcepts.constEnd())
                        continue;
                    for (const QString &c : *it) {
                        if (coveredUntil.value(c, -1) >= e)
                            continue;
                        coveredUntil.insert(c, e);
                        out.append({conceptTerm(c), origStart(s), origEnd(e), TokenKind::Concept});
                    }
                }
            }
        }
        run.clear();
    };

    struct LatinWord
    {
        QString stem;
        int start, end;
    };
    QList<LatinWord> window;

    for (const Segment &s : segments(norm)) {
        const QStringView seg = QStringView(norm).mid(s.start, s.end - s.start);
        const bool han = isHan(firstCodePoint(seg));
        if (!han)
            flushRun();
        if (s.status == UBRK_WORD_NONE) {
            if (!seg.trimmed().isEmpty())
                window.clear(); // punctuation ends a phrase
            continue;
        }
        if (han) {
            window.clear();
            for (int i = s.start; i < s.end; ++i) {
                if (!norm.at(i).isLowSurrogate())
                    run.append(i);
            }
            const QString word = seg.toString();
            if (m_stop.isStopWord(word))
                continue;
            // Single characters inside a longer run are covered by its bigrams; alone they would match any
            // word that shares a character (货 in 退货 for a question about 发货).
            if (seg.size() >= 2 && !(seg.size() == 2 && seg.at(0).isHighSurrogate()))
                out.append({word, origStart(s.start), origEnd(s.end), TokenKind::Word});
            continue;
        }
        if (s.status >= UBRK_WORD_LETTER && isLatinWord(seg)) {
            const QString word = seg.toString();
            const QString stemmed = sanitize(stem(word));
            if (stemmed.isEmpty())
                continue;
            if (!m_stop.isStopWord(word))
                out.append({stemmed, origStart(s.start), origEnd(s.end), TokenKind::Stem});
            if (!options.concepts || m_maxLatinWords == 0)
                continue;
            window.append({stemmed, origStart(s.start), origEnd(s.end)});
            if (window.size() > m_maxLatinWords)
                window.removeFirst();
            QString key;
            for (qsizetype i = window.size() - 1; i >= 0; --i) {
                key = i == window.size() - 1 ? window[i].stem : window[i].stem + u' ' + key;
                const auto it = m_phraseConcepts.constFind(key);
                if (it == m_phraseConcepts.constEnd())
                    continue;
                for (const QString &c : *it) {
                    // "too big": the longer phrase replaces a same-concept match on its own last word.
                    const QString term = conceptTerm(c);
                    if (!out.isEmpty() && out.last().kind == TokenKind::Concept && out.last().term == term &&
                        out.last().end == window.last().end)
                        out.removeLast();
                    out.append({term, window[i].start, window.last().end, TokenKind::Concept});
                }
            }
            continue;
        }
        window.clear();
        const QString term = sanitize(seg);
        if (!term.isEmpty())
            out.append({term, origStart(s.start), origEnd(s.end), TokenKind::Word});
    }
    flushRun();
    return out;
}

QStringList Analyzer::terms(QStringView text, const AnalyzeOptions &options) const
{
    const QList<Token> tokens = analyze(text, options);
    QStringList out;
    out.reserve(tokens.size());
    for (const Token &t : tokens)
        out.append(t.term);
    return out;
}

} // namespace panorama::search
