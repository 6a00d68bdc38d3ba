#pragma once

#include "core/sizing/Body.h"
#include "core/sizing/ConfidenceCalibrator.h"
#include "core/sizing/GradientBoostedTrees.h"
#include "core/sizing/SizeDecision.h"
#include "core/sizing/SizeScale.h"

#include <QHash>
#include <QJsonObject>

#include <cstddef>
#include <vector>

namespace panorama::sizing {

// One kept purchase: who bought it and which size they kept (index into the model's scale).
struct KeptPurchase
{
    Body body;
    int sizeIndex = -1;
    float weight = 1.0f;
};

struct BodyModelOptions
{
    quint64 seed = 0;
    // Cross-fitting: the training rows are cut into `members` seeded parts; member i is fitted on all parts but
    // part i, stops early on part i and predicts it. The model averages the members; the confidence map is fitted
    // on those out-of-part predictions, so every row serves both for fitting and (once) for calibration.
    int members = 1;
    double calibrationFraction = 0.2; // with members == 1: the held-out share
    // After cross-fitting, fit one final model on every row for the members' mean early-stopped round count
    // (x refitRoundFactor, as there is more data); the confidence map stays the one fitted out of sample.
    bool refitOnAll = false;
    double refitRoundFactor = 1.1;
    double offByOneCost = 1.0; // see SizeDecision
    GbtOptions trees;
};

// The "similar customers" evidence: P(size kept | height, weight, age, gender), learned from the store's kept
// purchases with a small cross-fitted ensemble of gradient-boosted trees, with an isotonic map from the chosen size's
// probability to the observed hit rate, and a coarse count of training bodies per 5 cm x 5 kg cell (how much evidence
// backs an answer).
class BodySizeModel
{
public:
    static constexpr int FeatureCount = 5; // height, weight, age, gender, BMI

    // Throws SizingError(InvalidData) with fewer than 50 usable purchases or labels outside the scale.
    static BodySizeModel train(const SizeScale &scale, const std::vector<KeptPurchase> &purchases,
                               const BodyModelOptions &options);

    static void features(const Body &body, float *out);
    // Probability per size of the scale.
    std::vector<double> distribution(const Body &body) const;
    // Kept purchases in the training data from bodies in the same 5 cm x 5 kg cell.
    double evidenceNear(const Body &body) const;

    const SizeScale &scale() const { return m_scale; }
    const ConfidenceCalibrator &calibrator() const { return m_calibrator; }
    const SizeDecision &decision() const { return m_decision; }
    const std::vector<GradientBoostedTrees> &members() const { return m_members; }
    double meanRounds() const;
    bool isEmpty() const { return m_members.empty(); }

    QJsonObject toJson() const;
    static BodySizeModel fromJson(const QJsonObject &obj);

private:
    static quint64 cellKey(double heightCm, double weightKg);

    SizeScale m_scale;
    std::vector<GradientBoostedTrees> m_members;
    ConfidenceCalibrator m_calibrator;
    SizeDecision m_decision;
    QHash<quint64, double> m_cells;
    int m_trainedOn = 0;
};

} // namespace panorama::sizing
