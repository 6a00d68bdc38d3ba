// The client engine against the real server binary (SQLite and PostgreSQL): initial sync into an encrypted cache,
// scopes, offline edits that sync later, per-field merge and the conflict inbox, visible rejections, and change
// notifications reaching another client without it asking.
#include "SyncTestSupport.h"

#include "core/sync/SyncError.h"
#include "core/sync/SyncProtocol.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::testing;

class TestSyncEngine final : public QObject
{
    Q_OBJECT
private:
    struct Env
    {
        QTemporaryDir dir;
        Backend backend;
        Fixture fx;
        std::unique_ptr<ServerProcess> server;
        QString skip;
    };
    std::map<QString, std::unique_ptr<Env>> m_envs;
    int m_clients = 0;

    Env *env()
    {
        QFETCH(QString, backend);
        auto &slot = m_envs[backend];
        if (slot)
            return slot.get();
        slot = std::make_unique<Env>();
        Env &e = *slot;
        if (backend == u"postgresql"_s) {
            e.backend.dbUrl = createPostgresDatabase(&e.skip);
            if (e.backend.dbUrl.isEmpty())
                return &e;
        } else {
            e.backend.dataDir = e.dir.filePath(u"data"_s);
        }
        e.fx = writeFixture(e.dir.filePath(u"fixture"_s), 40);
        QString out;
        if (runServerCommand(e.backend, {u"import"_s, e.dir.filePath(u"fixture"_s)}, &out) != 0)
            qFatal("import failed: %s", qPrintable(out));
        for (const QString &u : {u"agent1"_s, u"agent2"_s})
            addUser(e.backend, u, u"agent"_s);
        addUser(e.backend, u"sup1"_s, u"supervisor"_s);
        addUser(e.backend, u"store1"_s, u"store_staff"_s, e.fx.storeIds[0]);
        e.server = std::make_unique<ServerProcess>(e.backend);
        if (!e.server->start())
            qFatal("server did not start");
        return &e;
    }

    std::unique_ptr<Client> client(Env *e, const QString &user, SyncEngine::Options o = {})
    {
        o.backoffBaseMs = 50;
        o.backoffMaxMs = 500;
        auto c = std::make_unique<Client>(e->dir.filePath(u"client%1.db"_s.arg(++m_clients)), e->server->url(), o);
        if (!c->login(user))
            qWarning("login %s failed: %s", qPrintable(user), qPrintable(c->lastError()));
        return c;
    }

    void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        for (auto &[kind, e] : m_envs) {
            if (e->server)
                e->server->stop();
            if (!e->backend.dbUrl.isEmpty())
                dropPostgresDatabase(e->backend.dbUrl);
        }
    }

    void initialSyncFollowsScope_data() { backends(); }
    void initialSyncFollowsScope()
    {
        Env *e = env();
        if (!e->skip.isEmpty())
            QSKIP(qPrintable(e->skip));
        SyncEngine::Options small;
        small.pageSize = 25; // many pages: resumable paging is exercised
        auto agent = client(e, u"agent1"_s, small);
        QSignalSpy progress(&agent->engine(), &SyncEngine::progress);
        QVERIFY2(agent->sync(), qPrintable(agent->lastError()));
        QCOMPARE(agent->count("SELECT count(*) FROM customers"), 40);
        QCOMPARE(agent->count("SELECT count(*) FROM orders"), 80);
        QCOMPARE(agent->count("SELECT count(*) FROM tickets"), 40);
        QVERIFY(progress.count() > 3);
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
        // Masked on the way in: no raw phone number reaches the agent's cache.
        QCOMPARE(agent->count("SELECT count(*) FROM identities WHERE value LIKE '138****%'"), 40);
        QCOMPARE(agent->count("SELECT count(*) FROM identities WHERE value LIKE '1380013%'"), 0);

        auto store = client(e, u"store1"_s);
        QVERIFY2(store->sync(), qPrintable(store->lastError()));
        qint64 mine = 0;
        for (const QString &c : e->fx.customerIds)
            mine += e->fx.customerStore.value(c) == e->fx.storeIds[0] ? 1 : 0;
        QCOMPARE(store->count("SELECT count(*) FROM customers"), mine);
        Query q = store->db().query("SELECT count(*) FROM customers WHERE home_store_id IS NOT ?");
        q.bind(1, e->fx.storeIds[0]);
        QVERIFY(q.next());
        QCOMPARE(q->int64(0), 0);
        QCOMPARE(store->count("SELECT count(*) FROM orders"), mine * 2);
        QCOMPARE(store->count("SELECT count(*) FROM stores"), 3); // reference data for everyone
        // A second sync with nothing new pulls nothing.
        QVERIFY(store->sync());
        QCOMPARE(store->engine().lastReport().pulledRows, 0);
    }

    void offlineEditsSyncLater_data() { backends(); }
    void offlineEditsSyncLater()
    {
        Env *e = env();
        if (!e->skip.isEmpty())
            QSKIP(qPrintable(e->skip));
        auto a = client(e, u"agent1"_s);
        QVERIFY(a->sync());
        // Offline: edits go to the cache and the outbox together.
        const QString customer = e->fx.customerIds[5];
        LocalEditor &ed = a->engine().editor();
        LocalEditor::NewTicket nt;
        nt.subject = u"退货咨询 return question"_s;
        nt.customerId = customer;
        nt.category = u"return_exchange"_s;
        const QString ticket = ed.createTicket(nt);
        ed.addNote(ticket, u"顧客要求換貨 customer wants an exchange"_s);
        ed.setTicketStatus(e->fx.ticketIds[5], u"pending"_s);
        const QString tag = ed.setCustomerTag(customer, u"behavior"_s, u"prefers"_s, u"wechat"_s, 0.8);
        ed.setCustomerMeasurements(customer, {{u"height_cm"_s, 168}, {u"fit_preference"_s, u"slim"_s}});
        QCOMPARE(a->engine().outbox().size(), 5);
        QCOMPARE(a->text("SELECT status FROM tickets WHERE id = ?", e->fx.ticketIds[5]), u"pending"_s);
        QVERIFY(a->text("SELECT ticket_no FROM tickets WHERE id = ?", ticket).startsWith(u'~'));
        QVERIFY(a->sync());
        QCOMPARE(a->engine().lastReport().applied, 5);
        QCOMPARE(a->engine().outbox().size(), 0);
        QVERIFY(a->text("SELECT ticket_no FROM tickets WHERE id = ?", ticket).startsWith(u'T'));
        // Another client sees all of it.
        auto b = client(e, u"agent2"_s);
        QVERIFY(b->sync());
        QCOMPARE(b->text("SELECT subject FROM tickets WHERE id = ?", ticket), nt.subject);
        QCOMPARE(b->text("SELECT count(*) FROM ticket_messages WHERE ticket_id = ?", ticket), u"1"_s);
        QCOMPARE(b->text("SELECT status FROM tickets WHERE id = ?", e->fx.ticketIds[5]), u"pending"_s);
        QCOMPARE(b->text("SELECT value FROM tags WHERE id = ?", tag), u"wechat"_s);
        QCOMPARE(b->text("SELECT height_cm FROM customers WHERE id = ?", customer).toDouble(), 168.0);
        QCOMPARE(b->text("SELECT fit_preference FROM customers WHERE id = ?", customer), u"slim"_s);
    }

    void sameFieldConflictsDifferentFieldsMerge_data() { backends(); }
    void sameFieldConflictsDifferentFieldsMerge()
    {
        Env *e = env();
        if (!e->skip.isEmpty())
            QSKIP(qPrintable(e->skip));
        auto a = client(e, u"agent1"_s);
        auto b = client(e, u"sup1"_s);
        QVERIFY(a->sync());
        QVERIFY(b->sync());
        const QString ticket = e->fx.ticketIds[7];
        const QString customer = e->fx.customerIds[7];
        // Both offline: the same field of the ticket, different fields of the customer.
        a->engine().editor().setTicketStatus(ticket, u"on_hold"_s);
        b->engine().editor().setTicketStatus(ticket, u"solved"_s);
        a->engine().editor().setCustomerMeasurements(customer, {{u"waist_cm"_s, 70}});
        b->engine().editor().setCustomerMeasurements(customer, {{u"hips_cm"_s, 95}});
        QSignalSpy conflicts(&a->engine(), &SyncEngine::conflictsChanged);
        QVERIFY(b->sync());
        QVERIFY(a->sync());
        QCOMPARE(a->engine().lastReport().conflicts, 1);
        QCOMPARE(conflicts.count(), 1);
        const QList<SyncConflict> inbox = a->engine().conflicts();
        QCOMPARE(inbox.size(), 1);
        QCOMPARE(inbox[0].field, u"status"_s);
        QCOMPARE(inbox[0].mine.toString(), u"on_hold"_s);
        QCOMPARE(inbox[0].theirs.toString(), u"solved"_s);
        // The server's value stands until the user picks; the customer edits merged.
        QCOMPARE(a->text("SELECT status FROM tickets WHERE id = ?", ticket), u"solved"_s);
        QVERIFY(b->sync());
        QCOMPARE(b->text("SELECT waist_cm FROM customers WHERE id = ?", customer).toDouble(), 70.0);
        QCOMPARE(b->text("SELECT hips_cm FROM customers WHERE id = ?", customer).toDouble(), 95.0);
        // "Keep mine" sends the local value over the server's.
        QVERIFY(a->engine().resolveConflict(inbox[0].id, true));
        QVERIFY(a->engine().conflicts().isEmpty());
        QVERIFY(a->sync());
        QVERIFY(b->sync());
        QCOMPARE(b->text("SELECT status FROM tickets WHERE id = ?", ticket), u"on_hold"_s);
    }

    void rejectionsReachTheUser_data() { backends(); }
    void rejectionsReachTheUser()
    {
        Env *e = env();
        if (!e->skip.isEmpty())
            QSKIP(qPrintable(e->skip));
        auto s = client(e, u"store1"_s);
        QVERIFY(s->sync());
        QString ticket;
        for (int i = 0; i < e->fx.customerIds.size(); ++i) {
            if (e->fx.customerStore.value(e->fx.customerIds[i]) == e->fx.storeIds[0]) {
                ticket = e->fx.ticketIds[i];
                break;
            }
        }
        const QString before = s->text("SELECT assignee_id FROM tickets WHERE id = ?", ticket);
        s->engine().editor().assignTicket(ticket, e->fx.agentStaffId == before ? QString() : e->fx.agentStaffId);
        QSignalSpy rejected(&s->engine(), &SyncEngine::mutationRejected);
        QVERIFY(s->sync());
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.first().at(1).toString(), u"forbidden"_s);
        const QList<OutboxEntry> outbox = s->engine().outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox[0].state, u"rejected"_s);
        QVERIFY(!outbox[0].errorMessage.isEmpty());
        // The local row is the server's again.
        QCOMPARE(s->text("SELECT assignee_id FROM tickets WHERE id = ?", ticket), before);
        QVERIFY(s->engine().dismissRejected(outbox[0].id));
        QVERIFY(s->engine().outbox().isEmpty());
    }

    // Merge and un-merge (issue 4): offline on one client, synced to another, the loser's rows stay where they are,
    // a merge into a merged customer is refused, and the server audits both.
    void mergeAndUnmergeAreAudited_data() { backends(); }
    void mergeAndUnmergeAreAudited()
    {
        Env *e = env();
        if (!e->skip.isEmpty())
            QSKIP(qPrintable(e->skip));
        auto a = client(e, u"agent1"_s);
        QVERIFY(a->sync());
        const QString survivor = e->fx.customerIds[7], loser = e->fx.customerIds[8];
        const QString orders = a->text("SELECT count(*) FROM orders WHERE customer_id = ?", loser);
        LocalEditor &ed = a->engine().editor();
        ed.mergeCustomers(survivor, loser);
        QCOMPARE(a->text("SELECT merged_into FROM customers WHERE id = ?", loser), survivor);
        QVERIFY_THROWS_EXCEPTION(SyncError, ed.mergeCustomers(loser, e->fx.customerIds[9])); // loser is merged
        QVERIFY_THROWS_EXCEPTION(SyncError, ed.unmergeCustomer(survivor));                   // not merged
        QVERIFY(a->sync());
        QCOMPARE(a->engine().lastReport().applied, 1);
        auto b = client(e, u"agent2"_s);
        QVERIFY(b->sync());
        QCOMPARE(b->text("SELECT merged_into FROM customers WHERE id = ?", loser), survivor);
        QCOMPARE(b->text("SELECT count(*) FROM orders WHERE customer_id = ?", loser), orders);
        b->engine().editor().unmergeCustomer(loser);
        QVERIFY(b->sync());
        QVERIFY(a->sync());
        QCOMPARE(a->text("SELECT coalesce(merged_into, '') FROM customers WHERE id = ?", loser), QString());
        QCOMPARE(serverScalar(e->backend, u"SELECT count(*) FROM audit_log WHERE action = 'customer.merge' AND "
                                          "subject = 'customers/%1'"_s.arg(loser)),
                 1);
        QCOMPARE(serverScalar(e->backend, u"SELECT count(*) FROM audit_log WHERE action = 'customer.unmerge' AND "
                                          "subject = 'customers/%1'"_s.arg(loser)),
                 1);
        QString out;
        QCOMPARE(runServerCommand(e->backend, {u"audit"_s, u"verify"_s}, &out), 0);
    }

    void notificationsReachOtherClients_data() { backends(); }
    void notificationsReachOtherClients()
    {
        Env *e = env();
        if (!e->skip.isEmpty())
            QSKIP(qPrintable(e->skip));
        SyncEngine::Options live;
        live.pollIntervalMs = 0; // only the WebSocket may wake it
        auto agent = client(e, u"agent2"_s, live);
        auto sup = client(e, u"sup1"_s);
        QVERIFY(sup->sync());
        agent->engine().start();
        QVERIFY(waitFor([&] { return agent->engine().state() == SyncEngine::State::Idle; }));
        QTest::qWait(300); // the socket opens after the first cycle
        const QString ticket = e->fx.ticketIds[9];
        const QString agentId = agent->engine().user().value(u"id"_s).toString();
        sup->engine().editor().assignTicket(ticket, agentId);
        QVERIFY(sup->sync());
        QVERIFY(waitFor([&] { return agent->text("SELECT assignee_id FROM tickets WHERE id = ?", ticket) == agentId; },
                        10000));
        agent->engine().stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
