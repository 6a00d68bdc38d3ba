// The routing service end to end with the shipped defaults and a model trained on the shipped seed tickets:
// Simplified, Traditional and English tickets reach the right teams, repeated questions get a ready answer,
// SLA deadlines come from the injected clock, and only models for this taxonomy are installed.
#include "SyntheticTickets.h"

#include "core/routing/ClassifierTrainer.h"
#include "core/routing/ModelSerializer.h"
#include "core/routing/QuickReplyIndex.h"
#include "core/routing/RoutingEngine.h"
#include "core/routing/RoutingError.h"
#include "core/routing/RoutingResources.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace {

const QTimeZone Shanghai(QByteArrayLiteral("Asia/Shanghai"));

std::shared_ptr<const TextClassifier> seedModel()
{
    static const auto model = [] {
        const LabelledDataset seed = LabelledDataset::parse(RoutingResources::read(u"seed_tickets.csv"_s),
                                                            u"seed_tickets.csv"_s, LabelledDataset::Format::Csv);
        TrainOptions o;
        o.taxonomyId = u"lumen-retail"_s;
        return std::make_shared<const TextClassifier>(ClassifierTrainer(o).train(seed));
    }();
    return model;
}

TicketInput ticket(const QString &text, const QString &tier = u"regular"_s)
{
    TicketInput t;
    t.id = u"T-100"_s;
    t.body = text;
    t.customerTier = tier;
    return t;
}

} // namespace

class TestRoutingEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void ticketsReachTheirTeams_data();
    void ticketsReachTheirTeams();
    void repeatedQuestionsGetAnAnswer_data();
    void repeatedQuestionsGetAnAnswer();
    void slaComesFromTheClock();
    void decisionJson();
    void modelsForAnotherTaxonomyAreRefused();
    void installModelFromBlob();
    void ticketFieldsAreValidated();

private:
    std::optional<ManualClock> m_clock;
    std::unique_ptr<RoutingEngine> m_engine;
    AgentRoster m_roster;
};

void TestRoutingEngine::init()
{
    m_clock.emplace(QDateTime(QDate(2026, 11, 27), QTime(17, 30), Shanghai)); // a Friday
    m_engine = RoutingEngine::withDefaults(*m_clock);
    m_engine->setClassifier(seedModel());
    m_roster = AgentRoster::example();
}

void TestRoutingEngine::ticketsReachTheirTeams_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("team");
    QTest::newRow("zh-Hans size") << u"这件衬衫买小了，想换大一码"_s << u"size_problem"_s << u"size-squad"_s;
    QTest::newRow("zh-Hant size") << u"這件襯衫買小了，想換大一碼"_s << u"size_problem"_s << u"size-squad"_s;
    QTest::newRow("en size") << u"The jeans are too tight, I need a bigger size"_s << u"size_problem"_s
                             << u"size-squad"_s;
    QTest::newRow("zh-Hans logistics") << u"快递三天都没有更新物流信息了"_s << u"logistics"_s << u"logistics"_s;
    QTest::newRow("zh-Hant quality") << u"外套洗了一次就起球，品質太差了"_s << u"product_quality"_s << u"quality"_s;
    QTest::newRow("en payment") << u"I was charged twice for one order"_s << u"payment_invoice"_s << u"billing"_s;
    QTest::newRow("zh invoice") << u"公司报销需要开增值税专用发票"_s << u"payment_invoice"_s << u"billing"_s;
    QTest::newRow("en points") << u"My points from last month's order never showed up"_s << u"membership_points"_s
                               << u"membership"_s;
    QTest::newRow("zh escalation") << u"你们再不给我退款我就去12315投诉"_s << QString() << u"complaints"_s;
    QTest::newRow("en privacy") << u"Please delete my account and all my personal data"_s << QString() << u"privacy"_s;
}

void TestRoutingEngine::ticketsReachTheirTeams()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QString, team);
    const RoutingDecision d = m_engine->route(ticket(text), m_roster);
    if (!category.isEmpty())
        QCOMPARE(d.category, category);
    QCOMPARE(d.teamId, team);
    QVERIFY(!d.summary(Language::English).isEmpty());
    QCOMPARE(d.modelVersion, seedModel()->info().versionId);
}

void TestRoutingEngine::repeatedQuestionsGetAnAnswer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("answerStart");
    QTest::newRow("zh address") << u"请问怎么修改收货地址？"_s << u"change-address"_s << u"订单打包前都可以修改地址"_s;
    QTest::newRow("en address") << u"How can I change my delivery address?"_s << u"change-address"_s
                                << u"I can change the address"_s;
    QTest::newRow("zh-Hant parcel") << u"我的包裹到哪裡了？"_s << u"where-is-parcel"_s << u"请发给我订单号"_s;
    QTest::newRow("en parcel") << u"Where is my parcel?"_s << u"where-is-parcel"_s
                               << u"Please send me your order number"_s;
}

void TestRoutingEngine::repeatedQuestionsGetAnAnswer()
{
    QFETCH(QString, text);
    QFETCH(QString, reply);
    QFETCH(QString, answerStart);
    const RoutingDecision d = m_engine->route(ticket(text), m_roster);
    QVERIFY2(d.suggestion, qPrintable(d.explanation(Language::English).join(u" | "_s)));
    QCOMPARE(d.suggestion->id, reply);
    QVERIFY2(d.suggestion->answer.startsWith(answerStart), qPrintable(d.suggestion->answer));
    QVERIFY(d.step(u"suggestion"_s));
}

void TestRoutingEngine::slaComesFromTheClock()
{
    // Platinum, Friday 17:30: one business hour runs over the weekend to Monday 09:30.
    TicketInput t = ticket(u"这件衬衫买小了，想换大一码"_s, u"platinum"_s);
    t.dedicatedAdvisorId = u"li-na"_s;
    const RoutingDecision d = m_engine->route(t, m_roster);
    QCOMPARE(d.agentId, u"li-na"_s);
    QCOMPARE(d.decidedAt, m_clock->now());
    QCOMPARE(d.sla.targetId, u"platinum"_s);
    QCOMPARE(d.sla.firstResponseDue, QDateTime(QDate(2026, 11, 30), QTime(9, 30), Shanghai).toUTC());
    QCOMPARE(d.step(u"sla"_s)->text.en, u"first response due 2026-11-30 09:30 (60 business minutes, SLA platinum)"_s);
    // An explicit creation time wins over the clock.
    t.createdAt = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Shanghai);
    QCOMPARE(m_engine->route(t, m_roster).sla.firstResponseDue,
             QDateTime(QDate(2026, 11, 30), QTime(11, 0), Shanghai).toUTC());
    // Booking the decision adds to the advisor's load.
    RoutingEngine::commit(d, m_roster);
    QCOMPARE(m_roster.agent(u"li-na"_s)->load, 1);
}

void TestRoutingEngine::decisionJson()
{
    const RoutingDecision d = m_engine->route(ticket(u"I was charged twice for one order"_s), m_roster);
    const QJsonObject j = d.toJson();
    for (const char *key : {"ticket", "category", "priority", "team", "agent", "summary", "steps", "sla",
                            "classification", "modelVersion", "rulesVersion", "matchedRules"})
        QVERIFY2(j.contains(QLatin1StringView(key)), key);
    QCOMPARE(j.value(u"classification"_s).toObject().value(u"alternatives"_s).toArray().size(), 3);
    // A decision made on the server reads back on a client with the same summary, steps and deadlines.
    const RoutingDecision back = RoutingDecision::fromJson(j);
    QCOMPARE(back.toJson(), j);
    QCOMPARE(back.summary(Language::Chinese), d.summary(Language::Chinese));
    QVERIFY_THROWS_EXCEPTION(RoutingError, RoutingDecision::fromJson({{u"priority"_s, u"asap"_s}}));
}

void TestRoutingEngine::modelsForAnotherTaxonomyAreRefused()
{
    TrainOptions o;
    o.taxonomyId = u"banking"_s;
    const auto other = std::make_shared<const TextClassifier>(
        ClassifierTrainer(o).train(panorama::routing::testdata::syntheticTickets(10, 1)));
    try {
        m_engine->setClassifier(other);
        QFAIL("accepted");
    } catch (const RoutingError &e) {
        QVERIFY2(e.message().contains(u"trained for taxonomy 'banking', not 'lumen-retail'"_s),
                 qPrintable(e.message()));
    }
    // Labels outside the taxonomy are refused too; the previous model stays.
    LabelledDataset data = panorama::routing::testdata::syntheticTickets(10, 1);
    data.examples.push_back({u"what is the meaning of life"_s, u"philosophy"_s});
    QVERIFY_THROWS_EXCEPTION(
        RoutingError, m_engine->setClassifier(std::make_shared<const TextClassifier>(ClassifierTrainer().train(data))));
    QCOMPARE(m_engine->classifier(), seedModel());
}

void TestRoutingEngine::installModelFromBlob()
{
    m_engine->setClassifier(nullptr);
    QVERIFY(m_engine->route(ticket(u"快递到哪了"_s), m_roster).manualTriage); // no model: everything to triage
    const QString version = m_engine->installModel(ModelSerializer::serialize(*seedModel()));
    QCOMPARE(version, seedModel()->info().versionId);
    QCOMPARE(m_engine->route(ticket(u"快递到哪了"_s), m_roster).category, u"logistics"_s);
    QVERIFY_THROWS_EXCEPTION(RoutingError, m_engine->installModel(QByteArray("garbage")));
}

void TestRoutingEngine::ticketFieldsAreValidated()
{
    QVERIFY_THROWS_EXCEPTION(RoutingError,
                             TicketInput::fromJson({{u"body"_s, u"x"_s}, {u"customerTier"_s, u"diamond"_s}}));
    QVERIFY_THROWS_EXCEPTION(RoutingError, TicketInput::fromJson({{u"body"_s, u"x"_s}, {u"channel"_s, u"fax"_s}}));
    QVERIFY_THROWS_EXCEPTION(RoutingError, TicketInput::fromJson({{u"subject"_s, u" "_s}}));
    const TicketInput t =
        TicketInput::fromJson({{u"subject"_s, u"退货"_s}, {u"body"_s, u"怎么退"_s}, {u"channel"_s, u"wechat"_s}});
    QCOMPARE(t.text(), u"退货\n怎么退"_s);
    QCOMPARE(t.effectiveLanguage(), u"zh"_s);
    QCOMPARE(TicketInput::fromJson(t.toJson()).toJson(), t.toJson());
}

QTEST_GUILESS_MAIN(TestRoutingEngine)
#include "tst_routingengine.moc"
