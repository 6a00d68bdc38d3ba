#pragma once

#include "server/AuthUser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QVariantMap>
#include <QWaitCondition>

#include <exception>
#include <functional>

namespace panorama::server {

class AccessPolicy;
class AuditLog;
class ChangeFeed;
class RowStore;
class ServerDb;

// The write side of sync: applies a batch of client mutations exactly once (an idempotency record per mutation id,
// written in the same transaction), merging per field with the client's base values, keeping the server's value
// and recording a conflict when the same field changed on both sides, and answering with one result per mutation.
class MutationApplier final
{
public:
    MutationApplier(ServerDb &db, const AccessPolicy &policy, ChangeFeed &feed);

    // Throws ApiError(400) if the batch itself is malformed; per-mutation problems become "rejected" results.
    QJsonArray push(const AuthUser &user, const QString &clientId, const QJsonArray &mutations);

    // Mutation kinds added by engine modules (server/Qa*, server/Routing*), registered before the server serves.
    // The handler runs inside the push transaction exactly like a built-in kind (throw ApiError to reject) and may
    // use the two helpers below.
    using KindHandler = std::function<QJsonObject(const AuthUser &, const QJsonObject &, RowStore &)>;
    void registerKind(const QString &kind, KindHandler handler);
    // Runs after a built-in mutation of `kind` applied, in the same transaction (routing a new ticket, so the push
    // result and every later pull carry the decision); the result's row is read again afterwards.
    using AfterHook = std::function<void(const AuthUser &, const QJsonObject &, RowStore &)>;
    void registerAfter(const QString &kind, AfterHook hook);
    QJsonObject mergeFields(const AuthUser &user, const QJsonObject &m, RowStore &rows, const QString &table,
                            const QVariantMap &current, const QJsonObject &set, const QVariantMap &extra = {});
    QVariantMap requireInScope(const AuthUser &user, RowStore &rows, const QString &table, const QString &id);

private:
    struct PushJob
    {
        AuthUser user;
        QString clientId;
        QJsonArray mutations;
        QJsonArray results;
        std::exception_ptr error;
        bool done = false;
    };
    static constexpr int kMaxGroup = 64; // batches per group commit
    void applyGroup(const QList<PushJob *> &group);
    void applyBatch(PushJob &job, RowStore &rows);
    QJsonObject applyOne(const AuthUser &user, const QJsonObject &m, RowStore &rows);
    QJsonObject createTicket(const AuthUser &user, const QJsonObject &m, RowStore &rows);
    QJsonObject addNote(const AuthUser &user, const QJsonObject &m, RowStore &rows);
    QJsonObject setTag(const AuthUser &user, const QJsonObject &m, RowStore &rows);

    ServerDb &m_db;
    const AccessPolicy &m_policy;
    ChangeFeed &m_feed;
    QHash<QString, KindHandler> m_kinds;
    QHash<QString, AfterHook> m_after;
    QMutex m_groupLock;
    QWaitCondition m_groupDone;
    QList<PushJob *> m_queue; // batches waiting for the next group
    bool m_leaderActive = false;
};

} // namespace panorama::server
