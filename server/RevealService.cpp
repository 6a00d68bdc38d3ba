#include "server/RevealService.h"

#include "server/AccessPolicy.h"
#include "server/AuditLog.h"
#include "server/DomainTables.h"
#include "server/RowStore.h"
#include "server/ServerDb.h"
#include "server/ServerError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace panorama::server {

RevealService::RevealService(ServerDb &db, AuditLog &audit, const AccessPolicy &policy, int ttlSeconds)
    : m_db(db), m_audit(audit), m_policy(policy), m_ttlSeconds(ttlSeconds)
{}

QString RevealService::rawValue(const QString &table, const QString &rowId, const QString &field, QString *identityKind)
{
    const TableInfo &t = RowStore::info(table);
    if (t.column(field) < 0)
        throw ApiError::badRequest(u"%1 has no field '%2'"_s.arg(table, field));
    RowStore rows(m_db);
    const QVariantMap row = rows.get(table, rowId);
    if (row.isEmpty())
        throw ApiError::notFound(u"%1 %2 does not exist"_s.arg(table, rowId));
    *identityKind = table == u"identities"_s ? row.value(u"kind"_s).toString() : QString();
    return row.value(field).toString();
}

QJsonObject RevealService::request(const AuthUser &user, const QJsonObject &body)
{
    const QString table = body.value(u"table"_s).toString();
    const QString rowId = body.value(u"row_id"_s).toString();
    const QString field = body.value(u"field"_s).toString();
    const QString reason = body.value(u"reason"_s).toString().trimmed();
    if (reason.size() < 5)
        throw ApiError::badRequest(u"a reveal needs a reason (at least 5 characters)"_s);
    QString kind;
    const QString value = rawValue(table, rowId, field, &kind);
    RowStore rows(m_db);
    if (!m_policy.inScope(m_db, user, rows.recordedScope(table, rowId)))
        throw ApiError::forbidden(u"%1 %2 is outside %3's scope"_s.arg(table, rowId, user.username));
    const AccessPolicy::RevealRule rule = m_policy.revealRule(table, field, user.role, kind);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool granted = rule != AccessPolicy::RevealRule::NeedsApproval;
    const qint64 expires = now + qint64(m_ttlSeconds) * 1000;
    const QString subject = table + u'/' + rowId + u'.' + field;
    m_db.write([&] {
        m_db.exec(u"INSERT INTO reveal_requests (id, user_id, tbl, row_id, field, reason, status, created_at,"
                  " decided_by, decided_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {id, user.id, table, rowId, field, reason, granted ? u"granted"_s : u"pending"_s, now,
                   granted ? u"policy"_s : QString(),
                   granted ? QVariant(now) : QVariant(QMetaType::fromType<qlonglong>()),
                   granted ? QVariant(expires) : QVariant(QMetaType::fromType<qlonglong>())});
        m_audit.append(user.id, u"reveal.request"_s, subject, reason, {{u"request"_s, id}});
        if (granted) {
            m_audit.append(u"policy"_s, u"reveal.grant"_s, subject, reason, {{u"request"_s, id}});
            m_audit.append(user.id, u"reveal.view"_s, subject, reason, {{u"request"_s, id}});
        }
    });
    QJsonObject out{{u"id"_s, id}, {u"status"_s, granted ? u"granted"_s : u"pending"_s}};
    if (granted) {
        out.insert(u"value"_s, value);
        out.insert(u"expires_at"_s, expires);
    }
    return out;
}

QJsonObject RevealService::approve(const AuthUser &approver, const QString &requestId)
{
    if (!approver.isSupervisor())
        throw ApiError::forbidden(u"only a supervisor may approve a reveal"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 expires = now + qint64(m_ttlSeconds) * 1000;
    m_db.write([&] {
        QSqlQuery q = m_db.exec(
            u"SELECT tbl, row_id, field, reason, status, user_id FROM reveal_requests WHERE id = ?"_s, {requestId});
        if (!q.next())
            throw ApiError::notFound(u"no reveal request %1"_s.arg(requestId));
        if (q.value(4).toString() != u"pending"_s)
            throw ApiError(409, u"conflict"_s, u"the reveal request is already %1"_s.arg(q.value(4).toString()));
        if (q.value(5).toString() == approver.id)
            throw ApiError::forbidden(u"nobody may approve their own reveal request"_s);
        const QString subject = q.value(0).toString() + u'/' + q.value(1).toString() + u'.' + q.value(2).toString();
        const QString reason = q.value(3).toString();
        m_db.exec(u"UPDATE reveal_requests SET status = 'granted', decided_by = ?, decided_at = ?, expires_at = ?"
                  " WHERE id = ?"_s,
                  {approver.id, now, expires, requestId});
        m_audit.append(approver.id, u"reveal.grant"_s, subject, reason, {{u"request"_s, requestId}});
    });
    return {{u"id"_s, requestId}, {u"status"_s, u"granted"_s}, {u"expires_at"_s, expires}};
}

QJsonObject RevealService::view(const AuthUser &user, const QString &requestId)
{
    QSqlQuery q = m_db.exec(u"SELECT tbl, row_id, field, reason, status, user_id, expires_at FROM reveal_requests"
                            " WHERE id = ?"_s,
                            {requestId});
    if (!q.next() || q.value(5).toString() != user.id)
        throw ApiError::notFound(u"no reveal request %1 of yours"_s.arg(requestId));
    const QString status = q.value(4).toString();
    if (status != u"granted"_s)
        return {{u"id"_s, requestId}, {u"status"_s, status}};
    if (q.value(6).toLongLong() < QDateTime::currentMSecsSinceEpoch())
        throw ApiError::forbidden(u"the reveal grant has expired; ask again"_s);
    const QString table = q.value(0).toString(), rowId = q.value(1).toString(), field = q.value(2).toString();
    const QString reason = q.value(3).toString();
    QString kind;
    const QString value = rawValue(table, rowId, field, &kind);
    m_audit.record(user.id, u"reveal.view"_s, table + u'/' + rowId + u'.' + field, reason, {{u"request"_s, requestId}});
    return {
        {u"id"_s, requestId}, {u"status"_s, status}, {u"value"_s, value}, {u"expires_at"_s, q.value(6).toLongLong()}};
}

QJsonObject RevealService::pending(const AuthUser &user)
{
    if (!user.isSupervisor())
        throw ApiError::forbidden(u"only a supervisor sees pending reveal requests"_s);
    QJsonArray out;
    QSqlQuery q = m_db.exec(u"SELECT id, user_id, tbl, row_id, field, reason, created_at FROM reveal_requests"
                            " WHERE status = 'pending' ORDER BY created_at"_s);
    while (q.next())
        out.append(QJsonObject{{u"id"_s, q.value(0).toString()},
                               {u"user_id"_s, q.value(1).toString()},
                               {u"table"_s, q.value(2).toString()},
                               {u"row_id"_s, q.value(3).toString()},
                               {u"field"_s, q.value(4).toString()},
                               {u"reason"_s, q.value(5).toString()},
                               {u"created_at"_s, q.value(6).toLongLong()}});
    return {{u"requests"_s, out}};
}

} // namespace panorama::server
