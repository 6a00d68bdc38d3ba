#include "server/MutationApplier.h"

#include "core/sync/SyncProtocol.h"
#include "server/AccessPolicy.h"
#include "server/ChangeFeed.h"
#include "server/DomainTables.h"
#include "server/RowStore.h"
#include "server/ServerDb.h"
#include "server/ServerError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace SP = panorama::SyncProtocol;

namespace panorama::server {

namespace {

ApiError validation(const QString &message)
{
    return ApiError::validation(message);
}

QJsonValue jsonOf(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double)
        return QJsonValue(v.toDouble());
    return QJsonValue(v.toString());
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.isNull() || a.isUndefined())
        return b.isNull() || b.isUndefined();
    return a == b;
}

// A JSON value as the column's type (typed NULLs, so PostgreSQL knows the parameter type).
QVariant toColumn(const TableInfo &t, const QString &column, const QJsonValue &v)
{
    const int i = t.column(column);
    const QString type = i >= 0 ? t.columns[i].type : u"TEXT"_s;
    if (v.isNull() || v.isUndefined()) {
        if (type == u"INTEGER"_s)
            return QVariant(QMetaType::fromType<qlonglong>());
        if (type == u"REAL"_s)
            return QVariant(QMetaType::fromType<double>());
        return QVariant(QMetaType::fromType<QString>());
    }
    if (type == u"INTEGER"_s)
        return QVariant(qlonglong(v.toDouble()));
    if (type == u"REAL"_s)
        return QVariant(v.toDouble());
    return QVariant(v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson()));
}

QString text(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

qint64 clientTime(const QJsonObject &m)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 at = qint64(m.value(u"created_at"_s).toDouble());
    // Offline edits keep their own time, but never one in the future or before 2020.
    return at > 1577836800000LL && at <= now + 5 * 60 * 1000 ? at : now;
}

} // namespace

MutationApplier::MutationApplier(ServerDb &db, const AccessPolicy &policy, ChangeFeed &feed)
    : m_db(db), m_policy(policy), m_feed(feed)
{}

QJsonArray MutationApplier::push(const AuthUser &user, const QString &clientId, const QJsonArray &mutations)
{
    if (!SP::isUuid(clientId))
        throw ApiError::badRequest(u"client_id must be a UUID"_s);
    if (mutations.size() > SP::kMaxPushBatch)
        throw ApiError(413, u"body_too_large"_s,
                       u"a push carries at most %1 mutations, got %2"_s.arg(SP::kMaxPushBatch).arg(mutations.size()));
    for (const QJsonValue &v : mutations) {
        const QJsonObject m = v.toObject();
        if (!v.isObject() || !SP::isUuid(text(m, u"id"_s)))
            throw ApiError::badRequest(u"every mutation needs an 'id' that is a UUID"_s);
        if (!m.value(u"set"_s).isObject() || !m.value(u"kind"_s).isString() || !m.value(u"row_id"_s).isString())
            throw ApiError::badRequest(
                u"mutation %1 needs 'kind', 'row_id' and an object 'set'"_s.arg(text(m, u"id"_s)));
    }
    // Group commit: concurrent pushes are applied together in one transaction (one commit, one fsync) by whichever
    // request thread finds no group running; the others wait for their results. Each batch keeps its own results and
    // each mutation its own savepoint, so a group behaves exactly like its batches applied one after the other.
    PushJob job{user, clientId, mutations, {}, {}, false};
    QMutexLocker lock(&m_groupLock);
    m_queue.append(&job);
    while (!job.done) {
        if (m_leaderActive) {
            m_groupDone.wait(&m_groupLock);
            continue;
        }
        m_leaderActive = true;
        const QList<PushJob *> group = m_queue.mid(0, kMaxGroup);
        m_queue.remove(0, group.size());
        lock.unlock();
        applyGroup(group);
        lock.relock();
        for (PushJob *j : group)
            j->done = true;
        m_leaderActive = false;
        m_groupDone.wakeAll();
    }
    if (job.error)
        std::rethrow_exception(job.error);
    return job.results;
}

void MutationApplier::applyGroup(const QList<PushJob *> &group)
{
    try {
        m_db.write([&] {
            m_db.allocateVersions(0); // take the version lock first: one lock order for every writer
            RowStore rows(m_db);
            for (PushJob *job : group)
                applyBatch(*job, rows);
        });
    } catch (...) {
        for (PushJob *job : group)
            job->error = std::current_exception();
    }
}

void MutationApplier::applyBatch(PushJob &job, RowStore &rows)
{
    const AuthUser &user = job.user;
    job.results = {};
    for (const QJsonValue &v : std::as_const(job.mutations)) {
        const QJsonObject m = v.toObject();
        const QString id = text(m, u"id"_s);
        const QVariant stored = m_db.runScalar(u"SELECT result FROM mutations WHERE id = ?"_s, {id});
        if (stored.isValid()) {
            QJsonObject r = QJsonDocument::fromJson(stored.toString().toUtf8()).object();
            r.insert(u"duplicate"_s, true);
            job.results.append(r);
            continue;
        }
        QJsonObject r;
        m_db.exec(u"SAVEPOINT mutation"_s);
        try {
            r = applyOne(user, m, rows);
            m_db.exec(u"RELEASE SAVEPOINT mutation"_s);
        } catch (const ApiError &e) {
            m_db.exec(u"ROLLBACK TO SAVEPOINT mutation"_s);
            m_db.exec(u"RELEASE SAVEPOINT mutation"_s);
            r = {{u"status"_s, u"rejected"_s}, {u"code"_s, e.code()}, {u"message"_s, e.message()}};
            // The client restores the server's row after a rejection.
            const QString table = text(m, u"table"_s);
            if (DomainTables::instance().table(table)) {
                const QVariantMap row = rows.get(table, text(m, u"row_id"_s));
                if (!row.isEmpty() && m_policy.inScope(m_db, user, rows.recordedScope(table, text(m, u"row_id"_s))))
                    r.insert(u"row"_s, m_feed.rowJson(user, table, row));
            }
        }
        r.insert(u"id"_s, id);
        r.insert(u"duplicate"_s, false);
        m_db.run(u"INSERT INTO mutations (id, client_id, user_id, kind, status, applied_at, result)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                 {id, job.clientId, user.id, text(m, u"kind"_s), r.value(u"status"_s).toString(),
                  QDateTime::currentMSecsSinceEpoch(),
                  QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact))});
        job.results.append(r);
    }
}

QVariantMap MutationApplier::requireInScope(const AuthUser &user, RowStore &rows, const QString &table,
                                            const QString &id)
{
    const QVariantMap row = rows.get(table, id);
    if (row.isEmpty() || row.value(u"deleted"_s).toInt() != 0)
        throw ApiError::notFound(u"%1 %2 does not exist on the server"_s.arg(table, id));
    if (!m_policy.inScope(m_db, user, rows.recordedScope(table, id)))
        throw ApiError::forbidden(u"%1 %2 is outside what %3 may change"_s.arg(table, id, user.username));
    return row;
}

QJsonObject MutationApplier::applyOne(const AuthUser &user, const QJsonObject &m, RowStore &rows)
{
    const QString kind = text(m, u"kind"_s);
    const QString rowId = text(m, u"row_id"_s);
    const QJsonObject set = m.value(u"set"_s).toObject();
    if (!SP::isUuid(rowId))
        throw validation(u"row_id must be a UUID"_s);
    if (kind == SP::kTicketCreate) {
        QJsonObject r = createTicket(user, m, rows);
        if (const auto after = m_after.constFind(kind); after != m_after.cend()) {
            (*after)(user, m, rows);
            r.insert(u"row"_s, m_feed.rowJson(user, u"tickets"_s, rows.get(u"tickets"_s, rowId)));
        }
        return r;
    }
    if (kind == SP::kTicketNote)
        return addNote(user, m, rows);
    if (kind == SP::kTicketSetStatus) {
        const QVariantMap current = requireInScope(user, rows, u"tickets"_s, rowId);
        if (set.keys() != QStringList{u"status"_s} || !SP::ticketStatuses().contains(text(set, u"status"_s)))
            throw validation(
                u"set_status takes one field, status, one of %1"_s.arg(SP::ticketStatuses().join(u", "_s)));
        QVariantMap extra;
        if (text(set, u"status"_s) == u"solved"_s)
            extra.insert(u"solved_at"_s, QDateTime::currentMSecsSinceEpoch());
        return mergeFields(user, m, rows, u"tickets"_s, current, set, extra);
    }
    if (kind == SP::kTicketAssign) {
        if (user.isStoreStaff())
            throw ApiError::forbidden(u"store staff cannot assign tickets"_s);
        const QVariantMap current = requireInScope(user, rows, u"tickets"_s, rowId);
        for (const QString &k : set.keys()) {
            if (k != u"assignee_id"_s && k != u"team"_s)
                throw validation(u"assign takes assignee_id and team, not '%1'"_s.arg(k));
        }
        const QString assignee = text(set, u"assignee_id"_s);
        if (!assignee.isEmpty() &&
            !m_db.scalar(u"SELECT 1 FROM staff WHERE id = ? AND deleted = 0"_s, {assignee}).isValid())
            throw validation(u"no staff member %1 to assign to"_s.arg(assignee));
        if (!user.isSupervisor() && set.contains(u"assignee_id"_s) && assignee != user.id)
            throw ApiError::forbidden(u"an agent may assign a ticket only to themselves; ask a supervisor"_s);
        return mergeFields(user, m, rows, u"tickets"_s, current, set);
    }
    if (kind == SP::kCustomerSetTag)
        return setTag(user, m, rows);
    if (kind == SP::kCustomerSetMeasurements) {
        const QVariantMap current = requireInScope(user, rows, u"customers"_s, rowId);
        if (set.isEmpty())
            throw validation(u"set_measurements needs at least one field"_s);
        for (auto it = set.begin(); it != set.end(); ++it) {
            if (!SP::measurementFields().contains(it.key()))
                throw validation(u"'%1' is not a body measurement"_s.arg(it.key()));
            if (it->isNull())
                continue;
            if (it.key() == u"fit_preference"_s) {
                if (!SP::fitPreferences().contains(it->toString()))
                    throw validation(u"fit_preference must be slim, regular or loose"_s);
                continue;
            }
            double lo = 0, hi = 0;
            SP::measurementRange(it.key(), &lo, &hi);
            if (!it->isDouble() || it->toDouble() < lo || it->toDouble() > hi)
                throw validation(u"%1 must be a number between %2 and %3"_s.arg(it.key()).arg(lo).arg(hi));
        }
        return mergeFields(user, m, rows, u"customers"_s, current, set);
    }
    if (const auto it = m_kinds.constFind(kind); it != m_kinds.cend())
        return (*it)(user, m, rows);
    throw validation(u"unknown mutation kind '%1'"_s.arg(kind));
}

void MutationApplier::registerKind(const QString &kind, KindHandler handler)
{
    m_kinds.insert(kind, std::move(handler));
}

void MutationApplier::registerAfter(const QString &kind, AfterHook hook)
{
    m_after.insert(kind, std::move(hook));
}

QJsonObject MutationApplier::mergeFields(const AuthUser &user, const QJsonObject &m, RowStore &rows,
                                         const QString &table, const QVariantMap &current, const QJsonObject &set,
                                         const QVariantMap &extra)
{
    const TableInfo &t = RowStore::info(table);
    const QJsonObject base = m.value(u"base"_s).toObject();
    const QString rowId = current.value(u"id"_s).toString();
    QVariantMap apply;
    QJsonArray conflicts;
    for (auto it = set.begin(); it != set.end(); ++it) {
        const QJsonValue theirs = jsonOf(current.value(it.key()));
        if (same(theirs, *it))
            continue; // already the value the client wants
        if (!base.contains(it.key()) || same(theirs, base.value(it.key()))) {
            apply.insert(it.key(), toColumn(t, it.key(), *it));
            continue;
        }
        // Changed on both sides: the server's value stands; the client's is kept for the user to decide.
        const QJsonObject c{
            {u"field"_s, it.key()}, {u"base"_s, base.value(it.key())}, {u"mine"_s, *it}, {u"theirs"_s, theirs}};
        conflicts.append(c);
        auto asText = [](const QJsonValue &v) {
            return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
        };
        m_db.exec(
            u"INSERT INTO conflicts (id, mutation_id, user_id, tbl, row_id, field, base, mine, theirs, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {QUuid::createUuid().toString(QUuid::WithoutBraces), text(m, u"id"_s), user.id, table, rowId, it.key(),
             asText(base.value(it.key())), asText(*it), asText(theirs), QDateTime::currentMSecsSinceEpoch()});
    }
    if (!apply.isEmpty()) {
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            apply.insert(it.key(), it.value());
        rows.update(table, rowId, apply);
    }
    QJsonObject r{{u"status"_s, conflicts.isEmpty() ? u"applied"_s : u"conflict"_s},
                  {u"row"_s, m_feed.rowJson(user, table, rows.get(table, rowId))}};
    if (!conflicts.isEmpty())
        r.insert(u"conflicts"_s, conflicts);
    return r;
}

QJsonObject MutationApplier::createTicket(const AuthUser &user, const QJsonObject &m, RowStore &rows)
{
    const QJsonObject set = m.value(u"set"_s).toObject();
    const QString id = text(m, u"row_id"_s);
    static const QStringList allowed = {u"subject"_s,  u"customer_id"_s, u"order_id"_s, u"category"_s,
                                        u"priority"_s, u"channel"_s,     u"language"_s, u"team"_s};
    for (const QString &k : set.keys()) {
        if (!allowed.contains(k))
            throw validation(u"ticket.create does not take '%1'"_s.arg(k));
    }
    const QString subject = text(set, u"subject"_s).trimmed();
    if (subject.isEmpty() || subject.size() > 200)
        throw validation(u"a ticket subject needs 1 to 200 characters"_s);
    auto oneOf = [&](const QString &field, const QStringList &values, const QString &fallback) {
        const QString v = set.contains(field) ? text(set, field) : fallback;
        if (!values.contains(v))
            throw validation(u"%1 must be one of %2"_s.arg(field, values.join(u", "_s)));
        return v;
    };
    QVariantMap row{{u"id"_s, id},
                    {u"subject"_s, subject},
                    {u"category"_s, oneOf(u"category"_s, SP::ticketCategories(), u"other"_s)},
                    {u"priority"_s, oneOf(u"priority"_s, SP::ticketPriorities(), u"normal"_s)},
                    {u"channel"_s, oneOf(u"channel"_s, SP::ticketChannels(), u"phone"_s)},
                    {u"language"_s, oneOf(u"language"_s, SP::languages(), u"zh-CN"_s)},
                    {u"status"_s, u"new"_s},
                    {u"created_at"_s, clientTime(m)}};
    if (!text(set, u"team"_s).isEmpty())
        row.insert(u"team"_s, text(set, u"team"_s));
    if (!rows.get(u"tickets"_s, id).isEmpty())
        throw ApiError(409, u"conflict"_s, u"a ticket with id %1 already exists"_s.arg(id));
    for (const QString &ref : {u"customer_id"_s, u"order_id"_s}) {
        const QString v = text(set, ref);
        if (v.isEmpty())
            continue;
        requireInScope(user, rows, ref == u"customer_id"_s ? u"customers"_s : u"orders"_s, v);
        row.insert(ref, v);
    }
    if (!m_policy.inScope(m_db, user, rows.scopeOf(u"tickets"_s, row)))
        throw ApiError::forbidden(u"%1 may not create a ticket outside their scope"_s.arg(user.username));
    const QString maxNo = m_db.scalar(u"SELECT max(ticket_no) FROM tickets WHERE ticket_no LIKE 'T%'"_s).toString();
    const qint64 next = maxNo.mid(1).toLongLong() + 1;
    row.insert(u"ticket_no"_s, u"T%1"_s.arg(next, 8, 10, QChar(u'0')));
    rows.insert(u"tickets"_s, row);
    return {{u"status"_s, u"applied"_s}, {u"row"_s, m_feed.rowJson(user, u"tickets"_s, rows.get(u"tickets"_s, id))}};
}

QJsonObject MutationApplier::addNote(const AuthUser &user, const QJsonObject &m, RowStore &rows)
{
    const QJsonObject set = m.value(u"set"_s).toObject();
    const QString id = text(m, u"row_id"_s);
    const QString ticketId = text(set, u"ticket_id"_s);
    requireInScope(user, rows, u"tickets"_s, ticketId);
    const QString body = text(set, u"body"_s);
    if (body.trimmed().isEmpty() || body.size() > 10000)
        throw validation(u"a note needs 1 to 10000 characters"_s);
    const QString visibility = set.contains(u"visibility"_s) ? text(set, u"visibility"_s) : u"internal"_s;
    if (visibility != u"internal"_s && visibility != u"public"_s)
        throw validation(u"visibility must be internal or public"_s);
    // Messages are append-only: the same message id again is the same message, never a conflict.
    if (rows.get(u"ticket_messages"_s, id).isEmpty()) {
        rows.insert(u"ticket_messages"_s, {{u"id"_s, id},
                                           {u"ticket_id"_s, ticketId},
                                           {u"author_kind"_s, u"agent"_s},
                                           {u"author_id"_s, user.id},
                                           {u"visibility"_s, visibility},
                                           {u"body"_s, body},
                                           {u"created_at"_s, clientTime(m)}});
    }
    return {{u"status"_s, u"applied"_s},
            {u"row"_s, m_feed.rowJson(user, u"ticket_messages"_s, rows.get(u"ticket_messages"_s, id))}};
}

QJsonObject MutationApplier::setTag(const AuthUser &user, const QJsonObject &m, RowStore &rows)
{
    const QJsonObject set = m.value(u"set"_s).toObject();
    const QString id = text(m, u"row_id"_s);
    const QString customerId = text(set, u"customer_id"_s);
    const QString dimension = text(set, u"dimension"_s);
    const QString key = text(set, u"key"_s);
    if (!SP::tagDimensions().contains(dimension))
        throw validation(u"dimension must be basic, behavior or scenario"_s);
    if (key.trimmed().isEmpty() || key.size() > 64)
        throw validation(u"a tag key needs 1 to 64 characters"_s);
    if (id != SP::tagId(customerId, dimension, key))
        throw validation(u"row_id is not the tag id of (customer, dimension, key)"_s);
    if (!set.value(u"value"_s).isString() || text(set, u"value"_s).size() > 200)
        throw validation(u"a tag value is a string of at most 200 characters"_s);
    const double weight = set.value(u"weight"_s).toDouble(1.0);
    if (set.contains(u"weight"_s) && (!set.value(u"weight"_s).isDouble() || weight < 0 || weight > 1))
        throw validation(u"weight must be a number from 0 to 1"_s);
    requireInScope(user, rows, u"customers"_s, customerId);
    const QVariantMap current = rows.get(u"tags"_s, id);
    if (current.isEmpty()) {
        rows.insert(u"tags"_s, {{u"id"_s, id},
                                {u"customer_id"_s, customerId},
                                {u"dimension"_s, dimension},
                                {u"key"_s, key},
                                {u"value"_s, text(set, u"value"_s)},
                                {u"weight"_s, weight},
                                {u"source"_s, u"agent"_s}});
        return {{u"status"_s, u"applied"_s}, {u"row"_s, m_feed.rowJson(user, u"tags"_s, rows.get(u"tags"_s, id))}};
    }
    QJsonObject fields{{u"value"_s, set.value(u"value"_s)}};
    if (set.contains(u"weight"_s))
        fields.insert(u"weight"_s, weight);
    QVariantMap extra;
    if (current.value(u"deleted"_s).toInt() != 0)
        extra.insert(u"deleted"_s, 0);
    return mergeFields(user, m, rows, u"tags"_s, current, fields, extra);
}

} // namespace panorama::server
