#include "core/sizing/Gaussian.h"

#include <algorithm>
#include <cmath>

namespace panorama::sizing {

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    double lo = -10, hi = 10;
    for (int i = 0; i < 100; ++i) {
        const double mid = 0.5 * (lo + hi);
        (normalCdf(mid) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

double logNormalCdf(double z)
{
    if (z > -30)
        return std::log(std::max(normalCdf(z), 1e-300));
    // Mills ratio asymptote: Phi(z) ~ phi(z) / |z|.
    return -0.5 * z * z - std::log(-z) - 0.5 * std::log(2.0 * M_PI);
}

} // namespace panorama::sizing
