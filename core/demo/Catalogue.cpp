#include "core/demo/Catalogue.h"

#include "core/demo/CatalogueData.h"
#include "core/demo/DemoRandom.h"
#include "core/demo/DemoTime.h"
#include "core/demo/JsonLineWriter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace panorama::demo {

namespace {

constexpr int kWearers = 4;
constexpr int kCategories = int(Category::Count);

// Category order: tops shirts dresses trousers jeans skirts outerwear knitwear underwear swimwear socks shoes
// accessories
const std::vector<Brand> kBrands = {
    {"Lumen & Loom", "绫光", "LL", 1.0, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
    // Tailored, slim cuts: one size up when between sizes.
    {"Loom Studio", "绫光·织作", "LS", 1.4, {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0, 0}},
    // Small at bust and shoulders.
    {"Petalle", "花笺", "PT", 1.3, {0.6, 0.6, 0.6, 0, 0, 0.2, 0, 0, 0, 0, 0, 0, 0}},
    // Room for layers: one size down unless layering.
    {"Summit Trail", "峰径", "ST", 1.35, {-0.3, 0, 0, -0.3, 0, 0, -0.7, 0, 0, 0, 0, 0, 0}},
    // Rigid denim is small at the waist; stretch styles are true to size (decided per style below).
    {"Indigo Row", "靛蓝巷", "IR", 1.15, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
    // Children: next size up within 3 cm of the upper limit.
    {"Little Loom", "小绫", "LK", 0.65, {0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0, 0, 0}},
};

const char *const kCategoryCodes[] = {"TP", "SH", "DR", "TR", "JN", "SK", "OW", "KN", "UW", "SW", "SO", "FT", "AC"};

int priceCents(Rng &rng, Category c, double factor)
{
    // Shelf prices end in 9 (¥199, ¥259 ...), spread +-35 % around the category's typical price.
    const double yuan = CatalogueData::basePriceYuan(c) * factor * std::exp(rng.normal(0, 0.25));
    int whole = std::max(19, int(std::lround(yuan / 10.0)) * 10 - 1);
    if (whole > 300)
        whole = (whole / 50) * 50 + 49; // ¥349, ¥399, ¥449 ...
    return whole * 100;
}

void writeRange(JsonLineWriter &w, const SizeRow &row, Measure m)
{
    if (!row.has[size_t(m)])
        return;
    const float lo = row.lo[size_t(m)];
    const float hi = row.hi[size_t(m)];
    const bool whole = lo == std::floor(lo) && hi == std::floor(hi);
    w.openArray(measureKey(m));
    w.elementFixed(lo, whole ? 0 : 1);
    w.elementFixed(hi, whole ? 0 : 1);
    w.closeArray();
}

} // namespace

const std::vector<Brand> &Catalogue::brands()
{
    return kBrands;
}

Catalogue::Shelf &Catalogue::shelf(Wearer w, Category c, int brand)
{
    return m_shelves[size_t((int(w) * kCategories + int(c)) * int(kBrands.size()) + brand)];
}

const Catalogue::Shelf &Catalogue::shelf(Wearer w, Category c, int brand) const
{
    return m_shelves[size_t((int(w) * kCategories + int(c)) * int(kBrands.size()) + brand)];
}

Catalogue::Catalogue(uint64_t seed, const IdFactory &ids, int64_t now)
{
    m_shelves.resize(size_t(kWearers * kCategories) * kBrands.size());
    Rng rng(seed, 0xca7a);
    const int64_t launch = now - 3 * 365 * DemoTime::kDay;
    int styleCounter = 0;
    for (const CatalogueData::Line &line : CatalogueData::lines()) {
        const Brand &brand = kBrands[size_t(line.brand)];
        int chartIndex = -1;
        std::vector<std::string> labels = SizeChart::standardLabels(line.category, line.wearer);
        const auto from = std::find(labels.begin(), labels.end(), line.firstLabel);
        const auto to = std::find(labels.begin(), labels.end(), line.lastLabel);
        labels = std::vector<std::string>(from, to == labels.end() ? to : to + 1);
        if (labels.size() > 1) {
            chartIndex = int(m_charts.size());
            const int64_t at = launch + int64_t(chartIndex) * DemoTime::kHour;
            m_charts.push_back({ids.make(IdSpace::SizeChart, 0, uint64_t(chartIndex), at), line.brand,
                                SizeChart(line.category, line.wearer, labels), at});
        }
        const auto names = CatalogueData::styleNames(line.category, line.wearer);
        const auto palette = CatalogueData::colours(line.category);
        for (int s = 0; s < line.styles; ++s) {
            ++styleCounter;
            const CatalogueData::StyleName &style = names[size_t(s) % names.size()];
            const size_t d = size_t(rng.below(uint32_t(CatalogueData::descriptorsZh().size())));
            const std::string name = std::string(brand.nameZh) + " " + CatalogueData::descriptorsZh()[d] + style.zh;
            const std::string nameEn =
                std::string(brand.name) + " " + CatalogueData::descriptorsEn()[d] + " " + style.en;
            double bias = brand.bias[int(line.category)] + rng.normal(0, 0.12);
            if (line.brand == 4 && line.category == Category::Jeans && style.rigid)
                bias += 1.0;
            const int price = priceCents(rng, line.category, brand.priceFactor);
            const int64_t createdAt = launch + rng.range64(0, now - launch - 30 * DemoTime::kDay);
            const bool finalSale = rng.chance(0.03);
            int lastSize = int(labels.size()) - 1;
            if (labels.size() > 4 && rng.chance(0.2))
                --lastSize; // some styles stop one size short
            const int colourCount = 1 + rng.weighted({25, 35, 25, 15});
            const size_t firstColour = rng.below(uint32_t(palette.size()));
            const double stylePopularity = rng.logNormal(0, 0.9);
            char sku[32];
            for (int c = 0; c < colourCount; ++c) {
                const CatalogueData::Colour &colour = palette[(firstColour + size_t(c) * 3) % palette.size()];
                std::snprintf(sku, sizeof sku, "%s%02d%s%04d-%s", brand.code,
                              int(DemoTime::cstDate(createdAt).year % 100), kCategoryCodes[int(line.category)],
                              styleCounter % 10000, colour.code);
                Product p;
                p.id = ids.make(IdSpace::Product, 0, m_products.size(), createdAt);
                p.sku = sku;
                p.name = name;
                p.nameEn = nameEn;
                p.brand = line.brand;
                p.category = line.category;
                p.wearer = line.wearer;
                p.colorZh = colour.zh;
                p.colorEn = colour.en;
                p.priceCents = price;
                p.chart = chartIndex;
                p.firstSize = 0;
                p.lastSize = lastSize;
                p.finalSale = finalSale;
                p.bias = bias;
                p.createdAt = createdAt;
                p.popularity = stylePopularity * (c == 0 ? 1.5 : 1.0);
                shelf(line.wearer, line.category, line.brand).products.push_back(int(m_products.size()));
                m_products.push_back(std::move(p));
            }
        }
    }
    for (Shelf &s : m_shelves) {
        double total = 0;
        for (int i : s.products) {
            total += m_products[size_t(i)].popularity;
            s.cumulative.push_back(total);
        }
    }
}

const SizeChart *Catalogue::chartOf(const Product &p) const
{
    return p.chart < 0 ? nullptr : &m_charts[size_t(p.chart)].chart;
}

bool Catalogue::offers(Wearer wearer, Category category) const
{
    for (size_t b = 0; b < kBrands.size(); ++b) {
        if (!shelf(wearer, category, int(b)).products.empty())
            return true;
    }
    return false;
}

int Catalogue::drawProduct(Rng &rng, Wearer wearer, Category category, const double *brandWeights) const
{
    double weights[8] = {};
    double total = 0;
    for (size_t b = 0; b < kBrands.size(); ++b) {
        if (!shelf(wearer, category, int(b)).products.empty())
            weights[b] = brandWeights[b];
        total += weights[b];
    }
    if (total <= 0)
        return -1;
    double x = rng.uniform() * total;
    size_t brand = 0;
    for (; brand + 1 < kBrands.size(); ++brand) {
        if (x < weights[brand])
            break;
        x -= weights[brand];
    }
    while (weights[brand] <= 0)
        --brand; // rounding at the top end
    const Shelf &s = shelf(wearer, category, int(brand));
    const double y = rng.uniform() * s.cumulative.back();
    const auto it = std::upper_bound(s.cumulative.begin(), s.cumulative.end(), y);
    return s.products[size_t(std::min<ptrdiff_t>(it - s.cumulative.begin(), ptrdiff_t(s.products.size()) - 1))];
}

void Catalogue::writeSizeCharts(QByteArray &out) const
{
    JsonLineWriter w(out);
    for (const ChartEntry &c : m_charts) {
        w.beginSynced(c.id, c.createdAt);
        w.text("brand", kBrands[size_t(c.brand)].name);
        w.text("category", categoryKey(c.chart.category()));
        w.text("gender", wearerKey(c.chart.wearer()));
        w.openArray("sizes");
        for (const SizeRow &row : c.chart.rows()) {
            w.openObject();
            w.text("size", row.label);
            for (Measure m : {Height, Chest, Waist, Hips, Weight, Foot})
                writeRange(w, row, m);
            w.closeObject();
        }
        w.closeArray();
        w.endRow();
    }
}

void Catalogue::writeProducts(QByteArray &out) const
{
    JsonLineWriter w(out);
    for (const Product &p : m_products) {
        w.beginSynced(p.id, p.createdAt);
        w.text("sku", p.sku);
        w.text("name", p.name);
        w.text("name_en", p.nameEn);
        w.text("brand", kBrands[size_t(p.brand)].name);
        w.text("category", categoryKey(p.category));
        w.text("gender", wearerKey(p.wearer));
        w.text("color", p.colorZh);
        w.integer("price_cents", p.priceCents);
        w.idOrNull("size_chart_id", p.chart < 0 ? nullptr : &m_charts[size_t(p.chart)].id);
        w.openArray("sizes");
        if (p.chart < 0) {
            w.element(std::string_view("F"));
        } else {
            const auto &rows = m_charts[size_t(p.chart)].chart.rows();
            for (int i = p.firstSize; i <= p.lastSize; ++i)
                w.element(rows[size_t(i)].label);
        }
        w.closeArray();
        w.integer("final_sale", p.finalSale ? 1 : 0);
        w.endRow();
    }
}

} // namespace panorama::demo
