#include "core/sizing/HistoryEvidence.h"

#include "core/sizing/Gaussian.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

namespace {

// How sharply a kept size pins the ideal size (rows): a kept garment fits within about half a size either way.
constexpr double Tolerance = 0.3;
// However long the history, it counts at most as much as this many perfectly relevant purchases: bodies change
// and old purchases are not independent evidence.
constexpr double MaxTotalWeight = 5.0;
constexpr double HalfLifeYears = 2.0;

double relevance(const PurchaseRecord &p, const SizeChart &chart, HistoryFact::Scope &scope)
{
    const bool sameBrand =
        !chart.brand.isEmpty() && p.brand.trimmed().compare(chart.brand.trimmed(), Qt::CaseInsensitive) == 0;
    const bool sameCategory =
        !chart.category.isEmpty() && p.category.trimmed().compare(chart.category.trimmed(), Qt::CaseInsensitive) == 0;
    if (!chart.productId.isEmpty() && p.productId == chart.productId) {
        scope = HistoryFact::Scope::Product;
        return 1.0;
    }
    if (sameBrand && sameCategory) {
        scope = HistoryFact::Scope::Brand;
        return 1.0;
    }
    if (sameCategory) {
        scope = HistoryFact::Scope::Category;
        return 0.7;
    }
    if (sameBrand) {
        scope = HistoryFact::Scope::Brand;
        return 0.5;
    }
    scope = HistoryFact::Scope::Anywhere;
    return 0.35;
}

} // namespace

HistoryEvidence::HistoryEvidence(const std::vector<PurchaseRecord> &history, const SizeChart &chart,
                                 const ShiftLookup &shiftOf, double targetShift, const QDate &today)
{
    std::map<std::pair<long, int>, Term> grouped;
    struct FactKey
    {
        int outcome;
        QString size;
        int scope;
        bool operator<(const FactKey &o) const
        {
            return std::tie(outcome, size, scope) < std::tie(o.outcome, o.size, o.scope);
        }
    };
    std::map<FactKey, std::pair<int, double>> factCounts; // -> (count, weight)

    for (const PurchaseRecord &p : history) {
        if (p.outcome == PurchaseOutcome::OtherReturn)
            continue;
        const auto pos = chart.position(p.size);
        if (!pos)
            continue; // another size family (trouser waists on a letter chart)
        HistoryFact::Scope scope;
        double w = relevance(p, chart, scope);
        if (p.date.isValid() && today.isValid() && p.date < today)
            w *= std::exp2(-double(p.date.daysTo(today)) / 365.25 / HalfLifeYears);
        const double shift = shiftOf ? shiftOf(p.brand, p.productId) : 0.0;
        // Kept size s in a product with offset d_e: ideal there in s +- 0.5, i.e. here in s - d_e + d_target.
        const double centre = *pos - shift + targetShift;
        Term &t = grouped[{std::lround(centre * 100.0), int(p.outcome)}];
        t.centre = centre;
        t.outcome = p.outcome;
        t.weight += w;
        auto &fc = factCounts[{int(p.outcome), SizeScale::normalise(p.size), int(scope)}];
        fc.first += 1;
        fc.second += w;
    }
    for (auto &[key, term] : grouped) {
        m_totalWeight += term.weight;
        m_terms.push_back(term);
    }
    if (m_totalWeight > MaxTotalWeight) {
        const double scale = MaxTotalWeight / m_totalWeight;
        for (Term &t : m_terms)
            t.weight *= scale;
    }

    // The most weighty kept fact and the most weighty size-return fact.
    const auto best = [&](bool kept) {
        const FactKey *bk = nullptr;
        double bw = 0;
        int bc = 0;
        for (const auto &[k, v] : factCounts) {
            if ((k.outcome == int(PurchaseOutcome::Kept)) != kept)
                continue;
            if (v.second > bw) {
                bw = v.second;
                bc = v.first;
                bk = &k;
            }
        }
        if (bk)
            m_facts.append({PurchaseOutcome(bk->outcome), bk->size, bc, HistoryFact::Scope(bk->scope)});
    };
    best(true);
    best(false);
}

namespace {

double termLogLikelihood(PurchaseOutcome outcome, double d) // d = z - centre
{
    switch (outcome) {
    case PurchaseOutcome::Kept:
        return std::log(std::max(normalCdf((0.5 - d) / Tolerance) - normalCdf((-0.5 - d) / Tolerance), 1e-300));
    case PurchaseOutcome::TooSmall:
        return logNormalCdf((d - 0.5) / Tolerance);
    case PurchaseOutcome::TooLarge:
        return logNormalCdf((-0.5 - d) / Tolerance);
    case PurchaseOutcome::OtherReturn:
        break;
    }
    return 0.0;
}

} // namespace

void HistoryEvidence::addToGrid(std::vector<double> &out, double lo, double step) const
{
    const long points = long(out.size());
    std::map<std::pair<int, long>, double> snapped; // (outcome, grid index of the centre) -> weight
    long minIdx = 0, maxIdx = 0;
    bool first = true;
    for (const Term &t : m_terms) {
        const long idx = std::lround((t.centre - lo) / step);
        snapped[{int(t.outcome), idx}] += t.weight;
        minIdx = first ? idx : std::min(minIdx, idx);
        maxIdx = first ? idx : std::max(maxIdx, idx);
        first = false;
    }
    if (first)
        return;
    // Offsets d = i - idx range over [-maxIdx, points - 1 - minIdx].
    const long dMin = -maxIdx, dMax = points - 1 - minIdx;
    std::vector<double> table[3];
    bool filled[3] = {false, false, false};
    for (const auto &[key, weight] : snapped) {
        const int o = key.first;
        std::vector<double> &tab = table[o];
        if (!filled[o]) {
            tab.resize(size_t(dMax - dMin + 1));
            for (long d = dMin; d <= dMax; ++d)
                tab[size_t(d - dMin)] = termLogLikelihood(PurchaseOutcome(o), double(d) * step);
            filled[o] = true;
        }
        const long idx = key.second;
        for (long i = 0; i < points; ++i)
            out[size_t(i)] += weight * tab[size_t(i - idx - dMin)];
    }
}

double HistoryEvidence::logLikelihood(double z) const
{
    double ll = 0;
    for (const Term &t : m_terms) {
        double l = 0;
        switch (t.outcome) {
        case PurchaseOutcome::Kept: {
            const double p = normalCdf((t.centre + 0.5 - z) / Tolerance) - normalCdf((t.centre - 0.5 - z) / Tolerance);
            l = std::log(std::max(p, 1e-300));
            break;
        }
        case PurchaseOutcome::TooSmall:
            l = logNormalCdf((z - (t.centre + 0.5)) / Tolerance);
            break;
        case PurchaseOutcome::TooLarge:
            l = logNormalCdf((t.centre - 0.5 - z) / Tolerance);
            break;
        case PurchaseOutcome::OtherReturn:
            break;
        }
        ll += t.weight * l;
    }
    return ll;
}

QList<HistoryFact> HistoryEvidence::facts() const
{
    return m_facts;
}

} // namespace panorama::sizing
