#pragma once

#include <QString>

// Folds text so one rule matches every spelling of a phrase: Traditional → Simplified Chinese (OpenCC t2s,
// character level), full-width → half-width, upper → lower case. The folded text has exactly the same UTF-16
// length as the input, so an offset found in the folded text is an offset in the original.
namespace panorama::qa {

class TextNormalizer
{
public:
    static QString fold(QStringView text);
    static char16_t foldChar(char16_t c);
    // True when OpenCC's t2s data was found and loaded (otherwise only width and case are folded).
    static bool hasChineseFolding();
};

} // namespace panorama::qa
