#pragma once

#include <QJsonObject>

#include <cstddef>
#include <vector>

namespace panorama::sizing {

// One answer on held-out data: the true size, the recommended size (scale indices) and the stated confidence.
struct ScoredAnswer
{
    int truth = -1;
    int predicted = -1;
    double confidence = 0;
};

// The figures the issue asks for: exact and within-one-size accuracy, expected calibration error (equal-width
// bins, weighted by bin size) and the exact accuracy of the most confident 30 % of answers.
struct SizeMetrics
{
    int count = 0;
    double exact = 0;
    double withinOne = 0;
    double ece = 0;
    double meanConfidence = 0;
    double topConfidentExact = 0; // exact accuracy of the `topFraction` most confident answers
    double topFraction = 0.3;

    static SizeMetrics compute(const std::vector<ScoredAnswer> &answers, int eceBins = 15, double topFraction = 0.3);
    QJsonObject toJson() const;
};

} // namespace panorama::sizing
