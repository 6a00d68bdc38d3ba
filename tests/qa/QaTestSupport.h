#pragma once

#include "core/qa/QaContext.h"
#include "core/qa/QaEngine.h"

// Builders shared by the qa tests: a fixed clock and contexts described in a line.
namespace panorama::qa::test {

QDateTime at(const QString &iso); // "2026-03-10T10:00:00+08:00"
// An order delivered `daysAgo` days before the fixed now (negative: not delivered), for a tier and category.
QaContext orderContext(const QString &tier, int daysAgo, const QString &category = QStringLiteral("tops"),
                       const QString &shipmentState = QStringLiteral("delivered"),
                       const QString &orderStatus = QStringLiteral("delivered"));
// Adds a customer question and an agent greeting, so the draft is not the first reply.
QaContext withOpenedConversation(QaContext ctx);
// An engine with the shipped rules and no classifier (the lexicon alone).
QaEngine &defaultEngine();
QStringList ruleIds(const QaCheckResult &r);
QStringList kinds(const QaCheckResult &r);

} // namespace panorama::qa::test
