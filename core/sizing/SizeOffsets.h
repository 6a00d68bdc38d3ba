#pragma once

#include "core/sizing/PurchaseRecord.h"
#include "core/sizing/SizeChart.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace panorama::sizing {

// Weighted counts of how purchases of a brand or product ended. Kept purchases tell how often a size fits;
// without them only the direction of size returns is informative.
struct OutcomeCounts
{
    double kept = 0;
    double tooSmall = 0;
    double tooLarge = 0;

    double sizeReturns() const { return tooSmall + tooLarge; }
    double total() const { return kept + tooSmall + tooLarge; }
};

// A learned shift in size steps: +0.5 means buyers need half a size larger than the chart says (runs small).
struct OffsetEstimate
{
    double steps = 0;
    double sd = 0;
    OutcomeCounts counts;
    bool learned = false; // false: no events, steps is the prior
};

// A product whose size returns cluster on one side: its chart is probably wrong by `steps` sizes, about `cm`
// of its leading measurement when the chart is known.
struct ChartFlag
{
    QString productId;
    QString brand;
    double steps = 0;
    double sd = 0;
    OutcomeCounts counts;
    double pValue = 1;        // two-sided binomial test of too-small vs too-large among size returns
    std::optional<double> cm; // |steps| x the chart's step of its leading measurement
    QString measurement;      // "chest", "waist", ...
    QString direction;        // "runs_small" or "runs_large"

    QJsonObject toJson() const;
};

// The feedback loop: size-related returns, tickets and kept orders update per-brand and per-product outcome
// counts; offsets are the maximum a posteriori shift of an ordered-probit model in which a buyer's ideal size
// lies N(shift, spread^2) around the size bought and a return happens when it is more than half a size away.
// Products shrink towards their brand, brands towards zero. Only counts are stored, so tables from several
// servers merge by addition and a client can receive them as JSON.
class SizeOffsets
{
public:
    void record(const PurchaseRecord &event);
    void merge(const SizeOffsets &other);

    OffsetEstimate brandOffset(const QString &brand) const;
    OffsetEstimate productOffset(const QString &productId) const;
    // The shift to apply to a product: the product's own if it has events, else its brand's.
    OffsetEstimate offsetFor(const QString &brand, const QString &productId) const;
    // The buyers' spread around the size they bought (size steps), from the overall share of size returns.
    double spread() const;

    // Products with at least `minReturns` size returns whose direction is significant (p < maxPValue) and whose
    // offset is at least `minSteps`. `charts` (by product id) turn steps into centimetres.
    QList<ChartFlag> chartFlags(const QHash<QString, SizeChart> &charts = {}, double minReturns = 10,
                                double maxPValue = 0.01, double minSteps = 0.25) const;
    // The same test for one product (the recommender warns the agent); `chart` may be null.
    std::optional<ChartFlag> flagFor(const QString &productId, const SizeChart *chart, double minReturns = 10,
                                     double maxPValue = 0.01, double minSteps = 0.25) const;

    // Brands (as first written) and product ids with events, e.g. to precompute every offset once.
    QStringList brands() const;
    QStringList products() const;
    // Brand names compare case-insensitively and without surrounding spaces.
    static QString brandKey(const QString &brand);

    QJsonObject toJson() const;
    // Throws SizingError(InvalidModel) for malformed input.
    static SizeOffsets fromJson(const QJsonObject &obj);

private:
    OffsetEstimate estimate(const OutcomeCounts &c, double priorMean, double priorSd) const;
    // The brand's offset without the product's own events, as the product's prior (no double counting).
    OffsetEstimate brandPriorFor(const QString &brand, const QString &productId) const;

    QHash<QString, OutcomeCounts> m_brands;   // by brandKey
    QHash<QString, OutcomeCounts> m_products; // by product id
    QHash<QString, QString> m_productBrand;   // product id -> brand as first written
    QHash<QString, QString> m_brandNames;     // brandKey -> brand as first written
};

} // namespace panorama::sizing
