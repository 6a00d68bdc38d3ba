#pragma once

#include "core/routing/FeatureConfig.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace panorama::routing {

// Turns normalised text into hashed n-gram terms (with repetitions). Word terms and character terms live in
// disjoint halves of the 64-bit hash space (top bit) so that each block can be weighted on its own.
// Hashing avoids storing n-gram strings in the model: 64 bits make collisions negligible.
class FeatureExtractor final
{
public:
    explicit FeatureExtractor(const FeatureConfig &config) : m_config(config) {}

    // Appends the terms of already-normalised text to `terms`.
    void extract(const QString &normalized, std::vector<uint64_t> &terms) const;

    static constexpr uint64_t CharBlockBit = uint64_t(1) << 63;
    static bool isCharTerm(uint64_t term) { return (term & CharBlockBit) != 0; }

private:
    void emitCharGrams(const std::vector<char32_t> &padded, uint64_t salt, std::vector<uint64_t> &terms) const;

    FeatureConfig m_config;
};

} // namespace panorama::routing
