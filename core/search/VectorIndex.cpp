#include "core/search/VectorIndex.h"

#include <Eigen/Dense>
#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <atomic>
#include <cstring>
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
        if (!m_hnsw)
            m_data.resize(m_data.size() + size_t(m_dim));
        m_slot.insert(id, slot);
        ++m_live;
    }
    if (!m_hnsw) {
        std::copy(vector.begin(), vector.end(), m_data.begin() + qsizetype(slot) * m_dim);
        return;
    }
    // The graph holds the vectors (no second copy while it exists).
    if (m_hnsw->cur_element_count >= m_hnsw->max_elements_)
        m_hnsw->resizeIndex(m_hnsw->max_elements_ * 2);
    m_hnsw->addPoint(vector.data(), size_t(id));
    m_graphDirty = true;
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
            m_graphDirty = true;
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
    if (m_live > m_options.exactLimit && !m_hnsw) {
        buildHnsw();
    } else if (m_live <= m_options.exactLimit && m_hnsw) {
        adoptGraphSlots(true); // back to an exact scan: the vectors come out of the graph
        m_hnsw.reset();
    }
}

void VectorIndex::adoptGraphSlots(bool withData)
{
    const auto &h = *m_hnsw;
    const size_t count = h.cur_element_count;
    m_data.clear();
    m_data.shrink_to_fit();
    m_ids.clear();
    m_slot.clear();
    m_live = 0;
    m_ids.reserve(count);
    if (withData)
        m_data.resize(count * size_t(m_dim));
    for (size_t i = 0; i < count; ++i) {
        const auto internal = hnswlib::tableint(i);
        const qint64 id = qint64(h.getExternalLabel(internal));
        if (withData)
            std::memcpy(m_data.data() + i * size_t(m_dim), h.getDataByInternalId(internal),
                        size_t(m_dim) * sizeof(float));
        if (h.isMarkedDeleted(internal) || m_slot.contains(id)) {
            m_ids.push_back(-1);
            continue;
        }
        m_ids.push_back(id);
        m_slot.insert(id, int(i));
        ++m_live;
    }
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
    m_graphDirty = true;
    m_data.clear(); // the graph keeps the vectors: no second copy (161 MiB at 210k × 192)
    m_data.shrink_to_fit();
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

namespace {

constexpr char kGraphMagic[8] = {'P', 'N', 'H', 'N', 'S', 'W', '0', '1'};

struct GraphHeader
{
    char magic[8];
    quint64 dim, m, efConstruction, count, dataPerElement, linksPerElement, maxLevel, enterPoint, deleted;
};

} // namespace

bool VectorIndex::writeGraph(const ByteSink &sink) const
{
    if (!m_hnsw)
        return false;
    const auto &h = *m_hnsw;
    GraphHeader hdr{};
    std::memcpy(hdr.magic, kGraphMagic, sizeof kGraphMagic);
    hdr.dim = quint64(m_dim);
    hdr.m = h.M_;
    hdr.efConstruction = h.ef_construction_;
    hdr.count = h.cur_element_count;
    hdr.dataPerElement = h.size_data_per_element_;
    hdr.linksPerElement = h.size_links_per_element_;
    hdr.maxLevel = quint64(qint64(h.maxlevel_));
    hdr.enterPoint = h.enterpoint_node_;
    hdr.deleted = h.num_deleted_;
    sink(reinterpret_cast<const char *>(&hdr), sizeof hdr);
    // Level 0 (links, vector and label of every element) is one block; write it in slices so a sink that
    // chunks (the cache's BLOB rows) never needs a second copy of the whole thing.
    const size_t level0 = h.cur_element_count * h.size_data_per_element_;
    constexpr size_t kSlice = size_t(1) << 22;
    for (size_t off = 0; off < level0; off += kSlice)
        sink(h.data_level0_memory_ + off, std::min(kSlice, level0 - off));
    std::vector<qint32> levels(h.cur_element_count);
    for (size_t i = 0; i < levels.size(); ++i)
        levels[i] = qint32(h.element_levels_[i]);
    sink(reinterpret_cast<const char *>(levels.data()), levels.size() * sizeof(qint32));
    for (size_t i = 0; i < levels.size(); ++i) {
        if (levels[i] > 0)
            sink(h.linkLists_[i], h.size_links_per_element_ * size_t(levels[i]));
    }
    return true;
}

bool VectorIndex::readGraph(const ByteSource &source, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    GraphHeader hdr{};
    if (!source(reinterpret_cast<char *>(&hdr), sizeof hdr) ||
        std::memcmp(hdr.magic, kGraphMagic, sizeof kGraphMagic) != 0)
        return fail(QStringLiteral("not a stored HNSW graph"));
    if (hdr.dim != quint64(m_dim))
        return fail(QStringLiteral("graph dimension %1, index dimension %2").arg(hdr.dim).arg(m_dim));
    if (hdr.m < 2 || hdr.m > 512 || hdr.count == 0 || hdr.count > (quint64(1) << 31) || hdr.enterPoint >= hdr.count ||
        qint64(hdr.maxLevel) < 0 || qint64(hdr.maxLevel) > 64 || hdr.deleted > hdr.count)
        return fail(QStringLiteral("graph header out of range"));
    auto space = std::make_unique<hnswlib::InnerProductSpace>(size_t(m_dim));
    auto hnsw = std::make_unique<hnswlib::HierarchicalNSW<float>>(space.get(), size_t(hdr.count) + 1024, size_t(hdr.m),
                                                                  size_t(hdr.efConstruction));
    auto &h = *hnsw;
    if (h.size_data_per_element_ != hdr.dataPerElement || h.size_links_per_element_ != hdr.linksPerElement)
        return fail(QStringLiteral("graph element layout differs from this build's hnswlib"));
    const size_t count = size_t(hdr.count);
    if (!source(h.data_level0_memory_, count * h.size_data_per_element_))
        return fail(QStringLiteral("graph truncated (level 0)"));
    std::vector<qint32> levels(count);
    if (!source(reinterpret_cast<char *>(levels.data()), count * sizeof(qint32)))
        return fail(QStringLiteral("graph truncated (levels)"));
    // From here on the hnswlib object owns what is read: set the count first so its destructor frees it.
    h.cur_element_count = count;
    for (size_t i = 0; i < count; ++i) {
        if (levels[i] < 0 || levels[i] > qint32(hdr.maxLevel))
            return fail(QStringLiteral("graph element level out of range"));
        h.element_levels_[i] = levels[i];
        h.linkLists_[i] = nullptr;
    }
    for (size_t i = 0; i < count; ++i) {
        if (levels[i] == 0)
            continue;
        const size_t bytes = h.size_links_per_element_ * size_t(levels[i]);
        h.linkLists_[i] = static_cast<char *>(malloc(bytes + 1));
        if (!h.linkLists_[i] || !source(h.linkLists_[i], bytes)) {
            for (size_t j = i + 1; j < count; ++j)
                h.element_levels_[j] = 0; // not allocated: keep the destructor off them
            if (!h.linkLists_[i])
                h.element_levels_[i] = 0;
            return fail(QStringLiteral("graph truncated (upper levels)"));
        }
    }
    // Every neighbour id must name an element: a bad id would make a search read outside the graph.
    auto linksValid = [&](hnswlib::linklistsizeint *ll, size_t maxCount) {
        const size_t n = h.getListCount(ll);
        if (n > maxCount)
            return false;
        const auto *ids = reinterpret_cast<const hnswlib::tableint *>(ll + 1);
        for (size_t j = 0; j < n; ++j) {
            if (ids[j] >= count)
                return false;
        }
        return true;
    };
    for (size_t i = 0; i < count; ++i) {
        if (!linksValid(h.get_linklist0(hnswlib::tableint(i)), h.maxM0_))
            return fail(QStringLiteral("graph neighbour list out of range"));
        for (int level = 1; level <= levels[i]; ++level) {
            if (!linksValid(h.get_linklist(hnswlib::tableint(i), level), h.maxM_))
                return fail(QStringLiteral("graph neighbour list out of range"));
        }
    }
    h.maxlevel_ = int(qint64(hdr.maxLevel));
    h.enterpoint_node_ = hnswlib::tableint(hdr.enterPoint);
    h.setEf(size_t(m_options.hnswEfSearch));

    h.num_deleted_ = 0;
    for (size_t i = 0; i < count; ++i) {
        const auto internal = hnswlib::tableint(i);
        const auto label = h.getExternalLabel(internal);
        if (h.isMarkedDeleted(internal) || h.label_lookup_.count(label))
            ++h.num_deleted_;
        else
            h.label_lookup_[label] = internal;
    }
    clear();
    m_space = std::move(space);
    m_hnsw = std::move(hnsw);
    adoptGraphSlots(false);
    m_graphDirty = false;
    return true;
}

size_t VectorIndex::memoryBytes() const
{
    size_t bytes = m_data.size() * sizeof(float) + m_ids.size() * sizeof(qint64);
    if (m_hnsw)
        bytes += m_hnsw->max_elements_ * (m_hnsw->size_data_per_element_ + sizeof(void *));
    return bytes;
}

} // namespace panorama::search
