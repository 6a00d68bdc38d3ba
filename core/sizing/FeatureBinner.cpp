#include "core/sizing/FeatureBinner.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace panorama::sizing {

void FeatureBinner::fit(std::vector<float> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](float v) { return std::isnan(v); }), values.end());
    std::sort(values.begin(), values.end());
    m_upperEdges.clear();
    if (values.empty()) {
        m_upperEdges.push_back(std::numeric_limits<float>::infinity());
        return;
    }
    std::vector<float> distinct = values;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (int(distinct.size()) <= MaxBins - 1) {
        // Edges halfway between neighbouring distinct values keep unseen values in the nearest bin.
        for (size_t i = 0; i + 1 < distinct.size(); ++i)
            m_upperEdges.push_back(0.5f * (distinct[i] + distinct[i + 1]));
    } else {
        const size_t n = values.size();
        for (int b = 1; b < MaxBins - 1; ++b) {
            const float q = values[std::min(n - 1, n * size_t(b) / size_t(MaxBins - 1))];
            if (m_upperEdges.empty() || q > m_upperEdges.back())
                m_upperEdges.push_back(q);
        }
    }
    m_upperEdges.push_back(std::numeric_limits<float>::infinity());
}

uint8_t FeatureBinner::bin(float x) const
{
    if (std::isnan(x))
        return 0;
    const auto it = std::lower_bound(m_upperEdges.begin(), m_upperEdges.end(), x);
    return uint8_t(1 + std::min<ptrdiff_t>(it - m_upperEdges.begin(), ptrdiff_t(m_upperEdges.size()) - 1));
}

} // namespace panorama::sizing
