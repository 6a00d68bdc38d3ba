#include "core/sizing/SizeMetrics.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

SizeMetrics SizeMetrics::compute(const std::vector<ScoredAnswer> &answers, int eceBins, double topFraction)
{
    SizeMetrics m;
    m.count = int(answers.size());
    m.topFraction = topFraction;
    if (answers.empty())
        return m;
    std::vector<double> binConf(size_t(eceBins), 0.0), binHit(size_t(eceBins), 0.0), binN(size_t(eceBins), 0.0);
    for (const ScoredAnswer &a : answers) {
        const bool hit = a.truth == a.predicted;
        m.exact += hit;
        m.withinOne += std::abs(a.truth - a.predicted) <= 1;
        m.meanConfidence += a.confidence;
        const int b = std::clamp(int(a.confidence * eceBins), 0, eceBins - 1);
        binConf[size_t(b)] += a.confidence;
        binHit[size_t(b)] += hit;
        binN[size_t(b)] += 1;
    }
    const double n = double(answers.size());
    for (int b = 0; b < eceBins; ++b) {
        if (binN[size_t(b)] > 0)
            m.ece += std::abs(binConf[size_t(b)] - binHit[size_t(b)]) / n;
    }
    m.exact /= n;
    m.withinOne /= n;
    m.meanConfidence /= n;

    // Ties in confidence are broken by position, which is random after a shuffled split.
    std::vector<const ScoredAnswer *> sorted;
    sorted.reserve(answers.size());
    for (const ScoredAnswer &a : answers)
        sorted.push_back(&a);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ScoredAnswer *a, const ScoredAnswer *b) { return a->confidence > b->confidence; });
    const size_t top = std::max<size_t>(1, size_t(std::llround(topFraction * n)));
    double hits = 0;
    for (size_t i = 0; i < top; ++i)
        hits += sorted[i]->truth == sorted[i]->predicted;
    m.topConfidentExact = hits / double(top);
    return m;
}

QJsonObject SizeMetrics::toJson() const
{
    const auto r4 = [](double v) { return std::round(v * 10000.0) / 10000.0; };
    return {{u"count"_s, count},
            {u"exact"_s, r4(exact)},
            {u"withinOne"_s, r4(withinOne)},
            {u"ece"_s, r4(ece)},
            {u"meanConfidence"_s, r4(meanConfidence)},
            {u"topConfidentFraction"_s, topFraction},
            {u"topConfidentExact"_s, r4(topConfidentExact)}};
}

} // namespace panorama::sizing
