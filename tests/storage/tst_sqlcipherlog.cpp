// SQLCipher's own log reaches Qt logging (category "panorama.sqlcipher") instead of stderr: a tampered
// page and a wrong key each produce an HMAC error line that a Qt message handler sees.
#include "core/storage/Database.h"
#include "core/storage/SqlCipherLog.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {

QMutex g_mutex;
QStringList g_captured; // "<type>|<message>" of panorama.sqlcipher messages
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "panorama.sqlcipher") == 0) {
        const QMutexLocker lock(&g_mutex);
        g_captured << u"%1|%2"_s.arg(int(type)).arg(message);
        return;
    }
    g_previous(type, context, message);
}

QStringList captured()
{
    const QMutexLocker lock(&g_mutex);
    return g_captured;
}

bool capturedContains(const QString &needle, QtMsgType type)
{
    const QString prefix = u"%1|"_s.arg(int(type));
    for (const QString &line : captured())
        if (line.startsWith(prefix) && line.contains(needle))
            return true;
    return false;
}

DatabaseKey randomKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return DatabaseKey::raw(bytes);
}

void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(offset));
    QVERIFY(f.putChar(char(c ^ 0x20)));
}

} // namespace

class TestSqlCipherLog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void wrongKeyIsLoggedThroughQt();
    void tamperedPageIsLoggedThroughQt();

private:
    QTemporaryDir m_dir;
};

void TestSqlCipherLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    g_previous = qInstallMessageHandler(capture);
    // The category is on at warning level by default; make sure no rule in the environment hides it.
    QLoggingCategory::setFilterRules(u"panorama.sqlcipher.warning=true\npanorama.sqlcipher.critical=true"_s);
}

void TestSqlCipherLog::init()
{
    const QMutexLocker lock(&g_mutex);
    g_captured.clear();
}

void TestSqlCipherLog::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

void TestSqlCipherLog::wrongKeyIsLoggedThroughQt()
{
    const QString path = m_dir.filePath(u"wrongkey.db"_s);
    {
        auto db = Database::open(path, randomKey(), {.create = true});
        db->exec("CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('x')");
    }
    try {
        Database::open(path, randomKey());
        QFAIL("a wrong key opened the cache");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageErrorKind::WrongKey);
    }
    // The log is forwarded by a reader thread; wait for the line, then check its level.
    QTRY_VERIFY_WITH_TIMEOUT(capturedContains(u"hmac check failed for pgno=1"_s, QtCriticalMsg), 10000);
}

void TestSqlCipherLog::tamperedPageIsLoggedThroughQt()
{
    const QString path = m_dir.filePath(u"tampered.db"_s);
    const DatabaseKey key = randomKey();
    {
        auto db = Database::open(path, key, {.create = true});
        db->exec("CREATE TABLE t(v TEXT)");
        Transaction tx(*db);
        for (int i = 0; i < 3000; ++i)
            db->query("INSERT INTO t VALUES (?)").bind(1, u"客户记录 customer row %1"_s.arg(i)).exec();
        tx.commit();
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 4096 * 8);
    flipByte(path, 4096 * 5 + 700); // inside page 6
    auto db = Database::open(path, key);
    QStringList problems = db->integrityProblems();
    // cipher_integrity_check reports the page without logging; reading it makes SQLCipher log the failure.
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(u"page 6"_s));
    try {
        db->scalar("SELECT count(*), max(v) FROM t");
        QFAIL("a tampered page was read without error");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageErrorKind::Damaged);
    }
    QTRY_VERIFY_WITH_TIMEOUT(capturedContains(u"hmac check failed for pgno=6"_s, QtCriticalMsg), 10000);
}

QTEST_GUILESS_MAIN(TestSqlCipherLog)
#include "tst_sqlcipherlog.moc"
