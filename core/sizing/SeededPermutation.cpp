#include "core/sizing/SeededPermutation.h"

#include <numeric>
#include <random>

namespace panorama::sizing {

std::vector<int> seededPermutation(int n, quint64 seed)
{
    std::vector<int> p(size_t(std::max(0, n)));
    std::iota(p.begin(), p.end(), 0);
    std::mt19937_64 rng(seed);
    for (int i = n - 1; i > 0; --i) {
        const int j = int(rng() % quint64(i + 1));
        std::swap(p[size_t(i)], p[size_t(j)]);
    }
    return p;
}

} // namespace panorama::sizing
