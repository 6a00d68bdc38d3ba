#include "core/sizing/GradientBoostedTrees.h"

#include "core/sizing/SizingError.h"
#include "core/sizing/TreeBuilder.h"

#include <QJsonArray>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

namespace {

constexpr int FormatVersion = 1;
constexpr int PackedNodeBytes = 4 + 4 + 4 + 2 + 1;

void softmaxInPlace(double *v, int k)
{
    const double m = *std::max_element(v, v + k);
    double sum = 0;
    for (int i = 0; i < k; ++i) {
        v[i] = std::exp(v[i] - m);
        sum += v[i];
    }
    for (int i = 0; i < k; ++i)
        v[i] /= sum;
}

double logLoss(const GroupedSamples &s, const std::vector<double> &scores)
{
    const int k = s.classCount();
    std::vector<double> p(static_cast<size_t>(k));
    double loss = 0;
    for (int r = 0; r < s.rows(); ++r) {
        std::copy_n(&scores[size_t(r) * size_t(k)], k, p.begin());
        softmaxInPlace(p.data(), k);
        const float *c = s.counts(r);
        for (int j = 0; j < k; ++j) {
            if (c[j] > 0)
                loss -= c[j] * std::log(std::max(p[size_t(j)], 1e-12));
        }
    }
    return loss / std::max(1.0, s.totalWeight());
}

} // namespace

GroupedSamples::GroupedSamples(int featureCount, int classCount)
    : m_featureCount(featureCount), m_classCount(classCount)
{}

void GroupedSamples::add(const float *features, int label, float weight)
{
    std::vector<uint32_t> key(static_cast<size_t>(m_featureCount));
    for (int f = 0; f < m_featureCount; ++f) {
        const float v = std::isnan(features[f]) ? std::numeric_limits<float>::quiet_NaN() : features[f];
        std::memcpy(&key[size_t(f)], &v, sizeof(float));
    }
    auto [it, inserted] = m_index.try_emplace(std::move(key), rows());
    if (inserted) {
        m_features.insert(m_features.end(), features, features + m_featureCount);
        m_counts.resize(m_counts.size() + size_t(m_classCount), 0.0f);
        m_totals.push_back(0.0f);
    }
    const int row = it->second;
    m_counts[size_t(row) * size_t(m_classCount) + size_t(label)] += weight;
    m_totals[size_t(row)] += weight;
}

double GroupedSamples::totalWeight() const
{
    double t = 0;
    for (float v : m_totals)
        t += v;
    return t;
}

void GradientBoostedTrees::fit(const GroupedSamples &train, const GroupedSamples *validation, const GbtOptions &options)
{
    const int n = train.rows();
    const int d = train.featureCount();
    const int k = train.classCount();
    m_featureCount = d;
    m_classCount = k;
    m_nodes.clear();
    m_roots.clear();
    m_validationLoss.clear();

    std::vector<FeatureBinner> binners(static_cast<size_t>(d));
    for (int f = 0; f < d; ++f) {
        std::vector<float> col(static_cast<size_t>(n));
        for (int r = 0; r < n; ++r)
            col[size_t(r)] = train.features(r)[f];
        binners[size_t(f)].fit(std::move(col));
    }
    std::vector<uint8_t> bins(size_t(n) * size_t(d));
    std::vector<float> rowCounts(static_cast<size_t>(n));
    std::vector<double> classTotals(size_t(k), 0.0);
    for (int r = 0; r < n; ++r) {
        for (int f = 0; f < d; ++f)
            bins[size_t(r) * size_t(d) + size_t(f)] = binners[size_t(f)].bin(train.features(r)[f]);
        rowCounts[size_t(r)] = train.total(r);
        for (int j = 0; j < k; ++j)
            classTotals[size_t(j)] += train.counts(r)[j];
    }
    const double all = train.totalWeight();
    m_baseScore.assign(size_t(k), 0.0);
    for (int j = 0; j < k; ++j)
        m_baseScore[size_t(j)] = std::log((classTotals[size_t(j)] + 1.0) / (all + k));

    std::vector<double> scores(size_t(n) * size_t(k));
    for (int r = 0; r < n; ++r)
        std::copy(m_baseScore.begin(), m_baseScore.end(), scores.begin() + ptrdiff_t(r) * k);
    std::vector<double> validScores;
    if (validation) {
        validScores.resize(size_t(validation->rows()) * size_t(k));
        for (int r = 0; r < validation->rows(); ++r)
            std::copy(m_baseScore.begin(), m_baseScore.end(), validScores.begin() + ptrdiff_t(r) * k);
    }

    TreeBuilder builder(bins, d, binners, rowCounts, options);
    std::vector<double> prob(size_t(n) * size_t(k)), grad(static_cast<size_t>(n)), hess(static_cast<size_t>(n));
    std::vector<float> leafOfRow(static_cast<size_t>(n));
    std::vector<size_t> nodesAfterRound;
    double bestLoss = std::numeric_limits<double>::infinity();
    int bestRounds = 0;
    for (int round = 0; round < options.maxRounds; ++round) {
        prob = scores;
        for (int r = 0; r < n; ++r)
            softmaxInPlace(&prob[size_t(r) * size_t(k)], k);
        for (int j = 0; j < k; ++j) {
            for (int r = 0; r < n; ++r) {
                const double p = prob[size_t(r) * size_t(k) + size_t(j)];
                const double c = rowCounts[size_t(r)];
                grad[size_t(r)] = c * p - train.counts(r)[j];
                hess[size_t(r)] = std::max(c * p * (1.0 - p), 1e-6 * c);
            }
            const int32_t root = builder.build(grad, hess, m_nodes, leafOfRow);
            m_roots.push_back(root);
            for (int r = 0; r < n; ++r)
                scores[size_t(r) * size_t(k) + size_t(j)] += leafOfRow[size_t(r)];
        }
        m_rounds = round + 1;
        nodesAfterRound.push_back(m_nodes.size());
        if (!validation)
            continue;
        for (int r = 0; r < validation->rows(); ++r) {
            for (int j = 0; j < k; ++j) {
                int32_t i = m_roots[size_t(round) * size_t(k) + size_t(j)];
                const float *x = validation->features(r);
                while (m_nodes[size_t(i)].left >= 0) {
                    const Node &nd = m_nodes[size_t(i)];
                    const float v = x[nd.feature];
                    i = (std::isnan(v) ? nd.missingLeft : v <= nd.value) ? nd.left : nd.right;
                }
                validScores[size_t(r) * size_t(k) + size_t(j)] += m_nodes[size_t(i)].value;
            }
        }
        const double loss = logLoss(*validation, validScores);
        m_validationLoss.push_back(loss);
        if (loss < bestLoss - 1e-7) {
            bestLoss = loss;
            bestRounds = m_rounds;
        } else if (m_rounds - bestRounds >= options.patience) {
            break;
        }
    }
    if (validation && bestRounds > 0 && bestRounds < m_rounds) {
        m_rounds = bestRounds;
        m_roots.resize(size_t(bestRounds) * size_t(k));
        m_nodes.resize(nodesAfterRound[size_t(bestRounds - 1)]);
    }
}

void GradientBoostedTrees::addTreeScores(const float *features, double *scores) const
{
    for (size_t t = 0; t < m_roots.size(); ++t) {
        int32_t i = m_roots[t];
        while (m_nodes[size_t(i)].left >= 0) {
            const Node &nd = m_nodes[size_t(i)];
            const float v = features[nd.feature];
            i = (std::isnan(v) ? nd.missingLeft : v <= nd.value) ? nd.left : nd.right;
        }
        scores[t % size_t(m_classCount)] += m_nodes[size_t(i)].value;
    }
}

void GradientBoostedTrees::predict(const float *features, double *out) const
{
    std::copy(m_baseScore.begin(), m_baseScore.end(), out);
    addTreeScores(features, out);
    softmaxInPlace(out, m_classCount);
}

QJsonObject GradientBoostedTrees::toJson() const
{
    // Nodes are packed little-endian and base64-encoded: a few hundred trees stay a few hundred kilobytes.
    QByteArray packed(qsizetype(m_nodes.size()) * PackedNodeBytes, Qt::Uninitialized);
    char *p = packed.data();
    for (const Node &nd : m_nodes) {
        qToLittleEndian<qint32>(nd.left, p);
        qToLittleEndian<qint32>(nd.right, p + 4);
        qToLittleEndian<float>(nd.value, p + 8);
        qToLittleEndian<qint16>(nd.feature, p + 12);
        p[14] = nd.missingLeft ? 1 : 0;
        p += PackedNodeBytes;
    }
    QJsonArray base, roots;
    for (double b : m_baseScore)
        base.append(b);
    for (int32_t r : m_roots)
        roots.append(r);
    return QJsonObject{{u"format"_s, u"panorama.gbt"_s},
                       {u"version"_s, FormatVersion},
                       {u"features"_s, m_featureCount},
                       {u"classes"_s, m_classCount},
                       {u"rounds"_s, m_rounds},
                       {u"base"_s, base},
                       {u"roots"_s, roots},
                       {u"nodes"_s, QString::fromLatin1(packed.toBase64())}};
}

GradientBoostedTrees GradientBoostedTrees::fromJson(const QJsonObject &obj)
{
    const auto bad = [](const QString &why) {
        return SizingError(SizingErrorKind::InvalidModel, u"tree model: "_s + why);
    };
    if (obj.value(u"format"_s).toString() != u"panorama.gbt"_s)
        throw bad(u"not a panorama.gbt object"_s);
    if (obj.value(u"version"_s).toInt() != FormatVersion)
        throw bad(u"unsupported version %1"_s.arg(obj.value(u"version"_s).toInt()));
    GradientBoostedTrees m;
    m.m_featureCount = obj.value(u"features"_s).toInt();
    m.m_classCount = obj.value(u"classes"_s).toInt();
    m.m_rounds = obj.value(u"rounds"_s).toInt();
    if (m.m_featureCount <= 0 || m.m_classCount < 2 || m.m_rounds < 0)
        throw bad(u"bad dimensions"_s);
    for (const auto &v : obj.value(u"base"_s).toArray())
        m.m_baseScore.push_back(v.toDouble());
    for (const auto &v : obj.value(u"roots"_s).toArray())
        m.m_roots.push_back(v.toInt());
    const QByteArray packed = QByteArray::fromBase64(obj.value(u"nodes"_s).toString().toLatin1());
    if (packed.size() % PackedNodeBytes != 0)
        throw bad(u"node block has a partial node"_s);
    const char *p = packed.constData();
    const int count = int(packed.size() / PackedNodeBytes);
    m.m_nodes.resize(static_cast<size_t>(count));
    for (Node &nd : m.m_nodes) {
        nd.left = qFromLittleEndian<qint32>(p);
        nd.right = qFromLittleEndian<qint32>(p + 4);
        nd.value = qFromLittleEndian<float>(p + 8);
        nd.feature = qFromLittleEndian<qint16>(p + 12);
        nd.missingLeft = p[14] != 0;
        p += PackedNodeBytes;
    }
    if (int(m.m_baseScore.size()) != m.m_classCount || int(m.m_roots.size()) != m.m_rounds * m.m_classCount)
        throw bad(u"base scores or roots do not match the dimensions"_s);
    // Every index must stay inside the node list so that prediction can never read out of bounds.
    for (int32_t r : m.m_roots) {
        if (r < 0 || r >= count)
            throw bad(u"root index out of range"_s);
    }
    for (int i = 0; i < count; ++i) {
        const Node &nd = m.m_nodes[size_t(i)];
        if (nd.left < 0)
            continue;
        if (nd.left <= i || nd.right <= i || nd.left >= count || nd.right >= count || nd.feature < 0 ||
            nd.feature >= m.m_featureCount)
            throw bad(u"node %1 is malformed"_s.arg(i));
    }
    return m;
}

} // namespace panorama::sizing
