#include "server/DomainTables.h"

#include "core/domain/DomainSchema.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace panorama::server {

QStringList TableInfo::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const ColumnInfo &c : columns)
        names << c.name;
    return names;
}

DomainTables::DomainTables()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"schema.db"_s), DatabaseKey::plain(), {.create = true});
    DomainSchema::migrate(*db);
    for (const QString &name : DomainSchema::syncedTables()) {
        TableInfo t;
        t.name = name;
        const QByteArray info = "PRAGMA table_info(" + name.toUtf8() + ")";
        Query q = db->query(info.constData());
        while (q.next()) {
            ColumnInfo c{q->text(1), q->text(2).toUpper(), q->integer(3) != 0, q->isNull(4) ? QString() : q->text(4)};
            t.position.insert(c.name, int(t.columns.size()));
            t.columns << c;
        }
        const QByteArray list = "PRAGMA index_list(" + name.toUtf8() + ")";
        Query iq = db->query(list.constData());
        while (iq.next()) {
            const QString origin = iq->text(3);
            if (origin == u"pk"_s)
                continue;
            IndexInfo idx;
            idx.unique = iq->integer(2) != 0;
            idx.name = origin == u"u"_s ? name + u"_unique_"_s + QString::number(t.indexes.size()) : iq->text(1);
            const QByteArray cols = "PRAGMA index_info(" + iq->text(1).toUtf8() + ")";
            Query cq = db->query(cols.constData());
            while (cq.next())
                idx.columns << cq->text(2);
            t.indexes << idx;
        }
        m_tables << t;
    }
}

const DomainTables &DomainTables::instance()
{
    static const DomainTables tables;
    return tables;
}

const TableInfo *DomainTables::table(const QString &name) const
{
    for (const TableInfo &t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList DomainTables::ddl(Dialect dialect) const
{
    QStringList out;
    for (const TableInfo &t : m_tables) {
        QStringList cols;
        for (const ColumnInfo &c : t.columns) {
            QString type = c.type;
            if (dialect == Dialect::Postgres)
                type = type == u"INTEGER"_s ? u"BIGINT"_s : type == u"REAL"_s ? u"DOUBLE PRECISION"_s : u"TEXT"_s;
            QString def = c.name + u' ' + type;
            if (c.name == u"id"_s)
                def += u" PRIMARY KEY"_s;
            if (c.notNull)
                def += u" NOT NULL"_s;
            if (!c.defaultSql.isEmpty())
                def += u" DEFAULT "_s + c.defaultSql;
            cols << def;
        }
        out << u"CREATE TABLE %1 (%2)"_s.arg(t.name, cols.join(u", "_s));
        for (const IndexInfo &idx : t.indexes)
            out << u"CREATE %1INDEX %2 ON %3 (%4)"_s.arg(idx.unique ? u"UNIQUE "_s : QString(), idx.name, t.name,
                                                         idx.columns.join(u", "_s));
    }
    return out;
}

} // namespace panorama::server
