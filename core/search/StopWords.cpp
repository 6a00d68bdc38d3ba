#include "core/search/StopWords.h"

#include "core/search/TextNormalizer.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace panorama::search {

namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("panorama_search: built-in resource %s is missing", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

} // namespace

StopWords StopWords::fromText(const QString &english, const QString &chinese)
{
    StopWords sw;
    for (const QString &text : {english, chinese}) {
        const QStringList lines = text.split(u'\n');
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QString word = TextNormalizer::normalize(line);
            sw.m_words.insert(word);
            if (word.size() == 1 && word.at(0).unicode() >= 0x3400)
                sw.m_chars.insert(word.at(0));
        }
    }
    return sw;
}

const StopWords &StopWords::builtIn()
{
    static const StopWords sw = fromText(readResource(u":/panorama/search/stopwords_en.txt"_s),
                                         readResource(u":/panorama/search/stopwords_zh.txt"_s));
    return sw;
}

} // namespace panorama::search
