// A client killed with SIGKILL in the middle of pushing its outbox or of applying pages restarts clean: the cache
// passes its integrity check, the outbox still holds every mutation the server has not acknowledged, nothing is
// applied twice, and the next sync ends equal to a fresh copy of the server.
#include "SyncTestSupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::testing;

namespace {

const QByteArray kKey = QByteArray(32, 'q');

QString childBinary()
{
    return QStringLiteral(PANORAMA_BINARY_DIR) + u"/tests/sync/sync_child"_s;
}

// Starts the child on the cache and SIGKILLs it once `marker` has appeared `after` times. Returns the lines seen.
int runAndKill(const QString &cache, const QUrl &url, const QString &user, int pageSize, const QByteArray &marker,
               int after, bool *finished)
{
    QProcess child;
    child.start(childBinary(), {cache, QString::fromLatin1(kKey.toHex()), url.toString(), user, u"test-password"_s,
                                QString::number(pageSize)});
    child.waitForStarted();
    int seen = 0;
    *finished = false;
    waitFor(
        [&] {
            while (child.canReadLine()) {
                const QByteArray line = child.readLine();
                if (line.startsWith(marker))
                    ++seen;
                if (line.startsWith("done"))
                    *finished = true;
            }
            return seen >= after || *finished || child.state() == QProcess::NotRunning;
        },
        60000);
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished(5000);
    return seen;
}

} // namespace

class TestCrashRecovery final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedMidPushAndMidPage()
    {
        QTemporaryDir dir;
        Backend b{dir.filePath(u"data"_s), {}};
        writeFixture(dir.filePath(u"fixture"_s), 250);
        QCOMPARE(runServerCommand(b, {u"import"_s, dir.filePath(u"fixture"_s)}), 0);
        QVERIFY(addUser(b, u"agent1"_s, u"agent"_s));
        ServerProcess server(b);
        QVERIFY(server.start());

        // 1. Kill while pushing: 120 offline notes, pushed 5 per batch.
        const QString cache = dir.filePath(u"cache.db"_s);
        QStringList noteIds;
        {
            Client c(cache, server.url(), {}, kKey);
            QVERIFY(c.login(u"agent1"_s));
            QVERIFY(c.sync());
            const QString ticket = c.text("SELECT id FROM tickets ORDER BY id LIMIT 1");
            for (int i = 0; i < 120; ++i)
                noteIds << c.engine().editor().addNote(ticket, u"离线备注 offline note %1"_s.arg(i));
            QCOMPARE(c.engine().outbox().size(), 120);
        }
        bool finished = false;
        const int batches = runAndKill(cache, server.url(), u"agent1"_s, 50, "pushed", 6, &finished);
        QVERIFY2(!finished && batches >= 6, "the child must die in the middle of its push");
        QSqlDatabase sdb = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"srv"_s);
        sdb.setDatabaseName(b.dataDir + u"/panorama-server.db"_s);
        QVERIFY(sdb.open());
        auto serverCount = [&](const QString &sql) {
            QSqlQuery q(sdb);
            q.exec(sql);
            q.next();
            return q.value(0).toLongLong();
        };
        {
            Client c(cache, server.url(), {}, kKey);
            QCOMPARE(c.db().integrityProblems(), QStringList());
            const qint64 onServer = serverCount(u"SELECT count(*) FROM mutations"_s);
            const qsizetype inOutbox = c.engine().outbox().size();
            QVERIFY(onServer > 0 && inOutbox > 0);
            // Every note is either acknowledged by the server or still waiting (an unacknowledged one may be both).
            QVERIFY(onServer + inOutbox >= 120);
            QVERIFY(c.login(u"agent1"_s));
            QVERIFY(c.sync());
            QCOMPARE(c.engine().outbox().size(), 0);
        }
        QCOMPARE(serverCount(u"SELECT count(*) FROM mutations"_s), 120);
        QCOMPARE(serverCount(u"SELECT count(*) FROM ticket_messages"_s), 120);

        // 2. Kill while applying pages of an initial sync (20 rows a page).
        const QString fresh = dir.filePath(u"fresh.db"_s);
        {
            auto db = Database::open(fresh, DatabaseKey::raw(kKey), {.create = true});
            SyncEngine e(*db, server.url()); // creates the schema
        }
        const int pages = runAndKill(fresh, server.url(), u"agent1"_s, 20, "page", 15, &finished);
        QVERIFY2(!finished && pages >= 15, "the child must die in the middle of its initial sync");
        Client resumed(fresh, server.url(), {}, kKey);
        QCOMPARE(resumed.db().integrityProblems(), QStringList());
        const qint64 before =
            resumed.count("SELECT count(*) FROM customers") + resumed.count("SELECT count(*) FROM orders");
        QVERIFY(before > 0);
        QVERIFY(resumed.login(u"agent1"_s));
        QVERIFY(resumed.sync());
        // It resumed from its cursor instead of starting over, and ended complete.
        QVERIFY(resumed.engine().lastReport().pulledRows < 250 * 6 + 120);
        QCOMPARE(resumed.count("SELECT count(*) FROM customers"), 250);
        QCOMPARE(resumed.count("SELECT count(*) FROM orders"), 500);
        QCOMPARE(resumed.count("SELECT count(*) FROM ticket_messages"), 120);
        sdb.close();
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
