#pragma once

#include <QJsonArray>
#include <QString>
#include <QVariantMap>

namespace panorama::server {

class ServerDb;
struct TableInfo;

// Writes and reads domain rows on the server. Every write allocates the row's new server_version (taking the
// version counter's lock) and moves the row's single entry in the change feed to that version, with the row's
// scope key (docs/sync-protocol.md §2), in the caller's write transaction.
class RowStore final
{
public:
    explicit RowStore(ServerDb &db);

    // The row as column -> value, or an empty map when there is none.
    QVariantMap get(const QString &table, const QString &id);
    // Inserts a new row (missing columns take their defaults). Returns its version.
    qint64 insert(const QString &table, QVariantMap row);
    // Updates some fields of an existing row. Returns its new version.
    qint64 update(const QString &table, const QString &id, const QVariantMap &fields);

    // The scope key of a row: '*', 's:<store>', 'c', '#qa' or '#audit'.
    QString scopeOf(const QString &table, const QVariantMap &row);
    // The scope recorded in the change feed for an existing row ('' if none).
    QString recordedScope(const QString &table, const QString &id);
    // Records `row`'s change-feed entry at `version` (used by writers that insert rows themselves, e.g. import).
    void recordChange(const QString &table, const QString &id, qint64 version, const QString &scope);

    static const TableInfo &info(const QString &table); // throws ApiError(400) for an unknown table

private:
    ServerDb &m_db;
};

} // namespace panorama::server
