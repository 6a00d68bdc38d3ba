#include "core/sizing/SizeChart.h"

#include "core/sizing/SizingError.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

namespace {

SizingError chartError(const SizeChart &c, const QString &why)
{
    const QString what = c.productId.isEmpty() ? u"size chart"_s : u"size chart of %1"_s.arg(c.productId);
    return SizingError(SizingErrorKind::InvalidChart, what + u": "_s + why);
}

// A label's coordinate along its family: letter index, or the number itself. Same family = same `letters` flag.
std::optional<std::pair<bool, double>> familyCoordinate(const QString &label)
{
    static const SizeScale letters = SizeScale::letters();
    const int letter = letters.indexOf(label);
    if (letter >= 0)
        return std::pair{true, double(letter)};
    bool ok = false;
    const double v = SizeScale::normalise(label).toDouble(&ok);
    if (ok && std::isfinite(v))
        return std::pair{false, v};
    return std::nullopt;
}

} // namespace

void SizeChart::validate() const
{
    if (rows.isEmpty())
        throw chartError(*this, u"it has no sizes"_s);
    QSet<QString> seen;
    for (const SizeChartRow &r : rows) {
        const QString l = SizeScale::normalise(r.label);
        if (l.isEmpty())
            throw chartError(*this, u"a size has no label"_s);
        if (seen.contains(l))
            throw chartError(*this, u"size %1 is listed twice"_s.arg(l));
        seen.insert(l);
        for (int m = 0; m < MeasurementCount; ++m) {
            const auto &range = r.ranges[size_t(m)];
            if (!range)
                continue;
            if (!std::isfinite(range->min) || !std::isfinite(range->max) || range->min <= 0 || range->min > range->max)
                throw chartError(*this, u"size %1 has an invalid %2 range %3–%4"_s.arg(
                                            l, BodyEstimator::key(Measurement(m)), QString::number(range->min),
                                            QString::number(range->max)));
        }
    }
    const QList<Measurement> lead = leadingMeasurements();
    if (lead.isEmpty())
        throw chartError(*this, u"no size has a chest, waist, hips or height range"_s);
    for (Measurement m : lead) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const auto &range = rows.at(i).ranges[size_t(m)];
            if (!range)
                throw chartError(*this, u"size %1 has no %2 range"_s.arg(rows.at(i).label, BodyEstimator::key(m)));
            if (i > 0) {
                const auto &prev = *rows.at(i - 1).ranges[size_t(m)];
                if (range->min < prev.min || range->max < prev.max)
                    throw chartError(*this, u"%1 ranges must grow from %2 to %3"_s.arg(
                                                BodyEstimator::key(m), rows.at(i - 1).label, rows.at(i).label));
            }
        }
    }
}

QList<Measurement> SizeChart::leadingMeasurements() const
{
    QList<Measurement> wanted = leading;
    if (wanted.isEmpty()) {
        const QString c = category.toLower();
        if (c.contains(u"kid"_s) || c.contains(u"child"_s) || c.contains(u"baby"_s))
            wanted = {Measurement::Height};
        else if (c.contains(u"trouser"_s) || c.contains(u"jean"_s) || c.contains(u"pant"_s) || c.contains(u"skirt"_s) ||
                 c.contains(u"short"_s) || c.contains(u"bottom"_s))
            wanted = {Measurement::Waist, Measurement::Hips};
        else if (c.contains(u"dress"_s) || c.contains(u"jumpsuit"_s) || c.contains(u"swim"_s))
            wanted = {Measurement::Chest, Measurement::Waist, Measurement::Hips};
        else
            wanted = {Measurement::Chest};
    }
    // Keep those the chart actually lists (for every row; validate() reports partial ones).
    QList<Measurement> have;
    for (Measurement m : wanted) {
        if (!rows.isEmpty() && rows.first().ranges[size_t(m)])
            have.append(m);
    }
    if (have.isEmpty() && !rows.isEmpty()) {
        // A chart without the category's measurements still leads with what it has, circumferences first.
        for (Measurement m : {Measurement::Chest, Measurement::Waist, Measurement::Hips, Measurement::Height}) {
            if (rows.first().ranges[size_t(m)]) {
                have.append(m);
                break;
            }
        }
    }
    return have;
}

int SizeChart::indexOf(const QString &label) const
{
    const QString l = SizeScale::normalise(label);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (SizeScale::normalise(rows.at(i).label) == l)
            return int(i);
    }
    return -1;
}

QStringList SizeChart::labels() const
{
    QStringList out;
    for (const SizeChartRow &r : rows)
        out.append(SizeScale::normalise(r.label));
    return out;
}

std::optional<double> SizeChart::position(const QString &label) const
{
    const int direct = indexOf(label);
    if (direct >= 0)
        return double(direct);
    const auto target = familyCoordinate(label);
    if (!target || rows.isEmpty())
        return std::nullopt;
    // Coordinates of the chart's own rows in the same family, to interpolate between (or extend beyond) them.
    QList<std::pair<double, double>> points; // (family coordinate, row)
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto c = familyCoordinate(rows.at(i).label);
        if (c && c->first == target->first)
            points.append({c->second, double(i)});
    }
    if (points.isEmpty())
        return std::nullopt;
    if (points.size() == 1)
        return points.first().second + (target->second - points.first().first);
    const double x = target->second;
    qsizetype hi = 1;
    while (hi < points.size() - 1 && points.at(hi).first < x)
        ++hi;
    const auto &a = points.at(hi - 1);
    const auto &b = points.at(hi);
    if (b.first == a.first)
        return a.second;
    return a.second + (x - a.first) * (b.second - a.second) / (b.first - a.first);
}

} // namespace panorama::sizing
