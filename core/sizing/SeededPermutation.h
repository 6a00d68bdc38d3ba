#pragma once

#include <QtGlobal>

#include <cstddef>
#include <vector>

namespace panorama::sizing {

// A permutation of 0..n-1 that depends only on the seed, identical on every platform and standard library
// (std::shuffle's distribution is implementation-defined, which would make a "seeded split" unreproducible).
std::vector<int> seededPermutation(int n, quint64 seed);

} // namespace panorama::sizing
