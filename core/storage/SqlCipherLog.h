#pragma once

#include <QLoggingCategory>

namespace panorama {

Q_DECLARE_LOGGING_CATEGORY(lcSqlCipher)

// SQLCipher writes its log to a FILE*; we point it at a pipe whose reader forwards each line to Qt
// logging (category "panorama.sqlcipher"), so nothing goes straight to stderr. Idempotent.
void installSqlCipherLogRouting();

// SQLCipher fopen()s its log target, and stdio fully buffers a pipe: a line stays in the buffer until
// 4 KiB accumulate. The storage layer calls this on every failure path (where SQLCipher has just logged
// why), so the line reaches Qt logging now rather than at exit. Cheap; a no-op before routing is installed.
void flushSqlCipherLog();

} // namespace panorama
