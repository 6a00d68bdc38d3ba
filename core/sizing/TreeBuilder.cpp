#include "core/sizing/TreeBuilder.h"

#include <algorithm>
#include <numeric>

namespace panorama::sizing {

namespace {
constexpr int HistWidth = FeatureBinner::MaxBins + 1; // bin 0 = missing
constexpr double MinHessian = 1e-3;
} // namespace

TreeBuilder::TreeBuilder(const std::vector<uint8_t> &bins, int featureCount, const std::vector<FeatureBinner> &binners,
                         const std::vector<float> &rowCounts, const GbtOptions &options)
    : m_bins(bins), m_featureCount(featureCount), m_binners(binners), m_rowCounts(rowCounts), m_options(options)
{}

void TreeBuilder::fillHistogram(Leaf &leaf, const std::vector<double> &grad, const std::vector<double> &hess) const
{
    leaf.hist.assign(size_t(m_featureCount) * HistWidth, Bin{});
    leaf.sum = Bin{};
    for (int i = leaf.begin; i < leaf.end; ++i) {
        const int r = m_rows[size_t(i)];
        const double g = grad[size_t(r)], h = hess[size_t(r)], c = m_rowCounts[size_t(r)];
        const uint8_t *b = &m_bins[size_t(r) * size_t(m_featureCount)];
        for (int f = 0; f < m_featureCount; ++f) {
            Bin &bin = leaf.hist[size_t(f) * HistWidth + b[f]];
            bin.g += g;
            bin.h += h;
            bin.c += c;
        }
        leaf.sum.g += g;
        leaf.sum.h += h;
        leaf.sum.c += c;
    }
}

void TreeBuilder::findSplit(Leaf &leaf) const
{
    leaf.split = Split{};
    if (leaf.depth >= m_options.maxDepth || leaf.sum.c < 2 * m_options.minChildCount)
        return;
    const double lambda = m_options.l2;
    const Bin &total = leaf.sum;
    const double parentScore = total.g * total.g / (total.h + lambda);
    for (int f = 0; f < m_featureCount; ++f) {
        const Bin *hist = &leaf.hist[size_t(f) * HistWidth];
        const Bin &missing = hist[0];
        const int nb = m_binners[size_t(f)].binCount();
        Bin cum;
        for (int t = 1; t < nb; ++t) {
            cum.g += hist[t].g;
            cum.h += hist[t].h;
            cum.c += hist[t].c;
            for (int side = 0; side < (missing.c > 0 ? 2 : 1); ++side) {
                Bin l = cum;
                if (side == 1) {
                    l.g += missing.g;
                    l.h += missing.h;
                    l.c += missing.c;
                }
                const Bin r{total.g - l.g, total.h - l.h, total.c - l.c};
                if (l.c < m_options.minChildCount || r.c < m_options.minChildCount || l.h < MinHessian ||
                    r.h < MinHessian)
                    continue;
                const double gain = l.g * l.g / (l.h + lambda) + r.g * r.g / (r.h + lambda) - parentScore;
                if (gain > leaf.split.gain) {
                    // Without missing values in training, unknown inputs follow the larger child.
                    const bool missingLeft = side == 1 || (missing.c == 0 && l.c >= r.c);
                    leaf.split = Split{gain, f, t, missingLeft};
                }
            }
        }
    }
}

double TreeBuilder::leafValue(const Bin &sum) const
{
    return -sum.g / (sum.h + m_options.l2) * m_options.learningRate;
}

int32_t TreeBuilder::build(const std::vector<double> &grad, const std::vector<double> &hess,
                           std::vector<GradientBoostedTrees::Node> &nodes, std::vector<float> &leafOfRow)
{
    const int n = int(m_rowCounts.size());
    m_rows.resize(static_cast<size_t>(n));
    std::iota(m_rows.begin(), m_rows.end(), 0);

    std::vector<Leaf> open;
    const int32_t rootNode = int32_t(nodes.size());
    Leaf root;
    root.begin = 0;
    root.end = n;
    root.node = rootNode;
    nodes.emplace_back();
    fillHistogram(root, grad, hess);
    findSplit(root);
    open.push_back(std::move(root));
    std::vector<Leaf> done;

    int leaves = 1;
    while (!open.empty()) {
        auto best = std::max_element(open.begin(), open.end(),
                                     [](const Leaf &a, const Leaf &b) { return a.split.gain < b.split.gain; });
        if (best->split.feature < 0 || leaves >= m_options.maxLeaves) {
            for (Leaf &l : open)
                done.push_back(std::move(l));
            break;
        }
        Leaf parent = std::move(*best);
        open.erase(best);
        const Split s = parent.split;
        const int f = s.feature;
        const auto goesLeft = [&](int r) {
            const uint8_t b = m_bins[size_t(r) * size_t(m_featureCount) + size_t(f)];
            return b == 0 ? s.missingLeft : b <= s.bin;
        };
        const auto mid = std::stable_partition(m_rows.begin() + parent.begin, m_rows.begin() + parent.end, goesLeft);
        Leaf left, right;
        left.begin = parent.begin;
        left.end = int(mid - m_rows.begin());
        right.begin = left.end;
        right.end = parent.end;
        left.depth = right.depth = parent.depth + 1;

        GradientBoostedTrees::Node &pn = nodes[size_t(parent.node)];
        pn.feature = int16_t(f);
        pn.value = m_binners[size_t(f)].upperEdge(s.bin);
        pn.missingLeft = s.missingLeft;
        left.node = int(nodes.size());
        right.node = left.node + 1;
        nodes[size_t(parent.node)].left = left.node;
        nodes[size_t(parent.node)].right = right.node;
        nodes.emplace_back();
        nodes.emplace_back();

        // Histogram of the smaller child, the sibling's by subtraction from the parent.
        Leaf &small = (left.end - left.begin) <= (right.end - right.begin) ? left : right;
        Leaf &large = &small == &left ? right : left;
        fillHistogram(small, grad, hess);
        large.hist = std::move(parent.hist);
        for (size_t i = 0; i < large.hist.size(); ++i) {
            large.hist[i].g -= small.hist[i].g;
            large.hist[i].h -= small.hist[i].h;
            large.hist[i].c -= small.hist[i].c;
        }
        large.sum = Bin{parent.sum.g - small.sum.g, parent.sum.h - small.sum.h, parent.sum.c - small.sum.c};
        findSplit(left);
        findSplit(right);
        open.push_back(std::move(left));
        open.push_back(std::move(right));
        ++leaves;
    }

    for (const Leaf &l : done) {
        const float v = float(leafValue(l.sum));
        nodes[size_t(l.node)].value = v;
        for (int i = l.begin; i < l.end; ++i)
            leafOfRow[size_t(m_rows[size_t(i)])] = v;
    }
    return rootNode;
}

} // namespace panorama::sizing
