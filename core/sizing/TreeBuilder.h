#pragma once

#include "core/sizing/FeatureBinner.h"
#include "core/sizing/GradientBoostedTrees.h"

#include <cstddef>
#include <vector>

namespace panorama::sizing {

// Grows one regression tree on gradient/hessian histograms (best-first, with the sibling-subtraction trick)
// and appends its nodes to a node list. Internal to GradientBoostedTrees.
class TreeBuilder
{
public:
    TreeBuilder(const std::vector<uint8_t> &bins, int featureCount, const std::vector<FeatureBinner> &binners,
                const std::vector<float> &rowCounts, const GbtOptions &options);

    // Builds a tree for the given per-row gradients and hessians; returns the root index in `nodes`.
    // `leafOfRow` receives, for every row, the leaf value it ends in (so the caller updates scores cheaply).
    int32_t build(const std::vector<double> &grad, const std::vector<double> &hess,
                  std::vector<GradientBoostedTrees::Node> &nodes, std::vector<float> &leafOfRow);

private:
    struct Bin
    {
        double g = 0, h = 0, c = 0;
    };
    struct Split
    {
        double gain = 0;
        int feature = -1;
        int bin = 0;
        bool missingLeft = false;
    };
    struct Leaf
    {
        int begin = 0, end = 0; // range in m_rows
        int depth = 0;
        int node = -1; // index in the output node list
        Bin sum;
        std::vector<Bin> hist;
        Split split;
    };

    void fillHistogram(Leaf &leaf, const std::vector<double> &grad, const std::vector<double> &hess) const;
    void findSplit(Leaf &leaf) const;
    double leafValue(const Bin &sum) const;

    const std::vector<uint8_t> &m_bins; // rows x features
    int m_featureCount;
    const std::vector<FeatureBinner> &m_binners;
    const std::vector<float> &m_rowCounts;
    GbtOptions m_options;
    std::vector<int> m_rows;
};

} // namespace panorama::sizing
