#pragma once

#include <QList>
#include <QString>

namespace panorama::search {

// Retrieval and similarity metrics for `kb eval`, `kb similarity` and the benchmarks.
namespace eval {

// Rank (1-based) of the first relevant document in `ranked`, or 0 when absent.
int firstRelevantRank(const QStringList &ranked, const QStringList &relevant);
// Binary-relevance nDCG@k.
double ndcgAt(const QStringList &ranked, const QStringList &relevant, int k);
// ROC AUC of scores against 0/1 labels (ties count one half), by the Mann-Whitney U statistic.
double rocAuc(const QList<double> &scores, const QList<int> &labels);
// The p-th percentile (0..100) by linear interpolation; 0 for an empty list.
double percentile(QList<double> values, double p);

// Accumulates per-query results into recall@1/@5/@10, MRR and nDCG@10.
class RetrievalMetrics final
{
public:
    void add(const QStringList &ranked, const QStringList &relevant);
    int queries() const { return m_n; }
    double recallAt1() const { return m_n ? double(m_hit1) / m_n : 0; }
    double recallAt5() const { return m_n ? double(m_hit5) / m_n : 0; }
    double recallAt10() const { return m_n ? double(m_hit10) / m_n : 0; }
    double mrr() const { return m_n ? m_rr / m_n : 0; }
    double ndcg10() const { return m_n ? m_ndcg / m_n : 0; }

private:
    int m_n = 0, m_hit1 = 0, m_hit5 = 0, m_hit10 = 0;
    double m_rr = 0, m_ndcg = 0;
};

} // namespace eval
} // namespace panorama::search
