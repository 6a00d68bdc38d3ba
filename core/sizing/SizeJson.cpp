#include "core/sizing/SizeJson.h"

#include "core/sizing/SizingError.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::sizing::json {

namespace {

std::optional<double> number(const QJsonObject &obj, const QString &key, SizingErrorKind kind)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    throw SizingError(kind, u"%1 must be a number"_s.arg(key));
}

const QList<std::pair<Measurement, QString>> &measurementKeys()
{
    static const QList<std::pair<Measurement, QString>> keys = {{Measurement::Chest, u"chest"_s},
                                                                {Measurement::Waist, u"waist"_s},
                                                                {Measurement::Hips, u"hips"_s},
                                                                {Measurement::Height, u"height"_s}};
    return keys;
}

SizeChartRow row(const QString &label, std::initializer_list<std::pair<Measurement, MeasureRange>> ranges)
{
    SizeChartRow r;
    r.label = label;
    for (const auto &[m, range] : ranges)
        r.ranges[size_t(m)] = range;
    return r;
}

} // namespace

Body bodyFromJson(const QJsonObject &obj)
{
    Body b;
    const auto height = number(obj, u"height_cm"_s, SizingErrorKind::InvalidBody);
    const auto weight = number(obj, u"weight_kg"_s, SizingErrorKind::InvalidBody);
    if (!height)
        throw SizingError(SizingErrorKind::InvalidBody, u"height_cm is required"_s);
    if (!weight)
        throw SizingError(SizingErrorKind::InvalidBody, u"weight_kg is required"_s);
    b.heightCm = *height;
    b.weightKg = *weight;
    b.chestCm = number(obj, u"chest_cm"_s, SizingErrorKind::InvalidBody);
    if (!b.chestCm)
        b.chestCm = number(obj, u"bust_cm"_s, SizingErrorKind::InvalidBody);
    b.waistCm = number(obj, u"waist_cm"_s, SizingErrorKind::InvalidBody);
    b.hipsCm = number(obj, u"hips_cm"_s, SizingErrorKind::InvalidBody);
    b.ageYears = number(obj, u"age"_s, SizingErrorKind::InvalidBody);
    const auto gender = parseGender(obj.value(u"gender"_s).toString());
    if (!gender)
        throw SizingError(SizingErrorKind::InvalidBody,
                          u"gender must be female, male or unknown, got '%1'"_s.arg(obj.value(u"gender"_s).toString()));
    b.gender = *gender;
    const auto fit = parseFit(obj.value(u"fit"_s).toString());
    if (!fit)
        throw SizingError(SizingErrorKind::InvalidBody,
                          u"fit must be slim, regular or loose, got '%1'"_s.arg(obj.value(u"fit"_s).toString()));
    b.fit = *fit;
    validateBody(b);
    return b;
}

QJsonObject bodyToJson(const Body &b)
{
    QJsonObject o{{u"height_cm"_s, b.heightCm},
                  {u"weight_kg"_s, b.weightKg},
                  {u"gender"_s, genderKey(b.gender)},
                  {u"fit"_s, fitKey(b.fit)}};
    if (b.chestCm)
        o.insert(u"chest_cm"_s, *b.chestCm);
    if (b.waistCm)
        o.insert(u"waist_cm"_s, *b.waistCm);
    if (b.hipsCm)
        o.insert(u"hips_cm"_s, *b.hipsCm);
    if (b.ageYears)
        o.insert(u"age"_s, *b.ageYears);
    return o;
}

SizeChart chartFromJson(const QJsonObject &obj)
{
    if (obj.isEmpty())
        throw SizingError(SizingErrorKind::InvalidChart, u"the size chart is missing"_s);
    SizeChart c;
    c.brand = obj.value(u"brand"_s).toString();
    c.category = obj.value(u"category"_s).toString();
    c.productId = obj.value(u"product"_s).toString();
    for (const auto &v : obj.value(u"leading"_s).toArray()) {
        bool found = false;
        for (const auto &[m, key] : measurementKeys()) {
            if (v.toString() == key) {
                c.leading.append(m);
                found = true;
            }
        }
        if (!found)
            throw SizingError(SizingErrorKind::InvalidChart,
                              u"size chart: unknown leading measurement '%1'"_s.arg(v.toString()));
    }
    const QJsonValue sizes = obj.value(u"sizes"_s);
    if (!sizes.isArray())
        throw SizingError(SizingErrorKind::InvalidChart, u"size chart: 'sizes' must be an array of sizes"_s);
    for (const auto &v : sizes.toArray()) {
        const QJsonObject s = v.toObject();
        SizeChartRow r;
        r.label = s.value(u"size"_s).toString();
        for (const auto &[m, key] : measurementKeys()) {
            const QJsonValue rv = s.value(key);
            if (rv.isUndefined() || rv.isNull())
                continue;
            const QJsonArray a = rv.toArray();
            if (a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
                throw SizingError(SizingErrorKind::InvalidChart,
                                  u"size chart: %1 of size %2 must be [min, max] in cm"_s.arg(key, r.label));
            r.ranges[size_t(m)] = MeasureRange{a.at(0).toDouble(), a.at(1).toDouble()};
        }
        c.rows.append(r);
    }
    c.validate();
    return c;
}

QJsonObject chartToJson(const SizeChart &c)
{
    QJsonArray sizes, leading;
    for (const SizeChartRow &r : c.rows) {
        QJsonObject s{{u"size"_s, r.label}};
        for (const auto &[m, key] : measurementKeys()) {
            if (const auto &range = r.ranges[size_t(m)])
                s.insert(key, QJsonArray{range->min, range->max});
        }
        sizes.append(s);
    }
    for (Measurement m : c.leading)
        leading.append(BodyEstimator::key(m));
    QJsonObject o{{u"brand"_s, c.brand}, {u"category"_s, c.category}, {u"product"_s, c.productId}, {u"sizes"_s, sizes}};
    if (!leading.isEmpty())
        o.insert(u"leading"_s, leading);
    return o;
}

PurchaseRecord purchaseFromJson(const QJsonObject &obj)
{
    PurchaseRecord p;
    p.brand = obj.value(u"brand"_s).toString();
    p.category = obj.value(u"category"_s).toString();
    p.productId = obj.value(u"product"_s).toString();
    p.size = obj.value(u"size"_s).toString().trimmed();
    if (p.size.isEmpty())
        throw SizingError(SizingErrorKind::InvalidHistory, u"a purchase has no size"_s);
    const QString outcome = obj.value(u"outcome"_s).toString(u"kept"_s);
    const auto o = parseOutcome(outcome);
    if (!o)
        throw SizingError(
            SizingErrorKind::InvalidHistory,
            u"unknown outcome '%1' (kept, size_too_small, size_too_large, returned_other)"_s.arg(outcome));
    p.outcome = *o;
    const QString date = obj.value(u"date"_s).toString();
    if (!date.isEmpty()) {
        p.date = QDate::fromString(date.left(10), Qt::ISODate);
        if (!p.date.isValid())
            throw SizingError(SizingErrorKind::InvalidHistory, u"a purchase has an invalid date '%1'"_s.arg(date));
    }
    const auto source = parseSource(obj.value(u"source"_s).toString());
    if (!source)
        throw SizingError(SizingErrorKind::InvalidHistory,
                          u"unknown source '%1' (order, return, ticket)"_s.arg(obj.value(u"source"_s).toString()));
    p.source = *source;
    return p;
}

std::vector<PurchaseRecord> purchasesFromJson(const QJsonArray &array)
{
    std::vector<PurchaseRecord> out;
    out.reserve(size_t(array.size()));
    for (const auto &v : array)
        out.push_back(purchaseFromJson(v.toObject()));
    return out;
}

SizeRequest requestFromJson(const QJsonObject &obj)
{
    SizeRequest r;
    r.body = bodyFromJson(obj.contains(u"body"_s) ? obj.value(u"body"_s).toObject() : obj);
    const QJsonValue chart = obj.value(u"chart"_s);
    if (chart.isString())
        r.chart = presetChart(chart.toString());
    else
        r.chart = chartFromJson(chart.toObject());
    r.history = purchasesFromJson(obj.value(u"history"_s).toArray());
    const QString lang = obj.value(u"language"_s).toString();
    const auto language = parseLanguage(lang);
    if (!language)
        throw SizingError(SizingErrorKind::InvalidRequest, u"unknown language '%1' (en, zh-CN, zh-TW)"_s.arg(lang));
    r.language = *language;
    const QString today = obj.value(u"today"_s).toString();
    r.today = today.isEmpty() ? QDate::currentDate() : QDate::fromString(today, Qt::ISODate);
    return r;
}

SizeChart presetChart(const QString &name)
{
    using M = Measurement;
    SizeChart c;
    if (name == u"women"_s) {
        c.category = u"tops"_s;
        const char16_t *labels[] = {u"XS", u"S", u"M", u"L", u"XL", u"XXL"};
        for (int i = 0; i < 6; ++i)
            c.rows.append(row(QString::fromUtf16(labels[i]), {{M::Height, {150.0 + 5 * i, 155.0 + 5 * i}},
                                                              {M::Chest, {76.0 + 4 * i, 80.0 + 4 * i}},
                                                              {M::Waist, {60.0 + 4 * i, 64.0 + 4 * i}},
                                                              {M::Hips, {82.0 + 4 * i, 86.0 + 4 * i}}}));
        return c;
    }
    if (name == u"men"_s) {
        c.category = u"tops"_s;
        const char16_t *labels[] = {u"S", u"M", u"L", u"XL", u"XXL", u"XXXL"};
        for (int i = 0; i < 6; ++i)
            c.rows.append(row(QString::fromUtf16(labels[i]), {{M::Height, {165.0 + 5 * i, 170.0 + 5 * i}},
                                                              {M::Chest, {84.0 + 4 * i, 88.0 + 4 * i}},
                                                              {M::Waist, {70.0 + 4 * i, 74.0 + 4 * i}},
                                                              {M::Hips, {86.0 + 4 * i, 90.0 + 4 * i}}}));
        return c;
    }
    throw SizingError(SizingErrorKind::InvalidChart,
                      u"unknown chart preset '%1' (%2)"_s.arg(name, presetChartNames().join(u", "_s)));
}

QStringList presetChartNames()
{
    return {u"women"_s, u"men"_s};
}

} // namespace panorama::sizing::json
