#include "core/qa/QaRuleSet.h"

#include "core/qa/QaRuleParser.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace panorama::qa {

QString QaRule::messageFor(LanguageMask lang) const
{
    const QString key = (lang & Chinese) ? u"zh"_s : u"en"_s;
    return message.value(key, message.value(key == u"zh" ? u"en"_s : u"zh"_s));
}

QString QaRule::suggestionFor(LanguageMask lang) const
{
    const QString key = (lang & Chinese) ? u"zh"_s : u"en"_s;
    return suggestion.value(key, suggestion.value(key == u"zh" ? u"en"_s : u"zh"_s));
}

QaRuleSet::ParseResult QaRuleSet::parse(const QByteArray &json)
{
    return QaRuleParser().parse(json);
}

QaRuleSet::ParseResult QaRuleSet::parseFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {nullptr, {u"cannot read rule file %1: %2"_s.arg(path, f.errorString())}};
    ParseResult r = parse(f.readAll());
    for (QString &e : r.errors)
        e.prepend(path + u": "_s);
    return r;
}

qsizetype QaRuleSet::enabledCount() const
{
    qsizetype n = 0;
    for (const QaRule &r : m_rules)
        n += r.enabled ? 1 : 0;
    return n;
}

QJsonDocument QaRuleSet::toJson() const
{
    return QJsonDocument(m_source);
}

} // namespace panorama::qa
