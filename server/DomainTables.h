#pragma once

#include "server/ServerDb.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace panorama::server {

struct ColumnInfo
{
    QString name;
    QString type; // TEXT, INTEGER or REAL, as declared in the domain schema
    bool notNull = false;
    QString defaultSql;
};

struct IndexInfo
{
    QString name;
    QStringList columns;
    bool unique = false;
};

struct TableInfo
{
    QString name;
    QList<ColumnInfo> columns;
    QList<IndexInfo> indexes;
    QHash<QString, int> position;

    int column(const QString &name) const { return position.value(name, -1); }
    QStringList columnNames() const;
};

// The synced domain tables as the server stores them. They are read from the cache's own migration ladder
// (DomainSchema, applied to a scratch SQLite file), so the server and the cache can never disagree on columns;
// only the types are translated for PostgreSQL (64-bit integers, double precision).
class DomainTables final
{
public:
    static const DomainTables &instance();

    const QList<TableInfo> &tables() const { return m_tables; } // parent-first order
    const TableInfo *table(const QString &name) const;
    // CREATE TABLE / CREATE INDEX statements for the dialect.
    QStringList ddl(Dialect dialect) const;

private:
    DomainTables();
    QList<TableInfo> m_tables;
};

} // namespace panorama::server
