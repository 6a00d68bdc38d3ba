#pragma once

#include "core/routing/FeatureConfig.h"
#include "core/routing/SparseVector.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace panorama::routing {

// Maps hashed n-gram terms to TF-IDF vectors over the vocabulary seen in training. Each block (word terms,
// character terms) is L2-normalised separately and scaled by its weight, like a union of two vectorisers.
class TfidfVectorizer final
{
public:
    TfidfVectorizer() = default;
    explicit TfidfVectorizer(const FeatureConfig &config) : m_config(config) {}

    // Learns the vocabulary (terms in at least minDf documents) and smoothed IDF: ln((1+n)/(1+df)) + 1.
    void fit(const std::vector<std::vector<uint64_t>> &documents);
    // Terms outside the vocabulary are ignored.
    SparseVector transform(const std::vector<uint64_t> &terms) const;

    uint32_t dimension() const { return uint32_t(m_terms.size()); }
    const std::vector<uint64_t> &terms() const { return m_terms; }
    const std::vector<float> &idf() const { return m_idf; }
    const FeatureConfig &config() const { return m_config; }

    // Restores a fitted vectoriser from a model blob; sizes must agree.
    void restore(const FeatureConfig &config, std::vector<uint64_t> terms, std::vector<float> idf);

private:
    void rebuildIndex();

    FeatureConfig m_config;
    std::vector<uint64_t> m_terms; // sorted, index = feature column
    std::vector<float> m_idf;
    std::unordered_map<uint64_t, uint32_t> m_index;
};

} // namespace panorama::routing
