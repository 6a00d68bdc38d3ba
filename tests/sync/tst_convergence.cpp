// Fault-injection convergence (Jepsen-style, in the spirit of PowerSync's public tests): N clients make random
// offline-capable edits while going offline, the server restarts (SIGKILL), answers are dropped after the server
// committed, the same tickets and customers are edited concurrently, and with PostgreSQL two server processes share
// one database. At the end every client must equal the server for its scope, no mutation may be lost or applied
// twice, and the figures are reported. CI runs a small size; PANORAMA_CONVERGENCE_CLIENTS / _ROUNDS make it longer.
#include "FaultProxy.h"
#include "SyncTestSupport.h"

#include "core/sync/SyncError.h"
#include "core/sync/SyncProtocol.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::testing;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

struct Actor
{
    QString user;
    QString role;
    std::unique_ptr<FaultProxy> proxy;
    std::unique_ptr<Client> client;
    bool busy = false;
    int serverIndex = 0;
};

// A canonical digest of what a cache holds in the tables the test edits.
QString digest(Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const char *queries[] = {
        "SELECT id, server_version, status, coalesce(assignee_id, ''), ticket_no FROM tickets WHERE server_version > 0 "
        "ORDER BY id",
        "SELECT id, server_version, ticket_id, body FROM ticket_messages WHERE server_version > 0 ORDER BY id",
        "SELECT id, server_version, value FROM tags WHERE server_version > 0 ORDER BY id",
        "SELECT id, server_version, coalesce(height_cm, ''), coalesce(waist_cm, ''), coalesce(fit_preference, '') FROM "
        "customers ORDER BY id",
        "SELECT id, server_version FROM orders ORDER BY id"};
    for (const char *sql : queries) {
        Query q = db.query(sql);
        while (q.next()) {
            for (int i = 0; i < q->columnCount(); ++i)
                h.addData(QByteArray(q->text(i).toUtf8() + '|'));
            h.addData("\n");
        }
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

class TestConvergence final : public QObject
{
    Q_OBJECT
private:
    // One random edit through the client's own cache; returns false if it had nothing to edit.
    bool randomEdit(Actor &a, QRandomGenerator &rng, const QStringList &agentIds)
    {
        Database &db = a.client->db();
        LocalEditor &ed = a.client->engine().editor();
        auto pick = [&](const char *sql) {
            QStringList ids;
            Query q = db.query(sql);
            while (q.next())
                ids << q->text(0);
            return ids.isEmpty() ? QString() : ids.at(rng.bounded(int(ids.size())));
        };
        // A small hot set, so clients collide on the same tickets and customers.
        const QString ticket = pick("SELECT id FROM tickets WHERE server_version > 0 ORDER BY id LIMIT 6");
        const QString customer = pick("SELECT id FROM customers ORDER BY id LIMIT 6");
        if (ticket.isEmpty() || customer.isEmpty())
            return false;
        try {
            switch (rng.bounded(7)) {
            case 0:
            case 1:
                ed.setTicketStatus(ticket, SyncProtocol::ticketStatuses().at(rng.bounded(6)));
                break;
            case 2:
                ed.addNote(ticket, u"回访记录 follow-up %1"_s.arg(rng.generate()));
                break;
            case 3:
                ed.setCustomerTag(customer, u"behavior"_s, u"k%1"_s.arg(rng.bounded(3)),
                                  u"v%1"_s.arg(rng.bounded(100)));
                break;
            case 4: {
                const QStringList f = {u"height_cm"_s, u"waist_cm"_s};
                ed.setCustomerMeasurements(customer, {{f.at(rng.bounded(2)), 60 + rng.bounded(100)}});
                break;
            }
            case 5: {
                // Agents take tickets, supervisors hand them out, store staff are refused (a rejection to surface).
                const QString self = a.client->engine().user().value(u"id"_s).toString();
                const QString to = a.role == u"supervisor"_s ? agentIds.at(rng.bounded(int(agentIds.size()))) : self;
                ed.assignTicket(ticket, to);
                break;
            }
            default: {
                LocalEditor::NewTicket t;
                t.subject = u"新工单 new ticket %1"_s.arg(rng.generate());
                t.customerId = customer;
                ed.createTicket(t);
            }
            }
        } catch (const SyncError &e) {
            qWarning() << "edit refused locally:" << e.message();
            return false;
        }
        return true;
    }

    void syncAll(std::vector<Actor> &actors, int timeoutMs)
    {
        for (Actor &a : actors) {
            if (!a.proxy->isOnline())
                continue;
            a.busy = true;
            a.client->engine().syncNow();
        }
        waitFor(
            [&] {
                for (const Actor &a : actors) {
                    if (a.busy)
                        return false;
                }
                return true;
            },
            timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Failed cycles are the point of this test; the figures line at the end is what matters.
        QLoggingCategory::setFilterRules(u"panorama.sync.info=false"_s);
    }

    void converges_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql-two-servers") << u"postgresql"_s;
    }

    void converges()
    {
        QFETCH(QString, backend);
        const int clients = envInt("PANORAMA_CONVERGENCE_CLIENTS", 20);
        const int rounds = envInt("PANORAMA_CONVERGENCE_ROUNDS", 6);
        QTemporaryDir dir;
        Backend b;
        QString why;
        if (backend == u"postgresql"_s) {
            b.dbUrl = createPostgresDatabase(&why);
            if (b.dbUrl.isEmpty())
                QSKIP(qPrintable(u"PostgreSQL convergence skipped: "_s + why));
        } else {
            b.dataDir = dir.filePath(u"data"_s);
        }
        const Fixture fx = writeFixture(dir.filePath(u"fixture"_s), 30);
        QCOMPARE(runServerCommand(b, {u"import"_s, dir.filePath(u"fixture"_s)}), 0);

        std::vector<std::unique_ptr<ServerProcess>> servers;
        servers.push_back(std::make_unique<ServerProcess>(b, QStringList{u"--rate-limit"_s, u"1000"_s}));
        if (!b.dbUrl.isEmpty())
            servers.push_back(std::make_unique<ServerProcess>(b, QStringList{u"--rate-limit"_s, u"1000"_s}));

        std::vector<Actor> actors(clients);
        QStringList agentIds;
        for (int i = 0; i < clients; ++i) {
            Actor &a = actors[i];
            a.role = i % 10 == 8 ? u"supervisor"_s : i % 10 == 9 ? u"store_staff"_s : u"agent"_s;
            a.user = u"u%1"_s.arg(i);
            QVERIFY(addUser(b, a.user, a.role, a.role == u"store_staff"_s ? fx.storeIds[i % 2] : QString()));
        }
        for (auto &s : servers)
            QVERIFY(s->start());
        SyncEngine::Options o;
        o.keepRunning = false; // the test drives every cycle
        o.pageSize = 50;
        o.requestTimeoutMs = 5000;
        for (int i = 0; i < clients; ++i) {
            Actor &a = actors[i];
            a.serverIndex = i % int(servers.size());
            a.proxy = std::make_unique<FaultProxy>(quint16(servers[a.serverIndex]->port()), quint32(1000 + i));
            a.client = std::make_unique<Client>(dir.filePath(u"c%1.db"_s.arg(i)),
                                                QUrl(u"http://127.0.0.1:%1"_s.arg(a.proxy->port())), o);
            QVERIFY2(a.client->login(a.user), qPrintable(a.client->lastError()));
            QObject::connect(&a.client->engine(), &SyncEngine::syncFinished, &a.client->engine(),
                             [&a](const SyncReport &) { a.busy = false; });
            QObject::connect(&a.client->engine(), &SyncEngine::syncFailed, &a.client->engine(),
                             [&a](const QString &) { a.busy = false; });
            if (a.role == u"agent"_s)
                agentIds << a.client->engine().user().value(u"id"_s).toString();
        }
        syncAll(actors, 120000);

        QRandomGenerator rng(20260101);
        QSet<QString> sent;
        qint64 conflicts = 0, duplicatesSeen = 0, rejectedSeen = 0;
        for (Actor &a : actors) {
            QObject::connect(&a.client->engine(), &SyncEngine::syncFinished, &a.client->engine(),
                             [&](const SyncReport &r) {
                                 conflicts += r.conflicts;
                                 duplicatesSeen += r.duplicates;
                                 rejectedSeen += r.rejected;
                             });
        }
        for (int round = 0; round < rounds; ++round) {
            for (Actor &a : actors) {
                a.proxy->setOnline(rng.bounded(4) != 0); // a quarter of the clients are offline this round
                a.proxy->setDropRate(0.25);
                const int edits = 1 + rng.bounded(3);
                for (int k = 0; k < edits; ++k) {
                    if (randomEdit(a, rng, agentIds)) {
                        const QList<OutboxEntry> out = a.client->engine().outbox();
                        sent.insert(out.last().id);
                    }
                }
            }
            if (round == rounds / 2) {
                // The server dies mid-flight and comes back on the same port.
                for (Actor &a : actors)
                    a.client->engine().syncNow();
                QTest::qWait(30);
                ServerProcess &victim = *servers.back();
                const int port = victim.port();
                victim.kill();
                QTest::qWait(200);
                QVERIFY(victim.start(port));
            }
            syncAll(actors, 120000);
        }
        // Heal: everyone online, no drops, sync until every outbox is drained.
        for (Actor &a : actors) {
            a.proxy->setOnline(true);
            a.proxy->setDropRate(0);
        }
        for (int pass = 0; pass < 10; ++pass) {
            syncAll(actors, 120000);
            bool drained = true;
            for (Actor &a : actors) {
                for (const OutboxEntry &e : a.client->engine().outbox())
                    drained = drained && e.state == u"rejected"_s;
            }
            if (drained)
                break;
        }
        syncAll(actors, 120000); // pull what the last pushes of others changed

        // Figures: every mutation sent is recorded exactly once on the server, and none is still waiting.
        qint64 lost = 0, pending = 0;
        for (Actor &a : actors) {
            for (const OutboxEntry &e : a.client->engine().outbox())
                pending += e.state == u"pending"_s ? 1 : 0;
        }
        const qint64 applied = serverScalar(b, u"SELECT count(*) FROM mutations"_s);
        const qint64 rejected = serverScalar(b, u"SELECT count(*) FROM mutations WHERE status = 'rejected'"_s);
        {
            QSqlDatabase db = serverDb(b);
            {
                QSqlQuery q(db);
                for (const QString &id : std::as_const(sent)) {
                    q.prepare(u"SELECT count(*) FROM mutations WHERE id = ?"_s);
                    q.addBindValue(id);
                    q.exec();
                    q.next();
                    lost += q.value(0).toLongLong() == 1 ? 0 : 1;
                }
            }
            db.close();
        }
        // Applied twice would show as more note rows than applied note mutations (each note is a new row).
        const qint64 noteRows = serverScalar(b, u"SELECT count(*) FROM ticket_messages"_s);
        const qint64 noteMutations =
            serverScalar(b, u"SELECT count(*) FROM mutations WHERE kind = 'ticket.note' AND status = 'applied'"_s);
        const qint64 createdTickets = serverScalar(b, u"SELECT count(*) FROM tickets"_s) - fx.ticketIds.size();
        const qint64 createMutations =
            serverScalar(b, u"SELECT count(*) FROM mutations WHERE kind = 'ticket.create' AND status = 'applied'"_s);
        const qint64 duplicated =
            (noteRows - noteMutations) + (createdTickets - createMutations) + (applied - qint64(sent.size()));
        int dropped = 0;
        for (Actor &a : actors)
            dropped += a.proxy->dropped();
        const QString report = u"convergence[%1]: clients=%2 rounds=%3 sent=%4 applied=%5 duplicated=%6 lost=%7 "
                               "pending=%8 conflicts=%9 rejected=%10 retries_deduplicated=%11 responses_dropped=%12 "
                               "servers=%13"_s.arg(backend)
                                   .arg(clients)
                                   .arg(rounds)
                                   .arg(sent.size())
                                   .arg(applied)
                                   .arg(duplicated)
                                   .arg(lost)
                                   .arg(pending)
                                   .arg(conflicts)
                                   .arg(rejected)
                                   .arg(duplicatesSeen)
                                   .arg(dropped)
                                   .arg(servers.size());
        qInfo().noquote() << report;
        QVERIFY(sent.size() > clients);
        QCOMPARE(lost, 0);
        QCOMPARE(pending, 0);
        QCOMPARE(duplicated, 0);
        QVERIFY(dropped > 0); // the faults really happened
        Q_UNUSED(rejectedSeen);

        // Every client equals a fresh copy of the server for its user.
        QHash<QString, QString> truth;
        for (Actor &a : actors) {
            if (!truth.contains(a.user)) {
                Client fresh(dir.filePath(u"fresh-%1.db"_s.arg(a.user)), servers[0]->url(), o);
                QVERIFY(fresh.login(a.user));
                QVERIFY2(fresh.sync(), qPrintable(fresh.lastError()));
                truth.insert(a.user, digest(fresh.db()));
            }
            QVERIFY2(digest(a.client->db()) == truth.value(a.user), qPrintable(u"client %1 diverged"_s.arg(a.user)));
        }
        for (auto &s : servers)
            s->stop();
        if (!b.dbUrl.isEmpty())
            dropPostgresDatabase(b.dbUrl);
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
