#include "core/search/LsaEncoder.h"

#include <QDataStream>
#include <QIODevice>
#include <QRandomGenerator>

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SparseCore>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace panorama::search {

namespace {

constexpr quint32 kMagic = 0x504C5341; // "PLSA"
constexpr quint32 kFormat = 2;         // 2: row-major projection

bool isFeature(const Token &t)
{
    // ICU single-character words duplicate the Char features; everything else describes the text.
    return t.kind != TokenKind::Unigram;
}

Eigen::MatrixXf orthonormalize(const Eigen::MatrixXf &m)
{
    Eigen::HouseholderQR<Eigen::MatrixXf> qr(m);
    return qr.householderQ() * Eigen::MatrixXf::Identity(m.rows(), m.cols());
}

} // namespace

std::unique_ptr<LsaEncoder> LsaEncoder::train(const QStringList &corpus, const Analyzer &analyzer,
                                              const LsaOptions &options)
{
    QList<QList<Token>> tokens;
    tokens.reserve(corpus.size());
    AnalyzeOptions ao;
    ao.allHanUnigrams = true;
    for (const QString &text : corpus)
        tokens.append(analyzer.analyze(text, ao));
    auto enc = train(tokens, options);
    if (enc)
        enc->m_analyzer = std::make_shared<Analyzer>(analyzer);
    return enc;
}

std::unique_ptr<LsaEncoder> LsaEncoder::train(const QList<QList<Token>> &corpusIn, const LsaOptions &options)
{
    std::unique_ptr<LsaEncoder> enc(new LsaEncoder);
    enc->m_options = options;

    // A deterministic sample keeps training time bounded on big corpora.
    QList<const QList<Token> *> corpus;
    for (const auto &doc : corpusIn)
        corpus.append(&doc);
    if (corpus.size() > options.maxTrainDocuments) {
        std::mt19937_64 rng(options.seed);
        std::shuffle(corpus.begin(), corpus.end(), rng);
        corpus.resize(options.maxTrainDocuments);
    }
    const int n = int(corpus.size());
    enc->m_trainedDocuments = n;

    // Document frequencies, then the most frequent features above the minimum.
    QHash<QString, int> df;
    for (const auto *doc : std::as_const(corpus)) {
        QSet<QString> seen;
        for (const Token &t : *doc) {
            if (isFeature(t) && !seen.contains(t.term)) {
                seen.insert(t.term);
                ++df[t.term];
            }
        }
    }
    QList<QPair<int, QString>> ranked;
    for (auto it = df.begin(); it != df.end(); ++it) {
        if (it.value() >= options.minDocumentFrequency && it.value() < std::max(2, n))
            ranked.append({it.value(), it.key()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (ranked.size() > options.maxFeatures)
        ranked.resize(options.maxFeatures);
    enc->m_idf.resize(ranked.size());
    for (int i = 0; i < ranked.size(); ++i) {
        enc->m_features.insert(ranked[i].second, i);
        enc->m_idf[i] = float(std::log((1.0 + n) / (1.0 + ranked[i].first)) + 1.0);
    }
    const int m = int(ranked.size());
    const int k = std::min({options.dimension, m, n});
    if (k < 2)
        return nullptr; // too little text to learn anything

    // Sparse document × feature TF-IDF matrix.
    std::vector<Eigen::Triplet<float>> triplets;
    for (int d = 0; d < n; ++d) {
        for (const auto &[f, w] : enc->tfidf(*corpus[d]))
            triplets.emplace_back(d, f, w);
    }
    Eigen::SparseMatrix<float, Eigen::RowMajor> a(n, m);
    a.setFromTriplets(triplets.begin(), triplets.end());
    const Eigen::SparseMatrix<float, Eigen::ColMajor> at = a.transpose();

    // Randomised range finder with power iterations (Halko, Martinsson & Tropp 2011).
    const int l = std::min(k + 12, std::min(n, m));
    std::mt19937_64 rng(options.seed);
    std::normal_distribution<float> gauss;
    Eigen::MatrixXf omega(m, l);
    for (int j = 0; j < l; ++j)
        for (int i = 0; i < m; ++i)
            omega(i, j) = gauss(rng);
    Eigen::MatrixXf q = orthonormalize(a * omega);
    for (int it = 0; it < options.powerIterations; ++it) {
        const Eigen::MatrixXf z = orthonormalize(at * q);
        q = orthonormalize(a * z);
    }
    // B = Qᵀ A (l × m); its right singular vectors come from the small eigenproblem of B Bᵀ.
    const Eigen::MatrixXf bt = at * q; // m × l
    const Eigen::MatrixXf bbt = bt.transpose() * bt;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXf> eig(bbt);
    // Eigenvalues ascend: take the top k.
    Eigen::MatrixXf proj(m, k);
    for (int j = 0; j < k; ++j) {
        const int col = l - 1 - j;
        const float sigma = std::sqrt(std::max(eig.eigenvalues()(col), 1e-12f));
        // v_j = Bᵀ u_j / σ_j; the vector of a text is x·v_j scaled by σ_j^(p-1).
        const float scale = std::pow(sigma, float(options.singularPower - 1.0)) / sigma;
        proj.col(j) = bt * eig.eigenvectors().col(col) * scale;
    }
    enc->m_projection = std::move(proj);
    // The common component: every text of a corpus shares the corpus's topic (all questions about one
    // product, all tickets about orders); removing it lets cosine see what differs (Arora et al. 2017).
    if (options.removeCommonComponent) {
        Eigen::VectorXf mean = Eigen::VectorXf::Zero(k);
        for (int d = 0; d < n; ++d) {
            const std::vector<float> v = enc->project(enc->tfidf(*corpus[d]));
            mean += Eigen::Map<const Eigen::VectorXf>(v.data(), k);
        }
        mean /= float(std::max(1, n));
        enc->m_common.assign(mean.data(), mean.data() + k);
    }
    return enc;
}

QList<QPair<int, float>> LsaEncoder::tfidf(const QList<Token> &tokens) const
{
    QHash<int, float> tf;
    for (const Token &t : tokens) {
        if (!isFeature(t))
            continue;
        const auto it = m_features.constFind(t.term);
        if (it != m_features.constEnd())
            tf[*it] += 1;
    }
    QList<QPair<int, float>> out;
    out.reserve(tf.size());
    double norm = 0;
    for (auto it = tf.begin(); it != tf.end(); ++it) {
        const float w = (1.0f + std::log(it.value())) * m_idf[size_t(it.key())];
        out.append({it.key(), w});
        norm += double(w) * w;
    }
    if (norm > 0) {
        const float inv = float(1.0 / std::sqrt(norm));
        for (auto &p : out)
            p.second *= inv;
    }
    std::sort(out.begin(), out.end());
    return out;
}

float LsaEncoder::sparseCosine(const QList<QPair<int, float>> &a, const QList<QPair<int, float>> &b)
{
    float s = 0;
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first == b[j].first)
            s += a[i++].second * b[j++].second;
        else if (a[i].first < b[j].first)
            ++i;
        else
            ++j;
    }
    return s;
}

QList<Token> LsaEncoder::analyze(QStringView text) const
{
    AnalyzeOptions ao;
    ao.allHanUnigrams = true;
    static const Analyzer fallback;
    return (m_analyzer ? *m_analyzer : fallback).analyze(text, ao);
}

std::vector<float> LsaEncoder::encode(QStringView text) const
{
    return encodeTokens(text, analyze(text));
}

std::vector<float> LsaEncoder::project(const QList<QPair<int, float>> &sparse) const
{
    const int dim = dimension();
    std::vector<float> v(size_t(dim), 0.0f);
    for (const auto &[f, w] : sparse) {
        const float *row = m_projection.data() + qsizetype(f) * dim;
        for (int j = 0; j < dim; ++j)
            v[size_t(j)] += w * row[j];
    }
    normalizeInPlace(v);
    return v;
}

std::vector<float> LsaEncoder::encodeTokens(QStringView, const QList<Token> &tokens) const
{
    const QList<QPair<int, float>> sparse = tfidf(tokens);
    if (sparse.isEmpty())
        return std::vector<float>(size_t(dimension()), 0.0f);
    std::vector<float> v = project(sparse);
    if (m_common.size() == v.size()) {
        for (size_t j = 0; j < v.size(); ++j)
            v[j] -= m_common[j];
        normalizeInPlace(v);
    }
    return v;
}

QByteArray LsaEncoder::serialize() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    s << kMagic << kFormat << qint32(m_options.dimension) << qint32(m_options.maxFeatures)
      << qint32(m_options.minDocumentFrequency) << qint32(m_options.maxTrainDocuments)
      << qint32(m_options.powerIterations) << m_options.singularPower << m_options.seed << qint32(m_trainedDocuments);
    QStringList features(m_features.size());
    for (auto it = m_features.begin(); it != m_features.end(); ++it)
        features[it.value()] = it.key();
    s << features << qint32(m_projection.rows()) << qint32(m_projection.cols());
    for (float idf : m_idf)
        s << idf;
    s.writeRawData(reinterpret_cast<const char *>(m_projection.data()),
                   int(m_projection.size() * qsizetype(sizeof(float))));
    s << quint32(m_common.size());
    for (float c : m_common)
        s << c;
    return out;
}

std::unique_ptr<LsaEncoder> LsaEncoder::deserialize(const QByteArray &bytes, QString *error)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, format = 0;
    s >> magic >> format;
    if (magic != kMagic || format != kFormat) {
        if (error)
            *error = u"not a Panorama LSA model (bad magic or format version)"_s;
        return nullptr;
    }
    std::unique_ptr<LsaEncoder> enc(new LsaEncoder);
    qint32 dim, maxF, minDf, maxTrain, power, trained, rows, cols;
    s >> dim >> maxF >> minDf >> maxTrain >> power >> enc->m_options.singularPower >> enc->m_options.seed >> trained;
    enc->m_options.dimension = dim;
    enc->m_options.maxFeatures = maxF;
    enc->m_options.minDocumentFrequency = minDf;
    enc->m_options.maxTrainDocuments = maxTrain;
    enc->m_options.powerIterations = power;
    enc->m_trainedDocuments = trained;
    QStringList features;
    s >> features >> rows >> cols;
    if (s.status() != QDataStream::Ok || rows != features.size() || cols <= 0 || cols > 4096) {
        if (error)
            *error = u"LSA model is truncated or inconsistent"_s;
        return nullptr;
    }
    enc->m_idf.resize(size_t(rows));
    for (float &idf : enc->m_idf)
        s >> idf;
    enc->m_projection.resize(rows, cols);
    const qint64 want = qint64(rows) * cols * qint64(sizeof(float));
    if (s.readRawData(reinterpret_cast<char *>(enc->m_projection.data()), int(want)) != want ||
        s.status() != QDataStream::Ok) {
        if (error)
            *error = u"LSA model is truncated"_s;
        return nullptr;
    }
    quint32 commonSize = 0;
    s >> commonSize;
    if (commonSize != 0 && commonSize != quint32(cols)) {
        if (error)
            *error = u"LSA model has a common component of the wrong size"_s;
        return nullptr;
    }
    enc->m_common.resize(commonSize);
    for (float &c : enc->m_common)
        s >> c;
    if (s.status() != QDataStream::Ok) {
        if (error)
            *error = u"LSA model is truncated"_s;
        return nullptr;
    }
    enc->m_options.removeCommonComponent = commonSize > 0;
    for (int i = 0; i < features.size(); ++i)
        enc->m_features.insert(features[i], i);
    return enc;
}

} // namespace panorama::search
