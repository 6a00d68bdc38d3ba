#pragma once

#include "server/AuthUser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>

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

private:
    QJsonObject applyOne(const AuthUser &user, const QJsonObject &m, RowStore &rows);
    QJsonObject createTicket(const AuthUser &user, const QJsonObject &m, RowStore &rows);
    QJsonObject addNote(const AuthUser &user, const QJsonObject &m, RowStore &rows);
    QJsonObject mergeFields(const AuthUser &user, const QJsonObject &m, RowStore &rows, const QString &table,
                            const QVariantMap &current, const QJsonObject &set, const QVariantMap &extra = {});
    QJsonObject setTag(const AuthUser &user, const QJsonObject &m, RowStore &rows);
    QVariantMap requireInScope(const AuthUser &user, RowStore &rows, const QString &table, const QString &id);

    ServerDb &m_db;
    const AccessPolicy &m_policy;
    ChangeFeed &m_feed;
};

} // namespace panorama::server
