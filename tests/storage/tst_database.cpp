// Storage layer: encryption at rest, key verification, tamper and truncation detection, statements,
// transactions and the migration ladder, all on real SQLCipher files.
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {

DatabaseKey randomKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return DatabaseKey::raw(bytes);
}

// Writes a table with recognisable plaintext and enough rows to span many pages.
void fill(Database &db, int rows)
{
    db.exec("CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT NOT NULL UNIQUE)");
    Transaction tx(db);
    for (int i = 0; i < rows; ++i)
        db.query("INSERT INTO customer(name, phone) VALUES (?, ?)")
            .bindAll(u"张伟Zhang%1"_s.arg(i), u"1380013%1"_s.arg(i, 4, 10, QChar(u'0')))
            .exec();
    tx.commit();
}

StorageErrorKind openKind(const QString &path, const DatabaseKey &key)
{
    try {
        auto db = Database::open(path, key);
        const QStringList problems = db->integrityProblems();
        if (!problems.isEmpty())
            return StorageErrorKind::Damaged;
        db->scalar("SELECT count(*) FROM customer");
    } catch (const StorageError &e) {
        return e.kind();
    }
    return StorageErrorKind::Misuse; // "no error" marker for the tests below
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encryptedRoundTrip();
    void fileIsPrivateAndOpaque();
    void wrongKeyIsReported();
    void flippedByteIsReported();
    void truncatedFileIsReported();
    void missingFileIsNotCreated();
    void statementsAndTransactions();
    void constraintViolationIsTyped();
    void nestedUseOfCachedStatement();
    void migrationsRunOnceInOrder();
    void failedMigrationRollsBack();
    void newerSchemaIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::encryptedRoundTrip()
{
    const QString path = m_dir.filePath(u"roundtrip.db"_s);
    const DatabaseKey key = randomKey();
    {
        auto db = Database::open(path, key, {.create = true});
        QVERIFY(db->isEncrypted());
        fill(*db, 100);
    }
    auto db = Database::open(path, key);
    QCOMPARE(db->scalar("SELECT count(*) FROM customer").toInt(), 100);
    Query q = db->query("SELECT name FROM customer WHERE phone = ?");
    q.bind(1, u"13800130042"_s);
    QVERIFY(q.next());
    QCOMPARE(q->text(0), u"张伟Zhang42"_s);
    QVERIFY(db->integrityProblems().isEmpty());
    QVERIFY(Database::libraryVersion().contains(u"SQLCipher 4."_s));
}

void TestDatabase::fileIsPrivateAndOpaque()
{
    const QString path = m_dir.filePath(u"opaque.db"_s);
    {
        auto db = Database::open(path, randomKey(), {.create = true});
        fill(*db, 500);
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 4096 * 4);
    QVERIFY(!bytes.contains("SQLite format 3"));
    QVERIFY(!bytes.contains("13800130042"));
    QVERIFY(!bytes.contains(u"张伟"_s.toUtf8()));
    QVERIFY(!bytes.contains("CREATE TABLE"));
    // Without a key it is not even a database.
    QCOMPARE(openKind(path, DatabaseKey::plain()), StorageErrorKind::Damaged);
}

void TestDatabase::wrongKeyIsReported()
{
    const QString path = m_dir.filePath(u"wrongkey.db"_s);
    {
        auto db = Database::open(path, randomKey(), {.create = true});
        fill(*db, 10);
    }
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QCOMPARE(openKind(path, randomKey()), StorageErrorKind::WrongKey);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // never overwritten
}

void TestDatabase::flippedByteIsReported()
{
    const QString path = m_dir.filePath(u"flipped.db"_s);
    const DatabaseKey key = randomKey();
    {
        auto db = Database::open(path, key, {.create = true});
        fill(*db, 2000);
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 middle = f.size() / 2 + 100;
    f.seek(middle);
    char c = 0;
    f.getChar(&c);
    f.seek(middle);
    f.putChar(char(c ^ 0x01));
    f.close();
    QCOMPARE(openKind(path, key), StorageErrorKind::Damaged);
    QVERIFY(QFile::exists(path));
}

void TestDatabase::truncatedFileIsReported()
{
    const QString path = m_dir.filePath(u"truncated.db"_s);
    const DatabaseKey key = randomKey();
    {
        auto db = Database::open(path, key, {.create = true});
        fill(*db, 2000);
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile f(path);
    QVERIFY(f.resize(f.size() - 1000));
    try {
        Database::open(path, key);
        QFAIL("a truncated cache opened");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageErrorKind::Damaged);
        QVERIFY(e.message().contains(u"truncated"_s));
    }
}

void TestDatabase::missingFileIsNotCreated()
{
    const QString path = m_dir.filePath(u"missing.db"_s);
    try {
        Database::open(path, randomKey());
        QFAIL("opened a missing cache");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageErrorKind::Io);
    }
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::statementsAndTransactions()
{
    auto db = Database::open(m_dir.filePath(u"tx.db"_s), randomKey(), {.create = true});
    db->exec("CREATE TABLE t(k TEXT PRIMARY KEY, v INTEGER, r REAL, b BLOB, n TEXT)");
    {
        Transaction tx(*db);
        db->query("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
            .bindAll(u"a"_s, int64_t(1) << 40, 2.5, QByteArray("\x00\x01", 2), nullptr)
            .exec();
        // no commit: rolled back
    }
    QCOMPARE(db->scalar("SELECT count(*) FROM t").toInt(), 0);
    {
        Transaction tx(*db);
        db->query("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
            .bindAll(u"a"_s, int64_t(1) << 40, 2.5, QByteArray("\x00\x01", 2), nullptr)
            .exec();
        tx.commit();
    }
    Query q = db->query("SELECT k, v, r, b, n FROM t");
    QVERIFY(q.next());
    QCOMPARE(q->text(0), u"a"_s);
    QCOMPARE(q->int64(1), int64_t(1) << 40);
    QCOMPARE(q->real(2), 2.5);
    QCOMPARE(q->blob(3), QByteArray("\x00\x01", 2));
    QVERIFY(q->isNull(4));
    QVERIFY(!q.next());
}

void TestDatabase::constraintViolationIsTyped()
{
    auto db = Database::open(m_dir.filePath(u"constraint.db"_s), randomKey(), {.create = true});
    db->exec("CREATE TABLE t(k TEXT PRIMARY KEY)");
    db->query("INSERT INTO t VALUES (?)").bind(1, u"x"_s).exec();
    try {
        db->query("INSERT INTO t VALUES (?)").bind(1, u"x"_s).exec();
        QFAIL("duplicate key accepted");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageErrorKind::Constraint);
    }
    // The cached statement is usable again after the failure.
    QCOMPARE(db->query("INSERT INTO t VALUES (?)").bind(1, u"y"_s).exec(), 1);
}

void TestDatabase::nestedUseOfCachedStatement()
{
    auto db = Database::open(m_dir.filePath(u"nested.db"_s), randomKey(), {.create = true});
    db->exec("CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (1), (2), (3)");
    int pairs = 0;
    Query outer = db->query("SELECT v FROM t ORDER BY v");
    while (outer.next()) {
        Query inner = db->query("SELECT v FROM t ORDER BY v"); // same SQL while the outer one is stepping
        while (inner.next())
            ++pairs;
    }
    QCOMPARE(pairs, 9);
}

void TestDatabase::migrationsRunOnceInOrder()
{
    auto db = Database::open(m_dir.filePath(u"migrate.db"_s), randomKey(), {.create = true});
    QStringList log;
    Migrator m(u"test"_s, {{2, u"add column"_s,
                            [&](Database &d) {
                                log << u"2"_s;
                                d.exec("ALTER TABLE a ADD COLUMN y INTEGER");
                            }},
                           {1, u"create"_s, [&](Database &d) {
                                log << u"1"_s;
                                d.exec("CREATE TABLE a(x INTEGER)");
                            }}});
    QCOMPARE(m.migrate(*db), 2);
    QCOMPARE(log, QStringList({u"1"_s, u"2"_s}));
    QCOMPARE(m.migrate(*db), 0);
    QCOMPARE(m.currentVersion(*db), 2);
    // Another component keeps its own ladder in the same file.
    Migrator other(u"other"_s, {{1, u"create b"_s, [](Database &d) { d.exec("CREATE TABLE b(x)"); }}});
    QCOMPARE(other.migrate(*db), 1);
    QCOMPARE(m.currentVersion(*db), 2);
}

void TestDatabase::failedMigrationRollsBack()
{
    auto db = Database::open(m_dir.filePath(u"migfail.db"_s), randomKey(), {.create = true});
    Migrator m(u"test"_s, {{1, u"create"_s, [](Database &d) { d.exec("CREATE TABLE a(x INTEGER)"); }},
                           {2, u"broken"_s, [](Database &d) {
                                d.exec("CREATE TABLE half(x)");
                                d.exec("THIS IS NOT SQL");
                            }}});
    try {
        m.migrate(*db);
        QFAIL("broken migration succeeded");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageErrorKind::Schema);
        QVERIFY(e.message().contains(u"broken"_s));
    }
    QCOMPARE(m.currentVersion(*db), 1);
    QCOMPARE(db->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half'").toInt(), 0);
}

void TestDatabase::newerSchemaIsRefused()
{
    auto db = Database::open(m_dir.filePath(u"newer.db"_s), randomKey(), {.create = true});
    Migrator two(u"test"_s, {{1, u"a"_s, [](Database &) {}}, {2, u"b"_s, [](Database &) {}}});
    two.migrate(*db);
    Migrator one(u"test"_s, {{1, u"a"_s, [](Database &) {}}});
    try {
        one.migrate(*db);
        QFAIL("older ladder accepted a newer cache");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageErrorKind::Schema);
    }
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
