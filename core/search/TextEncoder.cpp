#include "core/search/TextEncoder.h"

#include <cmath>

namespace panorama::search {

float dot(const std::vector<float> &a, const std::vector<float> &b)
{
    const size_t n = std::min(a.size(), b.size());
    float s = 0;
    for (size_t i = 0; i < n; ++i)
        s += a[i] * b[i];
    return s;
}

void normalizeInPlace(std::vector<float> &v)
{
    double s = 0;
    for (float x : v)
        s += double(x) * x;
    if (s <= 0)
        return;
    const float inv = float(1.0 / std::sqrt(s));
    for (float &x : v)
        x *= inv;
}

} // namespace panorama::search
