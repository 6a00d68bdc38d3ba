#pragma once

#include "core/sizing/Body.h"
#include "core/sizing/BodySizeModel.h"
#include "core/sizing/PurchaseRecord.h"
#include "core/sizing/Recommendation.h"
#include "core/sizing/SizeChart.h"
#include "core/sizing/SizeOffsets.h"

#include <QDate>
#include <QHash>

#include <vector>

namespace panorama::sizing {

// Everything one recommendation needs: who, for which product, what they bought before, in which language.
struct SizeRequest
{
    Body body;
    SizeChart chart;
    std::vector<PurchaseRecord> history; // the customer's past purchases, any brand or category
    Language language = Language::English;
    QDate today; // for weighting old purchases; invalid: no ageing
};

struct RecommenderSettings
{
    double fitShift = 0.35;           // size steps a slim/loose preference moves the answer
    double littleEvidenceCount = 20;  // fewer kept purchases than this in the body's 5 cm x 5 kg cell is "few"
    double betweenSizesMargin = 0.15; // top two neighbours closer than this in probability: "between sizes"
    double gridStep = 0.025;          // resolution of the size axis (rows)
};

// The sizing assistant: places the body on the product's chart (measured or estimated measurements), pools that
// with what customers of a similar build kept, shifts by the learned brand/product offset and the fit preference,
// multiplies in the customer's own kept sizes and size returns, and reads off the best size, the runner-up, a
// calibrated confidence, the reasons, warnings and a sentence for the agent. Const and thread-safe once set up.
class SizeRecommender
{
public:
    explicit SizeRecommender(RecommenderSettings settings = {});

    // One model per size family (letters, waist); a chart uses the model whose labels it can place.
    void addModel(BodySizeModel model);
    void setOffsets(SizeOffsets offsets);
    const SizeOffsets &offsets() const { return m_offsets; }

    // Throws SizingError: InvalidBody (negative height, 3 m, ...), InvalidChart (missing or malformed chart).
    Recommendation recommend(const SizeRequest &request) const;

private:
    const BodySizeModel *modelFor(const SizeChart &chart) const;
    double shiftFor(const QString &brand, const QString &productId) const;

    RecommenderSettings m_settings;
    std::vector<BodySizeModel> m_models;
    SizeOffsets m_offsets;
    // Offsets are fitted per brand and product once, in setOffsets(), not per purchase in a long history.
    QHash<QString, double> m_brandShift;   // by SizeOffsets::brandKey
    QHash<QString, double> m_productShift; // by product id
};

} // namespace panorama::sizing
