#include "server/ServerDb.h"

#include "server/ServerError.h"

#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace panorama::server {

DbConfig DbConfig::sqlite(const QString &path)
{
    DbConfig c;
    c.dialect = Dialect::Sqlite;
    c.sqlitePath = path;
    return c;
}

DbConfig DbConfig::fromUrl(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || (u.scheme() != u"postgresql"_s && u.scheme() != u"postgres"_s))
        throw DbError(u"--db expects postgresql://user@host:port/database, got '%1'"_s.arg(url), false);
    DbConfig c;
    c.dialect = Dialect::Postgres;
    c.host = u.host().isEmpty() ? u"127.0.0.1"_s : u.host();
    c.port = u.port(5432);
    c.user = u.userName();
    c.password = u.password();
    c.database = u.path().mid(1);
    if (c.database.isEmpty())
        throw DbError(u"--db URL '%1' names no database"_s.arg(u.toDisplayString(QUrl::RemovePassword)), false);
    return c;
}

QString DbConfig::describe() const
{
    if (dialect == Dialect::Sqlite)
        return u"SQLite %1"_s.arg(sqlitePath);
    return u"PostgreSQL %1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

ServerDb::ServerDb(DbConfig config)
    : m_config(std::move(config)), m_prefix(u"panorama-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'-')
{}

ServerDb::~ServerDb()
{
    // Connections of worker threads close when the process ends; this thread's can be removed now.
    const QString name = m_prefix + QString::number(quintptr(QThread::currentThreadId()));
    {
        QMutexLocker lock(&m_preparedLock);
        m_prepared.clear();
    }
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase ServerDb::connection()
{
    const QString name = m_prefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        {
            QMutexLocker lock(&m_preparedLock);
            m_prepared.remove(QThread::currentThreadId()); // statements of the old connection
        }
        if (db.open())
            return db;
        throw DbError(u"cannot reopen %1: %2"_s.arg(m_config.describe(), db.lastError().text()), false);
    }
    QSqlDatabase db;
    if (m_config.dialect == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
    } else {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.database);
    }
    if (!db.isValid())
        throw DbError(u"the Qt SQL driver for %1 is not installed (libqt6sql6-sqlite / libqt6sql6-psql)"_s.arg(
                          m_config.describe()),
                      false);
    if (!db.open())
        throw DbError(u"cannot open %1: %2"_s.arg(m_config.describe(), db.lastError().text()), false);
    QSqlQuery q(db);
    if (m_config.dialect == Dialect::Sqlite) {
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=FULL"_s);
        q.exec(u"PRAGMA foreign_keys=OFF"_s);
    } else {
        q.exec(u"SET client_min_messages TO WARNING"_s);
    }
    return db;
}

bool ServerDb::isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"23505"_s || code == u"2067"_s || code == u"1555"_s ||
           error.databaseText().contains(u"UNIQUE constraint failed"_s);
}

namespace {

bool isRetryable(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // 40001 serialization_failure, 40P01 deadlock_detected, 23505 unique_violation (a race on an idempotency
    // key), SQLite 5/6 busy/locked.
    return code == u"40001"_s || code == u"40P01"_s || ServerDb::isUniqueViolation(error) || code == u"5"_s ||
           code == u"6"_s || code == u"517"_s;
}

} // namespace

QSqlQuery ServerDb::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (binds.isEmpty()) { // no values: no server-side prepare round trip
        if (!q.exec(sql))
            throw DbError(u"\"%1\" failed: %2"_s.arg(sql.left(160), q.lastError().text()), isRetryable(q.lastError()));
        return q;
    }
    if (!q.prepare(sql))
        throw DbError(u"cannot prepare \"%1\": %2"_s.arg(sql.left(160), q.lastError().text()),
                      isRetryable(q.lastError()));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        throw DbError(u"\"%1\" failed: %2"_s.arg(sql.left(160), q.lastError().text()), isRetryable(q.lastError()));
    return q;
}

QSqlQuery &ServerDb::run(const QString &sql, const QVariantList &binds)
{
    QSqlDatabase db = connection();
    QSqlQuery *q = nullptr;
    {
        QMutexLocker lock(&m_preparedLock);
        auto &mine = m_prepared[QThread::currentThreadId()];
        if (!mine)
            mine = std::make_shared<QHash<QString, std::shared_ptr<QSqlQuery>>>();
        std::shared_ptr<QSqlQuery> &slot = (*mine)[sql];
        if (!slot) {
            auto fresh = std::make_shared<QSqlQuery>(db);
            fresh->setForwardOnly(true);
            if (!fresh->prepare(sql)) {
                const QSqlError err = fresh->lastError();
                mine->remove(sql);
                throw DbError(u"cannot prepare \"%1\": %2"_s.arg(sql.left(160), err.text()), isRetryable(err));
            }
            slot = std::move(fresh);
        }
        q = slot.get();
    }
    q->finish();
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds[i]);
    if (!q->exec())
        throw DbError(u"\"%1\" failed: %2"_s.arg(sql.left(160), q->lastError().text()), isRetryable(q->lastError()));
    return *q;
}

QVariant ServerDb::runScalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = run(sql, binds);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

QVariant ServerDb::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

void ServerDb::execScript(const QString &script)
{
    QSqlQuery q(connection());
    const QStringList parts = script.split(u";\n"_s, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString sql = part.trimmed();
        if (sql.isEmpty())
            continue;
        if (!q.exec(sql))
            throw DbError(u"\"%1\" failed: %2"_s.arg(sql.left(200), q.lastError().text()), false);
    }
}

void ServerDb::begin(bool write)
{
    QSqlQuery q(connection());
    const QString sql = m_config.dialect == Dialect::Sqlite ? (write ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s) : u"BEGIN"_s;
    if (!q.exec(sql))
        throw DbError(u"cannot begin a transaction on %1: %2"_s.arg(m_config.describe(), q.lastError().text()),
                      isRetryable(q.lastError()));
}

void ServerDb::finish(bool commit)
{
    QSqlQuery q(connection());
    if (!q.exec(commit ? u"COMMIT"_s : u"ROLLBACK"_s) && commit)
        throw DbError(u"commit failed on %1: %2"_s.arg(m_config.describe(), q.lastError().text()),
                      isRetryable(q.lastError()));
}

void ServerDb::write(const std::function<void()> &fn, int attempts)
{
    for (int attempt = 1;; ++attempt) {
        std::unique_ptr<QMutexLocker<QMutex>> lock;
        if (m_config.dialect == Dialect::Sqlite)
            lock = std::make_unique<QMutexLocker<QMutex>>(&m_sqliteWriter);
        begin(true);
        try {
            fn();
            finish(true);
            return;
        } catch (const DbError &e) {
            finish(false);
            if (!e.retryable() || attempt >= attempts)
                throw;
        } catch (...) {
            finish(false);
            throw;
        }
        lock.reset();
        QThread::msleep(5 * attempt);
    }
}

void ServerDb::read(const std::function<void()> &fn)
{
    if (m_config.dialect == Dialect::Postgres) {
        QSqlQuery q(connection());
        if (!q.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
            throw DbError(u"cannot begin a read transaction: %1"_s.arg(q.lastError().text()), true);
    } else {
        begin(false);
    }
    try {
        fn();
        finish(true);
    } catch (...) {
        finish(false);
        throw;
    }
}

qint64 ServerDb::allocateVersions(int count)
{
    // The row lock taken by this UPDATE is held until the transaction ends, so versions are handed out in commit
    // order (see docs/sync-protocol.md, "commit-safe cursor").
    const qint64 last =
        runScalar(u"UPDATE counters SET value = value + ? WHERE name = 'version' RETURNING value"_s, {qint64(count)})
            .toLongLong();
    return last - count + 1;
}

} // namespace panorama::server
