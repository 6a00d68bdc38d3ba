#include "server/JsonlTransfer.h"

#include "core/domain/Normalize.h"
#include "server/DomainTables.h"
#include "server/RowStore.h"
#include "server/ServerCore.h"
#include "server/ServerError.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace panorama::server {

namespace {

constexpr int kBatch = 2000;

QVariant typed(const ColumnInfo &c, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined()) {
        if (c.type == u"INTEGER"_s)
            return QVariant(QMetaType::fromType<qlonglong>());
        if (c.type == u"REAL"_s)
            return QVariant(QMetaType::fromType<double>());
        return QVariant(QMetaType::fromType<QString>());
    }
    if (c.type == u"INTEGER"_s)
        return v.isBool() ? QVariant(qlonglong(v.toBool() ? 1 : 0)) : QVariant(qlonglong(v.toDouble()));
    if (c.type == u"REAL"_s)
        return QVariant(v.toDouble());
    if (v.isArray() || v.isObject())
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

} // namespace

JsonlTransfer::JsonlTransfer(ServerCore &core) : m_core(core) {}

JsonlTransfer::Result JsonlTransfer::importDirectory(const QString &dir, const QString &actor, const Progress &progress)
{
    ServerDb &db = m_core.db();
    const QByteArray lookupKey =
        QByteArray::fromHex(db.scalar(u"SELECT value FROM settings WHERE key = 'lookup_key'"_s).toString().toLatin1());
    Result result;
    if (!QDir(dir).exists())
        throw ApiError::badRequest(u"no directory %1"_s.arg(dir));
    RowStore rows(db);
    for (const TableInfo &t : DomainTables::instance().tables()) {
        QFile file(QDir(dir).filePath(t.name + u".jsonl"_s));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            throw ApiError::badRequest(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        QStringList marks(t.columns.size(), u"?"_s);
        QStringList updates;
        for (const ColumnInfo &c : t.columns) {
            if (c.name != u"id"_s)
                updates << c.name + u" = excluded."_s + c.name;
        }
        const QString sql = u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4"_s.arg(
            t.name, t.columnNames().join(u", "_s), marks.join(u", "_s), updates.join(u", "_s));
        qint64 lineNo = 0, count = 0;
        bool eof = false;
        while (!eof) {
            db.write([&] {
                QSqlQuery insert(db.connection());
                insert.prepare(sql);
                qint64 version = 0;
                int inBatch = 0;
                while (inBatch < kBatch) {
                    if (file.atEnd()) {
                        eof = true;
                        break;
                    }
                    const QByteArray line = file.readLine().trimmed();
                    ++lineNo;
                    if (line.isEmpty())
                        continue;
                    QJsonParseError err{};
                    const QJsonObject obj = QJsonDocument::fromJson(line, &err).object();
                    if (err.error != QJsonParseError::NoError || obj.isEmpty())
                        throw ApiError::badRequest(
                            u"%1:%2: not a JSON object (%3)"_s.arg(file.fileName()).arg(lineNo).arg(err.errorString()));
                    for (auto it = obj.begin(); it != obj.end(); ++it) {
                        if (t.column(it.key()) < 0)
                            throw ApiError::badRequest(u"%1:%2: %3 has no column '%4'"_s.arg(file.fileName())
                                                           .arg(lineNo)
                                                           .arg(t.name, it.key()));
                    }
                    const QString id = obj.value(u"id"_s).toString();
                    if (id.isEmpty())
                        throw ApiError::badRequest(u"%1:%2: a row needs an id"_s.arg(file.fileName()).arg(lineNo));
                    if (version == 0)
                        version = db.allocateVersions(kBatch); // a block per batch; unused numbers are simply gaps
                    const qint64 v = version + inBatch;
                    QVariantMap values;
                    for (const ColumnInfo &c : t.columns) {
                        QVariant x;
                        if (c.name == u"server_version"_s)
                            x = v;
                        else if (c.name == u"name_key"_s && t.name == u"customers"_s && !obj.contains(c.name))
                            x = Normalize::nameKey(obj.value(u"display_name"_s).toString());
                        else if (c.name == u"value_hash"_s && !obj.contains(c.name))
                            x = Normalize::identityHash(obj.value(u"kind"_s).toString(),
                                                        obj.value(u"value"_s).toString(), lookupKey);
                        else if (!obj.contains(c.name) && !c.defaultSql.isEmpty())
                            x = typed(c, QJsonValue(c.type == u"TEXT"_s ? QJsonValue(c.defaultSql.mid(1).chopped(1))
                                                                        : QJsonValue(c.defaultSql.toDouble())));
                        else
                            x = typed(c, obj.value(c.name));
                        values.insert(c.name, x);
                        insert.addBindValue(x);
                    }
                    if (!insert.exec())
                        throw ApiError::badRequest(
                            u"%1:%2: %3"_s.arg(file.fileName()).arg(lineNo).arg(insert.lastError().text()));
                    rows.recordChange(t.name, id, v, rows.scopeOf(t.name, values));
                    ++inBatch;
                }
                count += inBatch;
            });
            if (progress)
                progress(t.name, count);
        }
        result.rows.insert(t.name, count);
        result.total += count;
    }
    QJsonObject detail;
    for (auto it = result.rows.cbegin(); it != result.rows.cend(); ++it)
        detail.insert(it.key(), it.value());
    m_core.audit().record(actor, u"import"_s, dir, {}, detail);
    return result;
}

JsonlTransfer::Result JsonlTransfer::exportDirectory(const QString &dir, const QString &actor)
{
    if (!QDir().mkpath(dir))
        throw ApiError::badRequest(u"cannot create %1"_s.arg(dir));
    ServerDb &db = m_core.db();
    Result result;
    db.read([&] {
        for (const TableInfo &t : DomainTables::instance().tables()) {
            QSaveFile file(QDir(dir).filePath(t.name + u".jsonl"_s));
            if (!file.open(QIODevice::WriteOnly))
                throw ApiError::badRequest(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
            QSqlQuery q = db.exec(u"SELECT %1 FROM %2 ORDER BY id"_s.arg(t.columnNames().join(u", "_s), t.name));
            qint64 n = 0;
            while (q.next()) {
                QJsonObject o;
                for (int i = 0; i < t.columns.size(); ++i) {
                    const ColumnInfo &c = t.columns[i];
                    if (c.name == u"server_version"_s || c.name == u"name_key"_s || c.name == u"value_hash"_s)
                        continue; // derived or server bookkeeping: not part of JSON Lines
                    const QVariant v = q.value(i);
                    if (v.isNull())
                        o.insert(c.name, QJsonValue::Null);
                    else if (c.type == u"INTEGER"_s)
                        o.insert(c.name, v.toLongLong());
                    else if (c.type == u"REAL"_s)
                        o.insert(c.name, v.toDouble());
                    else
                        o.insert(c.name, v.toString());
                }
                file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
                file.write("\n");
                ++n;
            }
            if (!file.commit())
                throw ApiError::badRequest(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
            result.rows.insert(t.name, n);
            result.total += n;
        }
    });
    m_core.audit().record(actor, u"export"_s, dir, {}, {{u"rows"_s, result.total}});
    return result;
}

} // namespace panorama::server
