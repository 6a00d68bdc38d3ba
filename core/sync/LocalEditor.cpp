#include "core/sync/LocalEditor.h"

#include "core/domain/DomainSchema.h"
#include "core/storage/Database.h"
#include "core/sync/RowApplier.h"
#include "core/sync/SyncError.h"
#include "core/sync/SyncProtocol.h"
#include "core/sync/SyncStore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
namespace SP = panorama::SyncProtocol;

namespace panorama {

namespace {

[[noreturn]] void invalid(const QString &message)
{
    throw SyncError(SyncError::Kind::Validation, message);
}

void requireOneOf(const QString &field, const QString &value, const QStringList &allowed)
{
    if (!allowed.contains(value))
        invalid(u"%1 must be one of %2, not '%3'"_s.arg(field, allowed.join(u", "_s), value));
}

// Joins the caller's transaction if there is one (e.g. resolving a conflict), else runs its own.
class EditTransaction final
{
public:
    explicit EditTransaction(Database &db)
    {
        if (!db.inTransaction())
            m_tx.emplace(db);
    }
    void commit()
    {
        if (m_tx)
            m_tx->commit();
    }

private:
    std::optional<Transaction> m_tx;
};

int64_t now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonValue jsonOf(Statement &st, int col)
{
    const QVariant v = st.value(col);
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double)
        return v.toDouble();
    return v.toString();
}

} // namespace

LocalEditor::LocalEditor(Database &db) : m_db(db) {}

QJsonObject LocalEditor::current(const QString &table, const QString &rowId, const QStringList &fields, bool *exists)
{
    const QByteArray sql =
        u"SELECT %1 FROM %2 WHERE id = ? AND deleted = 0"_s.arg(fields.join(u", "_s), table).toUtf8();
    Query q = m_db.query(sql.constData());
    q.bind(1, rowId);
    QJsonObject out;
    *exists = q.next();
    if (*exists) {
        for (int i = 0; i < fields.size(); ++i)
            out.insert(fields[i], jsonOf(q.stmt(), i));
    }
    return out;
}

void LocalEditor::enqueue(const QString &kind, const QString &table, const QString &rowId, const QJsonObject &base,
                          const QJsonObject &set)
{
    SyncStore store(m_db);
    OutboxEntry e;
    e.id = SP::uuidV7();
    e.kind = kind;
    e.table = table;
    e.rowId = rowId;
    e.base = base;
    e.set = set;
    e.createdAt = now();
    store.enqueue(e);
}

QString LocalEditor::update(const QString &kind, const QString &table, const QString &rowId, const QJsonObject &set,
                            const QJsonObject &extraLocal)
{
    EditTransaction tx(m_db);
    bool exists = false;
    const QJsonObject base = current(table, rowId, set.keys(), &exists);
    if (!exists)
        throw SyncError(SyncError::Kind::NotFound, u"no %1 row %2 in this cache"_s.arg(table, rowId));
    SyncStore store(m_db);
    RowApplier rows(m_db, store);
    QJsonObject local = set;
    for (auto it = extraLocal.begin(); it != extraLocal.end(); ++it)
        local.insert(it.key(), *it);
    local.insert(u"updated_at"_s, double(now()));
    rows.applyLocal(table, rowId, local);
    enqueue(kind, table, rowId, base, set);
    tx.commit();
    return rowId;
}

QString LocalEditor::ticketId(const QString &idOrNumber)
{
    Query q = m_db.query("SELECT id FROM tickets WHERE (id = ? OR ticket_no = ?) AND deleted = 0");
    q.bindAll(idOrNumber, idOrNumber);
    if (!q.next())
        throw SyncError(SyncError::Kind::NotFound, u"no ticket '%1' in this cache"_s.arg(idOrNumber));
    return q->text(0);
}

QString LocalEditor::createTicket(const NewTicket &t)
{
    const QString subject = t.subject.trimmed();
    if (subject.isEmpty() || subject.size() > 200)
        invalid(u"a ticket subject needs 1 to 200 characters"_s);
    requireOneOf(u"category"_s, t.category, SP::ticketCategories());
    requireOneOf(u"priority"_s, t.priority, SP::ticketPriorities());
    requireOneOf(u"channel"_s, t.channel, SP::ticketChannels());
    requireOneOf(u"language"_s, t.language, SP::languages());
    const QString id = SP::uuidV7();
    QJsonObject set{{u"subject"_s, subject},
                    {u"category"_s, t.category},
                    {u"priority"_s, t.priority},
                    {u"channel"_s, t.channel},
                    {u"language"_s, t.language}};
    if (!t.customerId.isEmpty())
        set.insert(u"customer_id"_s, t.customerId);
    if (!t.orderId.isEmpty())
        set.insert(u"order_id"_s, t.orderId);
    if (!t.team.isEmpty())
        set.insert(u"team"_s, t.team);
    EditTransaction tx(m_db);
    // A provisional number until the server assigns the real one ("~" never clashes with "T…").
    m_db.query(
            "INSERT INTO tickets(id, server_version, updated_at, ticket_no, customer_id, order_id, subject, category,"
            " priority, status, team, channel, language, created_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, "
            "?, ?)")
        .bindAll(id, now(), QString(u"~"_s + id.right(8)), t.customerId.isEmpty() ? QString() : t.customerId,
                 t.orderId.isEmpty() ? QString() : t.orderId, subject, t.category, t.priority,
                 t.team.isEmpty() ? QString() : t.team, t.channel, t.language, now())
        .exec();
    enqueue(SP::kTicketCreate, u"tickets"_s, id, {}, set);
    tx.commit();
    return id;
}

QString LocalEditor::addNote(const QString &ticketId, const QString &body, const QString &visibility)
{
    if (body.trimmed().isEmpty() || body.size() > 10000)
        invalid(u"a note needs 1 to 10000 characters"_s);
    requireOneOf(u"visibility"_s, visibility, {u"internal"_s, u"public"_s});
    EditTransaction tx(m_db);
    bool exists = false;
    current(u"tickets"_s, ticketId, {u"id"_s}, &exists);
    if (!exists)
        throw SyncError(SyncError::Kind::NotFound, u"no ticket %1 in this cache"_s.arg(ticketId));
    const QString id = SP::uuidV7();
    SyncStore store(m_db);
    m_db.query(
            "INSERT INTO ticket_messages(id, server_version, updated_at, ticket_id, author_kind, author_id, visibility,"
            " body, created_at) VALUES (?, 0, ?, ?, 'agent', ?, ?, ?, ?)")
        .bindAll(id, now(), ticketId, store.value(u"user_id"_s), visibility, body, now())
        .exec();
    enqueue(SP::kTicketNote, u"ticket_messages"_s, id, {},
            {{u"ticket_id"_s, ticketId}, {u"body"_s, body}, {u"visibility"_s, visibility}});
    tx.commit();
    return id;
}

QString LocalEditor::setTicketStatus(const QString &ticketId, const QString &status)
{
    requireOneOf(u"status"_s, status, SP::ticketStatuses());
    return update(SP::kTicketSetStatus, u"tickets"_s, ticketId, {{u"status"_s, status}});
}

QString LocalEditor::assignTicket(const QString &ticketId, const QString &assigneeId, const QString &team)
{
    QJsonObject set{{u"assignee_id"_s, assigneeId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assigneeId)}};
    if (!team.isEmpty())
        set.insert(u"team"_s, team);
    return update(SP::kTicketAssign, u"tickets"_s, ticketId, set);
}

QString LocalEditor::setCustomerTag(const QString &customerId, const QString &dimension, const QString &key,
                                    const QString &value, std::optional<double> weight)
{
    requireOneOf(u"dimension"_s, dimension, SP::tagDimensions());
    if (key.trimmed().isEmpty() || key.size() > 64)
        invalid(u"a tag key needs 1 to 64 characters"_s);
    if (value.size() > 200)
        invalid(u"a tag value has at most 200 characters"_s);
    if (weight && (*weight < 0 || *weight > 1))
        invalid(u"a tag weight is between 0 and 1"_s);
    const QString id = SP::tagId(customerId, dimension, key);
    EditTransaction tx(m_db);
    bool customerExists = false;
    current(u"customers"_s, customerId, {u"id"_s}, &customerExists);
    if (!customerExists)
        throw SyncError(SyncError::Kind::NotFound, u"no customer %1 in this cache"_s.arg(customerId));
    bool exists = false;
    QJsonObject base = current(u"tags"_s, id, {u"value"_s, u"weight"_s}, &exists);
    QJsonObject set{{u"customer_id"_s, customerId}, {u"dimension"_s, dimension}, {u"key"_s, key}, {u"value"_s, value}};
    if (weight)
        set.insert(u"weight"_s, *weight);
    if (!exists) {
        base = {};
        m_db.query("INSERT OR REPLACE INTO tags(id, server_version, updated_at, customer_id, dimension, key, value, "
                   "weight,"
                   " source) VALUES (?, 0, ?, ?, ?, ?, ?, ?, 'agent')")
            .bindAll(id, now(), customerId, dimension, key, value, weight.value_or(1.0))
            .exec();
    } else {
        SyncStore store(m_db);
        RowApplier rows(m_db, store);
        rows.applyLocal(u"tags"_s, id,
                        {{u"value"_s, value}, {u"weight"_s, weight.value_or(base.value(u"weight"_s).toDouble())}});
        if (!weight)
            base.remove(u"weight"_s);
    }
    enqueue(SP::kCustomerSetTag, u"tags"_s, id, base, set);
    tx.commit();
    return id;
}

QString LocalEditor::setCustomerMeasurements(const QString &customerId, const QJsonObject &fields)
{
    if (fields.isEmpty())
        invalid(u"give at least one measurement"_s);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!SP::measurementFields().contains(it.key()))
            invalid(u"'%1' is not a body measurement (%2)"_s.arg(it.key(), SP::measurementFields().join(u", "_s)));
        if (it->isNull())
            continue;
        if (it.key() == u"fit_preference"_s) {
            requireOneOf(it.key(), it->toString(), SP::fitPreferences());
            continue;
        }
        double lo = 0, hi = 0;
        SP::measurementRange(it.key(), &lo, &hi);
        if (!it->isDouble() || it->toDouble() < lo || it->toDouble() > hi)
            invalid(u"%1 must be a number from %2 to %3"_s.arg(it.key()).arg(lo).arg(hi));
    }
    return update(SP::kCustomerSetMeasurements, u"customers"_s, customerId, fields);
}

QString LocalEditor::mergeCustomers(const QString &survivorId, const QString &loserId)
{
    if (survivorId == loserId)
        invalid(u"a customer cannot be merged into itself"_s);
    bool exists = false;
    const QJsonObject survivor = current(u"customers"_s, survivorId, {u"merged_into"_s}, &exists);
    if (!exists)
        throw SyncError(SyncError::Kind::NotFound, u"no customer %1 in this cache"_s.arg(survivorId));
    if (!survivor.value(u"merged_into"_s).toString().isEmpty())
        invalid(u"customer %1 is itself merged into another; merge into that one"_s.arg(survivorId));
    const QJsonObject loser = current(u"customers"_s, loserId, {u"merged_into"_s}, &exists);
    if (exists && !loser.value(u"merged_into"_s).toString().isEmpty())
        invalid(u"customer %1 is already merged"_s.arg(loserId));
    return update(SP::kCustomerMerge, u"customers"_s, loserId, {{u"merged_into"_s, survivorId}});
}

QString LocalEditor::unmergeCustomer(const QString &customerId)
{
    bool exists = false;
    const QJsonObject c = current(u"customers"_s, customerId, {u"merged_into"_s}, &exists);
    if (exists && c.value(u"merged_into"_s).toString().isEmpty())
        invalid(u"customer %1 is not merged"_s.arg(customerId));
    return update(SP::kCustomerUnmerge, u"customers"_s, customerId, {{u"merged_into"_s, QJsonValue::Null}});
}

QString LocalEditor::reapply(const QString &kind, const QString &table, const QString &rowId, const QString &field,
                             const QJsonValue &value)
{
    if (kind == SP::kCustomerSetTag) {
        Query q = m_db.query("SELECT customer_id, dimension, key FROM tags WHERE id = ?");
        q.bind(1, rowId);
        if (!q.next())
            throw SyncError(SyncError::Kind::NotFound, u"no tag %1 in this cache"_s.arg(rowId));
        const QString customer = q->text(0), dimension = q->text(1), key = q->text(2);
        if (field == u"value"_s)
            return setCustomerTag(customer, dimension, key, value.toString());
    }
    return update(kind, table, rowId, {{field, value}});
}

} // namespace panorama
