#include "core/sizing/BodySizeModel.h"

#include "core/sizing/SeededPermutation.h"
#include "core/sizing/SizingError.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

namespace {
constexpr int FormatVersion = 1;
constexpr double CellHeightCm = 5.0;
constexpr double CellWeightKg = 5.0;
constexpr float Unknown = std::numeric_limits<float>::quiet_NaN();
} // namespace

void BodySizeModel::features(const Body &body, float *out)
{
    out[0] = float(body.heightCm);
    out[1] = float(body.weightKg);
    out[2] = body.ageYears ? float(*body.ageYears) : Unknown;
    out[3] = body.gender == Gender::Unknown ? Unknown : body.gender == Gender::Female ? 0.0f : 1.0f;
    // Axis-aligned splits need many steps to follow weight / height^2; giving it directly saves them.
    out[4] = float(body.weightKg / (body.heightCm * body.heightCm) * 10000.0);
}

quint64 BodySizeModel::cellKey(double heightCm, double weightKg)
{
    const auto h = qint64(std::floor(heightCm / CellHeightCm));
    const auto w = qint64(std::floor(weightKg / CellWeightKg));
    return (quint64(h) << 32) ^ quint64(quint32(w));
}

BodySizeModel BodySizeModel::train(const SizeScale &scale, const std::vector<KeptPurchase> &purchases,
                                   const BodyModelOptions &options)
{
    const int k = scale.size();
    if (k < 2)
        throw SizingError(SizingErrorKind::InvalidData, u"the size scale needs at least two sizes"_s);
    for (const KeptPurchase &p : purchases) {
        if (p.sizeIndex < 0 || p.sizeIndex >= k)
            throw SizingError(SizingErrorKind::InvalidData,
                              u"a purchase has size index %1 outside the scale %2"_s.arg(p.sizeIndex).arg(scale.id()));
    }
    if (purchases.size() < 50)
        throw SizingError(SizingErrorKind::InvalidData,
                          u"at least 50 kept purchases are needed to learn sizes, got %1"_s.arg(purchases.size()));

    BodySizeModel m;
    m.m_scale = scale;
    m.m_decision = SizeDecision(options.offByOneCost);
    m.m_trainedOn = int(purchases.size());

    const std::vector<int> order = seededPermutation(int(purchases.size()), options.seed);
    const int members = std::max(1, options.members);
    const auto partOf = [&](size_t pos) {
        if (members > 1)
            return int(pos % size_t(members));
        // A single member holds out the first calibrationFraction of the permutation.
        return double(pos) < options.calibrationFraction * double(purchases.size()) ? 0 : -1;
    };
    float x[FeatureCount];
    for (const KeptPurchase &p : purchases)
        m.m_cells[cellKey(p.body.heightCm, p.body.weightKg)] += p.weight;

    std::vector<ConfidenceCalibrator::Observation> obs;
    std::vector<double> prob(static_cast<size_t>(k));
    for (int member = 0; member < members; ++member) {
        GroupedSamples fitPart(FeatureCount, k), heldPart(FeatureCount, k);
        for (size_t pos = 0; pos < order.size(); ++pos) {
            const KeptPurchase &p = purchases[size_t(order[pos])];
            features(p.body, x);
            (partOf(pos) == member ? heldPart : fitPart).add(x, p.sizeIndex, p.weight);
        }
        GradientBoostedTrees trees;
        trees.fit(fitPart, heldPart.rows() > 0 ? &heldPart : nullptr, options.trees);
        for (int r = 0; r < heldPart.rows(); ++r) {
            trees.predict(heldPart.features(r), prob.data());
            const SizeDecision::Choice c = m.m_decision.choose(prob);
            obs.push_back({c.probability, double(heldPart.counts(r)[c.best]), double(heldPart.total(r))});
        }
        m.m_members.push_back(std::move(trees));
    }
    m.m_calibrator.fit(std::move(obs));
    if (options.refitOnAll) {
        GroupedSamples all(FeatureCount, k);
        for (const KeptPurchase &p : purchases) {
            features(p.body, x);
            all.add(x, p.sizeIndex, p.weight);
        }
        GbtOptions final = options.trees;
        final.maxRounds = std::max(1, int(std::lround(m.meanRounds() * options.refitRoundFactor)));
        GradientBoostedTrees trees;
        trees.fit(all, nullptr, final);
        m.m_members.clear();
        m.m_members.push_back(std::move(trees));
    }
    return m;
}

std::vector<double> BodySizeModel::distribution(const Body &body) const
{
    std::vector<double> p(size_t(m_scale.size()), 0.0);
    if (m_members.empty())
        return p;
    float x[FeatureCount];
    features(body, x);
    std::vector<double> one(p.size());
    for (const GradientBoostedTrees &t : m_members) {
        t.predict(x, one.data());
        for (size_t i = 0; i < p.size(); ++i)
            p[i] += one[i];
    }
    for (double &v : p)
        v /= double(m_members.size());
    return p;
}

double BodySizeModel::meanRounds() const
{
    double r = 0;
    for (const GradientBoostedTrees &t : m_members)
        r += t.rounds();
    return m_members.empty() ? 0.0 : r / double(m_members.size());
}

double BodySizeModel::evidenceNear(const Body &body) const
{
    return m_cells.value(cellKey(body.heightCm, body.weightKg), 0.0);
}

QJsonObject BodySizeModel::toJson() const
{
    QJsonArray members;
    for (const GradientBoostedTrees &t : m_members)
        members.append(t.toJson());
    QJsonArray cells;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        const auto h = qint32(it.key() >> 32);
        const auto w = qint32(quint32(it.key() & 0xffffffffu));
        cells.append(QJsonArray{h, w, it.value()});
    }
    return {
        {u"format"_s, u"panorama.sizing.body-model"_s},
        {u"version"_s, FormatVersion},
        {u"scale"_s, QJsonObject{{u"id"_s, m_scale.id()}, {u"labels"_s, QJsonArray::fromStringList(m_scale.labels())}}},
        {u"trainedOn"_s, m_trainedOn},
        {u"offByOneCost"_s, m_decision.offByOneCost()},
        {u"cellCm"_s, CellHeightCm},
        {u"cellKg"_s, CellWeightKg},
        {u"cells"_s, cells},
        {u"calibration"_s, m_calibrator.toJson()},
        {u"members"_s, members}};
}

BodySizeModel BodySizeModel::fromJson(const QJsonObject &obj)
{
    if (obj.value(u"format"_s).toString() != u"panorama.sizing.body-model"_s ||
        obj.value(u"version"_s).toInt() != FormatVersion)
        throw SizingError(SizingErrorKind::InvalidModel, u"not a body-size model of version %1"_s.arg(FormatVersion));
    BodySizeModel m;
    const QJsonObject scale = obj.value(u"scale"_s).toObject();
    QStringList labels;
    for (const auto &v : scale.value(u"labels"_s).toArray())
        labels.append(v.toString());
    m.m_scale = SizeScale(scale.value(u"id"_s).toString(), labels);
    m.m_trainedOn = obj.value(u"trainedOn"_s).toInt();
    m.m_decision = SizeDecision(obj.value(u"offByOneCost"_s).toDouble(1.0));
    for (const auto &v : obj.value(u"cells"_s).toArray()) {
        const QJsonArray c = v.toArray();
        if (c.size() != 3)
            throw SizingError(SizingErrorKind::InvalidModel, u"body-size model: a cell is not [h, w, count]"_s);
        m.m_cells.insert((quint64(qint64(c.at(0).toInt())) << 32) ^ quint64(quint32(c.at(1).toInt())),
                         c.at(2).toDouble());
    }
    m.m_calibrator = ConfidenceCalibrator::fromJson(obj.value(u"calibration"_s).toObject());
    for (const auto &v : obj.value(u"members"_s).toArray()) {
        GradientBoostedTrees t = GradientBoostedTrees::fromJson(v.toObject());
        if (t.classCount() != m.m_scale.size() || t.featureCount() != FeatureCount)
            throw SizingError(SizingErrorKind::InvalidModel,
                              u"body-size model: trees with %1 classes and %2 features do not fit a scale of %3 sizes"_s
                                  .arg(t.classCount())
                                  .arg(t.featureCount())
                                  .arg(m.m_scale.size()));
        m.m_members.push_back(std::move(t));
    }
    if (m.m_members.empty())
        throw SizingError(SizingErrorKind::InvalidModel, u"body-size model: no trees"_s);
    return m;
}

} // namespace panorama::sizing
