#include "server/ChangeFeed.h"

#include "server/AccessPolicy.h"
#include "server/DomainTables.h"
#include "server/ServerDb.h"
#include "server/ServerError.h"

#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace panorama::server {

namespace {

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QJsonArray columnsJson(const TableInfo &t)
{
    QJsonArray cols;
    for (const ColumnInfo &c : t.columns)
        cols.append(c.name);
    return cols;
}

} // namespace

ChangeFeed::ChangeFeed(ServerDb &db, const AccessPolicy &policy) : m_db(db), m_policy(policy) {}

QString ChangeFeed::formatCursor(qint64 version, const QString &fingerprint)
{
    return u"v1:%1:%2"_s.arg(version).arg(fingerprint);
}

QJsonObject ChangeFeed::rowJson(const AuthUser &user, const QString &table, const QVariantMap &row) const
{
    const TableInfo *t = DomainTables::instance().table(table);
    if (!t)
        return {};
    const QString kind = table == u"identities"_s ? row.value(u"kind"_s).toString() : QString();
    QJsonArray values;
    for (const ColumnInfo &c : t->columns)
        values.append(toJson(m_policy.present(table, c.name, row.value(c.name), user.role, kind)));
    return {{u"table"_s, table}, {u"columns"_s, columnsJson(*t)}, {u"values"_s, values}};
}

void ChangeFeed::appendRows(const AuthUser &user, const TableInfo &t, const QString &where, const QVariantList &binds,
                            QJsonObject &out)
{
    QSqlQuery q = m_db.exec(u"SELECT %1 FROM %2 WHERE %3"_s.arg(t.columnNames().join(u", "_s), t.name, where), binds);
    const int kindCol = t.name == u"identities"_s ? t.column(u"kind"_s) : -1;
    QJsonArray rows = out.value(t.name).toObject().value(u"rows"_s).toArray();
    while (q.next()) {
        const QString kind = kindCol >= 0 ? q.value(kindCol).toString() : QString();
        QJsonArray values;
        for (int i = 0; i < t.columns.size(); ++i)
            values.append(toJson(m_policy.present(t.name, t.columns[i].name, q.value(i), user.role, kind)));
        rows.append(values);
    }
    if (!rows.isEmpty())
        out.insert(t.name, QJsonObject{{u"table"_s, t.name}, {u"columns"_s, columnsJson(t)}, {u"rows"_s, rows}});
}

QJsonObject ChangeFeed::page(const AuthUser &user, const QString &cursor, int limit)
{
    limit = std::clamp(limit <= 0 ? 2000 : limit, 1, 5000);
    qint64 after = 0;
    QString fingerprintIn;
    if (!cursor.isEmpty()) {
        const QStringList parts = cursor.split(u':');
        bool ok = false;
        if (parts.size() == 3 && parts[0] == u"v1"_s)
            after = parts[1].toLongLong(&ok);
        if (!ok || after < 0)
            throw ApiError::badRequest(u"malformed cursor '%1'"_s.arg(cursor.left(80)));
        fingerprintIn = parts[2];
    }
    QJsonObject result;
    m_db.read([&] {
        const QString fingerprint = m_policy.scopeFingerprint(m_db, user);
        bool reset = false;
        if (!cursor.isEmpty() && fingerprintIn != fingerprint) {
            after = 0; // the user's scope changed: start again from the beginning
            reset = true;
        }
        QVariantList binds{after};
        const QString cond = m_policy.scopeCondition(m_db, user, binds);
        binds << limit;
        QSqlQuery q =
            m_db.exec(u"SELECT version, tbl, row_id FROM changes WHERE version > ?%1 ORDER BY version LIMIT ?"_s.arg(
                          cond.isEmpty() ? QString() : u" AND "_s + cond),
                      binds);
        QMap<QString, QStringList> idsByTable;
        qint64 last = after;
        int count = 0;
        while (q.next()) {
            last = q.value(0).toLongLong();
            idsByTable[q.value(1).toString()] << q.value(2).toString();
            ++count;
        }
        QJsonObject byTable;
        for (const TableInfo &t : DomainTables::instance().tables()) {
            const QStringList ids = idsByTable.value(t.name);
            for (qsizetype i = 0; i < ids.size(); i += 500) {
                const QStringList chunk = ids.mid(i, 500);
                QVariantList b;
                for (const QString &id : chunk)
                    b << id;
                appendRows(user, t, u"id IN (%1)"_s.arg(QStringList(chunk.size(), u"?"_s).join(u',')), b, byTable);
            }
        }
        QJsonArray tables;
        for (const TableInfo &t : DomainTables::instance().tables()) {
            if (byTable.contains(t.name))
                tables.append(byTable.value(t.name));
        }
        result.insert(u"cursor"_s, formatCursor(last, fingerprint));
        result.insert(u"more"_s, count == limit);
        result.insert(u"reset"_s, reset);
        result.insert(u"count"_s, count);
        result.insert(u"tables"_s, tables);
        if (after == 0) {
            QVariantList cb;
            const QString c = m_policy.scopeCondition(m_db, user, cb);
            result.insert(
                u"total"_s,
                m_db.scalar(u"SELECT count(*) FROM changes%1"_s.arg(c.isEmpty() ? QString() : u" WHERE "_s + c), cb)
                    .toLongLong());
        }
    });
    return result;
}

QJsonObject ChangeFeed::customerBundle(const AuthUser &user, const QString &customerId)
{
    QJsonObject byTable;
    m_db.read([&] {
        const TableInfo *customers = DomainTables::instance().table(u"customers"_s);
        appendRows(user, *customers, u"id = ?"_s, {customerId}, byTable);
        if (!byTable.contains(u"customers"_s))
            throw ApiError::notFound(u"no customer %1"_s.arg(customerId));
        for (const QString &child :
             {u"identities"_s, u"tags"_s, u"memberships"_s, u"addresses"_s, u"orders"_s, u"tickets"_s}) {
            const TableInfo *t = DomainTables::instance().table(child);
            appendRows(user, *t, u"customer_id = ?"_s, {customerId}, byTable);
        }
    });
    QJsonArray tables;
    for (const TableInfo &t : DomainTables::instance().tables()) {
        if (byTable.contains(t.name))
            tables.append(byTable.value(t.name));
    }
    return {{u"tables"_s, tables}};
}

} // namespace panorama::server
