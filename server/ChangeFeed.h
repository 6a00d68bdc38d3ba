#pragma once

#include "core/sync/SyncProtocol.h"
#include "server/AuthUser.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace panorama::server {

class AccessPolicy;
class ServerDb;
struct TableInfo;

// The read side of sync: pages of the change feed for one user, filtered by scope and masked by role, and rows
// serialised the same way for push results and on-demand fetches.
class ChangeFeed final
{
public:
    ChangeFeed(ServerDb &db, const AccessPolicy &policy);

    static constexpr int kDefaultPage = 5000;
    static constexpr int kMaxPage = SyncProtocol::kMaxPageRows;
    // One page after `cursor` (docs/sync-protocol.md §3) as JSON text, written directly (no QJsonDocument).
    // Throws ApiError(400) for a malformed cursor.
    QByteArray page(const AuthUser &user, const QString &cursor, int limit);
    // {"table","columns","values"} of one row as `user` may see it.
    QJsonObject rowJson(const AuthUser &user, const QString &table, const QVariantMap &row) const;
    // A customer and everything hanging off it, for an on-demand fetch (any scope; the caller audits it).
    QJsonObject customerBundle(const AuthUser &user, const QString &customerId);

    static QString formatCursor(qint64 version, const QString &fingerprint);

private:
    void appendRows(const AuthUser &user, const TableInfo &t, const QString &where, const QVariantList &binds,
                    QJsonObject &out);

    ServerDb &m_db;
    const AccessPolicy &m_policy;
};

} // namespace panorama::server
