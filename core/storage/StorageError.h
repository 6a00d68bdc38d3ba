#pragma once

#include <QString>

#include <exception>

namespace panorama {

// Why a storage operation failed, in terms a user (and a test) can act on.
enum class StorageErrorKind
{
    Io,         // file cannot be opened, read or written (permissions, disk full, missing directory)
    WrongKey,   // the key does not decrypt the cache (the file itself authenticates with the right key)
    Damaged,    // the file is truncated, tampered with or not a Panorama cache
    Busy,       // another process holds the lock past the busy timeout
    Constraint, // a UNIQUE / NOT NULL / CHECK / FOREIGN KEY constraint failed
    Schema,     // the cache was written by a newer Panorama, or a migration failed
    Misuse,     // a programming error: bad SQL, wrong bind index, statement used after finalize
};

// Thrown by the storage layer. The message names the cause and the file; nothing is overwritten or deleted.
class StorageError final : public std::exception
{
public:
    StorageError(StorageErrorKind kind, QString message, int sqliteCode = 0);

    StorageErrorKind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    int sqliteCode() const noexcept { return m_sqliteCode; }
    const char *what() const noexcept override { return m_utf8.constData(); }

    static QString kindName(StorageErrorKind kind);
    // The kind for a SQLite result code (primary or extended).
    static StorageErrorKind kindForSqlite(int rc);
    // Throws the error for a failed SQLite call; damaged files get a message that says so.
    [[noreturn]] static void throwSqlite(int rc, const QString &message);

private:
    StorageErrorKind m_kind;
    QString m_message;
    int m_sqliteCode;
    QByteArray m_utf8;
};

} // namespace panorama
