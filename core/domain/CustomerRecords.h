#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

// Plain records the read side hands to models and the CLI. Timestamps are ms since the epoch (UTC), money in cents.
namespace panorama {

struct CustomerSummary
{
    QString id;
    QString displayName;
    QString gender;
    QString birthday;
    QString language;
    QString province;
    QString city;
    QString homeStoreName;
    qint64 createdAt = 0;
    QString tier; // empty: not a member
    qint64 points = 0;
    QString memberSince;
    QString advisorName;
    std::optional<double> heightCm, weightKg, chestCm, waistCm, hipsCm;
    QString fitPreference;
    QString mergedInto;
    qint64 orderCount = 0;
    qint64 lifetimeCents = 0;
    qint64 openTickets = 0;
};

struct IdentityRecord
{
    QString id;
    QString kind;    // phone, member_id, device_id, email, open_id
    QString channel; // web, mini_program, store
    QString value;   // as this role may see it (possibly masked)
    bool verified = false;
    qint64 firstSeenAt = 0;
};

struct TagRecord
{
    QString id;
    QString dimension; // basic, behavior, scenario
    QString key;
    QString value;
    double weight = 1.0;
    QString source;
};

struct AddressRecord
{
    QString id;
    QString recipient;
    QString phone;
    QString province, city, district, line, postalCode;
    bool isDefault = false;
};

struct OrderRecord
{
    QString id;
    QString orderNo;
    QString channel;
    QString storeName;
    QString status;
    qint64 placedAt = 0;
    qint64 totalCents = 0;
    int itemCount = 0;
    QString shipmentStatus; // of the latest shipment, empty if none
    QString returnStatus;   // of the latest return/exchange, empty if none
};

struct OrderItemRecord
{
    QString id;
    QString sku;
    QString productName;
    QString brand;
    QString category;
    QString size;
    int quantity = 0;
    qint64 priceCents = 0;
};

struct ShipmentRecord
{
    QString id;
    QString carrier;
    QString trackingNo;
    QString status;
    qint64 shippedAt = 0;
    qint64 deliveredAt = 0;
    QJsonArray events; // [{at, status, location, description}]
};

struct ReturnRecord
{
    QString id;
    QString orderItemId;
    QString kind; // return, exchange
    QString reasonCode;
    QString status;
    qint64 requestedAt = 0;
    qint64 resolvedAt = 0;
    QString exchangeSize;
    qint64 refundCents = 0;
    QString note;
};

struct OrderDetail
{
    OrderRecord order;
    QString customerId;
    QString paymentMethod;
    QString paymentLast4;
    QList<OrderItemRecord> items;
    QList<ShipmentRecord> shipments;
    QList<ReturnRecord> returns;
};

struct TicketRecord
{
    QString id;
    QString ticketNo;
    QString customerId;
    QString customerName;
    QString orderId;
    QString subject;
    QString category;
    double categoryConfidence = 0;
    QString priority;
    QString status;
    QString team;
    QString assigneeId;
    QString assigneeName;
    QString channel;
    QString language;
    qint64 slaDueAt = 0;
    qint64 createdAt = 0;
    qint64 solvedAt = 0;
    QString routingExplanation;
};

struct TicketMessageRecord
{
    QString id;
    QString authorKind; // customer, agent, system
    QString authorName;
    QString visibility; // public, internal
    QString body;
    qint64 createdAt = 0;
};

// One entry of the 360° timeline: an order, a return, a ticket or a contact message.
struct TimelineEntry
{
    qint64 at = 0;
    QString kind; // order, return, ticket, message
    QString refId;
    QString title;
    QString detail;
};

// Another customer record that is probably the same person, with the evidence.
struct MergeSuggestion
{
    QString otherCustomerId;
    QString otherName;
    QStringList evidence; // e.g. "phone 138****8000 (web, store)"
};

} // namespace panorama
