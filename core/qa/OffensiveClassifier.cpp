#include "core/qa/OffensiveClassifier.h"

#include "core/qa/TextNormalizer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;

namespace panorama::qa {

namespace {

constexpr quint32 FnvOffset = 2166136261u;
constexpr quint32 FnvPrime = 16777619u;

quint32 mix(quint32 h, quint32 v)
{
    return (h ^ v) * FnvPrime;
}

bool isLatin(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'\'';
}

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace

std::vector<quint32> OffensiveClassifier::features(QStringView text) const
{
    // Folded, with whitespace runs collapsed, so "傻  逼" and "傻逼" share n-grams.
    const QString folded = TextNormalizer::fold(text);
    std::u16string s;
    s.reserve(size_t(folded.size()));
    bool space = true;
    for (QChar c : folded) {
        if (c.isSpace()) {
            if (!space)
                s.push_back(u' ');
            space = true;
        } else {
            s.push_back(c.unicode());
            space = false;
        }
    }
    const quint32 mask = (1u << m_bucketsLog2) - 1;
    std::vector<quint32> out;
    out.reserve(s.size() * size_t(m_ngramMax) + 16);
    for (size_t i = 0; i < s.size(); ++i) {
        quint32 h = FnvOffset;
        for (int n = 1; n <= m_ngramMax && i + size_t(n) <= s.size(); ++n) {
            h = mix(h, s[i + size_t(n) - 1]);
            out.push_back(mix(h, quint32(n)) & mask);
        }
    }
    // English word unigrams and bigrams: character n-grams miss insults spelled as whole words.
    quint32 prev = 0;
    size_t i = 0;
    while (i < s.size()) {
        if (!isLatin(s[i])) {
            ++i;
            continue;
        }
        quint32 h = FnvOffset ^ 0x9e3779b9u;
        while (i < s.size() && isLatin(s[i]))
            h = mix(h, s[i++]);
        out.push_back(h & mask);
        if (prev)
            out.push_back(mix(prev, h) & mask);
        prev = h;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

OffensiveClassifier OffensiveClassifier::train(const QList<Example> &examples, const TrainOptions &options)
{
    OffensiveClassifier c;
    c.m_ngramMax = options.ngramMax;
    c.m_bucketsLog2 = options.bucketsLog2;
    const size_t dim = size_t(1) << options.bucketsLog2;
    std::vector<std::vector<quint32>> feats;
    feats.reserve(size_t(examples.size()));
    for (const Example &e : examples)
        feats.push_back(c.features(e.text));

    // NB log-count ratios r = log((p/|p|1) / (q/|q|1)) with binary features.
    std::vector<float> r(dim, 1.0f);
    if (options.nbScaling) {
        std::vector<float> p(dim, float(options.nbAlpha)), q(dim, float(options.nbAlpha));
        for (size_t i = 0; i < feats.size(); ++i) {
            auto &side = examples[qsizetype(i)].offensive ? p : q;
            for (quint32 f : feats[i])
                side[f] += 1.0f;
        }
        const double ps = std::accumulate(p.begin(), p.end(), 0.0);
        const double qs = std::accumulate(q.begin(), q.end(), 0.0);
        for (size_t f = 0; f < dim; ++f)
            r[f] = float(std::log((p[f] / ps) / (q[f] / qs)));
    }

    std::vector<float> w(dim, 0.0f), g2(dim, 1e-8f);
    double bias = 0.0, biasG2 = 1e-8;
    std::vector<size_t> order(feats.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::mt19937 rng(options.seed);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        for (size_t idx : order) {
            const auto &fs = feats[idx];
            if (fs.empty())
                continue;
            const double scale = 1.0 / std::sqrt(double(fs.size()));
            double z = bias;
            for (quint32 f : fs)
                z += w[f] * r[f] * scale;
            const double grad = sigmoid(z) - (examples[qsizetype(idx)].offensive ? 1.0 : 0.0);
            for (quint32 f : fs) {
                const double gf = grad * r[f] * scale + options.l2 * w[f];
                g2[f] += float(gf * gf);
                w[f] -= float(options.learningRate * gf / std::sqrt(g2[f]));
            }
            biasG2 += grad * grad;
            bias -= options.learningRate * grad / std::sqrt(biasG2);
        }
    }
    c.m_weights.resize(dim);
    for (size_t f = 0; f < dim; ++f)
        c.m_weights[f] = w[f] * r[f];
    c.m_bias = float(bias);
    return c;
}

double OffensiveClassifier::probability(QStringView text) const
{
    if (m_weights.empty())
        return 0.0;
    const std::vector<quint32> fs = features(text);
    if (fs.empty())
        return sigmoid(m_bias);
    const double scale = 1.0 / std::sqrt(double(fs.size()));
    double z = m_bias;
    for (quint32 f : fs)
        z += m_weights[f] * scale;
    return sigmoid(z);
}

bool OffensiveClassifier::save(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    QTextStream out(&f);
    const QJsonObject header{{u"format"_s, u"panorama-offensive-nblr"_s},
                             {u"version"_s, 1},
                             {u"ngram_max"_s, m_ngramMax},
                             {u"buckets_log2"_s, m_bucketsLog2},
                             {u"bias"_s, double(m_bias)}};
    out << QString::fromUtf8(QJsonDocument(header).toJson(QJsonDocument::Compact)) << u'\n';
    for (size_t i = 0; i < m_weights.size(); ++i) {
        if (std::abs(m_weights[i]) > 1e-6f)
            out << i << u' ' << QString::number(double(m_weights[i]), 'g', 6) << u'\n';
    }
    out.flush();
    if (!f.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

std::optional<OffensiveClassifier> OffensiveClassifier::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read offensive model %1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    const QJsonObject header = QJsonDocument::fromJson(f.readLine()).object();
    if (header.value(u"format").toString() != u"panorama-offensive-nblr") {
        *error = u"%1 is not a Panorama offensive-language model (bad header line)"_s.arg(path);
        return std::nullopt;
    }
    OffensiveClassifier c;
    c.m_ngramMax = header.value(u"ngram_max").toInt(4);
    c.m_bucketsLog2 = header.value(u"buckets_log2").toInt(20);
    if (c.m_ngramMax < 1 || c.m_ngramMax > 8 || c.m_bucketsLog2 < 8 || c.m_bucketsLog2 > 26) {
        *error = u"%1: ngram_max or buckets_log2 out of range"_s.arg(path);
        return std::nullopt;
    }
    c.m_bias = float(header.value(u"bias").toDouble());
    c.m_weights.assign(size_t(1) << c.m_bucketsLog2, 0.0f);
    int line = 1;
    while (!f.atEnd()) {
        ++line;
        const QByteArray l = f.readLine().trimmed();
        if (l.isEmpty())
            continue;
        const qsizetype sp = l.indexOf(' ');
        bool ok1 = false, ok2 = false;
        const quint64 idx = sp > 0 ? l.left(sp).toULongLong(&ok1) : 0;
        const float w = sp > 0 ? l.mid(sp + 1).toFloat(&ok2) : 0.0f;
        if (!ok1 || !ok2 || idx >= c.m_weights.size()) {
            *error = u"%1:%2: expected 'bucket weight'"_s.arg(path).arg(line);
            return std::nullopt;
        }
        c.m_weights[size_t(idx)] = w;
    }
    return c;
}

} // namespace panorama::qa
