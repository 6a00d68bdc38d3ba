#include "core/sync/SyncStore.h"

#include "core/storage/Database.h"
#include "core/sync/SyncProtocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString wrap(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue unwrap(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

constexpr const char *kOutboxColumns =
    "seq, id, kind, tbl, row_id, base, set_json, created_at, state, attempts, error_code, error_message";

} // namespace

SyncStore::SyncStore(Database &db) : m_db(db) {}

QString SyncStore::value(const QString &key)
{
    Query q = m_db.query("SELECT value FROM sync_state WHERE key = ?");
    q.bind(1, key);
    return q.next() ? q->text(0) : QString();
}

void SyncStore::setValue(const QString &key, const QString &value)
{
    m_db.query("INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bindAll(key, value)
        .exec();
}

void SyncStore::removeValue(const QString &key)
{
    m_db.query("DELETE FROM sync_state WHERE key = ?").bind(1, key).exec();
}

QString SyncStore::clientId()
{
    QString id = value(u"client_id"_s);
    if (id.isEmpty()) {
        id = SyncProtocol::uuidV7();
        setValue(u"client_id"_s, id);
    }
    return id;
}

void SyncStore::enqueue(const OutboxEntry &e)
{
    m_db.query(
            "INSERT INTO sync_outbox(id, kind, tbl, row_id, base, set_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bindAll(e.id, e.kind, e.table, e.rowId, compact(e.base), compact(e.set), int64_t(e.createdAt))
        .exec();
}

OutboxEntry SyncStore::entryFrom(Query &q)
{
    OutboxEntry e;
    e.seq = q->int64(0);
    e.id = q->text(1);
    e.kind = q->text(2);
    e.table = q->text(3);
    e.rowId = q->text(4);
    e.base = object(q->text(5));
    e.set = object(q->text(6));
    e.createdAt = q->int64(7);
    e.state = q->text(8);
    e.attempts = q->integer(9);
    e.errorCode = q->text(10);
    e.errorMessage = q->text(11);
    return e;
}

QList<OutboxEntry> SyncStore::pending(int limit)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kOutboxColumns + " FROM sync_outbox WHERE state = 'pending' ORDER BY seq LIMIT ?";
    Query q = m_db.query(sql.constData());
    q.bind(1, limit);
    QList<OutboxEntry> out;
    while (q.next())
        out << entryFrom(q);
    return out;
}

QList<OutboxEntry> SyncStore::outbox()
{
    static const QByteArray sql = QByteArray("SELECT ") + kOutboxColumns + " FROM sync_outbox ORDER BY seq";
    Query q = m_db.query(sql.constData());
    QList<OutboxEntry> out;
    while (q.next())
        out << entryFrom(q);
    return out;
}

int SyncStore::pendingCount()
{
    return m_db.scalar("SELECT count(*) FROM sync_outbox WHERE state = 'pending'").toInt();
}

int SyncStore::rejectedCount()
{
    return m_db.scalar("SELECT count(*) FROM sync_outbox WHERE state = 'rejected'").toInt();
}

void SyncStore::remove(const QString &mutationId)
{
    m_db.query("DELETE FROM sync_outbox WHERE id = ?").bind(1, mutationId).exec();
}

void SyncStore::markRejected(const QString &mutationId, const QString &code, const QString &message)
{
    m_db.query("UPDATE sync_outbox SET state = 'rejected', error_code = ?, error_message = ? WHERE id = ?")
        .bindAll(code, message, mutationId)
        .exec();
}

void SyncStore::countAttempt(const QList<OutboxEntry> &entries)
{
    for (const OutboxEntry &e : entries)
        m_db.query("UPDATE sync_outbox SET attempts = attempts + 1 WHERE id = ?").bind(1, e.id).exec();
}

bool SyncStore::dismiss(const QString &mutationId)
{
    m_db.query("DELETE FROM sync_outbox WHERE id = ? AND state = 'rejected'").bind(1, mutationId).exec();
    return m_db.changes() > 0;
}

QSet<QString> SyncStore::pendingRows()
{
    QSet<QString> out;
    Query q = m_db.query("SELECT tbl, row_id FROM sync_outbox WHERE state = 'pending'");
    while (q.next())
        out.insert(q->text(0) + u'\n' + q->text(1));
    return out;
}

QList<OutboxEntry> SyncStore::pendingFor(const QString &table, const QString &rowId)
{
    static const QByteArray sql = QByteArray("SELECT ") + kOutboxColumns +
                                  " FROM sync_outbox WHERE state = 'pending' AND tbl = ? AND row_id = ? ORDER BY seq";
    Query q = m_db.query(sql.constData());
    q.bindAll(table, rowId);
    QList<OutboxEntry> out;
    while (q.next())
        out << entryFrom(q);
    return out;
}

void SyncStore::addConflict(const SyncConflict &c)
{
    m_db.query(
            "INSERT OR IGNORE INTO sync_conflicts(id, mutation_id, tbl, row_id, field, base, mine, theirs, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(c.id, c.mutationId, c.table, c.rowId, c.field, wrap(c.base), wrap(c.mine), wrap(c.theirs),
                 int64_t(c.createdAt))
        .exec();
}

QList<SyncConflict> SyncStore::conflicts()
{
    QList<SyncConflict> out;
    Query q =
        m_db.query("SELECT id, mutation_id, tbl, row_id, field, base, mine, theirs, created_at FROM sync_conflicts"
                   " WHERE resolved_at IS NULL ORDER BY created_at, id");
    while (q.next())
        out << SyncConflict{q->text(0),         q->text(1),         q->text(2),         q->text(3), q->text(4),
                            unwrap(q->text(5)), unwrap(q->text(6)), unwrap(q->text(7)), q->int64(8)};
    return out;
}

SyncConflict SyncStore::conflict(const QString &id)
{
    for (const SyncConflict &c : conflicts()) {
        if (c.id == id || (id.size() >= 8 && c.id.startsWith(id)))
            return c;
    }
    return {};
}

void SyncStore::resolveConflict(const QString &id, const QString &resolution)
{
    m_db.query("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?")
        .bindAll(int64_t(QDateTime::currentMSecsSinceEpoch()), resolution, id)
        .exec();
}

} // namespace panorama
