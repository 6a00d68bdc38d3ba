#include "core/sizing/Recommendation.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

QString languageKey(Language l)
{
    switch (l) {
    case Language::SimplifiedChinese:
        return u"zh-CN"_s;
    case Language::TraditionalChinese:
        return u"zh-TW"_s;
    case Language::English:
        break;
    }
    return u"en"_s;
}

std::optional<Language> parseLanguage(const QString &text)
{
    const QString t = text.trimmed().toLower().replace(u'_', u'-');
    if (t.isEmpty() || t == u"en"_s || t.startsWith(u"en-"_s))
        return Language::English;
    if (t == u"zh"_s || t == u"zh-cn"_s || t == u"zh-hans"_s || t == u"zh-sg"_s || t.startsWith(u"zh-hans-"_s))
        return Language::SimplifiedChinese;
    if (t == u"zh-tw"_s || t == u"zh-hk"_s || t == u"zh-mo"_s || t == u"zh-hant"_s || t.startsWith(u"zh-hant-"_s))
        return Language::TraditionalChinese;
    return std::nullopt;
}

QString reasonKey(ReasonKind k)
{
    switch (k) {
    case ReasonKind::Chart:
        return u"chart"_s;
    case ReasonKind::SimilarCustomers:
        return u"similar_customers"_s;
    case ReasonKind::BrandOffset:
        return u"brand_offset"_s;
    case ReasonKind::ProductOffset:
        return u"product_offset"_s;
    case ReasonKind::History:
        return u"history"_s;
    case ReasonKind::Fit:
        break;
    }
    return u"fit_preference"_s;
}

QString warningKey(WarningKind k)
{
    switch (k) {
    case WarningKind::BetweenSizes:
        return u"between_sizes"_s;
    case WarningKind::OutsideChart:
        return u"outside_chart"_s;
    case WarningKind::LittleEvidence:
        return u"little_evidence"_s;
    case WarningKind::EstimatedMeasurements:
        return u"estimated_measurements"_s;
    case WarningKind::ChartFlagged:
        return u"chart_flagged"_s;
    case WarningKind::ConflictingHistory:
        break;
    }
    return u"conflicting_history"_s;
}

bool Recommendation::hasWarning(WarningKind k) const
{
    for (const SizeWarning &w : warnings) {
        if (w.kind == k)
            return true;
    }
    return false;
}

QJsonObject Recommendation::toJson() const
{
    const auto r3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    QJsonArray dist, reasonArray, warningArray;
    for (const SizeProbability &p : distribution)
        dist.append(QJsonObject{{u"size"_s, p.size}, {u"probability"_s, r3(p.probability)}});
    for (const SizeReason &r : reasons)
        reasonArray.append(QJsonObject{{u"kind"_s, reasonKey(r.kind)},
                                       {u"shiftSteps"_s, r3(r.shiftSteps)},
                                       {u"text"_s, r.text},
                                       {u"data"_s, r.data}});
    for (const SizeWarning &w : warnings)
        warningArray.append(QJsonObject{{u"kind"_s, warningKey(w.kind)}, {u"text"_s, w.text}, {u"data"_s, w.data}});
    return {{u"size"_s, size},
            {u"runnerUp"_s, runnerUp},
            {u"confidence"_s, r3(confidence)},
            {u"probability"_s, r3(probability)},
            {u"expectedPosition"_s, r3(expectedPosition)},
            {u"distribution"_s, dist},
            {u"reasons"_s, reasonArray},
            {u"warnings"_s, warningArray},
            {u"explanation"_s, explanation},
            {u"language"_s, languageKey(language)}};
}

} // namespace panorama::sizing
