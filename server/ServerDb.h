#pragma once

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace panorama::server {

enum class Dialect
{
    Sqlite,
    Postgres
};

// Where the server keeps its data: a SQLite file (zero configuration) or a PostgreSQL database.
struct DbConfig
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host, user, password, database;
    int port = 5432;

    static DbConfig sqlite(const QString &path);
    // postgresql://user[:password]@host[:port]/database; throws DbError naming what is wrong.
    static DbConfig fromUrl(const QString &url);
    QString describe() const; // for logs; never includes the password
};

// The server's database: one QtSql connection per thread (QSqlDatabase may not cross threads), opened on first
// use, plus helpers that bind every value and turn failures into DbError. Write transactions are serialised
// in-process for SQLite (one writer) and rely on the version counter's row lock on PostgreSQL.
class ServerDb final
{
public:
    explicit ServerDb(DbConfig config);
    ~ServerDb();
    ServerDb(const ServerDb &) = delete;
    ServerDb &operator=(const ServerDb &) = delete;

    Dialect dialect() const { return m_config.dialect; }
    const DbConfig &config() const { return m_config; }
    // This thread's connection (opened on first use; throws DbError if it cannot be opened).
    QSqlDatabase connection();

    // Prepares, binds and runs one statement on this thread's connection.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    // Like exec, but the statement is prepared once per thread and SQL text and reused (hot paths: import, push).
    // The returned query is shared with the cache: read it before running the same SQL again on this thread.
    QSqlQuery &run(const QString &sql, const QVariantList &binds);
    // run() for a single value: the first column of the first row (or an invalid QVariant); the statement is reset.
    QVariant runScalar(const QString &sql, const QVariantList &binds);
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    // Runs several DDL statements separated by ';' (no values).
    void execScript(const QString &script);

    // Runs fn in a write transaction (BEGIN IMMEDIATE on SQLite), committing if it returns and rolling back if
    // it throws. Retryable database errors (a lost race) are retried up to `attempts` times.
    void write(const std::function<void()> &fn, int attempts = 5);
    // Runs fn in a read transaction so all its statements see one snapshot.
    void read(const std::function<void()> &fn);

    // Takes the version counter's row lock (held to commit) and returns the next `count` versions' first number.
    qint64 allocateVersions(int count = 1);

    static bool isUniqueViolation(const QSqlError &error);

private:
    void begin(bool write);
    void finish(bool commit);

    DbConfig m_config;
    QString m_prefix;
    QMutex m_sqliteWriter;
    QMutex m_preparedLock;
    // Per thread: its connection's prepared statements (heap entries: references stay valid across rehashes).
    QHash<Qt::HANDLE, std::shared_ptr<QHash<QString, std::shared_ptr<QSqlQuery>>>> m_prepared;
};

} // namespace panorama::server
