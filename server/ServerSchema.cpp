#include "server/ServerSchema.h"

#include "server/DomainTables.h"
#include "server/ServerDb.h"
#include "server/ServerError.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace panorama::server::ServerSchema {

namespace {

QString randomHex(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        b[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(b.toHex());
}

void version1(ServerDb &db)
{
    const Dialect d = db.dialect();
    const QString big = d == Dialect::Postgres ? u"BIGINT"_s : u"INTEGER"_s;
    for (const QString &sql : DomainTables::instance().ddl(d))
        db.exec(sql);
    QStringList ddl = {
        u"CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,"
        " role TEXT NOT NULL, store_id TEXT, region TEXT, team TEXT, display_name TEXT,"
        " disabled %1 NOT NULL DEFAULT 0, created_at %1 NOT NULL)"_s,
        u"CREATE TABLE refresh_tokens (hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, device TEXT,"
        " created_at %1 NOT NULL, expires_at %1 NOT NULL, revoked_at %1)"_s,
        u"CREATE TABLE changes (version %1 PRIMARY KEY, tbl TEXT NOT NULL, row_id TEXT NOT NULL, scope TEXT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX changes_row ON changes (tbl, row_id)"_s,
        u"CREATE INDEX changes_scope ON changes (scope, version)"_s,
        u"CREATE TABLE counters (name TEXT PRIMARY KEY, value %1 NOT NULL)"_s,
        u"CREATE TABLE mutations (id TEXT PRIMARY KEY, client_id TEXT NOT NULL, user_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, status TEXT NOT NULL, applied_at %1 NOT NULL, result TEXT NOT NULL)"_s,
        u"CREATE TABLE conflicts (id TEXT PRIMARY KEY, mutation_id TEXT NOT NULL, user_id TEXT NOT NULL,"
        " tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, base TEXT, mine TEXT, theirs TEXT,"
        " created_at %1 NOT NULL)"_s,
        u"CREATE TABLE reveal_requests (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, tbl TEXT NOT NULL,"
        " row_id TEXT NOT NULL, field TEXT NOT NULL, reason TEXT NOT NULL, status TEXT NOT NULL,"
        " created_at %1 NOT NULL, decided_by TEXT, decided_at %1, expires_at %1)"_s,
        u"CREATE TABLE audit_log (seq %1 PRIMARY KEY, at %1 NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
        " subject TEXT, reason TEXT, detail TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
        u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"_s,
    };
    for (const QString &sql : ddl)
        db.exec(sql.contains(u"%1"_s) ? sql.arg(big) : sql);
    // The audit log is append-only at the database level too: updates and deletes abort.
    if (d == Dialect::Sqlite) {
        db.exec(u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s);
        db.exec(u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s);
    } else {
        db.exec(u"CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"_s);
        db.exec(u"CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"_s);
    }
    db.exec(u"INSERT INTO counters (name, value) VALUES ('version', 0), ('audit', 0)"_s);
    db.exec(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {u"token_secret"_s, randomHex(32)});
    db.exec(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {u"lookup_key"_s, randomHex(32)});
    db.exec(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {u"server_id"_s, randomHex(8)});
}

// Step 2: a database created before a later step of the domain ladder gets the columns and indexes it lacks (a fresh
// database already has them from step 1, so this adds nothing there); plus the server-side engine tables: QA and
// routing rule sets and routing models, every revision kept (current = highest revision of a kind).
void version2(ServerDb &db)
{
    const Dialect d = db.dialect();
    const QString big = d == Dialect::Postgres ? u"BIGINT"_s : u"INTEGER"_s;
    for (const TableInfo &t : DomainTables::instance().tables()) {
        QStringList have;
        QSqlQuery q =
            d == Dialect::Postgres
                ? db.exec(u"SELECT column_name FROM information_schema.columns WHERE table_name = ?"_s, {t.name})
                : db.exec(u"SELECT name FROM pragma_table_info(?)"_s, {t.name});
        while (q.next())
            have << q.value(0).toString();
        for (const ColumnInfo &c : t.columns) {
            if (have.contains(c.name))
                continue;
            const QString type = d == Dialect::Postgres ? (c.type == u"INTEGER"_s ? u"BIGINT"_s
                                                           : c.type == u"REAL"_s  ? u"DOUBLE PRECISION"_s
                                                                                  : u"TEXT"_s)
                                                        : c.type;
            db.exec(u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(t.name, c.name, type));
        }
        for (const IndexInfo &idx : t.indexes) {
            if (!idx.unique)
                db.exec(u"CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)"_s.arg(idx.name, t.name, idx.columns.join(u", "_s)));
        }
    }
    db.exec(
        u"CREATE TABLE engine_configs (kind TEXT NOT NULL, revision %1 NOT NULL, version TEXT NOT NULL,"
        " body TEXT NOT NULL, info TEXT, updated_by TEXT, updated_at %1 NOT NULL, PRIMARY KEY (kind, revision))"_s.arg(
            big));
}

struct Step
{
    int version;
    QString description;
    std::function<void(ServerDb &)> apply;
};

const std::vector<Step> &ladder()
{
    static const std::vector<Step> steps = {
        {1, u"domain tables, users, tokens, change feed, mutations, audit log"_s, version1},
        {2, u"later domain columns; QA and routing engine configurations"_s, version2},
    };
    return steps;
}

} // namespace

int latestVersion()
{
    return int(ladder().size());
}

int migrate(ServerDb &db)
{
    const QString big = db.dialect() == Dialect::Postgres ? u"BIGINT"_s : u"INTEGER"_s;
    db.exec(u"CREATE TABLE IF NOT EXISTS schema_version (component TEXT NOT NULL, version INTEGER NOT NULL,"
            " description TEXT NOT NULL, applied_at %1 NOT NULL, PRIMARY KEY (component, version))"_s.arg(big));
    int applied = 0;
    for (const Step &step : ladder()) {
        bool done = false;
        db.write(
            [&] {
                // Re-read inside the transaction: another server process may have migrated meanwhile.
                if (db.dialect() == Dialect::Postgres)
                    db.exec(u"LOCK TABLE schema_version IN EXCLUSIVE MODE"_s);
                const int current =
                    db.scalar(u"SELECT coalesce(max(version), 0) FROM schema_version WHERE component = 'server'"_s)
                        .toInt();
                if (current > latestVersion())
                    throw DbError(
                        u"the database %1 has server schema version %2, newer than this panorama-server (%3)"_s
                            .arg(db.config().describe())
                            .arg(current)
                            .arg(latestVersion()),
                        false);
                if (step.version <= current) {
                    done = true;
                    return;
                }
                step.apply(db);
                db.exec(
                    u"INSERT INTO schema_version (component, version, description, applied_at) VALUES ('server', ?, ?, ?)"_s,
                    {step.version, step.description, QDateTime::currentMSecsSinceEpoch()});
            },
            1);
        if (!done)
            ++applied;
    }
    return applied;
}

} // namespace panorama::server::ServerSchema
