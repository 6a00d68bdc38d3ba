#pragma once

#include "core/search/SubwordTokenizer.h"
#include "core/search/TextEncoder.h"

#include <memory>

namespace panorama::search {

// A Model2Vec static-embedding model (a directory with model.safetensors, tokenizer.json and optionally
// config.json): a sentence is the mean of its tokens' vectors (weighted when the model has per-token
// weights, through the vocabulary mapping when it is quantised), normalised. No runtime download: the
// model is a local directory the server or an admin provides.
class Model2VecEncoder final : public TextEncoder
{
public:
    static std::unique_ptr<Model2VecEncoder> load(const QString &directory, QString *error);

    QString name() const override { return m_name; }
    int dimension() const override { return m_dim; }
    std::vector<float> encode(QStringView text) const override;
    const SubwordTokenizer &tokenizer() const { return m_tokenizer; }

private:
    Model2VecEncoder() = default;
    QString m_name;
    int m_dim = 0;
    qint64 m_rows = 0;
    std::vector<float> m_embeddings;
    std::vector<float> m_weights; // per token id, or empty
    std::vector<int> m_mapping;   // token id → embedding row, or empty
    SubwordTokenizer m_tokenizer;
};

} // namespace panorama::search
