#include "core/routing/TextClassifier.h"

#include "core/routing/FeatureExtractor.h"
#include "core/routing/RoutingError.h"
#include "core/routing/TextNormalizer.h"

#include <QJsonArray>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace panorama::routing {

QJsonObject Prediction::toJson() const
{
    QJsonArray alts;
    for (const ClassScore &c : alternatives)
        alts.append(QJsonObject{{u"category"_s, c.label}, {u"confidence"_s, c.probability}, {u"score"_s, c.score}});
    return {{u"category"_s, label},
            {u"confidence"_s, confidence},
            {u"threshold"_s, threshold},
            {u"needsTriage"_s, needsTriage()},
            {u"belowThreshold"_s, belowThreshold},
            {u"outOfScopeClass"_s, outOfScopeClass},
            {u"alternatives"_s, alts}};
}

Prediction Prediction::fromJson(const QJsonObject &o)
{
    Prediction p;
    p.label = o.value(u"category"_s).toString();
    p.confidence = o.value(u"confidence"_s).toDouble();
    p.threshold = o.value(u"threshold"_s).toDouble();
    p.belowThreshold = o.value(u"belowThreshold"_s).toBool();
    p.outOfScopeClass = o.value(u"outOfScopeClass"_s).toBool();
    for (const QJsonValue &v : o.value(u"alternatives"_s).toArray()) {
        const QJsonObject a = v.toObject();
        p.alternatives.push_back(
            {a.value(u"category"_s).toString(), a.value(u"confidence"_s).toDouble(), a.value(u"score"_s).toDouble()});
    }
    return p;
}

QJsonObject ModelInfo::toJson() const
{
    return {{u"versionId"_s, versionId},
            {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODate)},
            {u"taxonomyId"_s, taxonomyId},
            {u"taxonomyVersion"_s, taxonomyVersion},
            {u"trainedOn"_s, trainedOn},
            {u"trainingExamples"_s, trainingExamples},
            {u"trainingSeconds"_s, trainingSeconds},
            {u"calibrationSource"_s, calibrationSource},
            {u"calibrationEce"_s, calibrationEce},
            {u"svm"_s, QJsonObject{{u"c"_s, svm.c},
                                   {u"epsilon"_s, svm.epsilon},
                                   {u"maxIterations"_s, svm.maxIterations},
                                   {u"bias"_s, svm.bias},
                                   {u"seed"_s, qint64(svm.seed)}}}};
}

ModelInfo ModelInfo::fromJson(const QJsonObject &obj)
{
    ModelInfo i;
    i.versionId = obj.value(u"versionId"_s).toString();
    i.createdAt = QDateTime::fromString(obj.value(u"createdAt"_s).toString(), Qt::ISODate);
    i.taxonomyId = obj.value(u"taxonomyId"_s).toString();
    i.taxonomyVersion = obj.value(u"taxonomyVersion"_s).toString();
    i.trainedOn = obj.value(u"trainedOn"_s).toString();
    i.trainingExamples = obj.value(u"trainingExamples"_s).toInt();
    i.trainingSeconds = obj.value(u"trainingSeconds"_s).toDouble();
    i.calibrationSource = obj.value(u"calibrationSource"_s).toString();
    i.calibrationEce = obj.value(u"calibrationEce"_s).toDouble();
    const QJsonObject svm = obj.value(u"svm"_s).toObject();
    i.svm.c = svm.value(u"c"_s).toDouble(i.svm.c);
    i.svm.epsilon = svm.value(u"epsilon"_s).toDouble(i.svm.epsilon);
    i.svm.maxIterations = svm.value(u"maxIterations"_s).toInt(i.svm.maxIterations);
    i.svm.bias = svm.value(u"bias"_s).toDouble(i.svm.bias);
    i.svm.seed = uint32_t(svm.value(u"seed"_s).toInteger(i.svm.seed));
    return i;
}

void TextClassifier::assemble(TfidfVectorizer vectorizer, LinearModel model, QStringList labels, double temperature,
                              OperatingPoint operatingPoint, QString outOfScopeLabel, ModelInfo info)
{
    if (model.classes() != uint32_t(labels.size()) || model.dimension() != vectorizer.dimension())
        throw RoutingError(RoutingErrorKind::BadModel, u"model parts disagree on labels or vocabulary size"_s);
    if (!(temperature > 0.0))
        throw RoutingError(RoutingErrorKind::BadModel, u"model temperature must be positive"_s);
    m_vectorizer = std::move(vectorizer);
    m_model = std::move(model);
    m_labels = std::move(labels);
    m_temperature = temperature;
    m_operatingPoint = operatingPoint;
    m_outOfScopeLabel = std::move(outOfScopeLabel);
    m_info = std::move(info);
}

SparseVector TextClassifier::vectorize(const QString &text) const
{
    const FeatureConfig &config = m_vectorizer.config();
    const QString normalized = TextNormalizer::normalize(text, {config.traditionalToSimplified});
    std::vector<uint64_t> terms;
    terms.reserve(size_t(normalized.size()) * 5);
    FeatureExtractor(config).extract(normalized, terms);
    return m_vectorizer.transform(terms);
}

std::vector<float> TextClassifier::decisionValues(const QString &text) const
{
    if (!isTrained())
        throw RoutingError(RoutingErrorKind::Misuse, u"the classifier has not been trained or loaded"_s);
    return m_model.scores(vectorize(text));
}

Prediction TextClassifier::classify(const QString &text, int topK) const
{
    const std::vector<float> scores = decisionValues(text);
    const std::vector<double> p = Calibration::probabilities(scores, m_temperature);
    std::vector<int> order(p.size());
    std::iota(order.begin(), order.end(), 0);
    const size_t k = std::clamp<size_t>(size_t(std::max(topK, 1)), 1, order.size());
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(k), order.end(),
                      [&](int a, int b) { return p[size_t(a)] > p[size_t(b)]; });
    Prediction out;
    for (size_t i = 0; i < k; ++i) {
        const int c = order[i];
        out.alternatives.push_back({m_labels.at(c), p[size_t(c)], double(scores[size_t(c)])});
    }
    out.label = out.alternatives.front().label;
    out.confidence = out.alternatives.front().probability;
    out.threshold = m_operatingPoint.threshold;
    out.belowThreshold = out.confidence < out.threshold;
    out.outOfScopeClass = !m_outOfScopeLabel.isEmpty() && out.label == m_outOfScopeLabel;
    return out;
}

} // namespace panorama::routing
