#include "core/storage/SqlCipherLog.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdio>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace panorama {

Q_LOGGING_CATEGORY(lcSqlCipher, "panorama.sqlcipher", QtWarningMsg)

namespace {

std::atomic_bool g_routed{false};

void forwardLines(int fd)
{
    QByteArray pending;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            return;
        pending.append(buf, n);
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
            if (line.isEmpty())
                continue;
            if (line.contains(" ERROR "))
                qCCritical(lcSqlCipher, "%s", line.constData());
            else
                qCWarning(lcSqlCipher, "%s", line.constData());
        }
    }
}

} // namespace

void installSqlCipherLogRouting()
{
    static std::once_flag once;
    std::call_once(once, [] {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return;
        std::thread(forwardLines, fds[0]).detach();
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
            const QByteArray target = "PRAGMA cipher_log = '/proc/self/fd/" + QByteArray::number(fds[1]) + "'";
            sqlite3_exec(db, target.constData(), nullptr, nullptr, nullptr);
            sqlite3_exec(db, "PRAGMA cipher_log_level = WARN", nullptr, nullptr, nullptr);
        }
        sqlite3_close(db);
        // SQLCipher opened its own descriptor on the pipe; ours is no longer needed.
        ::close(fds[1]);
        g_routed = true;
    });
}

void flushSqlCipherLog()
{
    // SQLCipher keeps its FILE* to itself; fflush(nullptr) flushes every output stream, that one included.
    if (g_routed)
        std::fflush(nullptr);
}

} // namespace panorama
