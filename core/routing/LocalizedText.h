#pragma once

#include <QJsonObject>
#include <QString>

namespace panorama::routing {

class JsonCursor;

// The languages explanations and names are written in.
enum class Language
{
    English,
    Chinese
};

// A short text in English and Simplified Chinese (category names, team names, explanation fragments).
struct LocalizedText
{
    QString en;
    QString zh;

    const QString &in(Language l) const { return l == Language::Chinese ? zh : en; }
    QJsonObject toJson() const;
    // {"en": "...", "zh": "..."}; both required.
    static LocalizedText fromJson(const JsonCursor &c);
};

// "en" / "zh" (also "zh_CN", "zh-Hans"); throws RoutingError(BadData) on anything else.
Language languageFromName(const QString &name);

} // namespace panorama::routing
