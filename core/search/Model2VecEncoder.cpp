#include "core/search/Model2VecEncoder.h"

#include "core/search/SafeTensors.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace panorama::search {

std::unique_ptr<Model2VecEncoder> Model2VecEncoder::load(const QString &directory, QString *error)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        if (error)
            *error = u"Model2Vec model directory %1 does not exist"_s.arg(directory);
        return nullptr;
    }
    auto tokenizer = SubwordTokenizer::load(dir.filePath(u"tokenizer.json"_s), error);
    if (!tokenizer)
        return nullptr;
    auto st = SafeTensors::load(dir.filePath(u"model.safetensors"_s), error);
    if (!st)
        return nullptr;
    const Tensor *emb = st->tensor(u"embeddings"_s);
    if (!emb || emb->shape.size() != 2 || emb->rows() == 0 || emb->columns() == 0) {
        if (error)
            *error = u"%1: no 2-D 'embeddings' tensor (found: %2)"_s.arg(dir.filePath(u"model.safetensors"_s),
                                                                         st->names().join(u", "_s));
        return nullptr;
    }
    std::unique_ptr<Model2VecEncoder> enc(new Model2VecEncoder);
    enc->m_tokenizer = std::move(*tokenizer);
    enc->m_dim = int(emb->columns());
    enc->m_rows = emb->rows();
    enc->m_embeddings = emb->values;
    const int vocab = enc->m_tokenizer.vocabularySize();
    if (const Tensor *mapping = st->tensor(u"mapping"_s)) {
        if (mapping->values.size() != size_t(vocab)) {
            if (error)
                *error = u"'mapping' has %1 entries for a vocabulary of %2"_s.arg(mapping->values.size()).arg(vocab);
            return nullptr;
        }
        for (float v : mapping->values) {
            if (v < 0 || qint64(v) >= enc->m_rows) {
                if (error)
                    *error = u"'mapping' points outside the embeddings"_s;
                return nullptr;
            }
            enc->m_mapping.push_back(int(v));
        }
    } else if (enc->m_rows < vocab) {
        if (error)
            *error = u"the embeddings have %1 rows for a vocabulary of %2 tokens"_s.arg(enc->m_rows).arg(vocab);
        return nullptr;
    }
    if (const Tensor *weights = st->tensor(u"weights"_s)) {
        if (weights->values.size() != size_t(vocab)) {
            if (error)
                *error = u"'weights' has %1 entries for a vocabulary of %2"_s.arg(weights->values.size()).arg(vocab);
            return nullptr;
        }
        enc->m_weights = weights->values;
    }
    enc->m_name = u"model2vec:"_s + QFileInfo(QDir(directory).absolutePath()).fileName();
    return enc;
}

std::vector<float> Model2VecEncoder::encode(QStringView text) const
{
    std::vector<float> v(size_t(m_dim), 0.0f);
    int used = 0;
    for (int id : m_tokenizer.encode(text)) {
        if (id == m_tokenizer.unknownId() || id < 0)
            continue; // Model2Vec drops unknown tokens rather than averaging a meaningless vector
        const qint64 row = m_mapping.empty() ? id : m_mapping[size_t(id)];
        if (row >= m_rows)
            continue;
        const float w = m_weights.empty() ? 1.0f : m_weights[size_t(id)];
        const float *e = m_embeddings.data() + row * m_dim;
        for (int j = 0; j < m_dim; ++j)
            v[size_t(j)] += w * e[j];
        ++used;
    }
    if (used > 0)
        normalizeInPlace(v);
    return v;
}

} // namespace panorama::search
