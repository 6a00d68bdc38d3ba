#include "core/domain/CustomerRepository.h"

#include "core/domain/TicketRepository.h"

#include "core/storage/Database.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

std::optional<double> optionalReal(Statement &s, int col)
{
    return s.isNull(col) ? std::nullopt : std::optional<double>(s.real(col));
}

// Order list columns shared by every page query; the ORDER BY is picked from constants only.
#define ORDER_COLUMNS                                                                                                  \
    "SELECT o.id, o.order_no, o.channel, st.name, o.status, o.placed_at, o.total_cents,"                               \
    " (SELECT count(*) FROM order_items i WHERE i.order_id = o.id AND i.deleted = 0),"                                 \
    " (SELECT s.status FROM shipments s WHERE s.order_id = o.id AND s.deleted = 0 ORDER BY s.shipped_at DESC"          \
    "  LIMIT 1),"                                                                                                      \
    " (SELECT r.kind || ':' || r.status FROM returns r WHERE r.order_id = o.id AND r.deleted = 0"                      \
    "  ORDER BY r.requested_at DESC LIMIT 1)"                                                                          \
    " FROM orders o LEFT JOIN stores st ON st.id = o.store_id"                                                         \
    " WHERE o.customer_id = ?1 AND o.deleted = 0 AND (?2 = '' OR o.status = ?2)"

const char *orderPageSql(CustomerRepository::OrderSort sort)
{
    switch (sort) {
    case CustomerRepository::OrderSort::PlacedAtAsc:
        return ORDER_COLUMNS " ORDER BY o.placed_at ASC LIMIT ?3 OFFSET ?4";
    case CustomerRepository::OrderSort::TotalDesc:
        return ORDER_COLUMNS " ORDER BY o.total_cents DESC LIMIT ?3 OFFSET ?4";
    case CustomerRepository::OrderSort::TotalAsc:
        return ORDER_COLUMNS " ORDER BY o.total_cents ASC LIMIT ?3 OFFSET ?4";
    case CustomerRepository::OrderSort::Status:
        return ORDER_COLUMNS " ORDER BY o.status, o.placed_at DESC LIMIT ?3 OFFSET ?4";
    case CustomerRepository::OrderSort::PlacedAtDesc:
        break;
    }
    return ORDER_COLUMNS " ORDER BY o.placed_at DESC LIMIT ?3 OFFSET ?4";
}

OrderRecord readOrder(Statement &s)
{
    OrderRecord o;
    o.id = s.text(0);
    o.orderNo = s.text(1);
    o.channel = s.text(2);
    o.storeName = s.text(3);
    o.status = s.text(4);
    o.placedAt = s.int64(5);
    o.totalCents = s.int64(6);
    o.itemCount = s.integer(7);
    o.shipmentStatus = s.text(8);
    o.returnStatus = s.text(9);
    return o;
}

} // namespace

CustomerRepository::CustomerRepository(Database &db) : m_db(db) {}

std::optional<CustomerSummary> CustomerRepository::summary(const QString &customerId)
{
    Query q = m_db.query(
        "SELECT c.id, c.display_name, c.gender, c.birthday, c.language, c.province, c.city, st.name, c.created_at,"
        " m.tier, m.points, m.since, adv.display_name, c.height_cm, c.weight_kg, c.chest_cm, c.waist_cm, c.hips_cm,"
        " c.fit_preference, c.merged_into,"
        " (SELECT count(*) FROM orders o WHERE o.customer_id = c.id AND o.deleted = 0),"
        " (SELECT coalesce(sum(o.total_cents), 0) FROM orders o WHERE o.customer_id = c.id AND o.deleted = 0"
        "   AND o.status NOT IN ('cancelled', 'returned')),"
        " (SELECT count(*) FROM tickets t WHERE t.customer_id = c.id AND t.deleted = 0"
        "   AND t.status NOT IN ('solved', 'closed'))"
        " FROM customers c LEFT JOIN memberships m ON m.customer_id = c.id AND m.deleted = 0"
        " LEFT JOIN staff adv ON adv.id = m.advisor_id LEFT JOIN stores st ON st.id = c.home_store_id"
        " WHERE c.id = ? AND c.deleted = 0");
    q.bind(1, customerId);
    if (!q.next())
        return std::nullopt;
    Statement &s = q.stmt();
    CustomerSummary c;
    c.id = s.text(0);
    c.displayName = s.text(1);
    c.gender = s.text(2);
    c.birthday = s.text(3);
    c.language = s.text(4);
    c.province = s.text(5);
    c.city = s.text(6);
    c.homeStoreName = s.text(7);
    c.createdAt = s.int64(8);
    c.tier = s.text(9);
    c.points = s.int64(10);
    c.memberSince = s.text(11);
    c.advisorName = s.text(12);
    c.heightCm = optionalReal(s, 13);
    c.weightKg = optionalReal(s, 14);
    c.chestCm = optionalReal(s, 15);
    c.waistCm = optionalReal(s, 16);
    c.hipsCm = optionalReal(s, 17);
    c.fitPreference = s.text(18);
    c.mergedInto = s.text(19);
    c.orderCount = s.int64(20);
    c.lifetimeCents = s.int64(21);
    c.openTickets = s.int64(22);
    return c;
}

QList<IdentityRecord> CustomerRepository::identities(const QString &customerId)
{
    QList<IdentityRecord> list;
    Query q = m_db.query("SELECT id, kind, channel, value, verified, first_seen_at FROM identities"
                         " WHERE customer_id = ? AND deleted = 0 ORDER BY kind, channel");
    q.bind(1, customerId);
    while (q.next())
        list << IdentityRecord{q->text(0), q->text(1), q->text(2), q->text(3), q->int64(4) != 0, q->int64(5)};
    return list;
}

QList<TagRecord> CustomerRepository::tags(const QString &customerId)
{
    QList<TagRecord> list;
    Query q = m_db.query("SELECT id, dimension, key, value, weight, source FROM tags"
                         " WHERE customer_id = ? AND deleted = 0 ORDER BY dimension, weight DESC, key");
    q.bind(1, customerId);
    while (q.next())
        list << TagRecord{q->text(0), q->text(1), q->text(2), q->text(3), q->real(4), q->text(5)};
    return list;
}

QList<AddressRecord> CustomerRepository::addresses(const QString &customerId)
{
    QList<AddressRecord> list;
    Query q = m_db.query("SELECT id, recipient, phone, province, city, district, line, postal_code, is_default"
                         " FROM addresses WHERE customer_id = ? AND deleted = 0 ORDER BY is_default DESC");
    q.bind(1, customerId);
    while (q.next())
        list << AddressRecord{q->text(0), q->text(1), q->text(2), q->text(3),      q->text(4),
                              q->text(5), q->text(6), q->text(7), q->int64(8) != 0};
    return list;
}

qint64 CustomerRepository::orderCount(const QString &customerId, const QString &statusFilter)
{
    Query q = m_db.query("SELECT count(*) FROM orders WHERE customer_id = ?1 AND deleted = 0"
                         " AND (?2 = '' OR status = ?2)");
    q.bindAll(customerId, statusFilter.isNull() ? u""_s : statusFilter);
    return q.next() ? q->int64(0) : 0;
}

QList<OrderRecord> CustomerRepository::orders(const QString &customerId, int offset, int limit, OrderSort sort,
                                              const QString &statusFilter)
{
    QList<OrderRecord> list;
    Query q = m_db.query(orderPageSql(sort));
    q.bindAll(customerId, statusFilter.isNull() ? u""_s : statusFilter, limit, offset);
    while (q.next())
        list << readOrder(q.stmt());
    return list;
}

std::optional<OrderDetail> CustomerRepository::orderDetail(const QString &orderId)
{
    Query q = m_db.query("SELECT o.id, o.order_no, o.channel, st.name, o.status, o.placed_at, o.total_cents, 0, '', '',"
                         " o.customer_id, o.payment_method, o.payment_last4"
                         " FROM orders o LEFT JOIN stores st ON st.id = o.store_id WHERE o.id = ? AND o.deleted = 0");
    q.bind(1, orderId);
    if (!q.next())
        return std::nullopt;
    OrderDetail d;
    d.order = readOrder(q.stmt());
    d.customerId = q->text(10);
    d.paymentMethod = q->text(11);
    d.paymentLast4 = q->text(12);

    Query items = m_db.query("SELECT i.id, i.sku, coalesce(p.name, i.sku), p.brand, p.category, i.size, i.quantity,"
                             " i.price_cents FROM order_items i LEFT JOIN products p ON p.id = i.product_id"
                             " WHERE i.order_id = ? AND i.deleted = 0");
    items.bind(1, orderId);
    while (items.next())
        d.items << OrderItemRecord{items->text(0), items->text(1), items->text(2),    items->text(3),
                                   items->text(4), items->text(5), items->integer(6), items->int64(7)};
    d.order.itemCount = int(d.items.size());

    Query ships = m_db.query("SELECT id, carrier, tracking_no, status, shipped_at, delivered_at, events"
                             " FROM shipments WHERE order_id = ? AND deleted = 0 ORDER BY shipped_at");
    ships.bind(1, orderId);
    while (ships.next())
        d.shipments << ShipmentRecord{ships->text(0),
                                      ships->text(1),
                                      ships->text(2),
                                      ships->text(3),
                                      ships->int64(4),
                                      ships->int64(5),
                                      QJsonDocument::fromJson(ships->text(6).toUtf8()).array()};

    Query rets = m_db.query("SELECT id, order_item_id, kind, reason_code, status, requested_at, resolved_at,"
                            " exchange_size, refund_cents, note FROM returns WHERE order_id = ? AND deleted = 0"
                            " ORDER BY requested_at");
    rets.bind(1, orderId);
    while (rets.next())
        d.returns << ReturnRecord{rets->text(0),  rets->text(1),  rets->text(2), rets->text(3),  rets->text(4),
                                  rets->int64(5), rets->int64(6), rets->text(7), rets->int64(8), rets->text(9)};
    if (!d.shipments.isEmpty())
        d.order.shipmentStatus = d.shipments.last().status;
    if (!d.returns.isEmpty())
        d.order.returnStatus = d.returns.last().kind + u':' + d.returns.last().status;
    return d;
}

QList<TicketRecord> CustomerRepository::tickets(const QString &customerId, int limit)
{
    return TicketRepository(m_db).forCustomer(customerId, limit);
}

QList<TimelineEntry> CustomerRepository::timeline(const QString &customerId, int limit)
{
    QList<TimelineEntry> list;
    Query q = m_db.query(
        "SELECT at, kind, ref, title, detail FROM ("
        "  SELECT o.placed_at AS at, 'order' AS kind, o.id AS ref, o.order_no AS title, o.status AS detail"
        "   FROM orders o WHERE o.customer_id = ?1 AND o.deleted = 0"
        "  UNION ALL SELECT r.requested_at, 'return', r.order_id, o.order_no, r.kind || ' ' || r.reason_code || ' ' ||"
        "   r.status FROM returns r JOIN orders o ON o.id = r.order_id WHERE o.customer_id = ?1 AND r.deleted = 0"
        "  UNION ALL SELECT t.created_at, 'ticket', t.id, t.ticket_no, t.subject FROM tickets t"
        "   WHERE t.customer_id = ?1 AND t.deleted = 0"
        " ) ORDER BY at DESC LIMIT ?2");
    q.bindAll(customerId, limit);
    while (q.next())
        list << TimelineEntry{q->int64(0), q->text(1), q->text(2), q->text(3), q->text(4)};
    return list;
}

QList<MergeSuggestion> CustomerRepository::mergeSuggestions(const QString &customerId)
{
    QHash<QString, MergeSuggestion> byCustomer;
    QStringList order;
    Query q = m_db.query("SELECT other.customer_id, c.display_name, other.kind, other.value, other.channel,"
                         " mine.channel FROM identities mine"
                         " JOIN identities other ON other.value_hash = mine.value_hash AND other.kind = mine.kind"
                         "  AND other.customer_id <> mine.customer_id AND other.deleted = 0"
                         " JOIN customers c ON c.id = other.customer_id AND c.deleted = 0 AND c.merged_into IS NULL"
                         " WHERE mine.customer_id = ? AND mine.deleted = 0"
                         "  AND mine.kind IN ('phone', 'member_id', 'device_id', 'email')");
    q.bind(1, customerId);
    while (q.next()) {
        const QString other = q->text(0);
        if (!byCustomer.contains(other)) {
            byCustomer.insert(other, MergeSuggestion{other, q->text(1), {}});
            order << other;
        }
        byCustomer[other].evidence << u"%1 %2 (%3, %4)"_s.arg(q->text(2), q->text(3), q->text(5), q->text(4));
    }
    QList<MergeSuggestion> list;
    for (const QString &id : std::as_const(order))
        list << byCustomer.value(id);
    // Strongest evidence first.
    std::stable_sort(list.begin(), list.end(), [](const MergeSuggestion &a, const MergeSuggestion &b) {
        return a.evidence.size() > b.evidence.size();
    });
    return list;
}

} // namespace panorama
