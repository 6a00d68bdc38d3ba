#pragma once

#include "core/routing/Calibration.h"
#include "core/routing/FeatureConfig.h"
#include "core/routing/LinearModel.h"
#include "core/routing/LinearSvmTrainer.h"
#include "core/routing/TfidfVectorizer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace panorama::routing {

struct ClassScore
{
    QString label;
    double probability = 0.0; // calibrated
    double score = 0.0;       // raw one-vs-rest decision value
};

// The classifier's answer for one text. `label` is the best class even when the ticket goes to triage, so
// that the agent doing manual triage sees the model's guess.
struct Prediction
{
    QString label;
    double confidence = 0.0;
    double threshold = 0.0;               // the model's triage threshold when this prediction was made
    bool belowThreshold = false;          // confidence < threshold
    bool outOfScopeClass = false;         // the best class is the model's own out-of-scope class
    std::vector<ClassScore> alternatives; // best first, including `label`

    bool needsTriage() const { return belowThreshold || outOfScopeClass; }
    QJsonObject toJson() const;
    static Prediction fromJson(const QJsonObject &obj);
};

// Provenance of a model: what it was trained on and with which settings. Travels with the blob.
struct ModelInfo
{
    QString versionId;   // content hash of the model (vocabulary, weights, labels, calibration)
    QDateTime createdAt; // UTC
    QString taxonomyId;
    QString taxonomyVersion;
    QString trainedOn; // data source description
    int trainingExamples = 0;
    double trainingSeconds = 0.0;
    QString calibrationSource; // "validation set" or "holdout 10%"
    double calibrationEce = 0.0;
    SvmOptions svm;

    QJsonObject toJson() const;
    static ModelInfo fromJson(const QJsonObject &obj);
};

// A trained text classifier: normalisation, hashed word + character n-gram TF-IDF, one-vs-rest linear SVM,
// temperature-calibrated probabilities and a triage threshold. Immutable after training/loading and safe to
// use from several threads at once.
class TextClassifier final
{
public:
    TextClassifier() = default;

    bool isTrained() const { return !m_labels.isEmpty(); }
    // Throws RoutingError(Misuse) when the classifier is not trained.
    Prediction classify(const QString &text, int topK = 3) const;
    // The TF-IDF vector of a text (normalised the way the model was trained).
    SparseVector vectorize(const QString &text) const;
    std::vector<float> decisionValues(const QString &text) const;

    const QStringList &labels() const { return m_labels; }
    double temperature() const { return m_temperature; }
    const OperatingPoint &operatingPoint() const { return m_operatingPoint; }
    double threshold() const { return m_operatingPoint.threshold; }
    // An administrator may move the threshold (more or less manual triage) without retraining.
    void setThreshold(double threshold) { m_operatingPoint.threshold = threshold; }
    const QString &outOfScopeLabel() const { return m_outOfScopeLabel; }
    const ModelInfo &info() const { return m_info; }
    ModelInfo &info() { return m_info; }
    const FeatureConfig &featureConfig() const { return m_vectorizer.config(); }
    const TfidfVectorizer &vectorizer() const { return m_vectorizer; }
    const LinearModel &model() const { return m_model; }

    // Assembles a classifier (used by the trainer and the model reader).
    void assemble(TfidfVectorizer vectorizer, LinearModel model, QStringList labels, double temperature,
                  OperatingPoint operatingPoint, QString outOfScopeLabel, ModelInfo info);

private:
    TfidfVectorizer m_vectorizer;
    LinearModel m_model;
    QStringList m_labels;
    double m_temperature = 1.0;
    OperatingPoint m_operatingPoint;
    QString m_outOfScopeLabel; // empty when the model has no out-of-scope class
    ModelInfo m_info;
};

} // namespace panorama::routing
