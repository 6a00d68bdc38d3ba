#pragma once

#include "core/sizing/PurchaseRecord.h"
#include "core/sizing/SizeChart.h"
#include "core/sizing/SizeExplainer.h"
#include "core/sizing/SizeOffsets.h"

#include <QDate>
#include <QList>

#include <functional>

#include <vector>

namespace panorama::sizing {

// A customer's past purchases turned into likelihood terms on this product's size axis: a kept size says the
// ideal size lay within half a size of it, a "too small" return says it lay above, "too large" below, each moved
// by the difference between that product's learned offset and this one's. Purchases are grouped, so a history of
// a thousand items costs a few dozen terms.
class HistoryEvidence
{
public:
    struct Term
    {
        double centre = 0; // the bought size on this chart, in rows, corrected for both offsets
        PurchaseOutcome outcome = PurchaseOutcome::Kept;
        double weight = 0;
    };

    // Learned offset (size steps) of a brand / product; the recommender precomputes them.
    using ShiftLookup = std::function<double(const QString &brand, const QString &productId)>;

    // `targetShift` is the learned offset of the product being recommended.
    HistoryEvidence(const std::vector<PurchaseRecord> &history, const SizeChart &chart, const ShiftLookup &shiftOf,
                    double targetShift, const QDate &today);

    const std::vector<Term> &terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.empty(); }
    double totalWeight() const { return m_totalWeight; }
    // Log-likelihood of the ideal size being at `z` (rows of this chart).
    double logLikelihood(double z) const;
    // The same on a whole grid z_i = lo + i * step (i < out.size()), added to `out`. Terms are snapped to the grid
    // (error <= step / 2) so that each outcome's curve is tabulated once and shifted: a thousand purchases cost a
    // few hundred additions per grid point instead of a few thousand error functions.
    void addToGrid(std::vector<double> &out, double lo, double step) const;
    // The one or two facts most worth saying (most relevant kept size, most relevant size return).
    QList<HistoryFact> facts() const;

private:
    std::vector<Term> m_terms;
    double m_totalWeight = 0;
    QList<HistoryFact> m_facts;
};

} // namespace panorama::sizing
