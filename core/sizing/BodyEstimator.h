#pragma once

#include "core/sizing/Body.h"

namespace panorama::sizing {

enum class Measurement
{
    Chest,
    Waist,
    Hips,
    Height
};
constexpr int MeasurementCount = 4;

// A body measurement with its uncertainty: measured by the customer, or estimated.
struct MeasureEstimate
{
    double cm = 0;
    double sdCm = 0;
    bool estimated = false;
};

// Estimates the circumferences the customer did not give (chest/bust, waist, hips) from height, weight, age and
// gender, with a standard deviation, and uses a measured circumference to correct the others (they correlate).
// The coefficients are approximations of published adult anthropometric regressions on BMI and height (women:
// bust/waist/hips; men: chest/waist/hips); they are not fitted on Panorama data and are meant to be replaced by
// a fitted table once the store records measurements.
class BodyEstimator
{
public:
    static MeasureEstimate estimate(const Body &body, Measurement m);
    static QString key(Measurement m); // "chest", "waist", "hips", "height"
};

} // namespace panorama::sizing
