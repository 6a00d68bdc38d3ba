#pragma once

#include "core/sizing/BodySizeModel.h"
#include "core/sizing/SizeChart.h"

#include <vector>

namespace panorama::sizing::testing {

// Generated kept purchases for tests and benchmarks (never the evaluation data): heights and weights of adults,
// the chest estimated from them, the kept size = the letter size whose chest range holds chest + `keptShiftCm`
// on the men's chart, with `noise` of the labels moved one size at random. Deterministic for a seed.
std::vector<KeptPurchase> syntheticPurchases(int count, quint64 seed, double keptShiftCm = 0.0, double noise = 0.2);

// The letter index (on SizeScale::letters()) of the men's chart size holding this chest.
int letterForChest(double chestCm);

// A men's tops chart (S..XXXL, chest 84..108 in 4 cm steps) with the given brand and product.
SizeChart menTopsChart(const QString &brand = {}, const QString &productId = {});

} // namespace panorama::sizing::testing
