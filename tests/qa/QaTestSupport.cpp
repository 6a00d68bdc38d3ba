#include "QaTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace panorama::qa::test {

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

QaContext orderContext(const QString &tier, int daysAgo, const QString &category, const QString &shipmentState,
                       const QString &orderStatus)
{
    QaContext c;
    c.now = at(u"2026-03-10T10:00:00+08:00"_s); // a Tuesday
    c.customerTier = tier;
    c.orderId = u"LL20260301001"_s;
    c.category = category;
    c.shipmentState = shipmentState;
    c.orderStatus = orderStatus;
    if (daysAgo >= 0)
        c.deliveredAt = c.now.addDays(-daysAgo);
    return c;
}

QaContext withOpenedConversation(QaContext ctx)
{
    ctx.messages << QaMessage{QaMessage::Role::Customer, u"你好，我想问一下订单的事"_s, ctx.now.addSecs(-50)};
    ctx.messages << QaMessage{QaMessage::Role::Agent, u"您好，很高兴为您服务。"_s, ctx.now.addSecs(-40)};
    return ctx;
}

QaEngine &defaultEngine()
{
    static QaEngine engine;
    static const bool loaded = [] {
        const auto r = engine.loadRulesFile(QStringLiteral(PANORAMA_SOURCE_DIR "/resources/qa/default_rules.json"));
        if (!r.ok)
            qFatal("default rules rejected: %s", qPrintable(r.errors.join(u'\n')));
        return true;
    }();
    Q_UNUSED(loaded);
    return engine;
}

QStringList ruleIds(const QaCheckResult &r)
{
    QStringList ids;
    for (const QaFinding &f : r.findings)
        ids << f.ruleId;
    ids.removeDuplicates();
    ids.sort();
    return ids;
}

QStringList kinds(const QaCheckResult &r)
{
    QStringList k;
    for (const QaFinding &f : r.findings)
        k << toString(f.kind);
    k.removeDuplicates();
    k.sort();
    return k;
}

} // namespace panorama::qa::test
