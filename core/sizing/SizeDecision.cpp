#include "core/sizing/SizeDecision.h"

#include <limits>

namespace panorama::sizing {

SizeDecision::SizeDecision(double offByOneCost) : m_offByOneCost(offByOneCost) {}

SizeDecision::Choice SizeDecision::choose(const std::vector<double> &p) const
{
    Choice c;
    const int k = int(p.size());
    double bestCost = std::numeric_limits<double>::infinity();
    for (int i = 0; i < k; ++i) {
        const double neighbours = (i > 0 ? p[size_t(i - 1)] : 0.0) + (i + 1 < k ? p[size_t(i + 1)] : 0.0);
        // Expected cost = P(not i) - (1 - c1) * P(neighbour of i).
        const double cost = 1.0 - p[size_t(i)] - (1.0 - m_offByOneCost) * neighbours;
        if (cost < bestCost) {
            bestCost = cost;
            c.best = i;
        }
    }
    if (c.best < 0)
        return c;
    c.probability = p[size_t(c.best)];
    // The runner-up is what the agent offers if the first choice does not fit: the most likely other size.
    for (int i = 0; i < k; ++i) {
        if (i != c.best && (c.runnerUp < 0 || p[size_t(i)] > p[size_t(c.runnerUp)]))
            c.runnerUp = i;
    }
    return c;
}

} // namespace panorama::sizing
