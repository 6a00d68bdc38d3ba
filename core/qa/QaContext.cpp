#include "core/qa/QaContext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace panorama::qa {

namespace {

bool parseTime(const QJsonValue &v, const QString &field, QDateTime *out, QString *error)
{
    if (v.isUndefined() || v.isNull())
        return true;
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        *error = u"context field '%1': not an ISO 8601 timestamp: '%2'"_s.arg(field, v.toString());
        return false;
    }
    *out = t;
    return true;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}

} // namespace

QString roleToString(QaMessage::Role r)
{
    switch (r) {
    case QaMessage::Role::Customer:
        return u"customer"_s;
    case QaMessage::Role::Agent:
        return u"agent"_s;
    case QaMessage::Role::System:
        return u"system"_s;
    }
    return {};
}

std::optional<QaContext> QaContext::fromJson(const QJsonObject &obj, QString *error)
{
    QaContext c;
    QString err;
    if (!parseTime(obj.value(u"now"), u"now"_s, &c.now, &err)) {
        *error = err;
        return std::nullopt;
    }
    if (!c.now.isValid())
        c.now = QDateTime::currentDateTimeUtc();
    if (obj.contains(u"channel"))
        c.channel = obj.value(u"channel").toString();
    if (c.channel != u"chat" && c.channel != u"ticket") {
        *error = u"context field 'channel': expected chat or ticket, got '%1'"_s.arg(c.channel);
        return std::nullopt;
    }
    const QJsonObject customer = obj.value(u"customer").toObject();
    if (customer.contains(u"tier"))
        c.customerTier = customer.value(u"tier").toString();
    static const QStringList tiers = {u"regular"_s, u"silver"_s, u"gold"_s, u"platinum"_s};
    if (!tiers.contains(c.customerTier)) {
        *error =
            u"context field 'customer.tier': unknown tier '%1' (regular, silver, gold, platinum)"_s.arg(c.customerTier);
        return std::nullopt;
    }
    const QJsonObject order = obj.value(u"order").toObject();
    c.orderId = order.value(u"id").toString();
    c.orderStatus = order.value(u"status").toString();
    c.category = order.value(u"category").toString();
    c.finalSale = order.value(u"final_sale").toBool();
    if (!parseTime(order.value(u"delivered_at"), u"order.delivered_at"_s, &c.deliveredAt, &err)) {
        *error = err;
        return std::nullopt;
    }
    const QJsonObject shipment = obj.value(u"shipment").toObject();
    c.shipmentState = shipment.value(u"state").toString();
    c.trackingNumber = shipment.value(u"tracking").toString();

    const QJsonObject conv = obj.value(u"conversation").toObject();
    c.conversationClosed = conv.value(u"closed").toBool();
    const QJsonArray msgs = conv.value(u"messages").toArray();
    for (qsizetype i = 0; i < msgs.size(); ++i) {
        const QJsonObject m = msgs.at(i).toObject();
        QaMessage msg;
        const QString role = m.value(u"role").toString();
        if (role == u"customer")
            msg.role = QaMessage::Role::Customer;
        else if (role == u"agent")
            msg.role = QaMessage::Role::Agent;
        else if (role == u"system")
            msg.role = QaMessage::Role::System;
        else {
            *error =
                u"context field 'conversation.messages[%1].role': expected customer, agent or system, got '%2'"_s.arg(i)
                    .arg(role);
            return std::nullopt;
        }
        msg.text = m.value(u"text").toString();
        if (!parseTime(m.value(u"at"), u"conversation.messages[%1].at"_s.arg(i), &msg.at, &err)) {
            *error = err;
            return std::nullopt;
        }
        c.messages << msg;
    }
    const QJsonArray prev = obj.value(u"previous_contacts").toArray();
    for (qsizetype i = 0; i < prev.size(); ++i) {
        const QJsonObject p = prev.at(i).toObject();
        QaPreviousContact pc;
        pc.orderId = p.value(u"order_id").toString();
        if (!parseTime(p.value(u"at"), u"previous_contacts[%1].at"_s.arg(i), &pc.at, &err)) {
            *error = err;
            return std::nullopt;
        }
        c.previousContacts << pc;
    }
    return c;
}

QJsonObject QaContext::toJson() const
{
    QJsonArray msgs;
    for (const QaMessage &m : messages)
        msgs.append(QJsonObject{{u"role"_s, roleToString(m.role)}, {u"text"_s, m.text}, {u"at"_s, iso(m.at)}});
    QJsonArray prev;
    for (const QaPreviousContact &p : previousContacts)
        prev.append(QJsonObject{{u"at"_s, iso(p.at)}, {u"order_id"_s, p.orderId}});
    return QJsonObject{
        {u"now"_s, iso(now)},
        {u"channel"_s, channel},
        {u"customer"_s, QJsonObject{{u"tier"_s, customerTier}}},
        {u"order"_s, QJsonObject{{u"id"_s, orderId},
                                 {u"status"_s, orderStatus},
                                 {u"delivered_at"_s, iso(deliveredAt)},
                                 {u"category"_s, category},
                                 {u"final_sale"_s, finalSale}}},
        {u"shipment"_s, QJsonObject{{u"state"_s, shipmentState}, {u"tracking"_s, trackingNumber}}},
        {u"conversation"_s, QJsonObject{{u"messages"_s, msgs}, {u"closed"_s, conversationClosed}}},
        {u"previous_contacts"_s, prev},
    };
}

QStringList QaContext::knownIdentifiers() const
{
    QStringList ids;
    for (const QString &id : {orderId, trackingNumber}) {
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

} // namespace panorama::qa
