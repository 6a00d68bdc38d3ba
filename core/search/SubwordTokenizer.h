#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace panorama::search {

// The tokenizer of a Hugging Face `tokenizer.json` as Model2Vec models ship it: WordPiece with BERT
// normalisation and pre-tokenisation (English and CJK models), or Unigram with Metaspace (multilingual
// models). Gives token ids without special tokens, as Model2Vec does. Unsupported kinds are load errors.
class SubwordTokenizer final
{
public:
    static std::optional<SubwordTokenizer> load(const QString &tokenizerJsonPath, QString *error);
    static std::optional<SubwordTokenizer> fromJson(const QByteArray &json, QString *error);

    std::vector<int> encode(QStringView text) const;
    QStringList tokens(QStringView text) const; // for tests and debugging
    int vocabularySize() const { return int(m_pieces.size()); }
    int unknownId() const { return m_unkId; }

private:
    enum class Kind
    {
        WordPiece,
        Unigram
    };
    QStringList preTokenize(QStringView text) const;
    void wordPiece(const QString &word, std::vector<int> &out) const;
    void unigram(const QString &word, std::vector<int> &out) const;

    Kind m_kind = Kind::WordPiece;
    QHash<QString, int> m_vocab;
    std::vector<QString> m_pieces;
    std::vector<double> m_scores; // Unigram log-probabilities
    int m_unkId = -1;
    QString m_prefix = QStringLiteral("##");
    int m_maxChars = 100;
    int m_maxPieceLength = 1;
    bool m_lowercase = true;
    bool m_stripAccents = true;
    bool m_chineseChars = true;
};

} // namespace panorama::search
