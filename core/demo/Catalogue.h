#pragma once

#include "core/demo/DemoIds.h"
#include "core/demo/SizeChart.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace panorama::demo {

class IdFactory;
class Rng;

// One of the retailer's labels (docs/policy.md, "Sizing"): its names and how its garments fit.
struct Brand
{
    const char *name;   // "Loom Studio": the products.brand value
    const char *nameZh; // "绫光·织作"
    const char *code;   // SKU prefix
    double priceFactor;
    // Offset in sizes a body needs on this label compared with its chart: +0.5 = runs small (one size up when
    // between sizes), -0.7 = runs large. Per category; products add a little noise of their own.
    double bias[int(Category::Count)];
};

struct Product
{
    Uuid id;
    std::string sku;
    std::string name;
    std::string nameEn;
    int brand = 0;
    Category category = Category::Tops;
    Wearer wearer = Wearer::Female;
    const char *colorZh = "";
    const char *colorEn = "";
    int priceCents = 0;
    int chart = -1;    // index into Catalogue::charts(); -1 for one-size items without a chart
    int firstSize = 0; // offered labels: chart rows [firstSize, lastSize]
    int lastSize = 0;
    bool finalSale = false;
    double bias = 0; // the brand's bias for the category plus this style's own deviation
    int64_t createdAt = 0;
    double popularity = 1;
};

struct ChartEntry
{
    Uuid id;
    int brand;
    SizeChart chart;
    int64_t createdAt;
};

// The clothing catalogue: six labels, about 2,000 products (one colour each) and a size chart per label,
// category and wearer. Built from the seed alone; read-only once built, shared by all generator threads.
class Catalogue
{
public:
    Catalogue(uint64_t seed, const IdFactory &ids, int64_t now);

    static const std::vector<Brand> &brands();
    const std::vector<Product> &products() const { return m_products; }
    const std::vector<ChartEntry> &charts() const { return m_charts; }
    const SizeChart *chartOf(const Product &p) const;
    // Draws a product for a wearer and category, favouring the given label weights and bestsellers; -1 if none.
    int drawProduct(Rng &rng, Wearer wearer, Category category, const double *brandWeights) const;
    bool offers(Wearer wearer, Category category) const;

    void writeSizeCharts(QByteArray &out) const;
    void writeProducts(QByteArray &out) const;

private:
    struct Shelf
    {
        std::vector<int> products;
        std::vector<double> cumulative; // popularity
    };
    Shelf &shelf(Wearer w, Category c, int brand);
    const Shelf &shelf(Wearer w, Category c, int brand) const;

    std::vector<Product> m_products;
    std::vector<ChartEntry> m_charts;
    std::vector<Shelf> m_shelves; // [wearer][category][brand]
};

} // namespace panorama::demo
