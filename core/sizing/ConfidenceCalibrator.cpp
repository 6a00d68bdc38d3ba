#include "core/sizing/ConfidenceCalibrator.h"

#include "core/sizing/SizingError.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

void ConfidenceCalibrator::fit(std::vector<Observation> observations)
{
    m_x.clear();
    m_y.clear();
    if (observations.empty())
        return;
    std::sort(observations.begin(), observations.end(),
              [](const Observation &a, const Observation &b) { return a.score < b.score; });
    struct Block
    {
        double sumScore, sumHit, n;
    };
    std::vector<Block> blocks;
    for (const Observation &o : observations) {
        if (o.total <= 0)
            continue;
        blocks.push_back({o.score * o.total, o.hits, o.total});
        while (blocks.size() > 1) {
            const Block &b = blocks.back();
            const Block &a = blocks[blocks.size() - 2];
            if (a.sumHit / a.n < b.sumHit / b.n)
                break;
            const Block merged{a.sumScore + b.sumScore, a.sumHit + b.sumHit, a.n + b.n};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    for (const Block &b : blocks) {
        m_x.push_back(b.sumScore / b.n);
        m_y.push_back(b.sumHit / b.n);
    }
}

double ConfidenceCalibrator::calibrate(double score) const
{
    if (m_x.empty())
        return score;
    if (score <= m_x.front())
        return m_y.front();
    if (score >= m_x.back())
        return m_y.back();
    const auto it = std::upper_bound(m_x.begin(), m_x.end(), score);
    const size_t hi = size_t(it - m_x.begin());
    const size_t lo = hi - 1;
    const double t = (score - m_x[lo]) / (m_x[hi] - m_x[lo]);
    return m_y[lo] + t * (m_y[hi] - m_y[lo]);
}

QJsonObject ConfidenceCalibrator::toJson() const
{
    QJsonArray x, y;
    for (size_t i = 0; i < m_x.size(); ++i) {
        x.append(m_x[i]);
        y.append(m_y[i]);
    }
    return {{u"method"_s, u"isotonic"_s}, {u"x"_s, x}, {u"y"_s, y}};
}

ConfidenceCalibrator ConfidenceCalibrator::fromJson(const QJsonObject &obj)
{
    ConfidenceCalibrator c;
    const QJsonArray x = obj.value(u"x"_s).toArray(), y = obj.value(u"y"_s).toArray();
    if (x.size() != y.size())
        throw SizingError(SizingErrorKind::InvalidModel, u"calibration: x and y differ in length"_s);
    for (qsizetype i = 0; i < x.size(); ++i) {
        const double xi = x.at(i).toDouble(), yi = y.at(i).toDouble();
        if ((i > 0 && (xi < c.m_x.back() || yi < c.m_y.back())) || yi < 0 || yi > 1)
            throw SizingError(SizingErrorKind::InvalidModel, u"calibration: points are not monotone in [0, 1]"_s);
        c.m_x.push_back(xi);
        c.m_y.push_back(yi);
    }
    return c;
}

} // namespace panorama::sizing
