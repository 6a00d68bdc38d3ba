#pragma once

#include "core/routing/SparseVector.h"

#include <cstdint>
#include <vector>

namespace panorama::routing {

// A one-vs-rest linear classifier: one weight vector and bias per class. Weights are stored feature-major
// (all classes of a feature side by side) so that scoring a sparse ticket touches only its own features.
class LinearModel final
{
public:
    LinearModel() = default;
    LinearModel(uint32_t dimension, uint32_t classes);

    // Decision values w_k·x + b_k for every class k.
    std::vector<float> scores(const SparseVector &x) const;

    uint32_t dimension() const { return m_dimension; }
    uint32_t classes() const { return m_classes; }
    float &weight(uint32_t feature, uint32_t cls) { return m_weights[size_t(feature) * m_classes + cls]; }
    float weight(uint32_t feature, uint32_t cls) const { return m_weights[size_t(feature) * m_classes + cls]; }
    float &bias(uint32_t cls) { return m_bias[cls]; }
    const std::vector<float> &weights() const { return m_weights; }
    const std::vector<float> &biases() const { return m_bias; }

    // Rounds every weight to half precision: the blob stores weights as 16-bit floats (half the sync size), and
    // the trained model must answer exactly like the one a client loads.
    void roundWeightsToHalf();

    // Restores a model from a blob; sizes must agree.
    void restore(uint32_t dimension, uint32_t classes, std::vector<float> weights, std::vector<float> bias);

private:
    uint32_t m_dimension = 0;
    uint32_t m_classes = 0;
    std::vector<float> m_weights;
    std::vector<float> m_bias;
};

} // namespace panorama::routing
