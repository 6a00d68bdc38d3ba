#include "core/domain/CustomerDirectory.h"

#include "core/domain/JsonlImporter.h"
#include "core/domain/Normalize.h"
#include "core/storage/Database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

CustomerDirectory::MatchKind identityKind(const QString &kind)
{
    if (kind == u"phone"_s)
        return CustomerDirectory::MatchKind::Phone;
    if (kind == u"member_id"_s)
        return CustomerDirectory::MatchKind::MemberId;
    if (kind == u"email"_s)
        return CustomerDirectory::MatchKind::Email;
    if (kind == u"device_id"_s)
        return CustomerDirectory::MatchKind::DeviceId;
    return CustomerDirectory::MatchKind::OpenId;
}

} // namespace

CustomerDirectory::CustomerDirectory(Database &db) : m_db(db), m_lookupKey(JsonlImporter::lookupKey(db)) {}

QString CustomerDirectory::kindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Phone:
        return u"phone"_s;
    case MatchKind::MemberId:
        return u"member_id"_s;
    case MatchKind::Email:
        return u"email"_s;
    case MatchKind::DeviceId:
        return u"device_id"_s;
    case MatchKind::OpenId:
        return u"open_id"_s;
    case MatchKind::OrderNumber:
        return u"order_number"_s;
    case MatchKind::TrackingNumber:
        return u"tracking_number"_s;
    case MatchKind::Name:
        return u"name"_s;
    }
    return {};
}

QList<CustomerDirectory::Match> CustomerDirectory::find(const QString &rawQuery, int limit)
{
    const QString query = rawQuery.trimmed();
    QList<Match> all;
    if (query.isEmpty() || limit <= 0)
        return all;

    const QString digits = Normalize::phone(query);
    const bool looksNumeric = digits.size() >= 7 && digits.size() * 2 >= query.size();
    if (looksNumeric)
        addIdentityMatches(u"phone"_s, query, all);
    if (query.contains(u'@'))
        addIdentityMatches(u"email"_s, query, all);
    else {
        addIdentityMatches(u"member_id"_s, query, all);
        addIdentityMatches(u"device_id"_s, query, all);
        addIdentityMatches(u"open_id"_s, query, all);
        addOrderMatches(query, all);
        addTrackingMatches(query, all);
    }
    if (!looksNumeric)
        addNameMatches(query, limit, all);

    QList<Match> unique;
    QSet<QString> seen;
    for (Match &m : all) {
        if (seen.contains(m.customerId))
            continue;
        seen.insert(m.customerId);
        m.tier = tierOf(m.customerId);
        unique << std::move(m);
        if (unique.size() >= limit)
            break;
    }
    return unique;
}

void CustomerDirectory::addIdentityMatches(const QString &kind, const QString &query, QList<Match> &out)
{
    const QString hash = Normalize::identityHash(kind, query, m_lookupKey);
    Query q = m_db.query("SELECT i.customer_id, c.display_name, i.value FROM identities i"
                         " JOIN customers c ON c.id = i.customer_id"
                         " WHERE i.value_hash = ? AND i.kind = ? AND i.deleted = 0 AND c.deleted = 0");
    q.bindAll(hash, kind);
    while (q.next())
        out << Match{q->text(0), q->text(1), identityKind(kind), q->text(2), {}};
}

void CustomerDirectory::addOrderMatches(const QString &query, QList<Match> &out)
{
    Query q = m_db.query("SELECT o.customer_id, c.display_name, o.order_no FROM orders o"
                         " JOIN customers c ON c.id = o.customer_id WHERE o.order_no = ? AND o.deleted = 0");
    q.bind(1, query.toUpper());
    while (q.next())
        out << Match{q->text(0), q->text(1), MatchKind::OrderNumber, q->text(2), {}};
}

void CustomerDirectory::addTrackingMatches(const QString &query, QList<Match> &out)
{
    Query q = m_db.query("SELECT o.customer_id, c.display_name, s.tracking_no FROM shipments s"
                         " JOIN orders o ON o.id = s.order_id JOIN customers c ON c.id = o.customer_id"
                         " WHERE s.tracking_no = ? AND s.deleted = 0");
    q.bind(1, query.toUpper());
    while (q.next())
        out << Match{q->text(0), q->text(1), MatchKind::TrackingNumber, q->text(2), {}};
}

void CustomerDirectory::addNameMatches(const QString &query, int limit, QList<Match> &out)
{
    const QString key = Normalize::nameKey(query);
    if (key.isEmpty())
        return;
    // A range scan on the name_key index: "zhang" matches "zhangwei", "张" matches every 张.
    Query q = m_db.query("SELECT id, display_name FROM customers"
                         " WHERE name_key >= ? AND name_key < ? AND deleted = 0 AND merged_into IS NULL"
                         " ORDER BY name_key LIMIT ?");
    q.bindAll(key, Normalize::prefixUpperBound(key), limit);
    while (q.next())
        out << Match{q->text(0), q->text(1), MatchKind::Name, q->text(1), {}};
}

QString CustomerDirectory::tierOf(const QString &customerId)
{
    Query q = m_db.query("SELECT tier FROM memberships WHERE customer_id = ? AND deleted = 0");
    q.bind(1, customerId);
    return q.next() ? q->text(0) : QString();
}

} // namespace panorama
