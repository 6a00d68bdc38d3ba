#include "core/qa/PolicyFacts.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace panorama::qa {

PolicyFacts::PolicyFacts()
    : m_windows{{u"regular"_s, 7}, {u"silver"_s, 15}, {u"gold"_s, 30}, {u"platinum"_s, 45}}, m_excluded{u"underwear"_s,
                                                                                                        u"swimwear"_s,
                                                                                                        u"socks"_s,
                                                                                                        u"customised"_s}
{}

bool PolicyFacts::load(const QJsonObject &obj, QString *error)
{
    if (obj.contains(u"return_window_days")) {
        const QJsonObject w = obj.value(u"return_window_days").toObject();
        if (w.isEmpty()) {
            *error = u"policy.return_window_days: expected an object {tier: days}"_s;
            return false;
        }
        m_windows.clear();
        for (auto it = w.begin(); it != w.end(); ++it) {
            if (!it.value().isDouble() || it.value().toInt() <= 0) {
                *error = u"policy.return_window_days.%1: expected a positive number of days"_s.arg(it.key());
                return false;
            }
            m_windows.insert(it.key(), it.value().toInt());
        }
    }
    if (obj.contains(u"excluded_categories")) {
        m_excluded.clear();
        for (const QJsonValue &v : obj.value(u"excluded_categories").toArray())
            m_excluded << v.toString();
    }
    return true;
}

int PolicyFacts::returnWindowDays(const QString &tier) const
{
    return m_windows.value(tier, m_windows.value(u"regular"_s, 7));
}

bool PolicyFacts::outsideReturnWindow(const QaContext &ctx, QString *reason) const
{
    if (!ctx.deliveredAt.isValid())
        return false;
    const int window = returnWindowDays(ctx.customerTier);
    if (ctx.deliveredAt.addDays(window) >= ctx.now)
        return false;
    if (reason)
        *reason = u"delivered %1 days ago; the %2 return window is %3 days"_s.arg(ctx.deliveredAt.daysTo(ctx.now))
                      .arg(ctx.customerTier)
                      .arg(window);
    return true;
}

bool PolicyFacts::excludedCategory(const QaContext &ctx, QString *reason) const
{
    if (ctx.finalSale) {
        if (reason)
            *reason = u"the item was bought as final sale"_s;
        return true;
    }
    if (!m_excluded.contains(ctx.category))
        return false;
    if (reason)
        *reason = u"category '%1' is excluded from no-reason returns"_s.arg(ctx.category);
    return true;
}

std::optional<PolicyCondition> PolicyCondition::fromJson(const QJsonValue &v, QString *error)
{
    static const QList<QPair<QString, Type>> simple = {{u"always"_s, Type::Always},
                                                       {u"outside_return_window"_s, Type::OutsideReturnWindow},
                                                       {u"excluded_category"_s, Type::ExcludedCategory},
                                                       {u"not_delivered"_s, Type::NotDelivered}};
    static const QList<QPair<QString, Type>> listed = {{u"order_status_in"_s, Type::OrderStatusIn},
                                                       {u"order_status_not_in"_s, Type::OrderStatusNotIn},
                                                       {u"shipment_state_in"_s, Type::ShipmentStateIn},
                                                       {u"shipment_state_not_in"_s, Type::ShipmentStateNotIn},
                                                       {u"tier_in"_s, Type::TierIn},
                                                       {u"tier_not_in"_s, Type::TierNotIn}};
    PolicyCondition c;
    if (v.isString()) {
        for (const auto &[name, type] : simple) {
            if (v.toString() == name) {
                c.type = type;
                return c;
            }
        }
        *error = u"unknown condition '%1'"_s.arg(v.toString());
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    if (o.size() == 1) {
        for (const auto &[name, type] : listed) {
            if (o.contains(name) && o.value(name).isArray()) {
                c.type = type;
                for (const QJsonValue &x : o.value(name).toArray())
                    c.values << x.toString();
                return c;
            }
        }
    }
    *error = u"unknown condition %1 (expected always, outside_return_window, excluded_category, not_delivered or "
             u"{order_status_in|order_status_not_in|shipment_state_in|shipment_state_not_in|tier_in|tier_not_in: "
             u"[...]})"_s.arg(o.isEmpty() ? u"(empty)"_s : o.keys().join(u","));
    return std::nullopt;
}

bool PolicyCondition::holds(const QaContext &ctx, const PolicyFacts &facts, QString *reason) const
{
    auto listReason = [&](const QString &what, const QString &value) {
        if (reason)
            *reason = u"%1 is '%2'"_s.arg(what, value.isEmpty() ? u"unknown"_s : value);
        return true;
    };
    switch (type) {
    case Type::Always:
        if (reason)
            *reason = u"policy forbids this promise in every case"_s;
        return true;
    case Type::OutsideReturnWindow:
        return facts.outsideReturnWindow(ctx, reason);
    case Type::ExcludedCategory:
        return facts.excludedCategory(ctx, reason);
    case Type::NotDelivered:
        return !ctx.deliveredAt.isValid() && ctx.orderStatus != u"delivered" &&
               listReason(u"order status"_s, ctx.orderStatus);
    case Type::OrderStatusIn:
        return !ctx.orderStatus.isEmpty() && values.contains(ctx.orderStatus) &&
               listReason(u"order status"_s, ctx.orderStatus);
    case Type::OrderStatusNotIn:
        return !ctx.orderStatus.isEmpty() && !values.contains(ctx.orderStatus) &&
               listReason(u"order status"_s, ctx.orderStatus);
    case Type::ShipmentStateIn:
        return !ctx.shipmentState.isEmpty() && values.contains(ctx.shipmentState) &&
               listReason(u"shipment state"_s, ctx.shipmentState);
    case Type::ShipmentStateNotIn:
        return !ctx.shipmentState.isEmpty() && !values.contains(ctx.shipmentState) &&
               listReason(u"shipment state"_s, ctx.shipmentState);
    case Type::TierIn:
        return values.contains(ctx.customerTier) && listReason(u"customer tier"_s, ctx.customerTier);
    case Type::TierNotIn:
        return !values.contains(ctx.customerTier) && listReason(u"customer tier"_s, ctx.customerTier);
    }
    return false;
}

} // namespace panorama::qa
