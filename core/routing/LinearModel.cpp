#include "core/routing/LinearModel.h"

#include "core/routing/RoutingError.h"

#include <QFloat16>

using namespace Qt::StringLiterals;

namespace panorama::routing {

LinearModel::LinearModel(uint32_t dimension, uint32_t classes)
    : m_dimension(dimension), m_classes(classes), m_weights(size_t(dimension) * classes, 0.0f), m_bias(classes, 0.0f)
{}

std::vector<float> LinearModel::scores(const SparseVector &x) const
{
    std::vector<float> s(m_bias);
    for (size_t i = 0; i < x.size(); ++i) {
        const float v = x.values[i];
        const float *row = m_weights.data() + size_t(x.indices[i]) * m_classes;
        for (uint32_t k = 0; k < m_classes; ++k)
            s[k] += v * row[k];
    }
    return s;
}

void LinearModel::roundWeightsToHalf()
{
    std::vector<qfloat16> half(m_weights.size());
    qFloatToFloat16(half.data(), m_weights.data(), qsizetype(half.size()));
    qFloatFromFloat16(m_weights.data(), half.data(), qsizetype(half.size()));
}

void LinearModel::restore(uint32_t dimension, uint32_t classes, std::vector<float> weights, std::vector<float> bias)
{
    if (weights.size() != size_t(dimension) * classes || bias.size() != classes)
        throw RoutingError(RoutingErrorKind::BadModel, u"model weights do not match its vocabulary and labels"_s);
    m_dimension = dimension;
    m_classes = classes;
    m_weights = std::move(weights);
    m_bias = std::move(bias);
}

} // namespace panorama::routing
