#pragma once

#include <QString>

namespace panorama::routing {

// Folds ticket text to one canonical form so that the same words give the same features whatever the
// input method produced: NFKC (full-width Latin and digits become ASCII), case folding, Traditional → Simplified
// Chinese (OpenCC t2s) and collapsed whitespace. Thread-safe.
class TextNormalizer final
{
public:
    struct Options
    {
        bool traditionalToSimplified = true;
    };

    static QString normalize(const QString &text, Options options);
    static QString normalize(const QString &text) { return normalize(text, Options{}); }

    // True when OpenCC's t2s configuration could be loaded; without it Traditional text is kept as is.
    static bool hasTraditionalConverter();
    // Converts Traditional Chinese to Simplified (identity when OpenCC is unavailable or the text has no Han).
    static QString toSimplified(const QString &text);
    static bool containsHan(const QString &text);
};

} // namespace panorama::routing
