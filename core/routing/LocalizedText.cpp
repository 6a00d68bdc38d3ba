#include "core/routing/LocalizedText.h"

#include "core/routing/JsonCursor.h"
#include "core/routing/RoutingError.h"

using namespace Qt::StringLiterals;

namespace panorama::routing {

QJsonObject LocalizedText::toJson() const
{
    return {{u"en"_s, en}, {u"zh"_s, zh}};
}

LocalizedText LocalizedText::fromJson(const JsonCursor &c)
{
    c.allowOnly({u"en"_s, u"zh"_s});
    return {c.at(u"en"_s).string(), c.at(u"zh"_s).string()};
}

Language languageFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"en"_s || n.startsWith(u"en_"_s) || n.startsWith(u"en-"_s))
        return Language::English;
    if (n == u"zh"_s || n.startsWith(u"zh_"_s) || n.startsWith(u"zh-"_s))
        return Language::Chinese;
    throw RoutingError(RoutingErrorKind::BadData, u"unknown language '%1' (use en or zh)"_s.arg(name));
}

} // namespace panorama::routing
