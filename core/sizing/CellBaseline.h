#pragma once

#include "core/sizing/BodySizeModel.h"

#include <QHash>

#include <cstddef>
#include <vector>

namespace panorama::sizing {

// The reference the issue measures against: the most common size among training bodies in the same
// 5 cm x 5 kg cell (the overall most common size for an empty cell); its confidence is that size's share.
class CellBaseline
{
public:
    CellBaseline(int sizeCount, double cellCm = 5.0, double cellKg = 5.0);

    void fit(const std::vector<KeptPurchase> &rows, const std::vector<int> &indices);
    // The predicted size index and its share in the cell.
    std::pair<int, double> predict(const Body &body) const;

private:
    quint64 key(const Body &body) const;

    int m_sizeCount;
    double m_cellCm;
    double m_cellKg;
    QHash<quint64, std::vector<double>> m_counts;
    std::vector<double> m_global;
};

} // namespace panorama::sizing
