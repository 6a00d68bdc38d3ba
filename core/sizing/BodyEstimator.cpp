#include "core/sizing/BodyEstimator.h"

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

namespace {

// Circumference = a + b * BMI + c * height + d * (age - 35); residual sd in cm.
struct Regression
{
    double a, b, c, d, sd;
};

// Index: [gender][measurement] with gender 0 = female, 1 = male.
constexpr Regression Coefficients[2][3] = {
    {{10.0, 1.70, 0.250, 0.05, 4.0}, {-2.0, 2.70, 0.100, 0.15, 5.0}, {5.0, 2.00, 0.300, 0.03, 4.0}},
    {{7.0, 1.60, 0.290, 0.05, 4.0}, {-7.0, 3.00, 0.120, 0.20, 5.0}, {11.0, 1.80, 0.250, 0.02, 3.5}},
};

// Correlation of the residuals (after BMI and height) between circumferences: chest-waist, chest-hips, waist-hips.
double residualCorrelation(int a, int b)
{
    if (a == b)
        return 1.0;
    const int lo = std::min(a, b), hi = std::max(a, b);
    if (lo == 0 && hi == 1)
        return 0.6;
    if (lo == 0 && hi == 2)
        return 0.5;
    return 0.6;
}

std::optional<double> given(const Body &body, int m)
{
    switch (m) {
    case 0:
        return body.chestCm;
    case 1:
        return body.waistCm;
    case 2:
        return body.hipsCm;
    default:
        return std::nullopt;
    }
}

struct Prior
{
    double mean, sd;
};

Prior prior(const Body &body, int m)
{
    const double bmi = body.weightKg / std::pow(body.heightCm / 100.0, 2);
    const double age = body.ageYears.value_or(35.0);
    const auto one = [&](int g) {
        const Regression &r = Coefficients[g][m];
        return r.a + r.b * bmi + r.c * body.heightCm + r.d * (age - 35.0);
    };
    if (body.gender == Gender::Female)
        return {one(0), Coefficients[0][m].sd};
    if (body.gender == Gender::Male)
        return {one(1), Coefficients[1][m].sd};
    // Unknown gender: the midpoint, widened by half the gap between the two.
    const double f = one(0), mm = one(1);
    const double sd = std::hypot(0.5 * (Coefficients[0][m].sd + Coefficients[1][m].sd), 0.5 * std::abs(f - mm));
    return {0.5 * (f + mm), sd};
}

} // namespace

MeasureEstimate BodyEstimator::estimate(const Body &body, Measurement measurement)
{
    // Customers measure over light clothing; ±1.5 cm covers tape placement.
    constexpr double MeasuredSd = 1.5;
    if (measurement == Measurement::Height)
        return {body.heightCm, 1.0, false};
    const int m = int(measurement);
    if (const auto v = given(body, m))
        return {*v, MeasuredSd, false};

    Prior p = prior(body, m);
    // Condition on the most informative measured circumference (the residuals correlate).
    double bestRho = 0;
    double shift = 0;
    for (int other = 0; other < 3; ++other) {
        const auto v = given(body, other);
        if (!v || other == m)
            continue;
        const Prior po = prior(body, other);
        const double rho = residualCorrelation(m, other);
        if (rho > bestRho) {
            bestRho = rho;
            shift = rho * p.sd / po.sd * (*v - po.mean);
        }
    }
    if (bestRho > 0) {
        p.mean += shift;
        p.sd *= std::sqrt(1.0 - bestRho * bestRho);
    }
    return {p.mean, p.sd, true};
}

QString BodyEstimator::key(Measurement m)
{
    switch (m) {
    case Measurement::Chest:
        return u"chest"_s;
    case Measurement::Waist:
        return u"waist"_s;
    case Measurement::Hips:
        return u"hips"_s;
    case Measurement::Height:
        break;
    }
    return u"height"_s;
}

} // namespace panorama::sizing
