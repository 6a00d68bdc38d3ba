#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace panorama::search {

// Normalised text plus, for every UTF-16 unit of it, the index of the original unit it came from, so
// matches found on the normalised form can be highlighted in the text the user sees.
struct NormalizedText
{
    QString text;
    QList<int> origin; // origin.size() == text.size()
};

// Brings text to the one form the index and the queries share: NFKC (full-width → half-width, ligatures),
// Unicode case folding and Traditional → Simplified Chinese (OpenCC t2s), so 繁體 queries find 简体 articles.
// Thread-safe: each thread gets its own OpenCC converter.
class TextNormalizer final
{
public:
    static QString normalize(QStringView text);
    static NormalizedText normalizeWithOffsets(QStringView text);
    // True when OpenCC's t2s configuration could be loaded (a missing opencc-data package makes it false:
    // normalisation then keeps Traditional characters and says so through this flag).
    static bool hasChineseConversion();
};

} // namespace panorama::search
