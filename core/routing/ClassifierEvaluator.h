#pragma once

#include "core/routing/LabelledDataset.h"
#include "core/routing/TextClassifier.h"

#include <QJsonObject>

namespace panorama::routing {

// Figures of a classifier on a labelled test set, both as a plain classifier (top-1, no triage) and at its
// operating point (tickets below the threshold go to manual triage and count as misses for in-scope texts).
struct Evaluation
{
    int examples = 0;
    int inScope = 0;
    int outOfScope = 0;
    int unknownLabels = 0; // in-scope test labels the model never saw (always wrong)

    double top1Accuracy = 0.0; // in-scope, no triage
    double top1MacroF1 = 0.0;
    double threshold = 0.0;
    double inScopeAccuracy = 0.0;          // in-scope, correct and not triaged
    double macroF1 = 0.0;                  // in-scope classes, triaged counted as a miss
    double triageRate = 0.0;               // in-scope tickets sent to triage
    double acceptedPrecision = 0.0;        // correct among in-scope tickets not triaged
    double outOfScopeRecall = 0.0;         // out-of-scope tickets sent to triage (0 when there are none)
    double falseTriageRate = 0.0;          // = triageRate; kept explicit for reports on out-of-scope sets
    double expectedCalibrationError = 0.0; // of in-scope top-1 confidences

    QJsonObject toJson() const;
};

// Runs a classifier over a test set. Examples labelled `outOfScopeLabel` are out of scope.
class ClassifierEvaluator final
{
public:
    static Evaluation evaluate(const TextClassifier &classifier, const LabelledDataset &test,
                               const QString &outOfScopeLabel = QStringLiteral("oos"));
    // Macro-averaged F1 over `classes`: predictions outside them (e.g. "triage") are misses, never credited.
    static double macroF1(const std::vector<QString> &truth, const std::vector<QString> &predicted,
                          const QStringList &classes);
};

} // namespace panorama::routing
