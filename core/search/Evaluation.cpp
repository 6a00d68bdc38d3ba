#include "core/search/Evaluation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace panorama::search::eval {

int firstRelevantRank(const QStringList &ranked, const QStringList &relevant)
{
    for (int i = 0; i < ranked.size(); ++i) {
        if (relevant.contains(ranked[i]))
            return i + 1;
    }
    return 0;
}

double ndcgAt(const QStringList &ranked, const QStringList &relevant, int k)
{
    double dcg = 0, ideal = 0;
    for (int i = 0; i < std::min(k, int(ranked.size())); ++i) {
        if (relevant.contains(ranked[i]))
            dcg += 1.0 / std::log2(i + 2.0);
    }
    for (int i = 0; i < std::min(k, int(relevant.size())); ++i)
        ideal += 1.0 / std::log2(i + 2.0);
    return ideal > 0 ? dcg / ideal : 0;
}

double rocAuc(const QList<double> &scores, const QList<int> &labels)
{
    const int n = int(std::min(scores.size(), labels.size()));
    std::vector<int> order(size_t(n), 0);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return scores[a] < scores[b]; });
    // Average ranks over ties, then U = sum of positive ranks - P(P+1)/2.
    double positiveRankSum = 0;
    qint64 pos = 0;
    for (int i = 0; i < n;) {
        int j = i;
        while (j + 1 < n && scores[order[j + 1]] == scores[order[i]])
            ++j;
        const double avgRank = (i + j) / 2.0 + 1.0;
        for (int t = i; t <= j; ++t) {
            if (labels[order[t]] == 1) {
                positiveRankSum += avgRank;
                ++pos;
            }
        }
        i = j + 1;
    }
    const qint64 neg = n - pos;
    if (pos == 0 || neg == 0)
        return 0.5;
    return (positiveRankSum - double(pos) * (pos + 1) / 2.0) / (double(pos) * neg);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double pos = p / 100.0 * (values.size() - 1);
    const int lo = int(std::floor(pos));
    const int hi = std::min(int(values.size()) - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (pos - lo);
}

void RetrievalMetrics::add(const QStringList &ranked, const QStringList &relevant)
{
    ++m_n;
    const int r = firstRelevantRank(ranked, relevant);
    if (r == 1)
        ++m_hit1;
    if (r >= 1 && r <= 5)
        ++m_hit5;
    if (r >= 1 && r <= 10)
        ++m_hit10;
    if (r > 0)
        m_rr += 1.0 / r;
    m_ndcg += ndcgAt(ranked, relevant, 10);
}

} // namespace panorama::search::eval
