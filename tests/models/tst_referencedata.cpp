// Quick replies and their variables, QA alerts page by page, dashboard counts: the lookups the pickers and the
// supervisor's areas read.
#include "core/domain/TicketRepository.h"
#include "core/storage/Database.h"
#include "models/ModelRoles.h"
#include "models/QaQueueModel.h"
#include "models/QuickRepliesModel.h"
#include "models/QuickReplyText.h"
#include "models/ReferenceData.h"
#include "models/TicketQueueIndex.h"
#include "models/TicketQueueModel.h"
#include "tests/common/SampleCache.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;

class TestReferenceData final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expandVariables_data();
    void expandVariables();
    void quickRepliesByLanguage();
    void qaAlertsPageAndFilter();
    void dashboardCounts();
    void staffAndTeams();
    void queueClockMovesWithoutReload();
    void queueIndexMatchesRepository();
};

void TestReferenceData::expandVariables_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expanded");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("zh") << u"您好，{{customer.name}}，订单 {{order.number}} 已发货。"_s
                        << u"您好，张伟，订单 LL00000249 已发货。"_s << QStringList{};
    QTest::newRow("unknown stays visible")
        << u"Refund {{refund.amount}} for {{ order.number }}"_s << u"Refund {{refund.amount}} for LL00000249"_s
        << QStringList{u"refund.amount"_s};
    QTest::newRow("empty value stays visible")
        << u"Hi {{agent.name}}"_s << u"Hi {{agent.name}}"_s << QStringList{u"agent.name"_s};
    QTest::newRow("no variables") << u"Thank you!"_s << u"Thank you!"_s << QStringList{};
    QTest::newRow("repeated") << u"{{customer.name}} {{customer.name}} {{x.y}} {{x.y}}"_s
                              << u"张伟 张伟 {{x.y}} {{x.y}}"_s << QStringList{u"x.y"_s};
    QTest::newRow("not a variable") << u"{{Customer Name}} {single}"_s << u"{{Customer Name}} {single}"_s
                                    << QStringList{};
}

void TestReferenceData::expandVariables()
{
    QFETCH(QString, body);
    QFETCH(QString, expanded);
    QFETCH(QStringList, missing);
    const QuickReplyText::Values values{
        {u"customer.name"_s, u"张伟"_s}, {u"order.number"_s, u"LL00000249"_s}, {u"agent.name"_s, QString()}};
    QCOMPARE(QuickReplyText::expand(body, values), expanded);
    QCOMPARE(QuickReplyText::missing(body, values), missing);
}

void TestReferenceData::quickRepliesByLanguage()
{
    SampleCache c;
    c.db->exec("INSERT INTO kb_articles(id, slug, language, title, body, category, kind) VALUES"
               " ('k1', 'qr-greeting', 'zh-CN', '问候语', '您好，{{customer.name}}', 'other', 'quick_reply'),"
               " ('k2', 'qr-greeting', 'en', 'Greeting', 'Hello {{customer.name}}', 'other', 'quick_reply'),"
               " ('k3', 'returns', 'en', 'Returns', 'An article, not a reply', 'returns', 'article')");
    ReferenceData ref(*c.db);
    QCOMPARE(ref.quickReplies(u"en"_s).size(), 1);
    QCOMPARE(ref.quickReplies(u"zh-CN"_s).first().title, u"问候语"_s);
    QCOMPARE(ref.quickReplies(u"fr"_s).size(), 0);
    QuickRepliesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReplies(ref.quickReplies(u"en"_s));
    QCOMPARE(model.index(0, QuickRepliesModel::Title).data().toString(), u"Greeting"_s);
    QCOMPARE(model.index(0, 0).data(QuickRepliesModel::BodyRole).toString(), u"Hello {{customer.name}}"_s);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), u"qr-greeting"_s);
}

void TestReferenceData::qaAlertsPageAndFilter()
{
    SampleCache c;
    {
        Transaction tx(*c.db);
        for (int i = 0; i < 450; ++i) {
            const char *severity = i % 3 == 0 ? "critical" : i % 3 == 1 ? "warning" : "info";
            c.db->query("INSERT INTO qa_alerts(id, ticket_id, rule_id, rule_kind, severity, agent_id, team, status,"
                        " detail, created_at) VALUES (?, 't1', 'no-promise', 'promise', ?, 's1', 'returns', ?, ?, ?)")
                .bindAll(u"qa%1"_s.arg(i), QString::fromLatin1(severity), i < 400 ? u"open"_s : u"dismissed"_s,
                         u"{\"phrase\":\"保证明天到\"}"_s, int64_t(1000 + i))
                .exec();
        }
        tx.commit();
    }
    QaQueueModel model(*c.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QaQueueModel::Filter filter;
    filter.status = u"open"_s;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 400);
    QCOMPARE(model.rowCount(), 200); // one page
    QVERIFY(model.canFetchMore({}));
    // Critical first, newest first within a severity.
    QCOMPARE(model.index(0, QaQueueModel::Severity).data(RawRole).toString(), u"critical"_s);
    QVERIFY(model.index(0, QaQueueModel::Severity).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.alertAt(0)->ticketNo, u"T00000001"_s);
    QCOMPARE(model.alertAt(0)->agentName, u"李娜"_s);
    QCOMPARE(model.alertAt(0)->detail.value(u"phrase"_s).toString(), u"保证明天到"_s);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    filter.status.clear();
    filter.severity = u"info"_s;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 150);
    filter.status = u"dismissed"_s;
    filter.severity = u"critical"_s;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 16); // i = 402, 405, ..., 447
    QCOMPARE(model.alertAt(16), nullptr);
}

void TestReferenceData::dashboardCounts()
{
    SampleCache c;
    ReferenceData ref(*c.db);
    // t1 open, due at 1000 (breaching at 2000), assigned to s1; t2 new, unassigned, due far away; t3 closed.
    const DashboardFigures d = ref.dashboard(2000, u"s1"_s, 3);
    QCOMPARE(d.openTickets, 2);
    QCOMPARE(d.unassigned, 1);
    QCOMPARE(d.breaching, 1);
    QCOMPARE(d.mine, 1);
    QCOMPARE(d.customers, 3);
    QCOMPARE(d.orders, 250);
    QCOMPARE(d.createdPerDay.size(), 3);
    qint64 inWindow = 0;
    for (const auto &day : d.createdPerDay)
        inWindow += day.second;
    QCOMPARE(inWindow, 0); // every ticket was created long after "now" = 2000 ms
    const DashboardFigures later = ref.dashboard(1800000000001 + 60000, QString(), 1);
    QCOMPARE(later.createdToday, 1); // t1 was created a minute before
    QCOMPARE(later.createdPerDay.first().second, 1);
    QCOMPARE(later.mine, 0); // nobody is signed in
    QCOMPARE(d.openByCategory.size(), 2);
}

void TestReferenceData::staffAndTeams()
{
    SampleCache c;
    ReferenceData ref(*c.db);
    QCOMPARE(ref.teams(), (QStringList{u"logistics"_s, u"returns"_s}));
    const QList<StaffMember> staff = ref.staff();
    QCOMPARE(staff.size(), 2);
    QCOMPARE(staff.first().team, u"logistics"_s);
}

void TestReferenceData::queueClockMovesWithoutReload()
{
    SampleCache c;
    TicketQueueModel model(*c.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({TicketRepository::Queue::Open, u"s1"_s, u"returns"_s, 500, {}});
    const QModelIndex sla = model.index(0, TicketQueueModel::SlaDue);
    QVERIFY(!sla.data().toString().contains(u"overdue"_s));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(1000 + 3 * 24 * 3600 * 1000LL);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(sla.data().toString(), u"overdue 3 d 0 h"_s);
}

void TestReferenceData::queueIndexMatchesRepository()
{
    SampleCache c;
    // More tickets with SLA ties and no SLA, so the order has something to get wrong.
    for (int i = 0; i < 40; ++i) {
        Query q = c.db->query("INSERT INTO tickets(id, ticket_no, customer_id, subject, status, team, assignee_id,"
                              " channel, sla_due_at, created_at) VALUES (?, ?, 'c1', ?, ?, ?, ?, 'web', ?, ?)");
        q.bindAll(u"x%1"_s.arg(i), u"T9%1"_s.arg(i, 7, 10, QChar(u'0')), u"parcel %1"_s.arg(i),
                  i % 5 == 0 ? u"solved"_s : u"open"_s, i % 2 ? u"returns"_s : u"logistics"_s,
                  i % 3 ? QString() : u"s1"_s);
        if (i % 4)
            q.bind(7, int64_t(5000 + (i % 7) * 1000)); // ties on purpose
        else
            q.bind(7, nullptr);
        q.bind(8, int64_t(100000 + i));
        q.exec();
    }
    using Q = TicketRepository::Queue;
    TicketRepository repo(*c.db);
    TicketQueueIndex index(*c.db);
    for (Q queue : {Q::All, Q::Mine, Q::MyTeam, Q::Unassigned, Q::BreachingSla, Q::Open}) {
        for (const QString &text : {QString(), u"parcel"_s}) {
            const TicketRepository::Filter f{queue, u"s1"_s, u"returns"_s, 8000, text};
            QStringList expected;
            for (const TicketRecord &t : repo.page(f, 0, 1000))
                expected << t.id;
            QCOMPARE(index.ids(f), expected);
            QCOMPARE(qint64(index.ids(f).size()), repo.count(f));
        }
    }
}

QTEST_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
