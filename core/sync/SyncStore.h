#pragma once

#include "core/sync/SyncTypes.h"

#include <QSet>
#include <QString>

namespace panorama {

class Database;

// The sync bookkeeping inside the cache: key/value state (cursor, client id, user), the outbox in order and the
// conflict inbox. Callers own the transactions; every method runs on the caller's connection.
class SyncStore final
{
public:
    explicit SyncStore(Database &db);

    QString value(const QString &key);
    void setValue(const QString &key, const QString &value);
    void removeValue(const QString &key);
    // This cache's client id (a UUID created on first use).
    QString clientId();

    void enqueue(const OutboxEntry &entry);
    QList<OutboxEntry> pending(int limit);
    QList<OutboxEntry> outbox(); // pending and rejected, in order
    int pendingCount();
    int rejectedCount();
    void remove(const QString &mutationId);
    void markRejected(const QString &mutationId, const QString &code, const QString &message);
    void countAttempt(const QList<OutboxEntry> &entries);
    // Removes a rejected mutation the user has seen; false if there is no such rejected mutation.
    bool dismiss(const QString &mutationId);
    // "table\nrow_id" of every row with a pending mutation.
    QSet<QString> pendingRows();
    QList<OutboxEntry> pendingFor(const QString &table, const QString &rowId);

    void addConflict(const SyncConflict &conflict);
    QList<SyncConflict> conflicts();
    SyncConflict conflict(const QString &id);
    void resolveConflict(const QString &id, const QString &resolution);

private:
    static OutboxEntry entryFrom(class Query &q);
    Database &m_db;
};

} // namespace panorama
