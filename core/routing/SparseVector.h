#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace panorama::routing {

// One TF-IDF row: sorted feature indices and their weights.
struct SparseVector
{
    std::vector<uint32_t> indices;
    std::vector<float> values;

    size_t size() const { return indices.size(); }
};

// Rows in compressed sparse row form: the training matrix of the linear classifier.
struct SparseMatrix
{
    std::vector<size_t> rowStart{0};
    std::vector<uint32_t> indices;
    std::vector<float> values;
    uint32_t columns = 0;

    size_t rows() const { return rowStart.size() - 1; }
    void append(const SparseVector &row)
    {
        indices.insert(indices.end(), row.indices.begin(), row.indices.end());
        values.insert(values.end(), row.values.begin(), row.values.end());
        rowStart.push_back(indices.size());
    }
};

} // namespace panorama::routing
