#include "core/storage/StorageError.h"

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

} // namespace panorama
