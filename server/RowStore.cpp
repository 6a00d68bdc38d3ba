#include "server/RowStore.h"

#include "server/DomainTables.h"
#include "server/ServerDb.h"
#include "server/ServerError.h"

#include <QDateTime>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace panorama::server {

RowStore::RowStore(ServerDb &db) : m_db(db) {}

const TableInfo &RowStore::info(const QString &table)
{
    const TableInfo *t = DomainTables::instance().table(table);
    if (!t)
        throw ApiError::badRequest(u"unknown table '%1'"_s.arg(table));
    return *t;
}

QVariantMap RowStore::get(const QString &table, const QString &id)
{
    const TableInfo &t = info(table);
    QSqlQuery &q = m_db.run(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(t.columnNames().join(u", "_s), t.name), {id});
    QVariantMap row;
    if (q.next()) {
        for (int i = 0; i < t.columns.size(); ++i)
            row.insert(t.columns[i].name, q.value(i));
    }
    q.finish();
    return row;
}

QString RowStore::recordedScope(const QString &table, const QString &id)
{
    if (id.isEmpty())
        return {};
    return m_db.runScalar(u"SELECT scope FROM changes WHERE tbl = ? AND row_id = ?"_s, {table, id}).toString();
}

QString RowStore::scopeOf(const QString &table, const QVariantMap &row)
{
    static const QStringList reference = {u"stores"_s, u"staff"_s, u"size_charts"_s, u"products"_s, u"kb_articles"_s};
    if (reference.contains(table))
        return u"*"_s;
    if (table == u"qa_alerts"_s) // supervisors, and the agent concerned
        return row.value(u"agent_id"_s).toString().isEmpty() ? u"#qa"_s
                                                             : QString(u"#qa:"_s + row.value(u"agent_id"_s).toString());
    if (table == u"audit_events"_s)
        return u"#audit"_s;
    auto storeScope = [](const QVariant &store) {
        return store.toString().isEmpty() ? u"c"_s : u"s:"_s + store.toString();
    };
    auto parent = [&](const QString &parentTable, const QString &key) {
        const QString s = recordedScope(parentTable, row.value(key).toString());
        return s.isEmpty() ? u"c"_s : s;
    };
    if (table == u"customers"_s)
        return storeScope(row.value(u"home_store_id"_s));
    if (table == u"identities"_s || table == u"tags"_s || table == u"memberships"_s || table == u"addresses"_s)
        return parent(u"customers"_s, u"customer_id"_s);
    if (table == u"orders"_s)
        return row.value(u"store_id"_s).toString().isEmpty() ? parent(u"customers"_s, u"customer_id"_s)
                                                             : storeScope(row.value(u"store_id"_s));
    if (table == u"order_items"_s || table == u"shipments"_s || table == u"returns"_s)
        return parent(u"orders"_s, u"order_id"_s);
    if (table == u"tickets"_s) {
        if (!row.value(u"customer_id"_s).toString().isEmpty())
            return parent(u"customers"_s, u"customer_id"_s);
        return row.value(u"order_id"_s).toString().isEmpty() ? u"c"_s : parent(u"orders"_s, u"order_id"_s);
    }
    if (table == u"ticket_messages"_s)
        return parent(u"tickets"_s, u"ticket_id"_s);
    return u"c"_s;
}

void RowStore::recordChange(const QString &table, const QString &id, qint64 version, const QString &scope)
{
    m_db.run(u"DELETE FROM changes WHERE tbl = ? AND row_id = ?"_s, {table, id});
    m_db.run(u"INSERT INTO changes (version, tbl, row_id, scope) VALUES (?, ?, ?, ?)"_s, {version, table, id, scope});
}

qint64 RowStore::insert(const QString &table, QVariantMap row)
{
    const TableInfo &t = info(table);
    const qint64 version = m_db.allocateVersions(1);
    row.insert(u"server_version"_s, version);
    if (!row.contains(u"updated_at"_s))
        row.insert(u"updated_at"_s, QDateTime::currentMSecsSinceEpoch());
    QStringList cols, marks;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (t.column(it.key()) < 0)
            throw ApiError::badRequest(u"%1 has no column '%2'"_s.arg(table, it.key()));
        cols << it.key();
        marks << u"?"_s;
        values << it.value();
    }
    m_db.run(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(t.name, cols.join(u", "_s), marks.join(u", "_s)), values);
    recordChange(table, row.value(u"id"_s).toString(), version, scopeOf(table, row));
    return version;
}

qint64 RowStore::update(const QString &table, const QString &id, const QVariantMap &fields)
{
    const TableInfo &t = info(table);
    const qint64 version = m_db.allocateVersions(1);
    QStringList sets;
    QVariantList values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (t.column(it.key()) < 0 || it.key() == u"id"_s || it.key() == u"server_version"_s)
            throw ApiError::badRequest(u"%1 has no writable column '%2'"_s.arg(table, it.key()));
        sets << it.key() + u" = ?"_s;
        values << it.value();
    }
    if (!fields.contains(u"updated_at"_s)) {
        sets << u"updated_at = ?"_s;
        values << QDateTime::currentMSecsSinceEpoch();
    }
    sets << u"server_version = ?"_s;
    values << version << id;
    m_db.run(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(t.name, sets.join(u", "_s)), values);
    const QVariantMap row = get(table, id);
    recordChange(table, id, version, scopeOf(table, row));
    return version;
}

} // namespace panorama::server
