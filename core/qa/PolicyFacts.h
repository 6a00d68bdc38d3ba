#pragma once

#include "core/qa/QaContext.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>

// The policy facts a promise is judged against (docs/policy.md: return windows by tier, excluded categories)
// and the conditions a rule names in "violates_when". Loaded from the rule file's "policy" block so a policy
// change is a data change; the defaults are docs/policy.md's.
namespace panorama::qa {

class PolicyFacts
{
public:
    PolicyFacts();
    bool load(const QJsonObject &obj, QString *error);

    int returnWindowDays(const QString &tier) const;
    // Delivered and the tier's window has passed at ctx.now (reason: the facts, for the agent).
    bool outsideReturnWindow(const QaContext &ctx, QString *reason) const;
    // The category is excluded from no-reason returns, or the item was a final-sale purchase.
    bool excludedCategory(const QaContext &ctx, QString *reason) const;

private:
    QHash<QString, int> m_windows;
    QStringList m_excluded;
};

// One entry of a rule's "violates_when": the promise breaks policy when any of its conditions holds.
struct PolicyCondition
{
    enum class Type
    {
        Always,
        OutsideReturnWindow,
        ExcludedCategory,
        NotDelivered,
        OrderStatusIn,
        OrderStatusNotIn,
        ShipmentStateIn,
        ShipmentStateNotIn,
        TierIn,
        TierNotIn,
    };
    Type type = Type::Always;
    QStringList values;

    // Accepts "always", "outside_return_window", "excluded_category", "not_delivered" or
    // {"order_status_in": [...]} and the like. Returns nullopt with *error naming the unknown condition.
    static std::optional<PolicyCondition> fromJson(const QJsonValue &v, QString *error);
    bool holds(const QaContext &ctx, const PolicyFacts &facts, QString *reason) const;
};

} // namespace panorama::qa
