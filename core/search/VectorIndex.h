#pragma once

#include <QHash>
#include <QList>
#include <QPair>

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace hnswlib {
template <typename T> class HierarchicalNSW;
class InnerProductSpace;
} // namespace hnswlib

namespace panorama::search {

struct VectorIndexOptions
{
    int exactLimit = 50000; // up to this many vectors the search is exact (a scan); above it, HNSW
    int hnswM = 16;
    int hnswEfConstruction = 100;
    int hnswEfSearch = 96;
    int buildThreads = 2;
};

// Nearest neighbours by inner product over unit vectors (cosine). Exact scan under ~50k vectors, an HNSW
// graph (Debian's hnswlib) above, chosen automatically when the index is (re)built or grows past the limit.
// Searches are const and may run concurrently; changes must not overlap with searches.
class VectorIndex final
{
public:
    explicit VectorIndex(int dimension, VectorIndexOptions options = {});
    ~VectorIndex();
    VectorIndex(const VectorIndex &) = delete;
    VectorIndex &operator=(const VectorIndex &) = delete;

    void upsert(qint64 id, const std::vector<float> &vector);
    void remove(qint64 id);
    void clear();
    // Builds the HNSW graph if the size calls for it (bulk loads call this once at the end).
    void finalize();

    // The k best (id, cosine) pairs, best first.
    QList<QPair<qint64, float>> search(const std::vector<float> &query, int k) const;

    int dimension() const { return m_dim; }
    int size() const { return m_live; } // live vectors
    bool usesHnsw() const { return m_hnsw != nullptr; }
    size_t memoryBytes() const;

    // The HNSW graph with its vectors as a byte stream, so the encrypted cache can keep it instead of the graph
    // being rebuilt at every open. writeGraph needs usesHnsw(); readGraph replaces the whole index and checks
    // the stream (dimension, sizes, neighbour ids) before anything is used; false with a reason otherwise.
    using ByteSink = std::function<void(const char *data, size_t size)>;
    using ByteSource = std::function<bool(char *data, size_t size)>; // false: the stream ended early
    bool writeGraph(const ByteSink &sink) const;
    bool readGraph(const ByteSource &source, QString *error = nullptr);
    // True when the in-memory graph differs from the last one written or read (built, grown, shrunk).
    bool graphDirty() const { return m_hnsw && m_graphDirty; }
    void markGraphSaved() { m_graphDirty = false; }

private:
    void buildHnsw();
    // Rebuilds ids and slots (and, if asked, the row-major copy of the vectors) from the graph's elements.
    void adoptGraphSlots(bool withData);

    int m_dim;
    VectorIndexOptions m_options;
    std::vector<float> m_data; // row-major, one row per live or removed slot; empty while HNSW holds them
    std::vector<qint64> m_ids; // -1 for a removed slot
    QHash<qint64, int> m_slot;
    int m_live = 0;
    std::unique_ptr<hnswlib::InnerProductSpace> m_space;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> m_hnsw;
    bool m_graphDirty = false;
};

} // namespace panorama::search
