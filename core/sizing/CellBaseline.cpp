#include "core/sizing/CellBaseline.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace panorama::sizing {

namespace {

std::pair<int, double> mode(const std::vector<double> &counts)
{
    const auto it = std::max_element(counts.begin(), counts.end());
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    return {int(it - counts.begin()), total > 0 ? *it / total : 0.0};
}

} // namespace

CellBaseline::CellBaseline(int sizeCount, double cellCm, double cellKg)
    : m_sizeCount(sizeCount), m_cellCm(cellCm), m_cellKg(cellKg), m_global(size_t(sizeCount), 0.0)
{}

quint64 CellBaseline::key(const Body &body) const
{
    const auto h = qint64(std::floor(body.heightCm / m_cellCm));
    const auto w = qint64(std::floor(body.weightKg / m_cellKg));
    return (quint64(h) << 32) ^ quint64(quint32(w));
}

void CellBaseline::fit(const std::vector<KeptPurchase> &rows, const std::vector<int> &indices)
{
    for (int i : indices) {
        const KeptPurchase &p = rows[size_t(i)];
        auto it = m_counts.find(key(p.body));
        if (it == m_counts.end())
            it = m_counts.insert(key(p.body), std::vector<double>(size_t(m_sizeCount), 0.0));
        (*it)[size_t(p.sizeIndex)] += p.weight;
        m_global[size_t(p.sizeIndex)] += p.weight;
    }
}

std::pair<int, double> CellBaseline::predict(const Body &body) const
{
    const auto it = m_counts.constFind(key(body));
    return mode(it == m_counts.cend() ? m_global : *it);
}

} // namespace panorama::sizing
