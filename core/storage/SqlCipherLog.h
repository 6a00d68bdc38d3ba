#pragma once

#include <QLoggingCategory>

namespace panorama {

Q_DECLARE_LOGGING_CATEGORY(lcSqlCipher)

// SQLCipher writes its log to a FILE*; we point it at a pipe whose reader forwards each line to Qt
// logging (category "panorama.sqlcipher"), so nothing goes straight to stderr. Idempotent.
void installSqlCipherLogRouting();

} // namespace panorama
