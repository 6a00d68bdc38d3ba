#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace panorama {

class Database;

// Loads a directory of <table>.jsonl files (docs/data-model.md) into a domain cache in ONE transaction:
// a malformed line, an unknown field or a constraint failure aborts the whole import with an error naming
// the file and line, and the cache is left exactly as it was. Rows are upserted by id, so re-importing
// the same files is harmless. Derived columns (customers.name_key, identities.value_hash) are computed here.
class JsonlImporter final
{
public:
    struct Result
    {
        QHash<QString, qint64> rowsPerTable;
        qint64 totalRows = 0;
        double seconds = 0;
    };
    // Called every ~50k rows with (table, rows done in that table); return false to cancel (rolls back).
    using Progress = std::function<bool(const QString &table, qint64 rows)>;

    explicit JsonlImporter(Database &db);
    // Throws StorageError (Misuse for malformed input, Constraint, Io, ...) with file:line in the message.
    Result importDirectory(const QString &dir, const Progress &progress = {});

    // The cache's blind-index key (meta.lookup_key), created on first use.
    static QByteArray lookupKey(Database &db);

private:
    qint64 importTable(const QString &table, const QString &file, const Progress &progress);

    Database &m_db;
    QByteArray m_lookupKey;
};

} // namespace panorama
