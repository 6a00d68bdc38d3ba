#include "core/storage/Database.h"

#include "core/storage/SqlCipherLog.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

constexpr int kSqlCipherPageSize = 4096;

// Creates the file with mode 0600 before SQLite touches it, so the cache is never world-readable,
// even for an instant; SQLite gives its -wal and -shm files the same mode.
void createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return;
        throw StorageError(StorageErrorKind::Io,
                           u"cannot create %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(errno))));
    }
    ::close(fd);
}

} // namespace

DatabaseKey DatabaseKey::raw(const QByteArray &bytes32)
{
    if (bytes32.size() != 32)
        throw StorageError(StorageErrorKind::Misuse, u"a cache key must be 32 bytes, got %1"_s.arg(bytes32.size()));
    DatabaseKey key;
    key.m_bytes = bytes32;
    key.m_bytes.detach();
    return key;
}

DatabaseKey::~DatabaseKey()
{
    // Only the last owner of the shared buffer wipes it; a copy still in use keeps its bytes.
    if (!m_bytes.isEmpty() && !m_bytes.isDetached())
        return;
    volatile char *p = m_bytes.data();
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        p[i] = 0;
}

Database::Database(sqlite3 *db, QString path, bool encrypted)
    : m_db(db), m_path(std::move(path)), m_encrypted(encrypted)
{}

Database::~Database()
{
    m_cache.clear(); // finalize statements before closing
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Database> Database::open(const QString &path, const DatabaseKey &key, const DatabaseOptions &options)
{
    installSqlCipherLogRouting();

    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!existed && !options.create)
        throw StorageError(StorageErrorKind::Io, u"no cache at %1"_s.arg(path));
    if (!existed)
        createPrivateFile(path);

    // A SQLCipher file is a whole number of pages; anything else was truncated or is not ours.
    const qint64 size = QFileInfo(path).size();
    if (existed && size > 0 && !key.isPlain() && size % kSqlCipherPageSize != 0)
        throw StorageError(StorageErrorKind::Damaged,
                           u"%1 is damaged: its size (%2 bytes) is not a whole number of pages, "
                           "so it was truncated or is not a Panorama cache"_s.arg(path)
                               .arg(size));

    sqlite3 *raw = nullptr;
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    const QByteArray native = path.toUtf8();
    int rc = sqlite3_open_v2(native.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path, !key.isPlain()));
    if (rc != SQLITE_OK)
        db->raise(rc, u"cannot open"_s);

    // The first statement on the connection is the key.
    if (!key.isPlain()) {
        const QByteArray hexKey = "x'" + key.bytes().toHex() + "'";
        rc = sqlite3_key_v2(raw, "main", hexKey.constData(), int(hexKey.size()));
        if (rc != SQLITE_OK)
            db->raise(rc, u"cannot set the key on"_s);
    }
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);

    // Verify the key before anything else: reading sqlite_master decrypts and authenticates page 1.
    rc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        flushSqlCipherLog();
        if ((rc & 0xff) == SQLITE_NOTADB) {
            if (key.isPlain())
                throw StorageError(StorageErrorKind::Damaged, u"%1 is not a SQLite database"_s.arg(path), rc);
            throw StorageError(
                StorageErrorKind::WrongKey,
                u"the key does not open %1 (wrong key, or the file's first page was altered)"_s.arg(path), rc);
        }
        db->raise(rc, u"cannot read"_s);
    }

    if (!options.readOnly) {
        db->exec("PRAGMA journal_mode=WAL");
        db->exec("PRAGMA foreign_keys=ON");
    }
    db->setSynchronousFull(options.synchronousFull);
    const QByteArray cache = "PRAGMA cache_size=-" + QByteArray::number(options.cacheSizeKiB);
    db->exec(cache.constData());
    db->exec("PRAGMA temp_store=MEMORY");
    return db;
}

void Database::setSynchronousFull(bool full)
{
    exec(full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
}

void Database::raise(int rc, const QString &context) const
{
    flushSqlCipherLog();
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    StorageError::throwSqlite(rc, u"%1 %2: %3"_s.arg(context, m_path, detail));
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        flushSqlCipherLog();
        const QString detail = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        const QString head = QString::fromUtf8(sql).left(120);
        StorageError::throwSqlite(rc, u"%1 (in \"%2\" on %3)"_s.arg(detail, head, m_path));
    }
}

Query Database::query(const char *sql)
{
    const QByteArray key = QByteArray::fromRawData(sql, qsizetype(strlen(sql)));
    auto it = m_cache.find(key);
    if (it != m_cache.end() && !(*it)->inUse) {
        (*it)->inUse = true;
        return Query(it->get(), (*it)->stmt.get(), nullptr);
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        raise(rc, u"cannot prepare \"%1\" on"_s.arg(QString::fromUtf8(sql).left(200)));
    }
    auto owned = std::make_unique<Statement>(m_db, stmt);
    if (it != m_cache.end()) { // the cached one is busy (nested use): hand out a private statement
        Statement *ptr = owned.get();
        return Query(nullptr, ptr, std::move(owned));
    }
    auto entry = std::make_shared<Cached>();
    entry->stmt = std::move(owned);
    entry->inUse = true;
    Cached *ptr = entry.get();
    m_cache.insert(QByteArray(sql), std::move(entry));
    return Query(ptr, ptr->stmt.get(), nullptr);
}

QVariant Database::scalar(const char *sql)
{
    Query q = query(sql);
    return q.next() ? q->value(0) : QVariant();
}

int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

QStringList Database::integrityProblems()
{
    QStringList problems;
    try {
        Query q = query(m_encrypted ? "PRAGMA cipher_integrity_check" : "PRAGMA quick_check");
        while (q.next()) {
            const QString line = q->text(0);
            if (line != u"ok"_s)
                problems << line;
        }
        // cipher_integrity_check only authenticates pages; also check the b-trees they hold.
        if (m_encrypted && problems.isEmpty()) {
            Query quick = query("PRAGMA quick_check");
            while (quick.next()) {
                const QString line = quick->text(0);
                if (line != u"ok"_s)
                    problems << line;
            }
        }
    } catch (const StorageError &e) {
        problems << e.message();
    }
    if (!problems.isEmpty())
        flushSqlCipherLog();
    return problems;
}

QString Database::libraryVersion()
{
    QString cipher;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            cipher = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return u"SQLite %1, SQLCipher %2"_s.arg(QString::fromUtf8(sqlite3_libversion()),
                                            cipher.isEmpty() ? u"(none)"_s : cipher);
}

Query::Query(Database::Cached *cached, Statement *stmt, std::unique_ptr<Statement> owned)
    : m_cached(cached), m_stmt(stmt), m_owned(std::move(owned))
{}

Query::Query(Query &&other) noexcept
    : m_cached(std::exchange(other.m_cached, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_owned(std::move(other.m_owned))
{}

Query::~Query()
{
    if (!m_stmt || m_owned)
        return; // moved from, or a private statement finalized with m_owned
    m_stmt->reset();
    m_cached->inUse = false;
}

Transaction::Transaction(Database &db, Mode mode) : m_db(db)
{
    m_db.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace panorama
