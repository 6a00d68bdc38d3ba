#include "core/domain/JsonlImporter.h"

#include "core/domain/DomainSchema.h"
#include "core/domain/Normalize.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

constexpr qint64 kProgressEvery = 50000;

[[noreturn]] void malformed(const QString &file, qint64 line, const QString &why)
{
    throw StorageError(StorageErrorKind::Misuse, u"%1:%2: %3"_s.arg(file).arg(line).arg(why));
}

struct TableShape
{
    QStringList columns;      // columns filled from JSON, in statement order
    QStringList derived;      // columns computed by the importer, appended after
    QList<QVariant> defaults; // per column in `columns`: the schema default bound when JSON omits the field
    QByteArray insertSql;
};

TableShape shapeOf(Database &db, const QString &table)
{
    TableShape shape;
    Query q = db.query("SELECT name, dflt_value FROM pragma_table_info(?)");
    q.bind(1, table);
    while (q.next()) {
        const QString column = q->text(0);
        if ((table == u"customers"_s && column == u"name_key"_s) ||
            (table == u"identities"_s && column == u"value_hash"_s)) {
            shape.derived << column;
            continue;
        }
        shape.columns << column;
        // Defaults in this schema are plain literals: 'text', integers or reals.
        const QString dflt = q->text(1);
        if (dflt.isEmpty())
            shape.defaults << QVariant();
        else if (dflt.startsWith(u'\''))
            shape.defaults << QVariant(dflt.mid(1, dflt.size() - 2).replace(u"''"_s, u"'"_s));
        else if (dflt.contains(u'.'))
            shape.defaults << QVariant(dflt.toDouble());
        else
            shape.defaults << QVariant(dflt.toLongLong());
    }
    const QStringList all = shape.columns + shape.derived;
    QStringList marks;
    for (qsizetype i = 0; i < all.size(); ++i)
        marks << u"?"_s;
    // Identifiers come only from the schema itself, never from the input.
    shape.insertSql = (u"INSERT OR REPLACE INTO "_s + table + u" ("_s + all.join(u", "_s) + u") VALUES ("_s +
                       marks.join(u", "_s) + u")"_s)
                          .toUtf8();
    return shape;
}

void bindJson(Query &q, int index, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        q.bind(index, nullptr);
        break;
    case QJsonValue::Bool:
        q.bind(index, v.toBool());
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
            q.bind(index, static_cast<int64_t>(d));
        else
            q.bind(index, d);
        break;
    }
    case QJsonValue::String:
        q.bind(index, v.toString());
        break;
    case QJsonValue::Array:
        q.bind(index, QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
        break;
    case QJsonValue::Object:
        q.bind(index, QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        break;
    }
}

} // namespace

JsonlImporter::JsonlImporter(Database &db) : m_db(db) {}

QByteArray JsonlImporter::lookupKey(Database &db)
{
    Query q = db.query("SELECT value FROM meta WHERE key = 'lookup_key'");
    if (q.next())
        return QByteArray::fromHex(q->text(0).toLatin1());
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    db.query("INSERT INTO meta(key, value) VALUES ('lookup_key', ?)").bind(1, QString::fromLatin1(key.toHex())).exec();
    return key;
}

JsonlImporter::Result JsonlImporter::importDirectory(const QString &dir, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const QDir d(dir);
    if (!d.exists())
        throw StorageError(StorageErrorKind::Io, u"no directory %1"_s.arg(dir));
    for (const QString &f : d.entryList({u"*.jsonl"_s}, QDir::Files)) {
        if (!DomainSchema::syncedTables().contains(QFileInfo(f).completeBaseName()))
            throw StorageError(StorageErrorKind::Misuse, u"%1: unknown table file %2"_s.arg(dir, f));
    }
    QStringList present;
    for (const QString &table : DomainSchema::syncedTables()) {
        if (d.exists(table + u".jsonl"_s))
            present << table;
    }
    if (present.isEmpty())
        throw StorageError(StorageErrorKind::Misuse,
                           u"%1 holds no <table>.jsonl files (expected e.g. customers.jsonl, orders.jsonl)"_s.arg(dir));

    Result result;
    // One transaction: all or nothing. The outbox is not involved, so durability of the middle does not matter.
    m_db.setSynchronousFull(false);
    Transaction tx(m_db);
    m_lookupKey = lookupKey(m_db);
    for (const QString &table : present) {
        const qint64 rows = importTable(table, d.filePath(table + u".jsonl"_s), progress);
        result.rowsPerTable.insert(table, rows);
        result.totalRows += rows;
    }
    tx.commit();
    m_db.setSynchronousFull(true);
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

qint64 JsonlImporter::importTable(const QString &table, const QString &file, const Progress &progress)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw StorageError(StorageErrorKind::Io, u"cannot read %1: %2"_s.arg(file, in.errorString()));
    const TableShape shape = shapeOf(m_db, table);
    QHash<QString, int> index;
    for (qsizetype i = 0; i < shape.columns.size(); ++i)
        index.insert(shape.columns[i], int(i) + 1);
    const int derivedBase = int(shape.columns.size()) + 1;
    const bool isCustomers = table == u"customers"_s;
    const bool isIdentities = table == u"identities"_s;

    std::vector<bool> given(size_t(shape.columns.size()), false);
    qint64 lineNo = 0;
    qint64 rows = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError)
            malformed(file, lineNo, u"not valid JSON (%1 at column %2)"_s.arg(err.errorString()).arg(err.offset + 1));
        if (!doc.isObject())
            malformed(file, lineNo, u"expected a JSON object"_s);
        const QJsonObject obj = doc.object();
        if (!obj.value(u"id"_s).isString() || obj.value(u"id"_s).toString().isEmpty())
            malformed(file, lineNo, u"missing string field \"id\""_s);

        Query q = m_db.query(shape.insertSql.constData());
        std::fill(given.begin(), given.end(), false);
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const int i = index.value(it.key(), 0);
            if (i == 0)
                malformed(file, lineNo, u"unknown field \"%1\" for table %2"_s.arg(it.key(), table));
            bindJson(q, i, it.value());
            given[i - 1] = true;
        }
        // Columns absent from the object take the schema's default (or NULL, which NOT NULL then rejects).
        for (size_t i = 0; i < given.size(); ++i) {
            if (!given[i] && shape.defaults[qsizetype(i)].isValid())
                q.bind(int(i) + 1, shape.defaults[qsizetype(i)]);
        }
        if (isCustomers)
            q.bind(derivedBase, Normalize::nameKey(obj.value(u"display_name"_s).toString()));
        if (isIdentities)
            q.bind(derivedBase, Normalize::identityHash(obj.value(u"kind"_s).toString(),
                                                        obj.value(u"value"_s).toString(), m_lookupKey));
        try {
            q.exec();
        } catch (const StorageError &e) {
            throw StorageError(e.kind(), u"%1:%2: %3"_s.arg(file).arg(lineNo).arg(e.message()), e.sqliteCode());
        }
        ++rows;
        if (progress && rows % kProgressEvery == 0 && !progress(table, rows))
            throw StorageError(StorageErrorKind::Misuse, u"import cancelled; nothing was changed"_s);
    }
    return rows;
}

} // namespace panorama
