// The real panorama-server binary on 127.0.0.1, with SQLite and with PostgreSQL: authentication, limits, scopes,
// masking, reveal, exactly-once push and the audit chain. Bad input must get the right 4xx and change nothing.
#include "SyncTestSupport.h"

#include "core/domain/Normalize.h"
#include "core/sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::testing;

namespace {

struct Env
{
    QTemporaryDir dir;
    Backend backend;
    Fixture fx;
    std::unique_ptr<ServerProcess> server;
    QString skip;
};

} // namespace

class TestServerApi final : public QObject
{
    Q_OBJECT
private:
    std::map<QString, std::unique_ptr<Env>> m_envs;

    Env *env(const QString &kind)
    {
        auto &slot = m_envs[kind];
        if (slot)
            return slot.get();
        slot = std::make_unique<Env>();
        Env &e = *slot;
        if (kind == u"postgresql"_s) {
            e.backend.dbUrl = createPostgresDatabase(&e.skip);
            if (e.backend.dbUrl.isEmpty())
                return &e;
        } else {
            e.backend.dataDir = e.dir.filePath(u"data"_s);
        }
        e.fx = writeFixture(e.dir.filePath(u"fixture"_s), 30);
        QString out;
        if (runServerCommand(e.backend, {u"import"_s, e.dir.filePath(u"fixture"_s)}, &out) != 0)
            qFatal("import failed: %s", qPrintable(out));
        addUser(e.backend, u"admin1"_s, u"admin"_s);
        addUser(e.backend, u"agent1"_s, u"agent"_s);
        addUser(e.backend, u"sup1"_s, u"supervisor"_s);
        addUser(e.backend, u"store1"_s, u"store_staff"_s, e.fx.storeIds[0]);
        addUser(e.backend, u"victim"_s, u"agent"_s);
        e.server = std::make_unique<ServerProcess>(
            e.backend, QStringList{u"--max-body"_s, u"65536"_s, u"--refresh-grace"_s, u"0"_s});
        if (!e.server->start())
            qFatal("server did not start");
        return &e;
    }

    Env *envFromData()
    {
        QFETCH(QString, backend);
        Env *e = env(backend);
        return e;
    }

    qint64 totalChanges(Env *e)
    {
        const QString admin = httpLogin(e->server->url(), u"admin1"_s).value(u"access_token"_s).toString();
        return http(e->server->url(), "GET", u"/api/v1/changes?limit=1"_s, {}, admin)
            .json.value(u"total"_s)
            .toInteger();
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

    void badInputChangesNothing_data() { backends(); }
    void badInputChangesNothing()
    {
        Env *e = envFromData();
        if (!e->skip.isEmpty())
            QSKIP(qPrintable(e->skip));
        const QUrl url = e->server->url();
        const qint64 before = totalChanges(e);
        const QString agent = httpLogin(url, u"agent1"_s).value(u"access_token"_s).toString();
        const QString store = httpLogin(url, u"store1"_s).value(u"access_token"_s).toString();
        QVERIFY(!agent.isEmpty() && !store.isEmpty());

        // Malformed and oversized bodies.
        HttpAnswer a = http(url, "POST", u"/api/v1/push"_s, "{\"client_id\": ", agent);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"bad_request"_s);
        a = http(url, "POST", u"/api/v1/push"_s, QByteArray(70000, 'x'), agent);
        QCOMPARE(a.status, 413);
        a = http(url, "POST", u"/api/v1/push"_s, R"({"client_id":"nope","mutations":[]})", agent);
        QCOMPARE(a.status, 400);
        a = http(url, "GET", u"/api/v1/changes?cursor=garbage"_s, {}, agent);
        QCOMPARE(a.status, 400);
        // Wrong tokens.
        QCOMPARE(http(url, "GET", u"/api/v1/changes"_s, {}, u"not-a-token"_s).status, 401);
        QCOMPARE(http(url, "GET", u"/api/v1/changes"_s).status, 401);
        QString forged = agent;
        forged[forged.size() - 2] = forged[forged.size() - 2] == u'A' ? u'B' : u'A';
        QCOMPARE(http(url, "GET", u"/api/v1/changes"_s, {}, forged).status, 401);
        // An agent calling admin endpoints.
        QCOMPARE(http(url, "GET", u"/api/v1/admin/users"_s, {}, agent).status, 403);
        a = http(url, "POST", u"/api/v1/admin/users"_s, R"({"username":"evil","password":"password1","role":"admin"})",
                 agent);
        QCOMPARE(a.status, 403);
        QVERIFY(httpLogin(url, u"evil"_s, u"password1"_s).isEmpty());
        // Store staff asking for another store's customer, or changing it.
        QString otherCustomer;
        for (const QString &c : e->fx.customerIds) {
            if (e->fx.customerStore.value(c) == e->fx.storeIds[1]) {
                otherCustomer = c;
                break;
            }
        }
        QCOMPARE(http(url, "GET", u"/api/v1/customers/"_s + otherCustomer, {}, store).status, 403);
        const QJsonObject mutation{{u"id"_s, SyncProtocol::uuidV7()}, {u"kind"_s, u"customer.set_measurements"_s},
                                   {u"table"_s, u"customers"_s},      {u"row_id"_s, otherCustomer},
                                   {u"base"_s, QJsonObject{}},        {u"set"_s, QJsonObject{{u"height_cm"_s, 171}}}};
        a = http(
            url, "POST", u"/api/v1/push"_s,
            QJsonDocument(QJsonObject{{u"client_id"_s, SyncProtocol::uuidV7()}, {u"mutations"_s, QJsonArray{mutation}}})
                .toJson(),
            store);
        QCOMPARE(a.status, 200);
        const QJsonObject result = a.json.value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(result.value(u"code"_s).toString(), u"forbidden"_s);
        // Store staff's feed holds no other store's customers.
        a = http(url, "GET", u"/api/v1/changes?limit=5000"_s, {}, store);
        for (const QJsonValue &t : a.json.value(u"tables"_s).toArray()) {
            const QJsonObject block = t.toObject();
            if (block.value(u"table"_s).toString() != u"customers"_s)
                continue;
            const int storeCol = int(block.value(u"columns"_s).toArray().toVariantList().indexOf(u"home_store_id"_s));
            for (const QJsonValue &row : block.value(u"rows"_s).toArray())
                QCOMPARE(row.toArray().at(storeCol).toString(), e->fx.storeIds[0]);
        }
        QCOMPARE(totalChanges(e), before);
    }

    void sessionLifecycle_data() { backends(); }
    void sessionLifecycle()
    {
        Env *e = envFromData();
        if (!e->skip.isEmpty())
            QSKIP(qPrintable(e->skip));
        const QUrl url = e->server->url();
        const QJsonObject s = httpLogin(url, u"sup1"_s);
        const QString refresh = s.value(u"refresh_token"_s).toString();
        QVERIFY(!refresh.isEmpty());
        HttpAnswer a = http(url, "POST", u"/api/v1/auth/refresh"_s,
                            QJsonDocument(QJsonObject{{u"refresh_token"_s, refresh}}).toJson());
        QCOMPARE(a.status, 200);
        const QString rotated = a.json.value(u"refresh_token"_s).toString();
        QVERIFY(rotated != refresh);
        // The old refresh token died with the rotation.
        QCOMPARE(http(url, "POST", u"/api/v1/auth/refresh"_s,
                      QJsonDocument(QJsonObject{{u"refresh_token"_s, refresh}}).toJson())
                     .status,
                 401);
        const QString access = a.json.value(u"access_token"_s).toString();
        QCOMPARE(http(url, "POST", u"/api/v1/auth/logout"_s,
                      QJsonDocument(QJsonObject{{u"refresh_token"_s, rotated}}).toJson(), access)
                     .status,
                 200);
        QCOMPARE(http(url, "POST", u"/api/v1/auth/refresh"_s,
                      QJsonDocument(QJsonObject{{u"refresh_token"_s, rotated}}).toJson())
                     .status,
                 401);
        // Login throttling: five wrong passwords, then even the right one waits.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                http(url, "POST", u"/api/v1/auth/login"_s, R"({"username":"victim","password":"wrong-one"})").status,
                401);
        a = http(url, "POST", u"/api/v1/auth/login"_s, R"({"username":"victim","password":"test-password"})");
        QCOMPARE(a.status, 429);
        QCOMPARE(a.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"login_throttled"_s);
    }

    void expiredAccessToken()
    {
        QTemporaryDir dir;
        Backend b{dir.filePath(u"data"_s), {}};
        QVERIFY(addUser(b, u"agent1"_s, u"agent"_s));
        ServerProcess server(b, {u"--access-ttl"_s, u"1"_s});
        QVERIFY(server.start());
        const QString token = httpLogin(server.url(), u"agent1"_s).value(u"access_token"_s).toString();
        QVERIFY(!token.isEmpty());
        QTest::qWait(1600);
        const HttpAnswer a = http(server.url(), "GET", u"/api/v1/changes"_s, {}, token);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"token_expired"_s);
    }

    // Admin subcommands and the per-client rate limit: user list/disable (a disabled user's token dies at once),
    // export then import into an empty server gives the same feed, and a burst above --rate-limit gets 429.
    void adminCommandsAndRateLimit()
    {
        QTemporaryDir dir;
        Backend b{dir.filePath(u"data"_s), {}};
        writeFixture(dir.filePath(u"fixture"_s), 12);
        QString out;
        QCOMPARE(runServerCommand(b, {u"import"_s, dir.filePath(u"fixture"_s)}, &out), 0);
        QVERIFY(addUser(b, u"agent1"_s, u"agent"_s));
        QVERIFY(addUser(b, u"admin1"_s, u"admin"_s));
        QCOMPARE(runServerCommand(b, {u"user"_s, u"list"_s, u"--json"_s}, &out), 0);
        QVERIFY2(out.contains(u"\"agent1\""_s) && out.contains(u"\"admin1\""_s), qPrintable(out));
        ServerProcess server(b, {u"--rate-limit"_s, u"2"_s});
        QVERIFY(server.start());
        const QString token = httpLogin(server.url(), u"agent1"_s).value(u"access_token"_s).toString();
        QVERIFY(!token.isEmpty());
        int limited = 0;
        for (int i = 0; i < 30; ++i) {
            const HttpAnswer a = http(server.url(), "GET", u"/api/v1/session"_s, {}, token);
            if (a.status == 429) {
                QCOMPARE(a.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"rate_limited"_s);
                ++limited;
            }
        }
        QVERIFY2(limited > 0, "30 requests at once never hit a rate limit of 2/s (burst 8)");
        QTest::qWait(4000); // the bucket refills
        QCOMPARE(http(server.url(), "GET", u"/api/v1/session"_s, {}, token).status, 200);
        QCOMPARE(runServerCommand(b, {u"user"_s, u"disable"_s, u"agent1"_s}, &out), 0);
        QCOMPARE(http(server.url(), "GET", u"/api/v1/session"_s, {}, token).status, 401);
        server.stop();
        // Export, import into an empty server: the same number of entries in the feed.
        QCOMPARE(runServerCommand(b, {u"export"_s, u"--out"_s, dir.filePath(u"export"_s)}, &out), 0);
        Backend copy{dir.filePath(u"copy"_s), {}};
        QCOMPARE(runServerCommand(copy, {u"import"_s, dir.filePath(u"export"_s)}, &out), 0);
        const QString count = u"SELECT count(*) FROM changes"_s;
        QVERIFY(serverScalar(b, count) > 0);
        QCOMPARE(serverScalar(copy, count), serverScalar(b, count));
        QCOMPARE(serverScalar(copy, u"SELECT count(*) FROM orders"_s),
                 serverScalar(b, u"SELECT count(*) FROM orders"_s));
        QVERIFY(serverScalar(b, u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s) == 1);
    }

    void maskingAndReveal_data() { backends(); }
    void maskingAndReveal()
    {
        Env *e = envFromData();
        if (!e->skip.isEmpty())
            QSKIP(qPrintable(e->skip));
        const QUrl url = e->server->url();
        const QJsonObject agentSession = httpLogin(url, u"agent1"_s);
        const QString agent = agentSession.value(u"access_token"_s).toString();
        const QByteArray lookupKey = QByteArray::fromHex(agentSession.value(u"lookup_key"_s).toString().toLatin1());
        HttpAnswer a = http(url, "GET", u"/api/v1/customers/"_s + e->fx.customerIds[0], {}, agent);
        QCOMPARE(a.status, 200);
        QString identityId;
        for (const QJsonValue &t : a.json.value(u"tables"_s).toArray()) {
            const QJsonObject block = t.toObject();
            const QVariantList cols = block.value(u"columns"_s).toArray().toVariantList();
            const QJsonArray row = block.value(u"rows"_s).toArray().at(0).toArray();
            if (block.value(u"table"_s).toString() == u"identities"_s) {
                identityId = row.at(cols.indexOf(u"id"_s)).toString();
                QCOMPARE(row.at(cols.indexOf(u"value"_s)).toString(), u"138****0000"_s);
                // The blind index still finds the customer by the full number.
                QCOMPARE(row.at(cols.indexOf(u"value_hash"_s)).toString(),
                         Normalize::identityHash(u"phone", u"13800130000", lookupKey));
            }
            if (block.value(u"table"_s).toString() == u"addresses"_s) {
                QCOMPARE(row.at(cols.indexOf(u"phone"_s)).toString(), u"139****0000"_s);
                QVERIFY(row.at(cols.indexOf(u"line"_s)).toString().endsWith(u"****"_s));
            }
        }
        QVERIFY(!identityId.isEmpty());
        // Reveal without a reason is refused; with one, the phone is granted automatically and audited.
        a = http(url, "POST", u"/api/v1/reveal"_s,
                 QJsonDocument(
                     QJsonObject{{u"table"_s, u"identities"_s}, {u"row_id"_s, identityId}, {u"field"_s, u"value"_s}})
                     .toJson(),
                 agent);
        QCOMPARE(a.status, 400);
        a = http(url, "POST", u"/api/v1/reveal"_s,
                 QJsonDocument(QJsonObject{{u"table"_s, u"identities"_s},
                                           {u"row_id"_s, identityId},
                                           {u"field"_s, u"value"_s},
                                           {u"reason"_s, u"customer asks to confirm the number"_s}})
                     .toJson(),
                 agent);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(u"status"_s).toString(), u"granted"_s);
        QCOMPARE(a.json.value(u"value"_s).toString(), u"13800130000"_s);
        // Payment data for store staff needs a supervisor.
        const QString store = httpLogin(url, u"store1"_s).value(u"access_token"_s).toString();
        QString orderId;
        a = http(url, "GET", u"/api/v1/customers/"_s + e->fx.customerIds[0], {}, store);
        QCOMPARE(a.status, 200);
        for (const QJsonValue &t : a.json.value(u"tables"_s).toArray()) {
            const QJsonObject block = t.toObject();
            if (block.value(u"table"_s).toString() != u"orders"_s)
                continue;
            const QVariantList cols = block.value(u"columns"_s).toArray().toVariantList();
            const QJsonArray row = block.value(u"rows"_s).toArray().at(0).toArray();
            orderId = row.at(cols.indexOf(u"id"_s)).toString();
            QCOMPARE(row.at(cols.indexOf(u"payment_last4"_s)).toString(), u"****"_s);
        }
        QVERIFY(!orderId.isEmpty());
        a = http(url, "POST", u"/api/v1/reveal"_s,
                 QJsonDocument(QJsonObject{{u"table"_s, u"orders"_s},
                                           {u"row_id"_s, orderId},
                                           {u"field"_s, u"payment_last4"_s},
                                           {u"reason"_s, u"refund to the original card"_s}})
                     .toJson(),
                 store);
        QCOMPARE(a.json.value(u"status"_s).toString(), u"pending"_s);
        QVERIFY(!a.json.contains(u"value"_s));
        const QString requestId = a.json.value(u"id"_s).toString();
        QCOMPARE(http(url, "GET", u"/api/v1/reveal/"_s + requestId, {}, store).json.value(u"status"_s).toString(),
                 u"pending"_s);
        QCOMPARE(http(url, "POST", u"/api/v1/reveal/"_s + requestId + u"/approve"_s, {}, agent).status, 403);
        const QString sup = httpLogin(url, u"sup1"_s).value(u"access_token"_s).toString();
        QCOMPARE(http(url, "POST", u"/api/v1/reveal/"_s + requestId + u"/approve"_s, {}, sup).status, 200);
        a = http(url, "GET", u"/api/v1/reveal/"_s + requestId, {}, store);
        QCOMPARE(a.json.value(u"value"_s).toString(), u"4242"_s);
        // Every step is in the audit log, and the chain verifies.
        const QString admin = httpLogin(url, u"admin1"_s).value(u"access_token"_s).toString();
        a = http(url, "GET", u"/api/v1/admin/audit/verify"_s, {}, admin);
        QVERIFY(a.json.value(u"ok"_s).toBool());
        QVERIFY(a.json.value(u"records"_s).toInteger() >= 10);
    }

    void pushIsExactlyOnce_data() { backends(); }
    void pushIsExactlyOnce()
    {
        Env *e = envFromData();
        if (!e->skip.isEmpty())
            QSKIP(qPrintable(e->skip));
        const QUrl url = e->server->url();
        const QString agent = httpLogin(url, u"agent1"_s).value(u"access_token"_s).toString();
        const QString ticket = e->fx.ticketIds[3];
        const QString noteId = SyncProtocol::uuidV7();
        const QJsonArray mutations{
            QJsonObject{{u"id"_s, SyncProtocol::uuidV7()},
                        {u"kind"_s, u"ticket.set_status"_s},
                        {u"table"_s, u"tickets"_s},
                        {u"row_id"_s, ticket},
                        {u"base"_s, QJsonObject{{u"status"_s, u"open"_s}}},
                        {u"set"_s, QJsonObject{{u"status"_s, u"pending"_s}}}},
            QJsonObject{{u"id"_s, SyncProtocol::uuidV7()},
                        {u"kind"_s, u"ticket.note"_s},
                        {u"table"_s, u"ticket_messages"_s},
                        {u"row_id"_s, noteId},
                        {u"set"_s, QJsonObject{{u"ticket_id"_s, ticket}, {u"body"_s, u"已联系顾客 called back"_s}}}}};
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"client_id"_s, SyncProtocol::uuidV7()}, {u"mutations"_s, mutations}}).toJson();
        const qint64 before = totalChanges(e);
        HttpAnswer first = http(url, "POST", u"/api/v1/push"_s, body, agent);
        QCOMPARE(first.status, 200);
        const qint64 after = totalChanges(e);
        QCOMPARE(after, before + 1); // the note is a new row; the ticket moved its single feed entry
        HttpAnswer again = http(url, "POST", u"/api/v1/push"_s, body, agent);
        QCOMPARE(again.status, 200);
        const QJsonArray r1 = first.json.value(u"results"_s).toArray(), r2 = again.json.value(u"results"_s).toArray();
        QCOMPARE(r2.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(r1[i].toObject().value(u"status"_s).toString(), u"applied"_s);
            QVERIFY(!r1[i].toObject().value(u"duplicate"_s).toBool());
            QVERIFY(r2[i].toObject().value(u"duplicate"_s).toBool());
            QCOMPARE(r2[i].toObject().value(u"status"_s).toString(), u"applied"_s);
        }
        QCOMPARE(totalChanges(e), after); // nothing applied twice
        // A conflicting edit of the same field: the server value stands and the conflict names both values.
        const QJsonObject stale{{u"id"_s, SyncProtocol::uuidV7()},
                                {u"kind"_s, u"ticket.set_status"_s},
                                {u"table"_s, u"tickets"_s},
                                {u"row_id"_s, ticket},
                                {u"base"_s, QJsonObject{{u"status"_s, u"open"_s}}},
                                {u"set"_s, QJsonObject{{u"status"_s, u"solved"_s}}}};
        HttpAnswer c = http(
            url, "POST", u"/api/v1/push"_s,
            QJsonDocument(QJsonObject{{u"client_id"_s, SyncProtocol::uuidV7()}, {u"mutations"_s, QJsonArray{stale}}})
                .toJson(),
            agent);
        const QJsonObject res = c.json.value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(res.value(u"status"_s).toString(), u"conflict"_s);
        const QJsonObject conflict = res.value(u"conflicts"_s).toArray().at(0).toObject();
        QCOMPARE(conflict.value(u"theirs"_s).toString(), u"pending"_s);
        QCOMPARE(conflict.value(u"mine"_s).toString(), u"solved"_s);
    }

    void auditTamperIsDetected()
    {
        QTemporaryDir dir;
        Backend b{dir.filePath(u"data"_s), {}};
        QVERIFY(addUser(b, u"admin1"_s, u"admin"_s));
        QVERIFY(addUser(b, u"agent1"_s, u"agent"_s));
        QString out;
        QCOMPARE(runServerCommand(b, {u"audit"_s, u"verify"_s}, &out), 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(dir.filePath(u"data/panorama-server.db"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(!q.exec(u"UPDATE audit_log SET actor = 'someone else' WHERE seq = 1"_s)); // append-only trigger
            QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
            QVERIFY(q.exec(u"UPDATE audit_log SET actor = 'someone else' WHERE seq = 1"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        QCOMPARE(runServerCommand(b, {u"audit"_s, u"verify"_s}, &out), 1);
        QVERIFY2(out.contains(u"record 1"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
