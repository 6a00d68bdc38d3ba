#include "core/routing/LinearSvmTrainer.h"

#include "core/routing/RoutingError.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <random>
#include <thread>

using namespace Qt::StringLiterals;

namespace panorama::routing {

LinearModel LinearSvmTrainer::train(const SparseMatrix &x, const std::vector<int> &labels, uint32_t classes) const
{
    if (labels.size() != x.rows() || x.rows() == 0 || classes == 0)
        throw RoutingError(RoutingErrorKind::Misuse, u"SVM training needs one label per row and at least one row"_s);
    for (int y : labels) {
        if (y < 0 || uint32_t(y) >= classes)
            throw RoutingError(RoutingErrorKind::Misuse, u"SVM training label out of range"_s);
    }

    std::vector<double> squaredNorms(x.rows());
    for (size_t i = 0; i < x.rows(); ++i) {
        double s = m_options.bias * m_options.bias;
        for (size_t p = x.rowStart[i]; p < x.rowStart[i + 1]; ++p)
            s += double(x.values[p]) * double(x.values[p]);
        squaredNorms[i] = s;
    }

    LinearModel model(x.columns, classes);
    std::atomic<uint32_t> next{0};
    std::mutex writeMutex;
    auto worker = [&] {
        std::vector<double> w;
        for (uint32_t k = next++; k < classes; k = next++) {
            trainBinary(x, squaredNorms, labels, int(k), w);
            std::lock_guard lock(writeMutex);
            for (uint32_t f = 0; f < x.columns; ++f)
                model.weight(f, k) = float(w[f]);
            model.bias(k) = float(w[x.columns] * m_options.bias);
        }
    };
    const int threads = std::clamp(m_options.threads, 1, int(classes));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
        t.join();
    return model;
}

void LinearSvmTrainer::trainBinary(const SparseMatrix &x, const std::vector<double> &squaredNorms,
                                   const std::vector<int> &labels, int positive, std::vector<double> &w) const
{
    const size_t n = x.rows();
    const uint32_t biasIndex = x.columns;
    const double bias = m_options.bias;
    // L2-loss: the dual has no upper bound on alpha (so shrinking only happens at alpha = 0) and a diagonal
    // term 1/(2C).
    const double diag = 0.5 / m_options.c;
    constexpr double Inf = std::numeric_limits<double>::infinity();

    w.assign(size_t(x.columns) + 1, 0.0);
    std::vector<double> alpha(n, 0.0);
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = i;
    std::mt19937 rng(m_options.seed + uint32_t(positive) * 7919u);

    size_t active = n;
    double pgMaxOld = Inf;
    for (int iter = 0; iter < m_options.maxIterations; ++iter) {
        double pgMax = -Inf;
        double pgMin = Inf;
        std::shuffle(order.begin(), order.begin() + std::ptrdiff_t(active), rng);
        for (size_t s = 0; s < active; ++s) {
            const size_t i = order[s];
            const double yi = labels[i] == positive ? 1.0 : -1.0;
            double dot = w[biasIndex] * bias;
            for (size_t p = x.rowStart[i]; p < x.rowStart[i + 1]; ++p)
                dot += w[x.indices[p]] * double(x.values[p]);
            const double g = yi * dot - 1.0 + alpha[i] * diag;
            double pg = 0.0;
            if (alpha[i] == 0.0) {
                if (g > pgMaxOld) {
                    // Shrinking: a sample far on the right side of the margin is unlikely to become a support
                    // vector; set it aside until the final check.
                    --active;
                    std::swap(order[s], order[active]);
                    --s;
                    continue;
                }
                if (g < 0.0)
                    pg = g;
            } else {
                pg = g;
            }
            pgMax = std::max(pgMax, pg);
            pgMin = std::min(pgMin, pg);
            if (std::fabs(pg) > 1e-12) {
                const double old = alpha[i];
                alpha[i] = std::max(alpha[i] - g / (squaredNorms[i] + diag), 0.0);
                const double d = (alpha[i] - old) * yi;
                for (size_t p = x.rowStart[i]; p < x.rowStart[i + 1]; ++p)
                    w[x.indices[p]] += d * double(x.values[p]);
                w[biasIndex] += d * bias;
            }
        }
        if (pgMax - pgMin <= m_options.epsilon) {
            if (active == n)
                break;
            // Converged on the shrunk set: verify on every sample before stopping.
            active = n;
            pgMaxOld = Inf;
            continue;
        }
        pgMaxOld = pgMax <= 0.0 ? Inf : pgMax;
    }
}

} // namespace panorama::routing
