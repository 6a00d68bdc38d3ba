#pragma once

#include <QString>

namespace panorama {

// Installs Panorama's and Qt's own translations for a language ("en", "zh_CN"; empty: the system locale) and
// makes it the default locale, so numbers, dates and money follow it too.
class Translations final
{
public:
    // Returns the language in effect ("en" when no translation matched).
    static QString install(const QString &language);
};

} // namespace panorama
