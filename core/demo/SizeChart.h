#pragma once

#include <array>
#include <string>
#include <vector>

namespace panorama::demo {

// The catalogue's categories, in data-model order.
enum class Category : int
{
    Tops,
    Shirts,
    Dresses,
    Trousers,
    Jeans,
    Skirts,
    Outerwear,
    Knitwear,
    Underwear,
    Swimwear,
    Socks,
    Shoes,
    Accessories,
    Count
};
const char *categoryKey(Category c);
const char *categoryZh(Category c);
// Underwear, swimwear and socks: no return unless faulty (policy).
bool isReturnExcluded(Category c);

enum class Wearer
{
    Female,
    Male,
    Kids,
    Unisex
};
const char *wearerKey(Wearer w);

// Body measurements in cm and kg. Zero means "not known".
struct Body
{
    float height = 0;
    float weight = 0;
    float chest = 0;
    float waist = 0;
    float hips = 0;
    float foot = 0;
};

enum Measure : int
{
    Height,
    Chest,
    Waist,
    Hips,
    Weight,
    Foot,
    MeasureCount
};
const char *measureKey(Measure m);

// One label of a chart with the body ranges it is meant for.
struct SizeRow
{
    std::string label;
    std::array<float, MeasureCount> lo{};
    std::array<float, MeasureCount> hi{};
    std::array<bool, MeasureCount> has{};
};

// A brand's published size chart for a category and wearer, built from the Chinese garment size standard
// (GB/T 1335: women M = 160/84A, men M = 170/88A; jeans by waist inches; children by height; shoes by foot
// length). It also answers which label a body falls in: the continuous position on the chart, so a brand's
// bias ("runs small: +0.5 size") can shift it before rounding.
class SizeChart
{
public:
    SizeChart(Category category, Wearer wearer, const std::vector<std::string> &labels);

    Category category() const { return m_category; }
    Wearer wearer() const { return m_wearer; }
    const std::vector<SizeRow> &rows() const { return m_rows; }
    bool isOneSize() const { return m_rows.size() <= 1; }
    // Fractional label index the body sits at (0 = first label); the largest over the category's key measures,
    // since a garment must fit the body where the body is biggest. NaN-free: missing measures are skipped.
    double position(const Body &body) const;
    // The label index a body needs once the garment's bias and the wearer's fit preference are added.
    int indexFor(double position, double shift) const;
    int indexOf(const std::string &label) const;
    // The measure that decides the size for this category (chest for tops, waist for jeans, ...).
    Measure primaryMeasure() const;

    // Labels the standard knows for a wearer and category, in order.
    static std::vector<std::string> standardLabels(Category category, Wearer wearer);

private:
    double positionOn(Measure m, float value) const;

    Category m_category;
    Wearer m_wearer;
    std::vector<SizeRow> m_rows;
    std::vector<std::pair<Measure, double>> m_keys; // measure and its handicap (height matters less than chest)
};

} // namespace panorama::demo
