#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What a check needs to know besides the reply: the order, the customer, the shipment, the conversation and
// the clock. A plain value so checks stay pure functions (the server and the UI build it from their own data).
namespace panorama::qa {

struct QaMessage
{
    enum class Role
    {
        Customer,
        Agent,
        System
    };
    Role role = Role::Customer;
    QString text;
    QDateTime at;
};

struct QaPreviousContact
{
    QDateTime at;
    QString orderId;
};

struct QaContext
{
    QDateTime now;                            // the clock seam: checks never read the system clock
    QString channel = QStringLiteral("chat"); // chat | ticket
    QString customerTier = QStringLiteral("regular");
    QString orderId;
    QString orderStatus;   // paid | packed | shipped | delivered | cancelled | returned
    QDateTime deliveredAt; // invalid when not delivered
    QString category;      // e.g. tops, underwear, swimwear, socks, customised
    bool finalSale = false;
    QString shipmentState; // pending | in_transit | out_for_delivery | delivered | exception | returned
    QString trackingNumber;
    QList<QaMessage> messages; // the conversation so far, oldest first (the draft is not in it)
    bool conversationClosed = false;
    QList<QaPreviousContact> previousContacts; // the same customer's earlier conversations

    // Parses the JSON form documented in docs/qa.md. Returns nullopt and sets *error on a malformed value
    // (an unknown tier, an unparsable timestamp); missing fields keep their defaults.
    static std::optional<QaContext> fromJson(const QJsonObject &obj, QString *error);
    QJsonObject toJson() const;
    // Order and tracking numbers: digit runs equal to these are references, not card numbers.
    QStringList knownIdentifiers() const;
};

QString roleToString(QaMessage::Role r);

} // namespace panorama::qa
