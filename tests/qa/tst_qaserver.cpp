// QA on the real panorama-server (SQLite): every synced message is checked by the server's engine, alerts reach the
// supervisors and the agent concerned (and nobody else), review mutations sync and give per-rule precision, and a bad
// rule file is refused with a clear error while the rules in force stay.
#include "EngineServerTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::testing;

namespace {

QJsonObject note(const QString &ticket, const QString &id, const QString &body)
{
    return {{u"kind"_s, u"ticket.note"_s},
            {u"table"_s, u"ticket_messages"_s},
            {u"row_id"_s, id},
            {u"set"_s, QJsonObject{{u"ticket_id"_s, ticket}, {u"body"_s, body}, {u"visibility"_s, u"public"_s}}}};
}

QList<QJsonObject> alertsFor(const QList<QJsonObject> &alerts, const QString &messageId)
{
    QList<QJsonObject> out;
    for (const QJsonObject &a : alerts) {
        if (a.value(u"message_id"_s).toString() == messageId)
            out << a;
    }
    return out;
}

// Alerts about the wording itself (conversation-level ones, such as a late first reply to an old fixture ticket, are
// about timing).
QList<QJsonObject> wordingAlerts(const QList<QJsonObject> &alerts)
{
    QList<QJsonObject> out;
    for (const QJsonObject &a : alerts) {
        if (a.value(u"rule_kind"_s).toString() != u"conversation"_s)
            out << a;
    }
    return out;
}

} // namespace

class TestQaServer final : public QObject
{
    Q_OBJECT
private:
    EngineServerEnv m_env;
    Fixture m_fx;
    std::unique_ptr<ServerProcess> &m_server = m_env.server;
    QString m_agent, m_other, m_sup;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem =
            m_env.start(6, {{u"agent1"_s, u"agent"_s}, {u"agent2"_s, u"agent"_s}, {u"sup1"_s, u"supervisor"_s}});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_fx = m_env.fx;
        m_agent = m_env.token(u"agent1"_s);
        m_other = m_env.token(u"agent2"_s);
        m_sup = m_env.token(u"sup1"_s);
        QVERIFY(!m_agent.isEmpty() && !m_other.isEmpty() && !m_sup.isEmpty());
    }

    // Every message is checked: a rude reply raises an alert the agent and the supervisors receive (another agent
    // does not); a compliant reply and a quoted customer complaint raise nothing.
    void everyMessageIsChecked()
    {
        const QUrl url = m_server->url();
        const QString ticket = m_fx.ticketIds[0];
        const QString good = SyncProtocol::uuidV7(), quoted = SyncProtocol::uuidV7(), rude = SyncProtocol::uuidV7();
        QCOMPARE(pushOne(url, m_agent, note(ticket, good, u"您好，很高兴为您服务，请问有什么可以帮您？"_s))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        QCOMPARE(pushOne(url, m_agent, note(ticket, quoted, u"您说的“这不归我管”这句话让您不满意，非常抱歉。"_s))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        QCOMPARE(pushOne(url, m_agent, note(ticket, rude, u"这不归我管，你自己看吧。"_s)).value(u"status"_s).toString(),
                 u"applied"_s);
        QList<QJsonObject> mine;
        QVERIFY(waitFor([&] {
            mine = feedRows(url, m_agent, u"qa_alerts"_s);
            return !alertsFor(mine, rude).isEmpty();
        }));
        const QList<QJsonObject> rudeAlerts = alertsFor(mine, rude);
        QStringList kinds;
        for (const QJsonObject &a : rudeAlerts) {
            kinds << a.value(u"rule_kind"_s).toString();
            QCOMPARE(a.value(u"ticket_id"_s).toString(), ticket);
            QCOMPARE(a.value(u"status"_s).toString(), u"open"_s);
            QVERIFY(!a.value(u"rules_version"_s).toString().isEmpty());
            const QJsonObject detail = QJsonDocument::fromJson(a.value(u"detail"_s).toString().toUtf8()).object();
            QVERIFY(!detail.value(u"message"_s).toString().isEmpty());
        }
        QVERIFY2(kinds.contains(u"phrase"_s), qPrintable(kinds.join(u',')));
        // Messages are checked in feed order, so the earlier ones are done too: nothing on them.
        QVERIFY(wordingAlerts(alertsFor(mine, good)).isEmpty());
        QVERIFY(wordingAlerts(alertsFor(mine, quoted)).isEmpty());
        QVERIFY(!alertsFor(feedRows(url, m_sup, u"qa_alerts"_s), rude).isEmpty());
        QVERIFY(alertsFor(feedRows(url, m_other, u"qa_alerts"_s), rude).isEmpty());
    }

    // Review mutations: the supervisor confirms (coaching note) or dismisses (reason required), the agent
    // acknowledges or disputes; precision per rule = confirmed / reviewed.
    void reviewAndPrecision()
    {
        const QUrl url = m_server->url();
        const QString ticket = m_fx.ticketIds[1];
        const QString first = SyncProtocol::uuidV7(), second = SyncProtocol::uuidV7();
        pushOne(url, m_agent, note(ticket, first, u"这不归我管。"_s));
        pushOne(url, m_agent, note(ticket, second, u"不知道，你自己看。"_s));
        QList<QJsonObject> alerts;
        QVERIFY(waitFor([&] {
            alerts = feedRows(url, m_sup, u"qa_alerts"_s);
            return !wordingAlerts(alertsFor(alerts, first)).isEmpty() &&
                   !wordingAlerts(alertsFor(alerts, second)).isEmpty();
        }));
        const QString a1 = wordingAlerts(alertsFor(alerts, first)).first().value(u"id"_s).toString();
        const QString a2 = wordingAlerts(alertsFor(alerts, second)).first().value(u"id"_s).toString();
        auto review = [](const QString &id, const QJsonObject &set) {
            return QJsonObject{{u"kind"_s, u"qa_alert.review"_s},
                               {u"table"_s, u"qa_alerts"_s},
                               {u"row_id"_s, id},
                               {u"base"_s, QJsonObject{}},
                               {u"set"_s, set}};
        };
        // An agent cannot give the verdict; a dismissal without a reason is refused.
        QCOMPARE(pushOne(url, m_agent, review(a1, {{u"verdict"_s, u"confirmed"_s}})).value(u"code"_s).toString(),
                 u"forbidden"_s);
        QCOMPARE(pushOne(url, m_sup, review(a2, {{u"verdict"_s, u"dismissed"_s}})).value(u"code"_s).toString(),
                 u"validation"_s);
        QJsonObject r =
            pushOne(url, m_sup, review(a1, {{u"verdict"_s, u"confirmed"_s}, {u"note"_s, u"语气生硬，先致歉"_s}}));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        r = pushOne(url, m_sup, review(a2, {{u"verdict"_s, u"dismissed"_s}, {u"note"_s, u"引用客户原话"_s}}));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        // The agent disputes the confirmed one; another agent may not answer for them.
        const QJsonObject respond{
            {u"kind"_s, u"qa_alert.respond"_s},
            {u"table"_s, u"qa_alerts"_s},
            {u"row_id"_s, a1},
            {u"set"_s, QJsonObject{{u"response"_s, u"disputed"_s}, {u"note"_s, u"客户先辱骂"_s}}}};
        QCOMPARE(pushOne(url, m_other, respond).value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(pushOne(url, m_agent, respond).value(u"status"_s).toString(), u"applied"_s);
        // The verdicts sync to the agent; precision counts verdicts only.
        QJsonObject row;
        for (const QJsonObject &a : feedRows(url, m_agent, u"qa_alerts"_s)) {
            if (a.value(u"id"_s).toString() == a1)
                row = a;
        }
        QCOMPARE(row.value(u"verdict"_s).toString(), u"confirmed"_s);
        QCOMPARE(row.value(u"review_note"_s).toString(), u"语气生硬，先致歉"_s);
        QCOMPARE(row.value(u"agent_response"_s).toString(), u"disputed"_s);
        const HttpAnswer p = http(url, "GET", u"/api/v1/qa/precision"_s, {}, m_sup);
        QCOMPARE(p.status, 200);
        QVERIFY(p.json.value(u"reviewed"_s).toInt() >= 2);
        QVERIFY(p.json.value(u"confirmed"_s).toInt() >= 1);
        QVERIFY(p.json.value(u"confirmed"_s).toInt() < p.json.value(u"reviewed"_s).toInt());
        QCOMPARE(http(url, "GET", u"/api/v1/qa/precision"_s, {}, m_agent).status, 403);
    }

    // Rules are data on the server: a bad file is refused with the cause and the rules in force stay; a good one
    // becomes a new revision that clients fetch.
    void rulesAreDataOnTheServer()
    {
        const QUrl url = m_server->url();
        HttpAnswer a = http(url, "GET", u"/api/v1/qa/rules"_s, {}, m_agent);
        QCOMPARE(a.status, 200);
        const qint64 revision = a.json.value(u"revision"_s).toInteger();
        const QString version = a.json.value(u"version"_s).toString();
        QJsonObject rules = QJsonDocument::fromJson(a.json.value(u"body"_s).toString().toUtf8()).object();
        QVERIFY(rules.value(u"rules"_s).toArray().size() > 10);

        QJsonObject bad = rules;
        QJsonArray list = bad.value(u"rules"_s).toArray();
        QJsonObject broken = list[1].toObject();
        broken.insert(u"patterns"_s, QJsonArray{u"(无条件"_s});
        list[1] = broken;
        QJsonObject unknown = list[2].toObject();
        unknown.insert(u"kind"_s, u"telepathy"_s);
        list[2] = unknown;
        bad.insert(u"rules"_s, list);
        a = http(url, "POST", u"/api/v1/qa/rules"_s, QJsonDocument(bad).toJson(), m_sup);
        QCOMPARE(a.status, 422);
        const QString message = a.json.value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"regex"_s, Qt::CaseInsensitive) || message.contains(u"pattern"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"telepathy"_s), qPrintable(message));
        a = http(url, "GET", u"/api/v1/qa/rules?body=0"_s, {}, m_agent);
        QCOMPARE(a.json.value(u"revision"_s).toInteger(), revision);
        QCOMPARE(a.json.value(u"version"_s).toString(), version);

        QJsonObject good = rules;
        good.insert(u"version"_s, u"test-edit-1"_s);
        QCOMPARE(http(url, "POST", u"/api/v1/qa/rules"_s, QJsonDocument(good).toJson(), m_agent).status, 403);
        a = http(url, "POST", u"/api/v1/qa/rules"_s, QJsonDocument(good).toJson(), m_sup);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(u"revision"_s).toInteger(), revision + 1);
        a = http(url, "GET", u"/api/v1/engines"_s, {}, m_agent);
        QCOMPARE(a.json.value(u"qa_rules"_s).toObject().value(u"version"_s).toString(), u"test-edit-1"_s);
        // New alerts carry the version that produced them.
        const QString id = SyncProtocol::uuidV7();
        pushOne(url, m_agent, note(m_fx.ticketIds[2], id, u"这不归我管"_s));
        QList<QJsonObject> alerts;
        QVERIFY(waitFor([&] {
            alerts = alertsFor(feedRows(url, m_agent, u"qa_alerts"_s), id);
            return !alerts.isEmpty();
        }));
        QCOMPARE(alerts.first().value(u"rules_version"_s).toString(), u"test-edit-1"_s);
    }
};

QTEST_GUILESS_MAIN(TestQaServer)
#include "tst_qaserver.moc"
