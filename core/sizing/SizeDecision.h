#pragma once

#include <cstddef>
#include <vector>

namespace panorama::sizing {

// The size to recommend from a probability per ordered size. Sizes are ordered, so a miss by one size (an
// exchange, often kept) costs less than a miss by two (a return): the choice minimises expected cost with
// cost 0 for the right size, `offByOneCost` for a neighbour and 1 beyond. offByOneCost = 1 is plain argmax.
class SizeDecision
{
public:
    explicit SizeDecision(double offByOneCost = 1.0);

    struct Choice
    {
        int best = -1;
        int runnerUp = -1;      // the most likely other size
        double probability = 0; // model probability that `best` is exactly right (before calibration)
    };
    Choice choose(const std::vector<double> &probabilities) const;
    double offByOneCost() const { return m_offByOneCost; }

private:
    double m_offByOneCost;
};

} // namespace panorama::sizing
