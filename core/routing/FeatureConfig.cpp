#include "core/routing/FeatureConfig.h"

#include "core/routing/RoutingError.h"

using namespace Qt::StringLiterals;

namespace panorama::routing {

namespace {

int readInt(const QJsonObject &obj, const QString &key, int fallback, int lo, int hi)
{
    if (!obj.contains(key))
        return fallback;
    const QJsonValue v = obj.value(key);
    const int n = v.toInt(-1);
    if (!v.isDouble() || n < lo || n > hi || double(n) != v.toDouble())
        throw RoutingError(RoutingErrorKind::BadModel,
                           u"feature config: '%1' must be an integer in [%2, %3]"_s.arg(key).arg(lo).arg(hi));
    return n;
}

double readWeight(const QJsonObject &obj, const QString &key, double fallback)
{
    if (!obj.contains(key))
        return fallback;
    const QJsonValue v = obj.value(key);
    if (!v.isDouble() || v.toDouble() < 0.0 || v.toDouble() > 100.0)
        throw RoutingError(RoutingErrorKind::BadModel, u"feature config: '%1' must be a number in [0, 100]"_s.arg(key));
    return v.toDouble();
}

} // namespace

QJsonObject FeatureConfig::toJson() const
{
    return {{u"wordMinN"_s, wordMinN},
            {u"wordMaxN"_s, wordMaxN},
            {u"charMinN"_s, charMinN},
            {u"charMaxN"_s, charMaxN},
            {u"sublinearTf"_s, sublinearTf},
            {u"charAcrossWords"_s, charAcrossWords},
            {u"stemWords"_s, stemWords},
            {u"minDf"_s, minDf},
            {u"wordWeight"_s, wordWeight},
            {u"charWeight"_s, charWeight},
            {u"traditionalToSimplified"_s, traditionalToSimplified}};
}

FeatureConfig FeatureConfig::fromJson(const QJsonObject &obj)
{
    FeatureConfig c;
    c.wordMinN = readInt(obj, u"wordMinN"_s, c.wordMinN, 0, 4);
    c.wordMaxN = readInt(obj, u"wordMaxN"_s, c.wordMaxN, 0, 4);
    c.charMinN = readInt(obj, u"charMinN"_s, c.charMinN, 0, 8);
    c.charMaxN = readInt(obj, u"charMaxN"_s, c.charMaxN, 0, 8);
    c.minDf = readInt(obj, u"minDf"_s, c.minDf, 1, 1000);
    c.wordWeight = readWeight(obj, u"wordWeight"_s, c.wordWeight);
    c.charWeight = readWeight(obj, u"charWeight"_s, c.charWeight);
    c.sublinearTf = obj.value(u"sublinearTf"_s).toBool(c.sublinearTf);
    c.charAcrossWords = obj.value(u"charAcrossWords"_s).toBool(c.charAcrossWords);
    c.stemWords = obj.value(u"stemWords"_s).toBool(c.stemWords);
    c.traditionalToSimplified = obj.value(u"traditionalToSimplified"_s).toBool(c.traditionalToSimplified);
    if ((c.wordMaxN > 0 && c.wordMinN > c.wordMaxN) || (c.charMaxN > 0 && c.charMinN > c.charMaxN))
        throw RoutingError(RoutingErrorKind::BadModel,
                           u"feature config: a minimum n-gram length exceeds its maximum"_s);
    if (c.wordMaxN == 0 && c.charMaxN == 0)
        throw RoutingError(RoutingErrorKind::BadModel, u"feature config: neither word nor character n-grams enabled"_s);
    return c;
}

} // namespace panorama::routing
