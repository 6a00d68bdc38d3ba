#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace panorama::sizing {

// Maps one numeric feature onto at most 255 ordered bins (bin 0 is "missing"), so that tree growing works on
// small integer histograms. Distinct values get their own bin when there are few; otherwise quantiles.
class FeatureBinner
{
public:
    static constexpr int MaxBins = 255;

    void fit(std::vector<float> values);
    // 0 for NaN, otherwise 1..binCount().
    uint8_t bin(float x) const;
    int binCount() const { return int(m_upperEdges.size()); }
    // Values x <= upperEdge(b) fall into bins 1..b. Used as the split threshold on raw values at prediction time.
    float upperEdge(int bin) const { return m_upperEdges[size_t(bin - 1)]; }

private:
    std::vector<float> m_upperEdges; // ascending; the last one is +inf
};

} // namespace panorama::sizing
