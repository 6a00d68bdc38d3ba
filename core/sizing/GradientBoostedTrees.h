#pragma once

#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

namespace panorama::sizing {

// Training rows grouped by identical feature vectors: one row per distinct body with a count per class.
// Body data is coarse (whole kilograms, inch heights), so grouping shrinks 100k purchases to ~14k rows and
// makes each boosting round proportionally cheaper without changing the fitted model.
class GroupedSamples
{
public:
    GroupedSamples(int featureCount, int classCount);

    // Adds one observation; NaN features mean "unknown".
    void add(const float *features, int label, float weight = 1.0f);
    int rows() const { return int(m_totals.size()); }
    int featureCount() const { return m_featureCount; }
    int classCount() const { return m_classCount; }
    const float *features(int row) const { return &m_features[size_t(row) * size_t(m_featureCount)]; }
    const float *counts(int row) const { return &m_counts[size_t(row) * size_t(m_classCount)]; }
    float total(int row) const { return m_totals[size_t(row)]; }
    double totalWeight() const;

private:
    int m_featureCount;
    int m_classCount;
    std::vector<float> m_features;
    std::vector<float> m_counts;
    std::vector<float> m_totals;
    std::map<std::vector<uint32_t>, int> m_index; // float bit patterns -> row (NaN-safe key)
};

struct GbtOptions
{
    double learningRate = 0.08;
    int maxLeaves = 24;
    int maxDepth = 7;
    double l2 = 2.0;
    double minChildCount = 30.0; // observations, not grouped rows
    int maxRounds = 600;
    int patience = 40; // rounds without validation improvement before stopping
};

// Multiclass gradient-boosted regression trees on histograms (softmax loss, Newton leaves, best-first growth),
// written here because the engine may link nothing beyond Qt and Eigen. Missing values learn their own direction.
class GradientBoostedTrees
{
public:
    // Fits on `train`; with `validation`, stops when its log loss has not improved for `patience` rounds and
    // keeps the best round count.
    void fit(const GroupedSamples &train, const GroupedSamples *validation, const GbtOptions &options);

    // Class probabilities for one raw feature vector (NaN = unknown) into out[0..classCount).
    void predict(const float *features, double *out) const;
    int classCount() const { return m_classCount; }
    int featureCount() const { return m_featureCount; }
    int rounds() const { return m_rounds; }
    bool isEmpty() const { return m_classCount == 0; }
    const std::vector<double> &validationLoss() const { return m_validationLoss; }

    QJsonObject toJson() const;
    // Throws SizingError(InvalidModel) when the object is not a model this code wrote.
    static GradientBoostedTrees fromJson(const QJsonObject &obj);

    struct Node
    {
        int32_t left = -1; // -1: leaf
        int32_t right = -1;
        float value = 0.0f; // threshold for inner nodes (go left if x <= value), score for leaves
        int16_t feature = -1;
        bool missingLeft = false;
    };

private:
    void addTreeScores(const float *features, double *scores) const;

    int m_featureCount = 0;
    int m_classCount = 0;
    int m_rounds = 0;
    std::vector<double> m_baseScore;
    std::vector<Node> m_nodes;
    std::vector<int32_t> m_roots; // rounds * classCount, tree of class k in round r at r*classCount + k
    std::vector<double> m_validationLoss;
};

} // namespace panorama::sizing
