#include "core/demo/SizeChart.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace panorama::demo {

namespace {

const char *const kCategoryKeys[] = {"tops",   "shirts",    "dresses",    "trousers",  "jeans",
                                     "skirts", "outerwear", "knitwear",   "underwear", "swimwear",
                                     "socks",  "shoes",     "accessories"};
const char *const kCategoryZh[] = {"上衣",   "衬衫", "连衣裙", "裤装", "牛仔裤", "半身裙", "外套",
                                   "针织衫", "内衣", "泳装",   "袜子", "鞋履",   "配饰"};
const char *const kLetters[] = {"XS", "S", "M", "L", "XL", "XXL", "XXXL"};

// Centres per letter (XS..XXXL) of the Chinese standard body types (A: chest minus waist 14-18 cm women,
// 12-16 cm men), and the weight bands retailers print next to them.
constexpr float kFemaleHeight[] = {150, 155, 160, 165, 170, 175, 180};
constexpr float kFemaleChest[] = {76, 80, 84, 88, 92, 96, 100};
constexpr float kFemaleWaist[] = {60, 64, 68, 72, 76, 80, 84};
constexpr float kFemaleHips[] = {82, 86, 90, 94, 98, 102, 106};
constexpr float kFemaleWeight[] = {40, 45, 50, 55, 61, 67, 74, 82};
constexpr float kMaleHeight[] = {160, 165, 170, 175, 180, 185, 190};
constexpr float kMaleChest[] = {80, 84, 88, 92, 96, 100, 104};
constexpr float kMaleWaist[] = {68, 72, 76, 80, 84, 88, 92};
constexpr float kMaleHips[] = {84, 88, 92, 96, 100, 104, 108};
constexpr float kMaleWeight[] = {48, 54, 60, 67, 74, 81, 88, 96};
// Children by height: label = height in cm; typical weight at that height.
constexpr float kKidsWeight[] = {13, 15.5f, 18.5f, 22, 26, 31, 38, 45};

void setRange(SizeRow &row, Measure m, float lo, float hi)
{
    row.lo[size_t(m)] = lo;
    row.hi[size_t(m)] = hi;
    row.has[size_t(m)] = true;
}

int letterIndex(const std::string &label)
{
    for (int i = 0; i < int(std::size(kLetters)); ++i) {
        if (label == kLetters[i])
            return i;
    }
    return -1;
}

float round1(double v)
{
    return float(std::round(v * 10.0) / 10.0);
}

} // namespace

const char *categoryKey(Category c)
{
    return kCategoryKeys[int(c)];
}

const char *categoryZh(Category c)
{
    return kCategoryZh[int(c)];
}

bool isReturnExcluded(Category c)
{
    return c == Category::Underwear || c == Category::Swimwear || c == Category::Socks;
}

const char *wearerKey(Wearer w)
{
    switch (w) {
    case Wearer::Female:
        return "female";
    case Wearer::Male:
        return "male";
    case Wearer::Kids:
        return "kids";
    case Wearer::Unisex:
        break;
    }
    return "unisex";
}

const char *measureKey(Measure m)
{
    static const char *const keys[] = {"height", "chest", "waist", "hips", "weight", "foot"};
    return keys[int(m)];
}

std::vector<std::string> SizeChart::standardLabels(Category category, Wearer wearer)
{
    std::vector<std::string> labels;
    if (category == Category::Accessories || category == Category::Socks) {
        labels.emplace_back("F"); // 均码, one size
    } else if (wearer == Wearer::Kids) {
        for (int h = 90; h <= 160; h += 10)
            labels.push_back(std::to_string(h));
    } else if (category == Category::Shoes) {
        const int from = wearer == Wearer::Male ? 38 : 34;
        const int to = wearer == Wearer::Male ? 46 : 41;
        for (int s = from; s <= to; ++s)
            labels.push_back(std::to_string(s));
    } else if (category == Category::Jeans) {
        const int from = wearer == Wearer::Male ? 27 : 23;
        const int to = wearer == Wearer::Male ? 40 : 34;
        for (int w = from; w <= to; ++w)
            labels.push_back(std::to_string(w));
    } else {
        for (const char *l : kLetters)
            labels.emplace_back(l);
    }
    return labels;
}

SizeChart::SizeChart(Category category, Wearer wearer, const std::vector<std::string> &labels)
    : m_category(category), m_wearer(wearer)
{
    const bool male = wearer == Wearer::Male;
    for (const std::string &label : labels) {
        SizeRow row;
        row.label = label;
        if (label == "F") {
            m_rows.push_back(row);
            continue;
        }
        if (wearer == Wearer::Kids) {
            const float h = std::stof(label);
            const int i = std::clamp(int((h - 90) / 10), 0, 7);
            setRange(row, Height, h - 5, h + 4);
            setRange(row, Weight, round1(kKidsWeight[i] * 0.88), round1(kKidsWeight[i] * 1.12));
        } else if (m_category == Category::Shoes) {
            const float c = 22.5f + (std::stof(label) - 35) * 0.5f; // foot length, cm
            setRange(row, Foot, round1(c - 0.25), round1(c + 0.24));
        } else if (m_category == Category::Jeans) {
            const double c = std::stod(label) * 2.54; // body waist in cm for that waist size
            setRange(row, Waist, round1(c - 1.27), round1(c + 1.27));
            const double h = c + (male ? 16 : 24);
            setRange(row, Hips, round1(h - 2), round1(h + 2));
        } else {
            const int i = letterIndex(label);
            const float *height = male ? kMaleHeight : kFemaleHeight;
            const float *chest = male ? kMaleChest : kFemaleChest;
            const float *waist = male ? kMaleWaist : kFemaleWaist;
            const float *hips = male ? kMaleHips : kFemaleHips;
            const float *weight = male ? kMaleWeight : kFemaleWeight;
            setRange(row, Height, height[i] - 2, height[i] + 2);
            if (m_category != Category::Trousers && m_category != Category::Skirts)
                setRange(row, Chest, chest[i] - 2, chest[i] + 2);
            if (m_category != Category::Tops && m_category != Category::Knitwear && m_category != Category::Outerwear)
                setRange(row, Waist, waist[i] - 2, waist[i] + 2);
            if (m_category != Category::Tops && m_category != Category::Knitwear && m_category != Category::Shirts)
                setRange(row, Hips, hips[i] - 2, hips[i] + 2);
            setRange(row, Weight, weight[i], weight[i + 1]);
        }
        m_rows.push_back(row);
    }

    switch (m_category) {
    case Category::Tops:
    case Category::Shirts:
    case Category::Knitwear:
        m_keys = {{Chest, 0.0}, {Height, 0.7}};
        break;
    case Category::Outerwear:
        m_keys = {{Chest, 0.0}, {Height, 0.5}};
        break;
    case Category::Dresses:
        m_keys = {{Chest, 0.0}, {Waist, 0.0}, {Hips, 0.0}};
        break;
    case Category::Swimwear:
        m_keys = male ? std::vector<std::pair<Measure, double>>{{Waist, 0.0}, {Hips, 0.0}}
                      : std::vector<std::pair<Measure, double>>{{Chest, 0.0}, {Hips, 0.0}};
        break;
    case Category::Trousers:
    case Category::Jeans:
    case Category::Skirts:
    case Category::Underwear:
        m_keys = {{Waist, 0.0}, {Hips, 0.0}};
        break;
    case Category::Shoes:
        m_keys = {{Foot, 0.0}};
        break;
    default:
        break;
    }
    if (wearer == Wearer::Kids)
        m_keys = {{Height, 0.0}};
}

double SizeChart::positionOn(Measure m, float value) const
{
    std::vector<double> centres;
    for (const SizeRow &r : m_rows) {
        if (r.has[size_t(m)])
            centres.push_back((double(r.lo[size_t(m)]) + r.hi[size_t(m)]) / 2.0);
    }
    if (centres.size() < 2)
        return 0;
    const size_t n = centres.size();
    if (value <= centres[0])
        return (value - centres[0]) / (centres[1] - centres[0]);
    for (size_t i = 1; i < n; ++i) {
        if (value <= centres[i])
            return double(i - 1) + (value - centres[i - 1]) / (centres[i] - centres[i - 1]);
    }
    return double(n - 1) + (value - centres[n - 1]) / (centres[n - 1] - centres[n - 2]);
}

double SizeChart::position(const Body &body) const
{
    double best = -1e9;
    for (const auto &[measure, handicap] : m_keys) {
        float value = 0;
        switch (measure) {
        case Height:
            value = body.height;
            break;
        case Chest:
            value = body.chest;
            break;
        case Waist:
            value = body.waist;
            break;
        case Hips:
            value = body.hips;
            break;
        case Foot:
            value = body.foot;
            break;
        default:
            break;
        }
        if (value > 0)
            best = std::max(best, positionOn(measure, value) - handicap);
    }
    return best < -1e8 ? 0 : best;
}

int SizeChart::indexFor(double pos, double shift) const
{
    const long idx = std::lround(std::floor(pos + shift + 0.5));
    return int(std::clamp<long>(idx, 0, long(m_rows.size()) - 1));
}

int SizeChart::indexOf(const std::string &label) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].label == label)
            return int(i);
    }
    return -1;
}

Measure SizeChart::primaryMeasure() const
{
    return m_keys.empty() ? Height : m_keys.front().first;
}

} // namespace panorama::demo
