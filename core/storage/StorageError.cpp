#include "core/storage/StorageError.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace panorama {

StorageError::StorageError(StorageErrorKind kind, QString message, int sqliteCode)
    : m_kind(kind), m_message(std::move(message)), m_sqliteCode(sqliteCode), m_utf8(m_message.toUtf8())
{}

QString StorageError::kindName(StorageErrorKind kind)
{
    switch (kind) {
    case StorageErrorKind::Io:
        return u"io"_s;
    case StorageErrorKind::WrongKey:
        return u"wrong-key"_s;
    case StorageErrorKind::Damaged:
        return u"damaged"_s;
    case StorageErrorKind::Busy:
        return u"busy"_s;
    case StorageErrorKind::Constraint:
        return u"constraint"_s;
    case StorageErrorKind::Schema:
        return u"schema"_s;
    case StorageErrorKind::Misuse:
        return u"misuse"_s;
    }
    return u"unknown"_s;
}

StorageErrorKind StorageError::kindForSqlite(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
        return StorageErrorKind::Constraint;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageErrorKind::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageErrorKind::Damaged;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return StorageErrorKind::Io;
    default:
        return StorageErrorKind::Misuse;
    }
}

void StorageError::throwSqlite(int rc, const QString &message)
{
    const StorageErrorKind kind = kindForSqlite(rc);
    if (kind == StorageErrorKind::Damaged && !message.startsWith(u"the cache is damaged"_s))
        throw StorageError(kind, u"the cache is damaged: "_s + message, rc);
    throw StorageError(kind, message, rc);
}

} // namespace panorama
