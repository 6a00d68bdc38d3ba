// AFQMC dev pairs (Chinese paraphrase): ROC AUC of the built-in encoder versus char TF-IDF cosine.
#include "core/search/Evaluation.h"
#include "core/search/LsaEncoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <Eigen/Dense>

#include <numeric>
#include <random>

using namespace Qt::StringLiterals;
using namespace panorama::search;

namespace {

// Experiment: term vectors from a PPMI term-term matrix (co-occurrence within a sentence, or within a window
// of the token stream), truncated SVD, sentences as SIF-weighted sums (a / (a + p(w))) with the first
// principal component removed (Arora et al. 2017). Settings chosen on even-indexed pairs, reported on odd.
int ppmiExperiment(const QStringList &a, const QStringList &b, const QList<int> &labels, QTextStream &out)
{
    const Analyzer analyzer(SynonymLexicon::builtIn(), StopWords::fromText({}, {}));
    AnalyzeOptions ao;
    ao.allHanUnigrams = true;
    QStringList sentences = a + b;
    QList<QList<int>> seqs;
    QHash<QString, int> ids;
    QList<int> counts;
    for (const QString &s : sentences) {
        QList<int> seq;
        for (const Token &t : analyzer.analyze(s, ao)) {
            auto it = ids.constFind(t.term);
            if (it == ids.constEnd()) {
                it = ids.insert(t.term, int(ids.size()));
                counts.append(0);
            }
            ++counts[*it];
            seq.append(*it);
        }
        seqs.append(seq);
    }
    const int nAll = int(ids.size());
    QList<int> order(nAll);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int x, int y) { return counts[x] > counts[y]; });
    const int vMax = qEnvironmentVariableIntValue("PPMI_V") > 0 ? qEnvironmentVariableIntValue("PPMI_V") : 4000;
    QList<int> remap(nAll, -1);
    int v = 0;
    for (int id : order) {
        if (v >= vMax || counts[id] < 2)
            break;
        remap[id] = v++;
    }
    double total = 0;
    for (int c : counts)
        total += c;
    QList<double> pw(v);
    for (int id = 0; id < nAll; ++id)
        if (remap[id] >= 0)
            pw[remap[id]] = counts[id] / total;
    QList<QPair<QString, double>> results;
    for (int window : {0, 3}) {
        Eigen::MatrixXf co = Eigen::MatrixXf::Zero(v, v);
        for (const QList<int> &seq : seqs) {
            for (int i = 0; i < seq.size(); ++i) {
                const int x = remap[seq[i]];
                if (x < 0)
                    continue;
                for (int j = 0; j < seq.size(); ++j) {
                    const int y = remap[seq[j]];
                    if (y < 0 || i == j || (window > 0 && std::abs(i - j) > window))
                        continue;
                    co(x, y) += 1.0f;
                }
            }
        }
        const Eigen::VectorXf row = co.rowwise().sum();
        const double sum = row.sum();
        Eigen::VectorXf ctx = row.array().pow(0.75f);
        ctx /= ctx.sum();
        for (int x = 0; x < v; ++x)
            for (int y = 0; y < v; ++y) {
                const float c = co(x, y);
                co(x, y) = c > 0 ? std::max(0.0f, float(std::log(c * 1.0 / (row[x] * ctx[y] * sum)))) : 0.0f;
            }
        // Randomised SVD of the (symmetric) PPMI matrix.
        const int k = 300;
        std::mt19937 rng(7);
        std::normal_distribution<float> nd;
        Eigen::MatrixXf q = Eigen::MatrixXf::NullaryExpr(v, k, [&]() { return nd(rng); });
        for (int it = 0; it < 3; ++it) {
            Eigen::HouseholderQR<Eigen::MatrixXf> qr(co * q);
            q = qr.householderQ() * Eigen::MatrixXf::Identity(v, k);
        }
        const Eigen::MatrixXf bsmall = q.transpose() * co;
        Eigen::JacobiSVD<Eigen::MatrixXf> svd(bsmall, Eigen::ComputeThinU);
        const Eigen::MatrixXf u = q * svd.matrixU();
        const Eigen::VectorXf sv = svd.singularValues();
        for (int dim : {100, 200, 300}) {
            for (double power : {0.0, 0.5}) {
                Eigen::MatrixXf emb = u.leftCols(dim);
                for (int j = 0; j < dim; ++j)
                    emb.col(j) *= std::pow(sv[j], float(power));
                for (double sifA : {1e-3, 1e-4}) {
                    Eigen::MatrixXf sent = Eigen::MatrixXf::Zero(sentences.size(), dim);
                    for (int i = 0; i < seqs.size(); ++i)
                        for (int id : seqs[i]) {
                            const int x = remap[id];
                            if (x >= 0)
                                sent.row(i) += float(sifA / (sifA + pw[x])) * emb.row(x);
                        }
                    for (bool removePc : {false, true}) {
                        Eigen::MatrixXf s2 = sent;
                        if (removePc) {
                            Eigen::VectorXf pc = Eigen::VectorXf::Random(dim).normalized();
                            for (int it = 0; it < 30; ++it)
                                pc = (s2.transpose() * (s2 * pc)).normalized();
                            s2 -= (s2 * pc) * pc.transpose();
                        }
                        for (int i = 0; i < s2.rows(); ++i)
                            if (s2.row(i).norm() > 0)
                                s2.row(i).normalize();
                        QList<double> even, odd;
                        QList<int> le, lo;
                        const int n = int(a.size());
                        for (int i = 0; i < n; ++i) {
                            const double c = s2.row(i).dot(s2.row(n + i));
                            (i % 2 ? odd : even).append(c);
                            (i % 2 ? lo : le).append(labels[i]);
                        }
                        out << "ppmi window " << window << " dim " << dim << " power " << power << " sif " << sifA
                            << " pc " << removePc << "  AUC even " << eval::rocAuc(even, le) << " odd "
                            << eval::rocAuc(odd, lo) << "\n";
                        out.flush();
                    }
                }
            }
        }
    }
    return 0;
}

// Experiment with labels (say so wherever reported): per-feature weights w on the TF-IDF vectors, learned so
// that cos(w∘x1, w∘x2) separates paraphrases, by logistic loss on one half of the pairs (2-fold: even / odd
// indices), evaluated on the other half. The TF-IDF statistics come from all sentences, without labels.
int weightedExperiment(const QStringList &a, const QStringList &b, const QList<int> &labels, QTextStream &out)
{
    const Analyzer analyzer(SynonymLexicon::builtIn(), StopWords::fromText({}, {}));
    LsaOptions opt;
    opt.dimension = 16; // only the TF-IDF side is used here
    auto enc = LsaEncoder::train(a + b, analyzer, opt);
    const int n = int(a.size());
    QList<QList<QPair<int, float>>> xa(n), xb(n);
    int nf = 0;
    for (int i = 0; i < n; ++i) {
        xa[i] = enc->tfidf(enc->analyze(a[i]));
        xb[i] = enc->tfidf(enc->analyze(b[i]));
        for (const auto &p : xa[i] + xb[i])
            nf = std::max(nf, p.first + 1);
    }
    auto score = [&](const std::vector<double> &w, int i) {
        QHash<int, double> u;
        double uu = 0, vv = 0, uv = 0;
        for (const auto &[f, x] : xa[i]) {
            u[f] += w[size_t(f)] * x;
        }
        for (auto it = u.begin(); it != u.end(); ++it)
            uu += it.value() * it.value();
        QHash<int, double> v;
        for (const auto &[f, x] : xb[i])
            v[f] += w[size_t(f)] * x;
        for (auto it = v.begin(); it != v.end(); ++it) {
            vv += it.value() * it.value();
            uv += it.value() * u.value(it.key());
        }
        return (uu > 0 && vv > 0) ? uv / std::sqrt(uu * vv) : 0.0;
    };
    for (double lr : {0.02, 0.1}) {
        for (double l2 : {1e-2, 1e-1}) {
            QList<double> cvScores(n);
            for (int fold = 0; fold < 2; ++fold) {
                std::vector<double> w(size_t(nf), 1.0);
                double alpha = 5.0, beta = -2.5;
                for (int epoch = 0; epoch < 15; ++epoch) {
                    for (int i = fold; i < n; i += 2) {
                        // Gradient of the logistic loss through the cosine, feature by feature.
                        QHash<int, double> x1, x2;
                        for (const auto &[f, x] : xa[i])
                            x1[f] += x;
                        for (const auto &[f, x] : xb[i])
                            x2[f] += x;
                        double uu = 0, vv = 0, uv = 0;
                        for (auto it = x1.begin(); it != x1.end(); ++it) {
                            const double uf = w[size_t(it.key())] * it.value();
                            uu += uf * uf;
                            uv += uf * w[size_t(it.key())] * x2.value(it.key());
                        }
                        for (auto it = x2.begin(); it != x2.end(); ++it) {
                            const double vf = w[size_t(it.key())] * it.value();
                            vv += vf * vf;
                        }
                        if (uu <= 0 || vv <= 0)
                            continue;
                        const double nu = std::sqrt(uu), nv = std::sqrt(vv), s = uv / (nu * nv);
                        const double p = 1.0 / (1.0 + std::exp(-(alpha * s + beta)));
                        const double g = p - labels[i]; // dLoss/dz
                        QSet<int> feats;
                        for (auto it = x1.begin(); it != x1.end(); ++it)
                            feats.insert(it.key());
                        for (auto it = x2.begin(); it != x2.end(); ++it)
                            feats.insert(it.key());
                        for (int f : feats) {
                            const double wf = w[size_t(f)], a1 = x1.value(f), a2 = x2.value(f);
                            const double ds =
                                (2 * wf * a1 * a2) / (nu * nv) - s * (wf * a1 * a1 / uu + wf * a2 * a2 / vv);
                            w[size_t(f)] -= lr * (g * alpha * ds + l2 * (wf - 1.0));
                            w[size_t(f)] = std::max(0.0, w[size_t(f)]);
                        }
                        alpha -= 0.01 * g * s;
                        beta -= 0.01 * g;
                    }
                }
                for (int i = 1 - fold; i < n; i += 2)
                    cvScores[i] = score(w, i);
            }
            QList<double> even, odd;
            QList<int> le, lo;
            for (int i = 0; i < n; ++i) {
                (i % 2 ? odd : even).append(cvScores[i]);
                (i % 2 ? lo : le).append(labels[i]);
            }
            std::vector<double> ones(size_t(nf), 1.0);
            QList<double> base;
            for (int i = 0; i < n; ++i)
                base.append(score(ones, i));
            out << "weighted lr " << lr << " l2 " << l2 << "  held-out AUC even " << eval::rocAuc(even, le) << " odd "
                << eval::rocAuc(odd, lo) << " all (2-fold) " << eval::rocAuc(cvScores, labels) << "  unweighted "
                << eval::rocAuc(base, labels) << "\n";
            out.flush();
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QFile f(QStringLiteral(PANORAMA_SOURCE_DIR) + u"/../shared/datasets/afqmc/dev.json"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        out << "cannot open " << f.fileName() << "\n";
        return 1;
    }
    QStringList a, b;
    QList<int> labels;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        a.append(o.value(u"sentence1"_s).toString());
        b.append(o.value(u"sentence2"_s).toString());
        labels.append(o.value(u"label"_s).toString().toInt());
    }
    if (app.arguments().contains(u"--weighted"_s))
        return weightedExperiment(a, b, labels, out);
    if (app.arguments().contains(u"--ppmi"_s))
        return ppmiExperiment(a, b, labels, out);
    const bool noStop = qEnvironmentVariableIsSet("NOSTOP");
    const bool noConcept = qEnvironmentVariableIsSet("NOCONCEPT");
    const Analyzer analyzer(noConcept ? SynonymLexicon() : SynonymLexicon::builtIn(),
                            noStop ? StopWords::fromText({}, {}) : StopWords::builtIn());
    QStringList corpus = a + b;
    const QStringList args = app.arguments();
    for (int dim : {128, 256}) {
        for (double p : {0.5, 1.0}) {
            LsaOptions opt;
            opt.dimension = dim;
            opt.singularPower = p;
            opt.minDocumentFrequency = 2;
            opt.removeCommonComponent = !qEnvironmentVariableIsSet("KEEPCOMMON");
            QElapsedTimer t;
            t.start();
            auto enc = LsaEncoder::train(corpus, analyzer, opt);
            const qint64 trainMs = t.elapsed();
            QList<double> lsa, sparse, blend;
            for (int i = 0; i < a.size(); ++i) {
                const auto ta = enc->analyze(a[i]), tb = enc->analyze(b[i]);
                const double c = dot(enc->encodeTokens(a[i], ta), enc->encodeTokens(b[i], tb));
                const double s = LsaEncoder::sparseCosine(enc->tfidf(ta), enc->tfidf(tb));
                lsa.append(c);
                sparse.append(s);
                blend.append(0.5 * c + 0.5 * s);
            }
            out << "dim " << dim << " p " << p << " train " << trainMs << " ms  AUC lsa " << eval::rocAuc(lsa, labels)
                << " tfidf " << eval::rocAuc(sparse, labels) << " blend " << eval::rocAuc(blend, labels) << "\n";
            out.flush();
        }
    }
    return 0;
}
