#pragma once

#include "core/search/TextEncoder.h"

#include <QHash>
#include <QStringList>

#include <Eigen/Dense>

#include <memory>
#include <optional>

namespace panorama::search {

struct LsaOptions
{
    int dimension = 192;     // latent dimensions kept
    int maxFeatures = 50000; // most frequent features kept (by document frequency)
    int minDocumentFrequency = 2;
    int maxTrainDocuments = 60000; // larger corpora: a deterministic sample trains, the rest is folded in
    int powerIterations = 3;
    double singularPower = 0.5; // vectors are x·V·Σ^(p-1): p=1 is classic LSA (UΣ), p=0 whitens
    quint64 seed = 20240601;
    bool removeCommonComponent = false; // measured: no gain on AFQMC (0.585 either way), worse on small KBs
};

// The built-in encoder: TF-IDF over the analyser's terms (words, stems, Han bigrams and characters, lexicon
// concepts) projected by a truncated SVD (randomised, Eigen) trained on the local corpus — KB articles and
// cases — so it needs no downloaded weights. New documents are folded in with the trained projection;
// SearchEngine retrains when the corpus has grown enough. Serialisable so the server can ship a trained one.
class LsaEncoder final : public TextEncoder
{
public:
    static std::unique_ptr<LsaEncoder> train(const QList<QList<Token>> &corpus, const LsaOptions &options);
    static std::unique_ptr<LsaEncoder> train(const QStringList &corpus, const Analyzer &analyzer,
                                             const LsaOptions &options);
    // Restores serialize() output; nullptr and *error when the bytes are not a Panorama LSA model.
    static std::unique_ptr<LsaEncoder> deserialize(const QByteArray &bytes, QString *error);
    QByteArray serialize() const;

    // Each encoder analyses with the analyser it is given at run time (the lexicon may have changed since
    // training: unknown features are simply ignored).
    void setAnalyzer(std::shared_ptr<const Analyzer> analyzer) { m_analyzer = std::move(analyzer); }

    QString name() const override { return QStringLiteral("lsa"); }
    int dimension() const override { return int(m_projection.cols()); }
    std::vector<float> encode(QStringView text) const override;
    std::vector<float> encodeTokens(QStringView text, const QList<Token> &tokens) const override;
    bool usesAnalyzerTokens() const override { return true; }

    int trainedDocuments() const { return m_trainedDocuments; }
    int featureCount() const { return int(m_features.size()); }
    const LsaOptions &options() const { return m_options; }

    // Sparse TF-IDF (feature index, weight) of the encoder's features, L2-normalised, sorted by index.
    QList<QPair<int, float>> tfidf(const QList<Token> &tokens) const;
    QList<Token> analyze(QStringView text) const;
    // x·V·Σ^(p-1) of a sparse TF-IDF vector, normalised (before the common component is removed).
    std::vector<float> project(const QList<QPair<int, float>> &sparse) const;
    static float sparseCosine(const QList<QPair<int, float>> &a, const QList<QPair<int, float>> &b);

private:
    LsaEncoder() = default;

    LsaOptions m_options;
    std::shared_ptr<const Analyzer> m_analyzer;
    QHash<QString, int> m_features;
    std::vector<float> m_idf;
    // features × dimension, already scaled by Σ^(p-1); row-major so a feature's row is one cache-friendly run.
    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> m_projection;
    std::vector<float> m_common; // mean of the training texts' vectors, subtracted from every vector
    int m_trainedDocuments = 0;
};

} // namespace panorama::search
