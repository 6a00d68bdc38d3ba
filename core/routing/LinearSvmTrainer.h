#pragma once

#include "core/routing/LinearModel.h"
#include "core/routing/SparseVector.h"

#include <cstdint>
#include <vector>

namespace panorama::routing {

struct SvmOptions
{
    double c = 1.0;       // inverse regularisation strength
    double epsilon = 0.1; // stopping tolerance on the projected gradient (LIBLINEAR's default for this solver)
    int maxIterations = 1000;
    double bias = 1.0; // value of the constant feature that learns the intercept (regularised, as LIBLINEAR)
    int threads = 2;   // classes are independent binary problems, trained in parallel
    uint32_t seed = 1; // visiting order of the samples: training is deterministic for a seed
};

// Trains one-vs-rest L2-regularised L2-loss linear SVMs by dual coordinate descent with shrinking
// (Hsieh et al., ICML 2008; the solver LIBLINEAR and scikit-learn's LinearSVC use).
class LinearSvmTrainer final
{
public:
    explicit LinearSvmTrainer(SvmOptions options = {}) : m_options(options) {}

    // labels[i] in [0, classes). Throws RoutingError(Misuse) on inconsistent sizes.
    LinearModel train(const SparseMatrix &x, const std::vector<int> &labels, uint32_t classes) const;

private:
    void trainBinary(const SparseMatrix &x, const std::vector<double> &squaredNorms, const std::vector<int> &labels,
                     int positive, std::vector<double> &w) const;

    SvmOptions m_options;
};

} // namespace panorama::routing
