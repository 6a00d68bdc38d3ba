#pragma once

#include <QSet>
#include <QString>

namespace panorama::search {

// The English and Chinese stop-word lists (resources/search/stopwords_*.txt, built into the library).
// Words are compared in normalised form; single Chinese characters of the list are also "stop characters".
class StopWords final
{
public:
    static const StopWords &builtIn();
    static StopWords fromText(const QString &english, const QString &chinese);

    bool isStopWord(const QString &normalizedWord) const { return m_words.contains(normalizedWord); }
    bool isStopChar(QChar c) const { return m_chars.contains(c); }

private:
    QSet<QString> m_words;
    QSet<QChar> m_chars;
};

} // namespace panorama::search
