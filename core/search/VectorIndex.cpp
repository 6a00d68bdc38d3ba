#include "core/search/VectorIndex.h"

#include <Eigen/Dense>
#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <atomic>
#include <thread>

namespace panorama::search {

VectorIndex::VectorIndex(int dimension, VectorIndexOptions options) : m_dim(dimension), m_options(options) {}

VectorIndex::~VectorIndex() = default;

void VectorIndex::upsert(qint64 id, const std::vector<float> &vector)
{
    if (int(vector.size()) != m_dim)
        return;
    auto it = m_slot.constFind(id);
    int slot;
    if (it != m_slot.constEnd()) {
        slot = *it;
    } else {
        slot = int(m_ids.size());
        m_ids.push_back(id);
        m_data.resize(m_data.size() + size_t(m_dim));
        m_slot.insert(id, slot);
        ++m_live;
    }
    std::copy(vector.begin(), vector.end(), m_data.begin() + qsizetype(slot) * m_dim);
    if (m_hnsw) {
        if (m_hnsw->cur_element_count >= m_hnsw->max_elements_)
            m_hnsw->resizeIndex(m_hnsw->max_elements_ * 2);
        m_hnsw->addPoint(vector.data(), size_t(id));
    }
}

void VectorIndex::remove(qint64 id)
{
    const auto it = m_slot.constFind(id);
    if (it == m_slot.constEnd())
        return;
    m_ids[size_t(*it)] = -1;
    m_slot.erase(it);
    --m_live;
    if (m_hnsw) {
        try {
            m_hnsw->markDelete(size_t(id));
        } catch (const std::exception &) {
        }
    }
}

void VectorIndex::clear()
{
    m_data.clear();
    m_ids.clear();
    m_slot.clear();
    m_live = 0;
    m_hnsw.reset();
}

void VectorIndex::finalize()
{
    if (m_live > m_options.exactLimit && !m_hnsw)
        buildHnsw();
    else if (m_live <= m_options.exactLimit)
        m_hnsw.reset();
}

void VectorIndex::buildHnsw()
{
    m_space = std::make_unique<hnswlib::InnerProductSpace>(size_t(m_dim));
    m_hnsw = std::make_unique<hnswlib::HierarchicalNSW<float>>(
        m_space.get(), size_t(m_live) + 1024, size_t(m_options.hnswM), size_t(m_options.hnswEfConstruction));
    m_hnsw->setEf(size_t(m_options.hnswEfSearch));
    // hnswlib's addPoint is thread-safe; two threads halve the build time on this class of machine.
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t i = next++; i < m_ids.size(); i = next++) {
            if (m_ids[i] >= 0)
                m_hnsw->addPoint(m_data.data() + i * size_t(m_dim), size_t(m_ids[i]));
        }
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < std::max(1, m_options.buildThreads); ++t)
        threads.emplace_back(worker);
    worker();
    for (auto &t : threads)
        t.join();
}

QList<QPair<qint64, float>> VectorIndex::search(const std::vector<float> &query, int k) const
{
    QList<QPair<qint64, float>> out;
    if (int(query.size()) != m_dim || k <= 0 || m_live == 0)
        return out;
    if (m_hnsw) {
        auto pq = m_hnsw->searchKnn(query.data(), size_t(std::min(k, m_live)));
        out.reserve(qsizetype(pq.size()));
        while (!pq.empty()) {
            out.prepend({qint64(pq.top().second), 1.0f - pq.top().first}); // hnswlib: distance = 1 - dot
            pq.pop();
        }
        return out;
    }
    // Exact scan: one matrix-vector product (Eigen vectorises it), then a min-heap of the k best.
    const Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> rows(
        m_data.data(), Eigen::Index(m_ids.size()), m_dim);
    const Eigen::Map<const Eigen::VectorXf> q(query.data(), m_dim);
    const Eigen::VectorXf scores = rows * q;
    std::vector<std::pair<float, qint64>> heap;
    heap.reserve(size_t(k) + 1);
    for (size_t i = 0; i < m_ids.size(); ++i) {
        if (m_ids[i] < 0)
            continue;
        const float s = scores[Eigen::Index(i)];
        if (int(heap.size()) < k) {
            heap.emplace_back(s, m_ids[i]);
            std::push_heap(heap.begin(), heap.end(), std::greater<>());
        } else if (s > heap.front().first) {
            std::pop_heap(heap.begin(), heap.end(), std::greater<>());
            heap.back() = {s, m_ids[i]};
            std::push_heap(heap.begin(), heap.end(), std::greater<>());
        }
    }
    std::sort(heap.begin(), heap.end(), std::greater<>());
    for (const auto &[s, id] : heap)
        out.append({id, s});
    return out;
}

size_t VectorIndex::memoryBytes() const
{
    size_t bytes = m_data.size() * sizeof(float) + m_ids.size() * sizeof(qint64);
    if (m_hnsw)
        bytes += m_hnsw->max_elements_ * (m_hnsw->size_data_per_element_ + sizeof(void *));
    return bytes;
}

} // namespace panorama::search
