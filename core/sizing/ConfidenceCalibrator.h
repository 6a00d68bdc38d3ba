#pragma once

#include <QJsonObject>

#include <cstddef>
#include <vector>

namespace panorama::sizing {

// Maps a raw model probability that the recommended size is right onto the observed hit rate, by isotonic
// regression (pool-adjacent-violators) fitted on answers held out from training. Monotone, so it never
// reorders answers; linear between block centres so that nearby scores get nearby confidences.
class ConfidenceCalibrator
{
public:
    struct Observation
    {
        double score;
        double hits; // how many of the `total` answers with this score were right
        double total = 1;
    };

    void fit(std::vector<Observation> observations);
    // Identity until fitted.
    double calibrate(double score) const;
    bool isFitted() const { return !m_x.empty(); }

    QJsonObject toJson() const;
    static ConfidenceCalibrator fromJson(const QJsonObject &obj);

private:
    std::vector<double> m_x; // ascending block centres
    std::vector<double> m_y; // non-decreasing hit rates
};

} // namespace panorama::sizing
