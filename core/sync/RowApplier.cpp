#include "core/sync/RowApplier.h"

#include "core/domain/DomainSchema.h"
#include "core/storage/Database.h"
#include "core/sync/JsonScan.h"
#include "core/sync/SyncError.h"
#include "core/sync/SyncStore.h"

#include <sqlite3.h>

#include <charconv>
#include <cstring>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

void bindJson(Statement &st, int index, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9e15)
            st.bind(index, static_cast<int64_t>(d));
        else
            st.bind(index, d);
        break;
    }
    case QJsonValue::String:
        st.bind(index, v.toString());
        break;
    case QJsonValue::Bool:
        st.bind(index, v.toBool());
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        st.bind(index, QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                     : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        break;
    default:
        st.bind(index, nullptr);
    }
}

} // namespace

RowApplier::RowApplier(Database &db, SyncStore &store) : m_db(db), m_store(store) {}

const QSet<QString> &RowApplier::localColumns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it != m_columns.end())
        return *it;
    QSet<QString> cols;
    if (DomainSchema::syncedTables().contains(table)) {
        const QByteArray sql = "PRAGMA table_info(" + table.toUtf8() + ")";
        Query q = m_db.query(sql.constData());
        while (q.next())
            cols.insert(q->text(1));
    }
    return *m_columns.insert(table, cols);
}

const RowApplier::Prepared *RowApplier::prepare(const QString &table, const QStringList &columns)
{
    const QString key = table + u'|' + columns.join(u',');
    auto it = m_prepared.find(key);
    if (it != m_prepared.end())
        return &*it;
    const QSet<QString> &local = localColumns(table);
    if (local.isEmpty())
        return nullptr; // a table this cache does not know (a newer server): skip it
    Prepared p;
    p.table = table;
    p.idCol = int(columns.indexOf(u"id"_s));
    if (p.idCol < 0 || !columns.contains(u"server_version"_s))
        throw SyncError(SyncError::Kind::Validation,
                        u"the server sent %1 rows without id or server_version"_s.arg(table));
    QStringList used;
    for (int i = 0; i < columns.size(); ++i) {
        if (local.contains(columns[i])) {
            used << columns[i];
            p.positions << i;
            p.paramOf << int(used.size());
        } else {
            p.paramOf << 0;
        }
    }
    QStringList params;
    for (int i = 0; i < used.size(); ++i)
        params << u"?%1"_s.arg(i + 1);
    p.versionCol = int(columns.indexOf(u"server_version"_s));
    // REPLACE also clears a stale row holding the same unique key (e.g. a re-keyed membership). A plain VALUES
    // insert (the version check is a separate point lookup): INSERT … SELECT from the same table would make SQLite
    // build an ephemeral table for every row.
    p.sql =
        u"INSERT OR REPLACE INTO %1 (%2) VALUES (%3)"_s.arg(table, used.join(u", "_s), params.join(u", "_s)).toUtf8();
    p.versionSql = u"SELECT server_version FROM %1 WHERE id = ?"_s.arg(table).toUtf8();
    return &*m_prepared.insert(key, p);
}

bool RowApplier::write(const Prepared &p, const QJsonArray &values)
{
    Query q = m_db.query(p.sql.constData());
    return write(p, q.stmt(), values);
}

bool RowApplier::isStale(const Prepared &p, const char *id, qsizetype idSize, qint64 version)
{
    Query q = m_db.query(p.versionSql.constData());
    sqlite3_bind_text(q.stmt().handle(), 1, id, int(idSize), SQLITE_STATIC);
    return q.next() && q->int64(0) > version; // the cache already holds a newer version of the row
}

bool RowApplier::write(const Prepared &p, Statement &st, const QJsonArray &values)
{
    const QByteArray id = values.at(p.idCol).toString().toUtf8();
    if (isStale(p, id.constData(), id.size(), values.at(p.versionCol).toInteger()))
        return false;
    for (int i = 0; i < p.positions.size(); ++i)
        bindJson(st, i + 1, values.at(p.positions[i]));
    const bool written = st.exec() > 0;
    st.reset();
    if (written)
        noteWritten(p, values.at(p.idCol).toString());
    return written;
}

bool RowApplier::anyPending()
{
    if (!m_pendingLoaded) {
        m_pendingRows = m_store.pendingRows();
        m_pendingLoaded = true;
    }
    return !m_pendingRows.isEmpty();
}

void RowApplier::noteWritten(const Prepared &p, const QString &id)
{
    m_touchedTables.insert(p.table);
    if (anyPending()) {
        const QString key = p.table + u'\n' + id;
        if (m_pendingRows.contains(key))
            m_touchedPending.insert(key);
    }
}

namespace {

[[noreturn]] void badPage(const QString &what)
{
    throw SyncError(SyncError::Kind::Validation, u"malformed page from the server: %1"_s.arg(what));
}

// Binds one JSON token of a page to a statement parameter without going through QString: strings are bound as the
// page's own UTF-8 bytes (SQLITE_STATIC: the page outlives the statement's step), escaped ones decoded first.
void bindToken(sqlite3_stmt *st, int index, const JsonScan::Token &t)
{
    int rc = SQLITE_OK;
    switch (t.kind) {
    case JsonScan::Kind::String:
        if (t.escaped) {
            const QByteArray text = t.text();
            rc = sqlite3_bind_text(st, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_text(st, index, t.data, int(t.size), SQLITE_STATIC);
        }
        break;
    case JsonScan::Kind::Number: {
        const bool real = std::memchr(t.data, '.', size_t(t.size)) || std::memchr(t.data, 'e', size_t(t.size)) ||
                          std::memchr(t.data, 'E', size_t(t.size));
        if (!real) {
            int64_t v = 0;
            const auto r = std::from_chars(t.data, t.data + t.size, v);
            if (r.ec == std::errc())
                rc = sqlite3_bind_int64(st, index, v);
            else
                rc = sqlite3_bind_double(st, index, QByteArray(t.data, t.size).toDouble());
        } else {
            rc = sqlite3_bind_double(st, index, QByteArray(t.data, t.size).toDouble());
        }
        break;
    }
    case JsonScan::Kind::Bool:
        rc = sqlite3_bind_int64(st, index, t.boolean ? 1 : 0);
        break;
    case JsonScan::Kind::Array:
    case JsonScan::Kind::Object: // JSON columns travel as their compact text
        rc = sqlite3_bind_text(st, index, t.data, int(t.size), SQLITE_STATIC);
        break;
    default:
        rc = sqlite3_bind_null(st, index);
    }
    if (rc != SQLITE_OK)
        badPage(u"cannot bind a value (SQLite error %1)"_s.arg(rc));
}

} // namespace

qint64 RowApplier::applyTables(const char *begin, const char *end)
{
    JsonScan scan(begin, end);
    qint64 n = 0;
    if (!scan.enterArray())
        badPage(u"'tables' is not an array"_s);
    while (scan.nextElement()) {
        if (!scan.enterObject())
            badPage(u"a table block is not an object"_s);
        QString table;
        QStringList columns;
        JsonScan::Token key;
        while (scan.nextKey(&key)) {
            const QByteArray k(key.data, key.size);
            if (k == "table") {
                table = QString::fromUtf8(scan.value().text());
            } else if (k == "columns") {
                if (!scan.enterArray())
                    badPage(u"'columns' is not an array"_s);
                while (scan.nextElement())
                    columns << QString::fromUtf8(scan.value().text());
            } else if (k == "rows") {
                if (table.isEmpty() || columns.isEmpty())
                    badPage(u"rows before their table and columns"_s);
                const Prepared *p = prepare(table, columns);
                if (!p) {
                    scan.value(); // a table this cache does not know: skip its rows
                    continue;
                }
                Query q = m_db.query(p->sql.constData());
                sqlite3_stmt *st = q.stmt().handle();
                const bool pending = anyPending();
                if (!scan.enterArray())
                    badPage(u"'rows' is not an array"_s);
                while (scan.nextElement()) {
                    if (!scan.enterArray())
                        badPage(u"a row is not an array"_s);
                    int col = 0;
                    JsonScan::Token id, version;
                    while (scan.nextElement()) {
                        const JsonScan::Token t = scan.value();
                        if (col < p->paramOf.size() && p->paramOf[col] > 0)
                            bindToken(st, p->paramOf[col], t);
                        if (col == p->idCol)
                            id = t;
                        else if (col == p->versionCol)
                            version = t;
                        ++col;
                    }
                    if (col != columns.size())
                        badPage(u"a %1 row has %2 values for %3 columns"_s.arg(table).arg(col).arg(columns.size()));
                    if (id.kind != JsonScan::Kind::String || id.escaped || version.kind != JsonScan::Kind::Number)
                        badPage(u"a %1 row without a plain id and version"_s.arg(table));
                    int64_t v = 0;
                    std::from_chars(version.data, version.data + version.size, v);
                    if (isStale(*p, id.data, id.size, v)) {
                        q.stmt().reset();
                        continue;
                    }
                    const bool written = q.exec() > 0;
                    q.stmt().reset();
                    if (written) {
                        ++n;
                        if (pending)
                            noteWritten(*p, QString::fromUtf8(id.text()));
                        else
                            m_touchedTables.insert(p->table);
                    }
                }
            } else {
                scan.value();
            }
            if (!scan.ok())
                break;
        }
        if (!scan.ok())
            badPage(u"unexpected JSON in table %1"_s.arg(table));
    }
    if (!scan.ok())
        badPage(u"unexpected JSON"_s);
    return n;
}

qint64 RowApplier::applyBlock(const QJsonObject &block)
{
    const QString table = block.value(u"table"_s).toString();
    QStringList columns;
    for (const QJsonValue &c : block.value(u"columns"_s).toArray())
        columns << c.toString();
    const Prepared *p = prepare(table, columns);
    if (!p)
        return 0;
    qint64 n = 0;
    Query q = m_db.query(p->sql.constData()); // one prepared statement for the whole block
    for (const QJsonValue &row : block.value(u"rows"_s).toArray())
        n += write(*p, q.stmt(), row.toArray()) ? 1 : 0;
    return n;
}

bool RowApplier::applyRow(const QJsonObject &row)
{
    QStringList columns;
    for (const QJsonValue &c : row.value(u"columns"_s).toArray())
        columns << c.toString();
    const Prepared *p = prepare(row.value(u"table"_s).toString(), columns);
    return p && write(*p, row.value(u"values"_s).toArray());
}

void RowApplier::applyLocal(const QString &table, const QString &rowId, const QJsonObject &set)
{
    const QSet<QString> &local = localColumns(table);
    QStringList sets;
    QList<QJsonValue> values;
    for (auto it = set.begin(); it != set.end(); ++it) {
        if (!local.contains(it.key()) || it.key() == u"id"_s || it.key() == u"server_version"_s)
            continue;
        sets << it.key() + u" = ?"_s;
        values << *it;
    }
    if (sets.isEmpty())
        return;
    const QByteArray sql = u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)).toUtf8();
    Query q = m_db.query(sql.constData());
    int i = 0;
    for (const QJsonValue &v : values)
        bindJson(q.stmt(), ++i, v);
    q.bind(++i, rowId);
    q.exec();
}

void RowApplier::rebaseTouched()
{
    for (const QString &key : std::as_const(m_touchedPending)) {
        const qsizetype nl = key.indexOf(u'\n');
        const QString table = key.left(nl), rowId = key.mid(nl + 1);
        for (const OutboxEntry &e : m_store.pendingFor(table, rowId))
            applyLocal(table, rowId, e.set);
    }
    m_touchedPending.clear();
    m_pendingLoaded = false;
}

void RowApplier::dropSyncedRows()
{
    const QSet<QString> keep = m_store.pendingRows();
    for (const QString &table : DomainSchema::syncedTables()) {
        const QByteArray sql = "SELECT id FROM " + table.toUtf8() + " WHERE server_version > 0";
        QStringList drop;
        {
            Query q = m_db.query(sql.constData());
            while (q.next()) {
                if (!keep.contains(table + u'\n' + q->text(0)))
                    drop << q->text(0);
            }
        }
        const QByteArray del = "DELETE FROM " + table.toUtf8() + " WHERE id = ?";
        for (const QString &id : drop)
            m_db.query(del.constData()).bind(1, id).exec();
        if (!drop.isEmpty())
            m_touchedTables.insert(table);
    }
}

} // namespace panorama
