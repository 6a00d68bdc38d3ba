#include "core/sizing/SizeOffsets.h"

#include "core/sizing/Gaussian.h"
#include "core/sizing/SizingError.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

namespace {

constexpr int FormatVersion = 1;
constexpr double DefaultSpread = 0.45;
constexpr double BrandPriorSd = 0.5;    // brands rarely run more than a size off
constexpr double ProductPriorSd = 0.35; // products mostly follow their brand

// Two-sided exact binomial test against p = 1/2.
double binomialTwoSided(int k, int n)
{
    if (n <= 0)
        return 1.0;
    const auto logPmf = [n](int i) {
        return std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) - n * std::log(2.0);
    };
    double lower = 0, upper = 0;
    for (int i = 0; i <= n; ++i) {
        const double p = std::exp(logPmf(i));
        if (i <= k)
            lower += p;
        if (i >= k)
            upper += p;
    }
    return std::min(1.0, 2.0 * std::min(lower, upper));
}

OutcomeCounts countsFromJson(const QJsonObject &o)
{
    OutcomeCounts c{o.value(u"kept"_s).toDouble(), o.value(u"tooSmall"_s).toDouble(),
                    o.value(u"tooLarge"_s).toDouble()};
    if (c.kept < 0 || c.tooSmall < 0 || c.tooLarge < 0 || !std::isfinite(c.total()))
        throw SizingError(SizingErrorKind::InvalidModel, u"offsets: counts must be non-negative numbers"_s);
    return c;
}

QJsonObject countsToJson(const OutcomeCounts &c, const OffsetEstimate &e)
{
    const auto r3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    return {{u"kept"_s, c.kept},
            {u"tooSmall"_s, c.tooSmall},
            {u"tooLarge"_s, c.tooLarge},
            {u"offsetSteps"_s, r3(e.steps)},
            {u"offsetSd"_s, r3(e.sd)}};
}

} // namespace

QString SizeOffsets::brandKey(const QString &brand)
{
    return brand.trimmed().toCaseFolded();
}

QStringList SizeOffsets::brands() const
{
    QStringList out;
    for (auto it = m_brands.cbegin(); it != m_brands.cend(); ++it)
        out.append(m_brandNames.value(it.key(), it.key()));
    return out;
}

QStringList SizeOffsets::products() const
{
    return m_products.keys();
}

void SizeOffsets::record(const PurchaseRecord &event)
{
    if (event.outcome == PurchaseOutcome::OtherReturn)
        return; // not a size signal
    const double w = event.source == FeedbackSource::Ticket ? 0.5 : 1.0;
    const auto add = [&](OutcomeCounts &c) {
        switch (event.outcome) {
        case PurchaseOutcome::Kept:
            c.kept += w;
            break;
        case PurchaseOutcome::TooSmall:
            c.tooSmall += w;
            break;
        case PurchaseOutcome::TooLarge:
            c.tooLarge += w;
            break;
        case PurchaseOutcome::OtherReturn:
            break;
        }
    };
    const QString bk = brandKey(event.brand);
    if (!bk.isEmpty()) {
        add(m_brands[bk]);
        if (!m_brandNames.contains(bk))
            m_brandNames.insert(bk, event.brand.trimmed());
    }
    if (!event.productId.isEmpty()) {
        add(m_products[event.productId]);
        if (!m_productBrand.contains(event.productId) && !bk.isEmpty())
            m_productBrand.insert(event.productId, event.brand.trimmed());
    }
}

void SizeOffsets::merge(const SizeOffsets &other)
{
    const auto sum = [](OutcomeCounts &a, const OutcomeCounts &b) {
        a.kept += b.kept;
        a.tooSmall += b.tooSmall;
        a.tooLarge += b.tooLarge;
    };
    for (auto it = other.m_brands.cbegin(); it != other.m_brands.cend(); ++it)
        sum(m_brands[it.key()], it.value());
    for (auto it = other.m_products.cbegin(); it != other.m_products.cend(); ++it)
        sum(m_products[it.key()], it.value());
    for (auto it = other.m_productBrand.cbegin(); it != other.m_productBrand.cend(); ++it)
        m_productBrand.insert(it.key(), it.value());
    for (auto it = other.m_brandNames.cbegin(); it != other.m_brandNames.cend(); ++it)
        m_brandNames.insert(it.key(), it.value());
}

double SizeOffsets::spread() const
{
    OutcomeCounts all;
    for (const OutcomeCounts &c : m_brands) {
        all.kept += c.kept;
        all.tooSmall += c.tooSmall;
        all.tooLarge += c.tooLarge;
    }
    if (all.kept <= 0 || all.total() < 30)
        return DefaultSpread;
    // Each side's share of returns under no shift is 1 - Phi(0.5 / spread).
    const double perSide = std::clamp(all.sizeReturns() / 2.0 / all.total(), 0.01, 0.4);
    return std::clamp(0.5 / normalQuantile(1.0 - perSide), 0.25, 1.0);
}

OffsetEstimate SizeOffsets::estimate(const OutcomeCounts &c, double priorMean, double priorSd) const
{
    OffsetEstimate e{priorMean, priorSd, c, false};
    if (c.sizeReturns() <= 0 && c.kept <= 0)
        return e;
    const double s = spread();
    const auto logPost = [&](double d) {
        const double lSmall = logNormalCdf((d - 0.5) / s);  // ideal more than half a size above
        const double lLarge = logNormalCdf((-0.5 - d) / s); // ideal more than half a size below
        double ll;
        if (c.kept > 0) {
            const double pKept = std::max(1e-300, 1.0 - std::exp(lSmall) - std::exp(lLarge));
            ll = c.kept * std::log(pKept) + c.tooSmall * lSmall + c.tooLarge * lLarge;
        } else {
            // Only returns known: the direction among them.
            const double m = std::max(lSmall, lLarge);
            const double lSum = m + std::log(std::exp(lSmall - m) + std::exp(lLarge - m));
            ll = c.tooSmall * (lSmall - lSum) + c.tooLarge * (lLarge - lSum);
        }
        const double z = (d - priorMean) / priorSd;
        return ll - 0.5 * z * z;
    };
    // The log posterior is concave: golden-section search, then the curvature for the standard deviation.
    double a = -3, b = 3;
    const double g = (std::sqrt(5.0) - 1) / 2;
    double x1 = b - g * (b - a), x2 = a + g * (b - a);
    double f1 = logPost(x1), f2 = logPost(x2);
    for (int i = 0; i < 80; ++i) {
        if (f1 < f2) {
            a = x1;
            x1 = x2;
            f1 = f2;
            x2 = a + g * (b - a);
            f2 = logPost(x2);
        } else {
            b = x2;
            x2 = x1;
            f2 = f1;
            x1 = b - g * (b - a);
            f1 = logPost(x1);
        }
    }
    const double d = 0.5 * (a + b);
    const double h = 1e-3;
    const double curvature = (logPost(d + h) - 2 * logPost(d) + logPost(d - h)) / (h * h);
    e.steps = d;
    e.sd = curvature < 0 ? 1.0 / std::sqrt(-curvature) : priorSd;
    e.learned = true;
    return e;
}

OffsetEstimate SizeOffsets::brandOffset(const QString &brand) const
{
    return estimate(m_brands.value(brandKey(brand)), 0.0, BrandPriorSd);
}

OffsetEstimate SizeOffsets::brandPriorFor(const QString &brand, const QString &productId) const
{
    OutcomeCounts c = m_brands.value(brandKey(brand));
    const OutcomeCounts own = m_products.value(productId);
    c.kept = std::max(0.0, c.kept - own.kept);
    c.tooSmall = std::max(0.0, c.tooSmall - own.tooSmall);
    c.tooLarge = std::max(0.0, c.tooLarge - own.tooLarge);
    return estimate(c, 0.0, BrandPriorSd);
}

OffsetEstimate SizeOffsets::productOffset(const QString &productId) const
{
    const OffsetEstimate brand = brandPriorFor(m_productBrand.value(productId), productId);
    return estimate(m_products.value(productId), brand.steps, ProductPriorSd);
}

OffsetEstimate SizeOffsets::offsetFor(const QString &brand, const QString &productId) const
{
    if (!productId.isEmpty() && m_products.contains(productId)) {
        const QString b = brand.isEmpty() ? m_productBrand.value(productId) : brand;
        return estimate(m_products.value(productId), brandPriorFor(b, productId).steps, ProductPriorSd);
    }
    return brandOffset(brand);
}

std::optional<ChartFlag> SizeOffsets::flagFor(const QString &productId, const SizeChart *chart, double minReturns,
                                              double maxPValue, double minSteps) const
{
    const auto it = m_products.constFind(productId);
    if (it == m_products.cend() || it->sizeReturns() < minReturns)
        return std::nullopt;
    const OutcomeCounts &c = *it;
    const double p = binomialTwoSided(int(std::lround(c.tooSmall)), int(std::lround(c.sizeReturns())));
    const OffsetEstimate e = productOffset(productId);
    if (p >= maxPValue || std::abs(e.steps) < minSteps)
        return std::nullopt;
    ChartFlag f;
    f.productId = productId;
    f.brand = m_productBrand.value(productId);
    f.steps = e.steps;
    f.sd = e.sd;
    f.counts = c;
    f.pValue = p;
    f.direction = e.steps > 0 ? u"runs_small"_s : u"runs_large"_s;
    if (chart && chart->rows.size() >= 2) {
        const QList<Measurement> lead = chart->leadingMeasurements();
        if (!lead.isEmpty() && chart->rows.first().ranges[size_t(lead.first())] &&
            chart->rows.last().ranges[size_t(lead.first())]) {
            const Measurement m = lead.first();
            const auto &first = *chart->rows.first().ranges[size_t(m)];
            const auto &last = *chart->rows.last().ranges[size_t(m)];
            const double step =
                (0.5 * (last.min + last.max) - 0.5 * (first.min + first.max)) / double(chart->rows.size() - 1);
            f.cm = std::abs(e.steps) * step;
            f.measurement = BodyEstimator::key(m);
        }
    }
    return f;
}

QList<ChartFlag> SizeOffsets::chartFlags(const QHash<QString, SizeChart> &charts, double minReturns, double maxPValue,
                                         double minSteps) const
{
    QList<ChartFlag> flags;
    for (auto it = m_products.cbegin(); it != m_products.cend(); ++it) {
        const auto chart = charts.constFind(it.key());
        if (auto f = flagFor(it.key(), chart == charts.cend() ? nullptr : &*chart, minReturns, maxPValue, minSteps))
            flags.append(*f);
    }
    std::sort(flags.begin(), flags.end(),
              [](const ChartFlag &a, const ChartFlag &b) { return std::abs(a.steps) > std::abs(b.steps); });
    return flags;
}

QJsonObject ChartFlag::toJson() const
{
    const auto r3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    QJsonObject o{{u"product"_s, productId},
                  {u"brand"_s, brand},
                  {u"direction"_s, direction},
                  {u"offsetSteps"_s, r3(steps)},
                  {u"offsetSd"_s, r3(sd)},
                  {u"kept"_s, counts.kept},
                  {u"tooSmall"_s, counts.tooSmall},
                  {u"tooLarge"_s, counts.tooLarge},
                  {u"pValue"_s, pValue}};
    if (cm) {
        o.insert(u"cm"_s, std::round(*cm * 10.0) / 10.0);
        o.insert(u"measurement"_s, measurement);
    }
    return o;
}

QJsonObject SizeOffsets::toJson() const
{
    QJsonArray brands, products;
    for (auto it = m_brands.cbegin(); it != m_brands.cend(); ++it) {
        QJsonObject o = countsToJson(it.value(), brandOffset(it.key()));
        o.insert(u"brand"_s, m_brandNames.value(it.key(), it.key()));
        brands.append(o);
    }
    for (auto it = m_products.cbegin(); it != m_products.cend(); ++it) {
        QJsonObject o = countsToJson(it.value(), productOffset(it.key()));
        o.insert(u"product"_s, it.key());
        o.insert(u"brand"_s, m_productBrand.value(it.key()));
        products.append(o);
    }
    return {{u"format"_s, u"panorama.sizing.offsets"_s},
            {u"version"_s, FormatVersion},
            {u"spread"_s, spread()},
            {u"brands"_s, brands},
            {u"products"_s, products}};
}

SizeOffsets SizeOffsets::fromJson(const QJsonObject &obj)
{
    if (obj.value(u"format"_s).toString() != u"panorama.sizing.offsets"_s ||
        obj.value(u"version"_s).toInt() != FormatVersion)
        throw SizingError(SizingErrorKind::InvalidModel,
                          u"not a sizing offsets table of version %1"_s.arg(FormatVersion));
    SizeOffsets s;
    for (const auto &v : obj.value(u"brands"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"brand"_s).toString().trimmed();
        if (name.isEmpty())
            throw SizingError(SizingErrorKind::InvalidModel, u"offsets: a brand entry has no name"_s);
        s.m_brands.insert(brandKey(name), countsFromJson(o));
        s.m_brandNames.insert(brandKey(name), name);
    }
    for (const auto &v : obj.value(u"products"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"product"_s).toString();
        if (id.isEmpty())
            throw SizingError(SizingErrorKind::InvalidModel, u"offsets: a product entry has no id"_s);
        s.m_products.insert(id, countsFromJson(o));
        const QString brand = o.value(u"brand"_s).toString();
        if (!brand.isEmpty())
            s.m_productBrand.insert(id, brand);
    }
    return s;
}

} // namespace panorama::sizing
