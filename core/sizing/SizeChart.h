#pragma once

#include "core/sizing/BodyEstimator.h"
#include "core/sizing/SizeScale.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace panorama::sizing {

// A body-measurement range of one size, in cm: [min, max].
struct MeasureRange
{
    double min = 0;
    double max = 0;
};

struct SizeChartRow
{
    QString label;
    std::array<std::optional<MeasureRange>, MeasurementCount> ranges; // indexed by Measurement
};

// A product's size chart: its sizes in ascending order with body-measurement ranges, and which measurements
// lead the choice (chest for tops, waist and hips for trousers, height for children's wear).
struct SizeChart
{
    QString brand;
    QString category; // "tops", "dresses", "trousers", "jeans", "outerwear", "kids", ...
    QString productId;
    QList<SizeChartRow> rows;
    QList<Measurement> leading; // empty: derived from the category by leadingMeasurements()

    // Throws SizingError(InvalidChart) naming the problem: no rows, duplicate labels, min > max, no range for a
    // leading measurement, ranges that go down from one size to the next.
    void validate() const;
    // The leading measurements actually used: `leading` if set, else by category, restricted to those the chart has.
    QList<Measurement> leadingMeasurements() const;
    int indexOf(const QString &label) const;
    QStringList labels() const;
    // Where a size label sits on this chart in row units: its row, or for a label of the same family that the
    // chart does not list (XS on a chart starting at S, waist 27 on an even-numbered chart), the position
    // interpolated along the family's order. nullopt for a label of another family.
    std::optional<double> position(const QString &label) const;
};

} // namespace panorama::sizing
