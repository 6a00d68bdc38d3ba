#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace panorama::routing {

// Turns one-vs-rest decision values into probabilities with a single temperature fitted on held-out data
// (Guo et al., 2017), and picks the confidence threshold below which a ticket goes to manual triage.
class Calibration final
{
public:
    // Softmax of scores / temperature.
    static std::vector<double> probabilities(const std::vector<float> &scores, double temperature);
    // The temperature minimising the cross-entropy of the true labels, smoothed by 1/(n+2) so that a separable
    // validation set does not yield an infinitely sharp softmax (golden-section search; convex in 1/T).
    static double fitTemperature(const std::vector<std::vector<float>> &scores, const std::vector<int> &labels);
    // Mean cross-entropy against targets smoothed by epsilon (1 - epsilon on the true class).
    static double smoothedNegativeLogLikelihood(const std::vector<std::vector<float>> &scores,
                                                const std::vector<int> &labels, double temperature, double epsilon);
    // Mean negative log-likelihood at a temperature (reported with the model).
    static double negativeLogLikelihood(const std::vector<std::vector<float>> &scores, const std::vector<int> &labels,
                                        double temperature);
    // Expected calibration error over 10 equal-width confidence bins.
    static double expectedCalibrationError(const std::vector<double> &confidence, const std::vector<bool> &correct);
};

// One validation example as seen by the threshold search.
struct ValidationOutcome
{
    double confidence = 0.0; // calibrated probability of the predicted class
    bool inScope = true;     // false for out-of-scope validation examples
    bool correct = false;    // predicted class == true class (in-scope only)
};

// The operating point: tickets whose confidence is below `threshold` go to manual triage.
struct OperatingPoint
{
    enum class Criterion
    {
        // Highest out-of-scope recall that costs at most `accuracyBudget` of in-scope accuracy (triaged
        // in-scope tickets count as misses); needs out-of-scope validation examples.
        AccuracyBudget,
        Balanced,        // maximise (in-scope accuracy + out-of-scope recall) / 2; needs out-of-scope examples
        TargetPrecision, // lowest threshold whose auto-routed in-scope tickets reach the target precision
    };

    double threshold = 0.0;
    Criterion criterion = Criterion::TargetPrecision;
    double targetPrecision = 0.9;
    double accuracyBudget = 0.01;
    // Figures on the validation set at the threshold.
    double top1Accuracy = 0.0;      // correct / in-scope with no triage at all (the threshold's reference)
    double inScopeAccuracy = 0.0;   // correct and accepted / in-scope
    double acceptedPrecision = 0.0; // correct / accepted in-scope
    double triageRate = 0.0;        // in-scope sent to triage / in-scope
    double outOfScopeRecall = 0.0;  // out-of-scope sent to triage / out-of-scope (0 when none)
    int validationInScope = 0;
    int validationOutOfScope = 0;

    // Criteria that need out-of-scope examples fall back to TargetPrecision when the validation set has none.
    static OperatingPoint choose(const std::vector<ValidationOutcome> &outcomes, Criterion criterion,
                                 double targetPrecision = 0.9, double accuracyBudget = 0.01);
    QJsonObject toJson() const;
    static OperatingPoint fromJson(const QJsonObject &obj);
    static QString criterionName(Criterion c);
    static std::optional<Criterion> criterionFromName(const QString &name);
};

} // namespace panorama::routing
