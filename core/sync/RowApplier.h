#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace panorama {

class Database;
class Statement;
class SyncStore;

// Writes server rows into the cache: a row replaces the local one only if its server_version is not older
// (so a page applied twice, or a push result older than a pulled row, changes nothing), columns the cache does not
// know are ignored, and rows with pending local mutations get those mutations' values re-applied on top
// (the user keeps seeing their edit until the server answers). The caller owns the transaction.
class RowApplier final
{
public:
    RowApplier(Database &db, SyncStore &store);

    // A {"table","columns","rows"} block of a page; returns the number of rows written.
    qint64 applyBlock(const QJsonObject &block);
    // The "tables" array of a page read straight from the page's JSON text (JsonScan, no QJsonDocument); returns
    // the number of rows written. Throws SyncError(Validation) for a malformed page.
    qint64 applyTables(const char *begin, const char *end);
    // A {"table","columns","values"} row of a push result.
    bool applyRow(const QJsonObject &row);
    // Re-applies the pending mutations of the rows touched since the last call.
    void rebaseTouched();
    // Drops every synced row (server_version > 0) without a pending mutation: the server reset the feed.
    void dropSyncedRows();
    // Applies a pending mutation's values to its local row (used for rebasing and by LocalEditor).
    void applyLocal(const QString &table, const QString &rowId, const QJsonObject &set);

    const QSet<QString> &touchedTables() const { return m_touchedTables; }
    void clearTouched() { m_touchedTables.clear(); }

private:
    struct Prepared
    {
        QString table;
        QByteArray sql;
        QList<int> positions; // which incoming columns the cache has, in parameter order
        QList<int> paramOf;   // per incoming column: its parameter (1-based), or 0 if the cache lacks the column
        int idCol = -1;
        int versionCol = -1;
        QByteArray versionSql; // the cached row's version, by id
    };
    bool isStale(const Prepared &p, const char *id, qsizetype idSize, qint64 version);
    void noteWritten(const Prepared &p, const QString &id);
    bool anyPending();
    const Prepared *prepare(const QString &table, const QStringList &columns);
    bool write(const Prepared &p, const QJsonArray &values);
    bool write(const Prepared &p, Statement &st, const QJsonArray &values);
    const QSet<QString> &localColumns(const QString &table);

    Database &m_db;
    SyncStore &m_store;
    QHash<QString, QSet<QString>> m_columns;
    QHash<QString, Prepared> m_prepared;
    QSet<QString> m_pendingRows;
    bool m_pendingLoaded = false;
    QSet<QString> m_touchedPending; // "table\nid" written while it has pending mutations
    QSet<QString> m_touchedTables;
};

} // namespace panorama
