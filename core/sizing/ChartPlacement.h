#pragma once

#include "core/sizing/BodyEstimator.h"
#include "core/sizing/SizeChart.h"

#include <QList>

namespace panorama::sizing {

// Where one body measurement falls on a size chart: a continuous position in row units (2.0 = the centre of the
// third size, 2.5 = the border between the third and fourth), its uncertainty in rows, and the row(s) whose
// printed range contains the value, for the explanation.
struct Placement
{
    Measurement measurement = Measurement::Chest;
    MeasureEstimate value;
    double position = 0;
    double sdRows = 0;
    QList<int> containingRows; // rows whose range holds the value (two at a shared border, none in a gap)
    int rowBelow = -1;         // in a gap or outside the chart: the nearest rows on either side
    int rowAbove = -1;
    bool belowChart = false;
    bool aboveChart = false;

    // Places every leading measurement of the chart (measured, or estimated from the body).
    static QList<Placement> placeAll(const SizeChart &chart, const Body &body);
    static Placement place(const SizeChart &chart, Measurement m, const MeasureEstimate &value);
};

} // namespace panorama::sizing
