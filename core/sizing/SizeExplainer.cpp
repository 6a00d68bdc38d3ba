#include "core/sizing/SizeExplainer.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

SizeExplainer::SizeExplainer(Language language) : m_language(language) {}

QString SizeExplainer::pick(const char16_t *en, const char16_t *zhCN, const char16_t *zhTW) const
{
    switch (m_language) {
    case Language::SimplifiedChinese:
        return QString::fromUtf16(zhCN);
    case Language::TraditionalChinese:
        return QString::fromUtf16(zhTW);
    case Language::English:
        break;
    }
    return QString::fromUtf16(en);
}

QString SizeExplainer::cm(double v)
{
    return QString::number(std::round(v * 10.0) / 10.0);
}

QString SizeExplainer::range(const SizeChart &chart, int row, Measurement m)
{
    const auto &r = chart.rows.at(row).ranges[size_t(m)];
    return r ? cm(r->min) + u"–"_s + cm(r->max) : QString();
}

QString SizeExplainer::measurementName(Measurement m, Gender gender) const
{
    switch (m) {
    case Measurement::Chest:
        return gender == Gender::Female ? pick(u"bust", u"胸围", u"胸圍") : pick(u"chest", u"胸围", u"胸圍");
    case Measurement::Waist:
        return pick(u"waist", u"腰围", u"腰圍");
    case Measurement::Hips:
        return pick(u"hips", u"臀围", u"臀圍");
    case Measurement::Height:
        break;
    }
    return pick(u"height", u"身高", u"身高");
}

QString SizeExplainer::sizeName(const QString &label) const
{
    return label + pick(u"", u" 码", u" 號");
}

QString SizeExplainer::chart(const Placement &p, const SizeChart &c, Gender gender) const
{
    const QString name = measurementName(p.measurement, gender);
    const QString value = cm(p.value.cm) + u" cm"_s;
    const auto labelled = [&](int row) { return u"%1 (%2)"_s.arg(c.rows.at(row).label, range(c, row, p.measurement)); };
    const auto labelledZh = [&](int row) {
        return u"%1（%2）"_s.arg(c.rows.at(row).label, range(c, row, p.measurement));
    };
    QString subject;
    if (p.value.estimated)
        subject = pick(u"%1 about %2 (estimated from height and weight)", u"根据身高体重估算%1约 %2，",
                       u"根據身高體重估算%1約 %2，")
                      .arg(name, value);
    else
        subject = pick(u"%1 %2", u"%1 %2 ", u"%1 %2 ").arg(name, value);

    const int last = int(c.rows.size()) - 1;
    QString where;
    if (p.aboveChart) {
        where = pick(u"is above the largest size %1", u"超出最大码 %1", u"超出最大號 %1")
                    .arg(m_language == Language::English ? labelled(last) : labelledZh(last));
    } else if (p.belowChart) {
        where = pick(u"is below the smallest size %1", u"小于最小码 %1", u"小於最小號 %1")
                    .arg(m_language == Language::English ? labelled(0) : labelledZh(0));
    } else if (p.containingRows.size() == 1) {
        const int row = p.containingRows.first();
        where = pick(u"is inside %1 (%2)", u"在 %1 码范围内（%2）", u"在 %1 號範圍內（%2）")
                    .arg(c.rows.at(row).label, range(c, row, p.measurement));
    } else {
        const int a = p.containingRows.size() >= 2 ? p.containingRows.first() : p.rowBelow;
        const int b = p.containingRows.size() >= 2 ? p.containingRows.last() : p.rowAbove;
        if (m_language == Language::English)
            where = u"is between %1 and %2"_s.arg(labelled(a), labelled(b));
        else
            where = pick(u"", u"介于 %1 和 %2 之间", u"介於 %1 和 %2 之間").arg(labelledZh(a), labelledZh(b));
    }
    if (m_language == Language::English)
        return subject + u' ' + where;
    return subject + where;
}

QString SizeExplainer::similarCustomers(const QString &size, double share) const
{
    const QString pct = QString::number(int(std::lround(share * 100.0)));
    return pick(u"customers with a similar build mostly kept %1 (%2 %)", u"身材相近的顾客多数留下 %1（%2%）",
                u"身材相近的顧客多數留下 %1（%2%）")
        .arg(sizeName(size), pct);
}

QString SizeExplainer::brandOffset(const QString &brand, double steps) const
{
    const QString b = brand.isEmpty() ? pick(u"this brand", u"该品牌", u"該品牌") : brand;
    if (steps > 0)
        return pick(u"%1 runs small", u"%1 尺码偏小", u"%1 尺碼偏小").arg(b);
    return pick(u"%1 runs large", u"%1 尺码偏大", u"%1 尺碼偏大").arg(b);
}

QString SizeExplainer::productOffset(double steps, const OutcomeCounts &c) const
{
    const QString small = QString::number(int(std::lround(c.tooSmall)));
    const QString large = QString::number(int(std::lround(c.tooLarge)));
    if (steps > 0)
        return pick(u"this style runs small (returns: %1 too small, %2 too large)",
                    u"这款偏小（退货：%1 件偏小，%2 件偏大）", u"這款偏小（退貨：%1 件偏小，%2 件偏大）")
            .arg(small, large);
    return pick(u"this style runs large (returns: %1 too small, %2 too large)",
                u"这款偏大（退货：%1 件偏小，%2 件偏大）", u"這款偏大（退貨：%1 件偏小，%2 件偏大）")
        .arg(small, large);
}

QString SizeExplainer::fit(FitPreference f) const
{
    if (f == FitPreference::Loose)
        return pick(u"you prefer a loose fit", u"您喜欢宽松", u"您喜歡寬鬆");
    if (f == FitPreference::Slim)
        return pick(u"you prefer a slim fit", u"您喜欢修身", u"您喜歡修身");
    return pick(u"you prefer a regular fit", u"您喜欢常规版型", u"您喜歡標準版型");
}

QString SizeExplainer::history(const HistoryFact &f) const
{
    QString scope;
    switch (f.scope) {
    case HistoryFact::Scope::Product:
        scope = pick(u" in this style", u"这款", u"這款");
        break;
    case HistoryFact::Scope::Brand:
        scope = pick(u" in this brand", u"在该品牌", u"在該品牌");
        break;
    case HistoryFact::Scope::Category:
        scope = pick(u" in this category", u"在同类商品中", u"在同類商品中");
        break;
    case HistoryFact::Scope::Anywhere:
        scope = pick(u"", u"", u"");
        break;
    }
    QString times;
    if (m_language == Language::English)
        times = f.count == 1 ? u"once"_s : f.count == 2 ? u"twice"_s : u"%1 times"_s.arg(f.count);
    else
        times = u"%1 次"_s.arg(f.count);
    switch (f.outcome) {
    case PurchaseOutcome::TooSmall:
        return pick(u"you returned %1 as too small%2", u"您%2曾因偏小退回 %1", u"您%2曾因偏小退回 %1")
            .arg(sizeName(f.size), scope);
    case PurchaseOutcome::TooLarge:
        return pick(u"you returned %1 as too large%2", u"您%2曾因偏大退回 %1", u"您%2曾因偏大退回 %1")
            .arg(sizeName(f.size), scope);
    case PurchaseOutcome::Kept:
    case PurchaseOutcome::OtherReturn:
        break;
    }
    if (m_language == Language::English)
        return u"you kept %1 %2%3"_s.arg(f.size, times, scope);
    return pick(u"", u"您%3留下过 %2 %1", u"您%3留下過 %2 %1").arg(sizeName(f.size), times, scope);
}

QString SizeExplainer::sentence(const QStringList &clauses, const QString &size) const
{
    if (m_language == Language::English)
        return clauses.join(u"; "_s) + u", so "_s + size;
    return clauses.join(u"；"_s) + pick(u"", u"，所以推荐 %1。", u"，所以推薦 %1。").arg(sizeName(size));
}

QString SizeExplainer::betweenSizes(const QString &a, const QString &b) const
{
    return pick(u"between %1 and %2: %1 fits closer, %2 leaves more room", u"介于 %1 和 %2 之间：%1 更贴身，%2 更宽松",
                u"介於 %1 和 %2 之間：%1 更貼身，%2 更寬鬆")
        .arg(a, b);
}

QString SizeExplainer::outsideChart(bool above, const QString &endSize) const
{
    if (above)
        return pick(u"outside the chart: larger than %1, the largest size", u"超出尺码表：比最大码 %1 还大",
                    u"超出尺碼表：比最大號 %1 還大")
            .arg(endSize);
    return pick(u"outside the chart: smaller than %1, the smallest size", u"超出尺码表：比最小码 %1 还小",
                u"超出尺碼表：比最小號 %1 還小")
        .arg(endSize);
}

QString SizeExplainer::littleEvidence() const
{
    return pick(u"little evidence: few customers of this build and no purchase history",
                u"依据较少：相近身材的顾客少，且没有购买记录", u"依據較少：相近身材的顧客少，且沒有購買紀錄");
}

QString SizeExplainer::estimatedMeasurements(Measurement lead, Gender gender) const
{
    return pick(u"measurements estimated from height and weight; a %1 measurement would make this surer",
                u"尺寸由身高体重估算，量一下%1会更准", u"尺寸由身高體重估算，量一下%1會更準")
        .arg(measurementName(lead, gender));
}

QString SizeExplainer::chartFlagged(const ChartFlag &f) const
{
    const bool small = f.steps > 0;
    QString amount = QString::number(std::abs(f.steps), 'f', 1);
    if (m_language == Language::English) {
        amount = u"about %1 size"_s.arg(amount);
        if (f.cm)
            amount += u", %1 cm"_s.arg(cm(*f.cm));
        return (small ? u"this style's chart looks off: returns cluster on too small (%1)"_s
                      : u"this style's chart looks off: returns cluster on too large (%1)"_s)
            .arg(amount);
    }
    amount = pick(u"", u"约 %1 个尺码", u"約 %1 個尺碼").arg(amount);
    if (f.cm)
        amount += u"，%1 cm"_s.arg(cm(*f.cm));
    return (small ? pick(u"", u"这款尺码表可能有误：退货集中在偏小（%1）", u"這款尺碼表可能有誤：退貨集中在偏小（%1）")
                  : pick(u"", u"这款尺码表可能有误：退货集中在偏大（%1）", u"這款尺碼表可能有誤：退貨集中在偏大（%1）"))
        .arg(amount);
}

QString SizeExplainer::conflictingHistory() const
{
    return pick(u"past sizes disagree with these measurements by more than a size; the body may have changed",
                u"以往尺码与当前尺寸相差超过一个码，身材可能有变化",
                u"以往尺碼與當前尺寸相差超過一個碼，身材可能有變化");
}

} // namespace panorama::sizing
