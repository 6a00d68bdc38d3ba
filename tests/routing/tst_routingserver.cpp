// Routing on the real panorama-server (SQLite): a pushed or imported ticket is classified, prioritised and routed by
// the server and the decision reaches clients through the feed; agent corrections are training data; the model
// and the rules are versioned on the server; bad rule files are refused. SLA alerts in-process on a scratch
// database with a fixed "now".
#include "../qa/EngineServerTestSupport.h"

#include "server/QaRoutingConfigs.h"
#include "server/RoutingService.h"
#include "server/RowStore.h"
#include "server/ServerCore.h"
#include "server/ServerSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::testing;

namespace {

// The current value of one row as `token`'s user receives it.
QJsonObject feedRow(const QUrl &url, const QString &token, const QString &table, const QString &id)
{
    QJsonObject found;
    for (const QJsonObject &row : feedRows(url, token, table)) {
        if (row.value(u"id"_s).toString() == id)
            found = row;
    }
    return found;
}

QJsonObject push(const QUrl &url, const QString &token, const QJsonObject &m)
{
    return pushOne(url, token, m);
}

QJsonObject createTicket(const QString &id, const QString &customer, const QString &subject, const QString &language)
{
    return {{u"kind"_s, u"ticket.create"_s},
            {u"table"_s, u"tickets"_s},
            {u"row_id"_s, id},
            {u"set"_s, QJsonObject{{u"subject"_s, subject},
                                   {u"customer_id"_s, customer},
                                   {u"channel"_s, u"web"_s},
                                   {u"language"_s, language}}}};
}

} // namespace

class TestRoutingServer final : public QObject
{
    Q_OBJECT
private:
    EngineServerEnv m_env;
    Fixture m_fx;
    std::unique_ptr<ServerProcess> &m_server = m_env.server;
    QTemporaryDir &m_dir = m_env.dir;
    Backend &m_backend = m_env.backend;
    QString m_agent, m_sup;

    QJsonObject waitRouted(const QString &id)
    {
        QJsonObject row;
        waitFor([&] {
            row = feedRow(m_server->url(), m_agent, u"tickets"_s, id);
            return !row.value(u"routed_at"_s).isNull() && !row.isEmpty();
        });
        return row;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_env.start(6, {{u"agent1"_s, u"agent"_s}, {u"sup1"_s, u"supervisor"_s}});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_fx = m_env.fx;
        m_agent = m_env.token(u"agent1"_s);
        m_sup = m_env.token(u"sup1"_s);
        QVERIFY(!m_agent.isEmpty() && !m_sup.isEmpty());
    }

    // A pushed ticket comes back routed: category, confidence, source, team, explanation, SLA deadlines, model.
    void pushedTicketIsRouted()
    {
        const QString id = SyncProtocol::uuidV7();
        QCOMPARE(push(m_server->url(), m_agent,
                      createTicket(id, m_fx.customerIds[0], u"快递三天了还没到，物流信息一直没有更新"_s, u"zh-CN"_s))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        const QJsonObject row = waitRouted(id);
        QVERIFY2(!row.value(u"routed_at"_s).isNull(), "the server did not route the ticket");
        QCOMPARE(row.value(u"category"_s).toString(), u"logistics"_s);
        QCOMPARE(row.value(u"category_source"_s).toString(), u"model"_s);
        QVERIFY(row.value(u"category_confidence"_s).toDouble() > 0.0);
        QCOMPARE(row.value(u"team"_s).toString(), u"logistics"_s);
        QVERIFY(row.value(u"routing_explanation"_s).toString().contains(u"物流"_s));
        QVERIFY(row.value(u"first_response_due_at"_s).toDouble() > row.value(u"created_at"_s).toDouble());
        QVERIFY(row.value(u"sla_due_at"_s).toDouble() >= row.value(u"first_response_due_at"_s).toDouble());
        QVERIFY(!row.value(u"routing_model"_s).toString().isEmpty());
    }

    // A repeated question gets the quick reply attached, in the ticket's language.
    void repeatedQuestionGetsSuggestion()
    {
        const QString id = SyncProtocol::uuidV7();
        push(m_server->url(), m_agent,
             createTicket(id, m_fx.customerIds[1], u"Can I change the delivery address of my order?"_s, u"en"_s));
        const QJsonObject row = waitRouted(id);
        const QJsonObject s = QJsonDocument::fromJson(row.value(u"suggestion"_s).toString().toUtf8()).object();
        QCOMPARE(s.value(u"id"_s).toString(), u"change-address"_s);
        QVERIFY(!s.value(u"answer"_s).toString().isEmpty());
    }

    // A ticket imported while the server runs is routed as well.
    void importedTicketIsRouted()
    {
        const QString dir = m_dir.filePath(u"more"_s);
        QDir().mkpath(dir);
        const QString id = SyncProtocol::uuidV7();
        QFile f(dir + u"/tickets.jsonl"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{u"id"_s, id},
                                          {u"ticket_no"_s, u"T90000001"_s},
                                          {u"customer_id"_s, m_fx.customerIds[2]},
                                          {u"subject"_s, u"申请开具增值税发票，抬头写公司名称"_s},
                                          {u"status"_s, u"new"_s},
                                          {u"channel"_s, u"email"_s},
                                          {u"created_at"_s, 1767225600000LL}})
                    .toJson(QJsonDocument::Compact) +
                "\n");
        f.close();
        QString out;
        QCOMPARE(runServerCommand(m_backend, {u"import"_s, dir}, &out), 0);
        const QJsonObject row = waitRouted(id);
        QCOMPARE(row.value(u"category"_s).toString(), u"payment_invoice"_s);
        QCOMPARE(row.value(u"team"_s).toString(), u"payments"_s);
    }

    // An agent's correction is training data for the next model, which gets a new version on the server.
    void correctionsTrainTheModel()
    {
        const QUrl url = m_server->url();
        const HttpAnswer before = http(url, "GET", u"/api/v1/routing/model?body=0"_s, {}, m_agent);
        QCOMPARE(before.status, 200);
        const QString oldVersion = before.json.value(u"version"_s).toString();
        QVERIFY(!oldVersion.isEmpty());
        const QString ticket = m_fx.ticketIds[3];
        const QJsonObject correct{{u"kind"_s, u"ticket.correct_category"_s},
                                  {u"table"_s, u"tickets"_s},
                                  {u"row_id"_s, ticket},
                                  {u"base"_s, QJsonObject{{u"category"_s, u"size_problem"_s}}},
                                  {u"set"_s, QJsonObject{{u"category"_s, u"complaint"_s}}}};
        QJsonObject r = push(url, m_agent, correct);
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QJsonObject bad = correct;
        bad.insert(u"set"_s, QJsonObject{{u"category"_s, u"weather"_s}});
        QCOMPARE(push(url, m_agent, bad).value(u"code"_s).toString(), u"validation"_s);
        const QJsonObject row = feedRow(url, m_agent, u"tickets"_s, ticket);
        QCOMPARE(row.value(u"category"_s).toString(), u"complaint"_s);
        QCOMPARE(row.value(u"category_source"_s).toString(), u"agent"_s);

        QCOMPARE(http(url, "POST", u"/api/v1/routing/train"_s, "{}", m_agent).status, 403);
        const HttpAnswer t = http(url, "POST", u"/api/v1/routing/train"_s, "{}", m_sup);
        QCOMPARE(t.status, 200);
        const QJsonObject report = t.json.value(u"report"_s).toObject();
        QCOMPARE(report.value(u"agent_corrections"_s).toInt(), 1);
        QCOMPARE(report.value(u"history_examples"_s).toInt(), m_fx.ticketIds.size());
        const QString newVersion = t.json.value(u"model"_s).toObject().value(u"version"_s).toString();
        QVERIFY(newVersion != oldVersion);
        const HttpAnswer model = http(url, "GET", u"/api/v1/routing/model"_s, {}, m_agent);
        QCOMPARE(model.json.value(u"version"_s).toString(), newVersion);
        QVERIFY(QByteArray::fromBase64(model.json.value(u"body"_s).toString().toLatin1()).startsWith("PNRMODEL"));
        QCOMPARE(http(url, "GET", u"/api/v1/engines"_s, {}, m_agent)
                     .json.value(u"routing_model"_s)
                     .toObject()
                     .value(u"version"_s)
                     .toString(),
                 newVersion);
    }

    // A bad rule file is refused with the place and the cause; the rules in force stay.
    void badRulesRefused()
    {
        const QUrl url = m_server->url();
        HttpAnswer a = http(url, "GET", u"/api/v1/routing/rules"_s, {}, m_agent);
        QCOMPARE(a.status, 200);
        const qint64 revision = a.json.value(u"revision"_s).toInteger();
        QJsonObject rules = QJsonDocument::fromJson(a.json.value(u"body"_s).toString().toUtf8()).object();
        QJsonArray list = rules.value(u"rules"_s).toArray();
        QJsonObject r0 = list[0].toObject();
        QJsonObject when = r0.value(u"when"_s).toObject();
        when.insert(u"tiers"_s, QJsonArray{u"diamond"_s});
        r0.insert(u"when"_s, when);
        list[0] = r0;
        rules.insert(u"rules"_s, list);
        a = http(url, "POST", u"/api/v1/routing/rules"_s, QJsonDocument(rules).toJson(), m_sup);
        QCOMPARE(a.status, 422);
        const QString message = a.json.value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"diamond"_s) && message.contains(u"rules[0]"_s), qPrintable(message));
        QCOMPARE(http(url, "GET", u"/api/v1/routing/rules?body=0"_s, {}, m_agent).json.value(u"revision"_s).toInteger(),
                 revision);
    }

    // SLA: a routed ticket past its first-response deadline raises one breach alert (for the assignee and the
    // supervisors); a second scan raises nothing new; an answered or solved ticket raises nothing.
    void slaBreachRaisedOnce()
    {
        QTemporaryDir dir;
        server::ServerOptions options;
        options.db = server::DbConfig::sqlite(dir.filePath(u"s.db"_s));
        server::ServerCore core(options);
        server::ServerSchema::migrate(core.db());
        server::RoutingService routing(core);
        const QDateTime created(QDate(2026, 3, 6), QTime(9, 0), Qt::UTC); // Friday 17:00 in Shanghai
        const QDateTime due(QDate(2026, 3, 9), QTime(3, 0), Qt::UTC);     // Monday 11:00 in Shanghai
        auto ticket = [&](const QString &no, const QString &status) {
            const QString id = SyncProtocol::uuidV7();
            core.db().write([&] {
                core.db().allocateVersions(0);
                server::RowStore(core.db()).insert(u"tickets"_s,
                                                   {{u"id"_s, id},
                                                    {u"ticket_no"_s, no},
                                                    {u"subject"_s, u"x"_s},
                                                    {u"channel"_s, u"web"_s},
                                                    {u"status"_s, status},
                                                    {u"created_at"_s, created.toMSecsSinceEpoch()},
                                                    {u"routed_at"_s, created.toMSecsSinceEpoch()},
                                                    {u"assignee_id"_s, u"agent-7"_s},
                                                    {u"first_response_due_at"_s, due.toMSecsSinceEpoch()}});
            });
            return id;
        };
        const QString open = ticket(u"T1"_s, u"open"_s);
        ticket(u"T2"_s, u"solved"_s);
        // Saturday: the weekend does not count, so nothing is due yet.
        QCOMPARE(routing.scanSla(QDateTime(QDate(2026, 3, 7), QTime(12, 0), Qt::UTC)), 0);
        // Monday 10:30 Shanghai: more than 75 % of the three business hours (Fri 17-18, Mon 9-11) used → a warning.
        QCOMPARE(routing.scanSla(QDateTime(QDate(2026, 3, 9), QTime(2, 30), Qt::UTC)), 1);
        // Monday 11:01: breached, once.
        QCOMPARE(routing.scanSla(QDateTime(QDate(2026, 3, 9), QTime(3, 1), Qt::UTC)), 1);
        QCOMPARE(routing.scanSla(QDateTime(QDate(2026, 3, 9), QTime(3, 5), Qt::UTC)), 0);
        const QVariant severity = core.db().scalar(
            u"SELECT severity FROM qa_alerts WHERE ticket_id = ? AND rule_id = 'sla.first_response' AND"
            " detail LIKE '%breach%'"_s,
            {open});
        QCOMPARE(severity.toString(), u"critical"_s);
        QCOMPARE(core.db().scalar(u"SELECT scope FROM changes WHERE tbl = 'qa_alerts' LIMIT 1"_s).toString(),
                 u"#qa:agent-7"_s);
    }
};

QTEST_GUILESS_MAIN(TestRoutingServer)
#include "tst_routingserver.moc"
