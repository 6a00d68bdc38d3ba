#include "SyntheticBodies.h"

#include "core/sizing/BodyEstimator.h"
#include "core/sizing/SizeJson.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace panorama::sizing::testing {

int letterForChest(double chestCm)
{
    // Men's chart: S = 84-88 is letter index 2; each 4 cm is one size; XXS..XXXL clamp.
    return std::clamp(2 + int(std::floor((chestCm - 84.0) / 4.0)), 0, 7);
}

std::vector<KeptPurchase> syntheticPurchases(int count, quint64 seed, double keptShiftCm, double noise)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> height(176.0, 7.0), bmi(23.5, 3.0), age(38.0, 12.0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<KeptPurchase> out;
    out.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        KeptPurchase p;
        p.body.heightCm = std::round(height(rng));
        p.body.weightKg = std::round(bmi(rng) * std::pow(p.body.heightCm / 100.0, 2));
        p.body.ageYears = std::clamp(std::round(age(rng)), 18.0, 80.0);
        p.body.gender = Gender::Male;
        const double chest = BodyEstimator::estimate(p.body, Measurement::Chest).cm;
        int size = letterForChest(chest + keptShiftCm);
        if (unit(rng) < noise)
            size = std::clamp(size + (unit(rng) < 0.5 ? -1 : 1), 0, 7);
        p.sizeIndex = size;
        out.push_back(p);
    }
    return out;
}

SizeChart menTopsChart(const QString &brand, const QString &productId)
{
    SizeChart c = json::presetChart(QStringLiteral("men"));
    c.brand = brand;
    c.productId = productId;
    return c;
}

} // namespace panorama::sizing::testing
