#include "core/sync/RowApplier.h"

#include "core/domain/DomainSchema.h"
#include "core/storage/Database.h"
#include "core/sync/SyncError.h"
#include "core/sync/SyncStore.h"

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
        }
    }
    QStringList params;
    for (int i = 0; i < used.size(); ++i)
        params << u"?%1"_s.arg(i + 1);
    const int idParam = int(used.indexOf(u"id"_s)) + 1;
    const int versionParam = int(used.indexOf(u"server_version"_s)) + 1;
    // REPLACE also clears a stale row holding the same unique key (e.g. a re-keyed membership).
    p.sql = u"INSERT OR REPLACE INTO %1 (%2) SELECT %3 WHERE NOT EXISTS (SELECT 1 FROM %1 WHERE id = ?%4 "
            "AND server_version > ?%5)"_s.arg(table, used.join(u", "_s), params.join(u", "_s))
                .arg(idParam)
                .arg(versionParam)
                .toUtf8();
    return &*m_prepared.insert(key, p);
}

bool RowApplier::write(const Prepared &p, const QJsonArray &values)
{
    Query q = m_db.query(p.sql.constData());
    for (int i = 0; i < p.positions.size(); ++i)
        bindJson(q.stmt(), i + 1, values.at(p.positions[i]));
    const bool written = q.exec() > 0;
    if (written) {
        m_touchedTables.insert(p.table);
        if (!m_pendingLoaded) {
            m_pendingRows = m_store.pendingRows();
            m_pendingLoaded = true;
        }
        if (!m_pendingRows.isEmpty()) {
            const QString key = p.table + u'\n' + values.at(p.idCol).toString();
            if (m_pendingRows.contains(key))
                m_touchedPending.insert(key);
        }
    }
    return written;
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
    for (const QJsonValue &row : block.value(u"rows"_s).toArray())
        n += write(*p, row.toArray()) ? 1 : 0;
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
