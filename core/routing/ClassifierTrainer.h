#pragma once

#include "core/routing/Calibration.h"
#include "core/routing/FeatureConfig.h"
#include "core/routing/LabelledDataset.h"
#include "core/routing/LinearSvmTrainer.h"
#include "core/routing/TextClassifier.h"

namespace panorama::routing {

struct TrainOptions
{
    FeatureConfig features;
    SvmOptions svm;
    // Without a validation set, out-of-fold scores calibrate the confidence and pick the threshold; the final
    // model is then trained on everything. Up to `crossValidateUpTo` examples: K-fold cross-validation
    // (`calibrationFolds`, 0 = 5); beyond: one stratified holdout of `holdoutFraction`.
    double holdoutFraction = 0.1;
    int calibrationFolds = 0;
    int crossValidateUpTo = 5000;
    OperatingPoint::Criterion criterion = OperatingPoint::Criterion::AccuracyBudget;
    double targetPrecision = 0.9; // TargetPrecision (also the fallback without out-of-scope examples)
    double accuracyBudget = 0.01; // AccuracyBudget: in-scope accuracy the threshold may cost on validation
    // Examples with this label are out of scope: they never become a class unless trainOutOfScopeClass.
    QString outOfScopeLabel = QStringLiteral("oos");
    bool trainOutOfScopeClass = false;
    QString taxonomyId;
    QString taxonomyVersion;
};

// What training did, for the operator and for docs/bench.
struct TrainReport
{
    int examples = 0; // in-scope examples the final model saw
    int classes = 0;
    uint32_t dimension = 0;      // vocabulary size
    double featureSeconds = 0.0; // normalisation + n-grams + TF-IDF
    double svmSeconds = 0.0;     // all SVM fits, including the calibration model
    double totalSeconds = 0.0;   // wall clock
    double cpuSeconds = 0.0;     // process CPU time (all threads): comparable on a busy machine
    double temperature = 1.0;
    double validationNll = 0.0;
    double validationEce = 0.0;
    OperatingPoint operatingPoint;
    QString calibrationSource;

    QJsonObject toJson() const;
};

// Trains a TextClassifier from labelled history: features, SVM, temperature calibration and the triage
// threshold on held-out data. This is what the server runs; the result is serialised by ModelSerializer.
class ClassifierTrainer final
{
public:
    explicit ClassifierTrainer(TrainOptions options = {}) : m_options(std::move(options)) {}

    // `validation` may be null (then a stratified holdout of `train` is used) and may hold out-of-scope
    // examples (labelled outOfScopeLabel), which tune the threshold. Throws RoutingError(BadData) when the
    // training set has fewer than two classes or validation labels unknown to training.
    TextClassifier train(const LabelledDataset &train, const LabelledDataset *validation = nullptr,
                         TrainReport *report = nullptr) const;

    const TrainOptions &options() const { return m_options; }

private:
    TrainOptions m_options;
};

} // namespace panorama::routing
