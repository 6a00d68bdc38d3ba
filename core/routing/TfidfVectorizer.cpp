#include "core/routing/TfidfVectorizer.h"

#include "core/routing/FeatureExtractor.h"
#include "core/routing/RoutingError.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::routing {

void TfidfVectorizer::fit(const std::vector<std::vector<uint64_t>> &documents)
{
    std::unordered_map<uint64_t, uint32_t> df;
    df.reserve(documents.size() * 64);
    std::vector<uint64_t> unique;
    for (const auto &doc : documents) {
        unique.assign(doc.begin(), doc.end());
        std::sort(unique.begin(), unique.end());
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        for (uint64_t t : unique)
            ++df[t];
    }
    m_terms.clear();
    for (const auto &[term, count] : df) {
        if (count >= uint32_t(m_config.minDf))
            m_terms.push_back(term);
    }
    std::sort(m_terms.begin(), m_terms.end());
    const double n = double(documents.size());
    m_idf.resize(m_terms.size());
    for (size_t i = 0; i < m_terms.size(); ++i)
        m_idf[i] = float(std::log((1.0 + n) / (1.0 + double(df[m_terms[i]]))) + 1.0);
    rebuildIndex();
}

void TfidfVectorizer::restore(const FeatureConfig &config, std::vector<uint64_t> terms, std::vector<float> idf)
{
    if (terms.size() != idf.size() || !std::is_sorted(terms.begin(), terms.end()))
        throw RoutingError(RoutingErrorKind::BadModel, u"model vocabulary is inconsistent (sizes or order)"_s);
    m_config = config;
    m_terms = std::move(terms);
    m_idf = std::move(idf);
    rebuildIndex();
}

void TfidfVectorizer::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_terms.size());
    for (uint32_t i = 0; i < m_terms.size(); ++i)
        m_index.emplace(m_terms[i], i);
}

SparseVector TfidfVectorizer::transform(const std::vector<uint64_t> &terms) const
{
    std::vector<uint32_t> ids;
    ids.reserve(terms.size());
    for (uint64_t t : terms) {
        const auto it = m_index.find(t);
        if (it != m_index.end())
            ids.push_back(it->second);
    }
    std::sort(ids.begin(), ids.end());

    SparseVector v;
    v.indices.reserve(ids.size());
    v.values.reserve(ids.size());
    double norm2[2] = {0.0, 0.0};
    for (size_t i = 0; i < ids.size();) {
        size_t j = i;
        while (j < ids.size() && ids[j] == ids[i])
            ++j;
        const double tf = double(j - i);
        const double w = (m_config.sublinearTf ? 1.0 + std::log(tf) : tf) * double(m_idf[ids[i]]);
        v.indices.push_back(ids[i]);
        v.values.push_back(float(w));
        norm2[FeatureExtractor::isCharTerm(m_terms[ids[i]]) ? 1 : 0] += w * w;
        i = j;
    }
    const double scale[2] = {norm2[0] > 0 ? m_config.wordWeight / std::sqrt(norm2[0]) : 0.0,
                             norm2[1] > 0 ? m_config.charWeight / std::sqrt(norm2[1]) : 0.0};
    for (size_t i = 0; i < v.indices.size(); ++i)
        v.values[i] = float(double(v.values[i]) * scale[FeatureExtractor::isCharTerm(m_terms[v.indices[i]]) ? 1 : 0]);
    return v;
}

} // namespace panorama::routing
