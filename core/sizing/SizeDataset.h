#pragma once

#include "core/sizing/BodySizeModel.h"
#include "core/sizing/SizeScale.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace panorama::sizing {

// Kept purchases read from a CSV file with a header naming at least height, weight and size (and optionally
// age, gender, chest, waist, hips), in any column order. Rows with a missing value are dropped and counted.
struct SizeDataset
{
    SizeScale scale;
    std::vector<KeptPurchase> rows;
    int droppedMissing = 0;     // a required or present-in-header numeric value was empty or not a number
    int droppedUnknownSize = 0; // a size label that is not on the scale
    bool hasAge = false;
    bool hasGender = false;

    // Throws SizingError(InvalidData) naming the file and the problem (unreadable, no header, missing column,
    // no usable rows). Without `scale`, the letter scale restricted to the labels seen (or numeric labels in
    // numeric order) is used.
    static SizeDataset loadCsv(const QString &path, const SizeScale *scale = nullptr);
};

} // namespace panorama::sizing
