#pragma once

#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"

#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;

namespace panorama {

class Query;

// A 256-bit raw SQLCipher key, or none (plain SQLite: only for benchmarks and tests that compare).
// The bytes are wiped when the last copy goes away.
class DatabaseKey final
{
public:
    DatabaseKey() = default;
    static DatabaseKey raw(const QByteArray &bytes32);
    static DatabaseKey plain() { return {}; }
    ~DatabaseKey();
    DatabaseKey(const DatabaseKey &) = default;
    DatabaseKey &operator=(const DatabaseKey &) = default;

    bool isPlain() const { return m_bytes.isEmpty(); }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

struct DatabaseOptions
{
    bool create = false; // create the file (mode 0600) if it does not exist
    bool readOnly = false;
    int busyTimeoutMs = 5000;    // bounded wait for another process's lock
    bool synchronousFull = true; // outbox and audit must survive power loss; bulk imports may relax it
    int cacheSizeKiB = 64 * 1024;
};

// One SQLite/SQLCipher connection and its prepared-statement cache. Not thread-safe: one per thread.
// The first statement on every connection is the key; it is verified before anything else runs.
class Database final
{
public:
    static std::unique_ptr<Database> open(const QString &path, const DatabaseKey &key,
                                          const DatabaseOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs one or more statements with no parameters and no results (DDL, PRAGMA).
    void exec(const char *sql);
    // A cached prepared statement, reset when the Query goes away.
    Query query(const char *sql);
    // Convenience: first column of the first row, or an invalid QVariant.
    QVariant scalar(const char *sql);

    int64_t lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    const QString &path() const { return m_path; }
    bool isEncrypted() const { return m_encrypted; }
    sqlite3 *handle() const { return m_db; }

    // PRAGMA cipher_integrity_check (encrypted) or quick_check (plain): the list of problems, empty if sound.
    QStringList integrityProblems();
    void setSynchronousFull(bool full);

    // Maps a SQLite result code to a StorageError naming this database.
    [[noreturn]] void raise(int rc, const QString &context) const;

    // Version strings: "SQLite 3.51.3, SQLCipher 4.14.0 community".
    static QString libraryVersion();

private:
    Database(sqlite3 *db, QString path, bool encrypted);
    friend class Query;

    sqlite3 *m_db;
    QString m_path;
    bool m_encrypted;

public:
    struct Cached
    {
        std::unique_ptr<Statement> stmt;
        bool inUse = false;
    };

private:
    QHash<QByteArray, std::shared_ptr<Cached>> m_cache; // heap entries: a Query may point at one across rehashes
};

// A handle on a prepared statement; resets it and clears its bindings when it goes out of scope.
class Query final
{
public:
    Query(Query &&other) noexcept;
    Query &operator=(Query &&) = delete;
    Query(const Query &) = delete;
    ~Query();

    template <typename T> Query &bind(int index, const T &value)
    {
        m_stmt->bind(index, value);
        return *this;
    }
    Query &bind(int index, const char *utf8)
    {
        m_stmt->bind(index, utf8);
        return *this;
    }
    // Binds the arguments to parameters 1..N in order.
    template <typename... Args> Query &bindAll(const Args &...args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }
    bool next() { return m_stmt->next(); }
    int exec() { return m_stmt->exec(); }
    Statement &stmt() { return *m_stmt; }
    Statement *operator->() { return m_stmt; }

private:
    friend class Database;
    Query(Database::Cached *cached, Statement *stmt, std::unique_ptr<Statement> owned);

    Database::Cached *m_cached; // null for a private statement
    Statement *m_stmt;
    std::unique_ptr<Statement> m_owned; // a private copy when the cached statement is already in use
};

// RAII transaction: rolls back unless commit() was called. Immediate mode takes the write lock up front.
class Transaction final
{
public:
    enum class Mode
    {
        Deferred,
        Immediate
    };
    explicit Transaction(Database &db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace panorama
