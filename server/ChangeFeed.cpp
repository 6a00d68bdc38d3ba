#include "server/ChangeFeed.h"

#include "core/demo/JsonLineWriter.h"
#include "server/AccessPolicy.h"
#include "server/DomainTables.h"
#include "server/ServerDb.h"
#include "server/ServerError.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <cmath>

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

namespace {

// JSON text written straight into the page buffer: no QJsonValue per cell, no QJsonDocument for the whole page.
void appendJsonString(QByteArray &out, const QString &s)
{
    const QByteArray u = s.toUtf8();
    demo::JsonLineWriter::appendEscaped(out, std::string_view(u.constData(), size_t(u.size())));
}

void appendJsonValue(QByteArray &out, const QVariant &v)
{
    if (v.isNull() || !v.isValid()) {
        out.append("null", 4);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        out.append(QByteArray::number(v.toLongLong()));
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (std::isfinite(d))
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        else
            out.append("null", 4);
        return;
    }
    default:
        appendJsonString(out, v.toString());
    }
}

} // namespace

QByteArray ChangeFeed::page(const AuthUser &user, const QString &cursor, int limit)
{
    limit = std::clamp(limit <= 0 ? kDefaultPage : limit, 1, kMaxPage);
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
    QByteArray out;
    m_db.read([&] {
        const QString fingerprint = m_policy.scopeFingerprint(m_db, user);
        bool reset = false;
        if (!cursor.isEmpty() && fingerprintIn != fingerprint) {
            after = 0; // the user's scope changed: start again from the beginning
            reset = true;
        }
        QVariantList scopeBinds;
        const QString cond = m_policy.scopeCondition(m_db, user, scopeBinds);
        const QString andCond = cond.isEmpty() ? QString() : u" AND "_s + cond;
        // 1. The page's extent: the next `limit` entries in the user's scopes (keyset on the version key).
        QVariantList binds{after};
        binds << scopeBinds << limit;
        QSqlQuery q = m_db.exec(
            u"SELECT version, tbl FROM changes WHERE version > ?%1 ORDER BY version LIMIT ?"_s.arg(andCond), binds);
        QSet<QString> tablesInPage;
        qint64 last = after;
        int count = 0;
        while (q.next()) {
            last = q.value(0).toLongLong();
            tablesInPage.insert(q.value(1).toString());
            ++count;
        }
        q.finish();
        out.reserve(qsizetype(count) * 160 + 256);
        out.append("{\"tables\":[");
        bool firstTable = true;
        // 2. Per table, the rows of the entries in (after, last] in the user's scopes: exactly the page's entries.
        for (const TableInfo &t : DomainTables::instance().tables()) {
            if (!tablesInPage.contains(t.name))
                continue;
            QStringList cols;
            for (const ColumnInfo &c : t.columns)
                cols << u"t."_s + c.name;
            QVariantList tb{after, last, t.name};
            tb << scopeBinds;
            QSqlQuery rows = m_db.exec(
                u"SELECT %1 FROM (SELECT row_id FROM changes WHERE version > ? AND version <= ? AND tbl = ?%2) c "
                "JOIN %3 t ON t.id = c.row_id"_s.arg(cols.join(u", "_s), andCond, t.name),
                tb);
            const int kindCol = t.name == u"identities"_s ? t.column(u"kind"_s) : -1;
            // Columns this role may see masked (any identity kind); the rest are copied as they are.
            QList<bool> maybeMasked;
            for (const ColumnInfo &c : t.columns)
                maybeMasked << (m_policy.isMasked(t.name, c.name, user.role, u"phone"_s) ||
                                m_policy.isMasked(t.name, c.name, user.role, u"email"_s) ||
                                m_policy.isMasked(t.name, c.name, user.role, QString()));
            if (!firstTable)
                out.append(',');
            firstTable = false;
            out.append("{\"table\":");
            appendJsonString(out, t.name);
            out.append(",\"columns\":[");
            for (int i = 0; i < t.columns.size(); ++i) {
                if (i)
                    out.append(',');
                appendJsonString(out, t.columns[i].name);
            }
            out.append("],\"rows\":[");
            bool firstRow = true;
            while (rows.next()) {
                out.append(firstRow ? "[" : ",[", firstRow ? 1 : 2);
                firstRow = false;
                const QString kind = kindCol >= 0 ? rows.value(kindCol).toString() : QString();
                for (int i = 0; i < t.columns.size(); ++i) {
                    if (i)
                        out.append(',');
                    const QVariant v = rows.value(i);
                    appendJsonValue(
                        out, maybeMasked[i] ? m_policy.present(t.name, t.columns[i].name, v, user.role, kind) : v);
                }
                out.append(']');
            }
            out.append("]}");
        }
        out.append("],\"cursor\":");
        appendJsonString(out, formatCursor(last, fingerprint));
        out.append(",\"more\":");
        out.append(count == limit ? "true" : "false");
        out.append(",\"reset\":");
        out.append(reset ? "true" : "false");
        out.append(",\"count\":");
        out.append(QByteArray::number(count));
        if (after == 0) {
            out.append(",\"total\":");
            out.append(QByteArray::number(
                m_db.scalar(u"SELECT count(*) FROM changes%1"_s.arg(cond.isEmpty() ? QString() : u" WHERE "_s + cond),
                            scopeBinds)
                    .toLongLong()));
        }
        out.append('}');
    });
    return out;
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
