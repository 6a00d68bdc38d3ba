#pragma once

#include "core/demo/SizeChart.h"

#include <span>

namespace panorama::demo::CatalogueData {

// A style's base name in both languages; `rigid` marks non-stretch denim (Indigo Row: one waist size up).
struct StyleName
{
    const char *zh;
    const char *en;
    bool rigid = false;
};

struct Colour
{
    const char *zh;
    const char *en;
    const char *code;
};

// What a label sells: how many styles per wearer and category, and which labels of the standard it offers.
struct Line
{
    int brand;
    Wearer wearer;
    Category category;
    int styles;
    const char *firstLabel;
    const char *lastLabel;
};

std::span<const StyleName> styleNames(Category category, Wearer wearer);
std::span<const Colour> colours(Category category);
std::span<const Line> lines();
std::span<const char *const> descriptorsZh();
std::span<const char *const> descriptorsEn();
// Typical shelf price in yuan for a category (before the label's price factor).
int basePriceYuan(Category category);

} // namespace panorama::demo::CatalogueData
