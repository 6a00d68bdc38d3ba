#pragma once

namespace panorama::sizing {

// Standard normal distribution helpers shared by chart placement, offsets and the recommender.
double normalCdf(double z);
// Inverse of normalCdf for p in (0, 1), by bisection (used only when learning, never per request).
double normalQuantile(double p);
// log(Phi(z)), accurate far in the lower tail where Phi(z) underflows.
double logNormalCdf(double z);

} // namespace panorama::sizing
