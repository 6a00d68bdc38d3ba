#include "core/sizing/ChartPlacement.h"

#include <algorithm>
#include <cmath>

namespace panorama::sizing {

namespace {
// Printed charts allow about ±2 cm; in row units this widens every placement a little.
constexpr double ChartToleranceCm = 1.5;
} // namespace

Placement Placement::place(const SizeChart &chart, Measurement m, const MeasureEstimate &value)
{
    Placement p;
    p.measurement = m;
    p.value = value;
    const int n = int(chart.rows.size());
    std::vector<double> centre(static_cast<size_t>(n)), lo(static_cast<size_t>(n)), hi(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const MeasureRange &r = *chart.rows.at(i).ranges[size_t(m)];
        lo[size_t(i)] = r.min;
        hi[size_t(i)] = r.max;
        centre[size_t(i)] = 0.5 * (r.min + r.max);
    }
    const double x = value.cm;
    // Piecewise-linear in the row centres; beyond the ends, the end step (or the range width for a one-row chart).
    double step = 1;
    if (n == 1) {
        step = std::max(1.0, hi[0] - lo[0]);
        p.position = (x - centre[0]) / step;
    } else {
        int seg = 0;
        while (seg < n - 2 && x > centre[size_t(seg + 1)])
            ++seg;
        step = std::max(0.5, centre[size_t(seg + 1)] - centre[size_t(seg)]);
        p.position = seg + (x - centre[size_t(seg)]) / step;
    }
    p.sdRows = std::hypot(value.sdCm, ChartToleranceCm) / step;

    for (int i = 0; i < n; ++i) {
        if (x >= lo[size_t(i)] && x <= hi[size_t(i)])
            p.containingRows.append(i);
    }
    p.belowChart = x < lo[0];
    p.aboveChart = x > hi[size_t(n - 1)];
    if (p.containingRows.isEmpty()) {
        for (int i = 0; i < n; ++i) {
            if (hi[size_t(i)] < x)
                p.rowBelow = i;
            if (lo[size_t(i)] > x && p.rowAbove < 0)
                p.rowAbove = i;
        }
    }
    return p;
}

QList<Placement> Placement::placeAll(const SizeChart &chart, const Body &body)
{
    QList<Placement> out;
    for (Measurement m : chart.leadingMeasurements())
        out.append(place(chart, m, BodyEstimator::estimate(body, m)));
    return out;
}

} // namespace panorama::sizing
