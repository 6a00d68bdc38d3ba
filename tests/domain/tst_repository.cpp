// Read side of the 360° view: summary, identities, orders page by page, order detail, tickets, timeline,
// merge suggestions and ticket queues, on a small hand-made cache.
#include "core/domain/CustomerRepository.h"
#include "core/domain/DomainSchema.h"
#include "core/domain/JsonlImporter.h"
#include "core/domain/TicketRepository.h"
#include "core/storage/Database.h"
#include "tests/common/SampleCache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;

class TestRepository final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summary();
    void ordersArePagedSortedAndFiltered();
    void orderDetail();
    void timelineIsNewestFirst();
    void mergeSuggestionsCarryEvidence();
    void ticketQueues_data();
    void ticketQueues();
    void conversationInOrderWithAuthors();
};

void TestRepository::summary()
{
    SampleCache c;
    CustomerRepository repo(*c.db);
    const auto s = repo.summary(u"c1"_s);
    QVERIFY(s);
    QCOMPARE(s->tier, u"platinum"_s);
    QCOMPARE(s->advisorName, u"李娜"_s);
    QCOMPARE(s->orderCount, 250);
    QCOMPARE(s->openTickets, 1);
    QVERIFY(s->heightCm && *s->heightCm == 175.5);
    QVERIFY(!s->weightKg);
    QVERIFY(!repo.summary(u"nobody"_s));
    QCOMPARE(repo.identities(u"c1"_s).size(), 2);
}

void TestRepository::ordersArePagedSortedAndFiltered()
{
    SampleCache c;
    CustomerRepository repo(*c.db);
    QCOMPARE(repo.orderCount(u"c1"_s), 250);
    QCOMPARE(repo.orderCount(u"c1"_s, u"cancelled"_s), 25);
    const auto first = repo.orders(u"c1"_s, 0, 100);
    const auto second = repo.orders(u"c1"_s, 100, 100);
    const auto third = repo.orders(u"c1"_s, 200, 100);
    QCOMPARE(first.size(), 100);
    QCOMPARE(third.size(), 50);
    QCOMPARE(first.first().orderNo, u"LL00000249"_s); // newest first
    QCOMPARE(second.first().orderNo, u"LL00000149"_s);
    QCOMPARE(first.first().itemCount, 1);
    QCOMPARE(first.first().returnStatus, u"exchange:requested"_s);
    QCOMPARE(repo.orders(u"c1"_s, 0, 1, CustomerRepository::OrderSort::TotalAsc).first().totalCents, 1000);
    const auto cancelled = repo.orders(u"c1"_s, 0, 100, CustomerRepository::OrderSort::PlacedAtDesc, u"cancelled"_s);
    QCOMPARE(cancelled.size(), 25);
    for (const auto &o : cancelled)
        QCOMPARE(o.status, u"cancelled"_s);
}

void TestRepository::orderDetail()
{
    SampleCache c;
    const auto d = CustomerRepository(*c.db).orderDetail(u"o249"_s);
    QVERIFY(d);
    QCOMPARE(d->items.size(), 1);
    QCOMPARE(d->items.first().productName, u"羊毛大衣"_s);
    QCOMPARE(d->shipments.size(), 1);
    QCOMPARE(d->shipments.first().events.size(), 2);
    QCOMPARE(d->returns.first().exchangeSize, u"L"_s);
    QCOMPARE(d->order.shipmentStatus, u"delivered"_s);
}

void TestRepository::timelineIsNewestFirst()
{
    SampleCache c;
    const auto t = CustomerRepository(*c.db).timeline(u"c1"_s, 5);
    QCOMPARE(t.size(), 5);
    QCOMPARE(t[0].kind, u"ticket"_s);
    QCOMPARE(t[1].kind, u"return"_s);
    QCOMPARE(t[2].kind, u"order"_s);
    for (int i = 1; i < t.size(); ++i)
        QVERIFY(t[i - 1].at >= t[i].at);
}

void TestRepository::mergeSuggestionsCarryEvidence()
{
    SampleCache c;
    const auto m = CustomerRepository(*c.db).mergeSuggestions(u"c1"_s);
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().otherCustomerId, u"c2"_s);
    QCOMPARE(m.first().evidence.size(), 2); // same phone (normalised) and same device id (case-folded)
    QVERIFY(CustomerRepository(*c.db).mergeSuggestions(u"c3"_s).isEmpty());
}

void TestRepository::ticketQueues_data()
{
    QTest::addColumn<int>("queue");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("open") << int(TicketRepository::Queue::Open) << QStringList{u"T00000001"_s, u"T00000002"_s};
    QTest::newRow("all") << int(TicketRepository::Queue::All)
                         << QStringList{u"T00000001"_s, u"T00000002"_s, u"T00000003"_s};
    QTest::newRow("mine") << int(TicketRepository::Queue::Mine) << QStringList{u"T00000001"_s};
    QTest::newRow("my team (open only)") << int(TicketRepository::Queue::MyTeam) << QStringList{u"T00000001"_s};
    QTest::newRow("unassigned") << int(TicketRepository::Queue::Unassigned) << QStringList{u"T00000002"_s};
    QTest::newRow("breaching") << int(TicketRepository::Queue::BreachingSla) << QStringList{u"T00000001"_s};
}

void TestRepository::ticketQueues()
{
    QFETCH(int, queue);
    QFETCH(QStringList, expected);
    SampleCache c;
    TicketRepository repo(*c.db);
    TicketRepository::Filter f{TicketRepository::Queue(queue), u"s1"_s, u"returns"_s, 2000, {}};
    QStringList got;
    for (const auto &t : repo.page(f, 0, 50))
        got << t.ticketNo;
    QCOMPARE(got, expected); // soonest SLA first
    QCOMPARE(repo.count(f), expected.size());
}

void TestRepository::conversationInOrderWithAuthors()
{
    SampleCache c;
    const auto msgs = TicketRepository(*c.db).messages(u"t1"_s);
    QCOMPARE(msgs.size(), 2);
    QCOMPARE(msgs[0].authorName, u"张伟"_s);
    QCOMPARE(msgs[1].authorName, u"李娜"_s);
    QCOMPARE(msgs[1].visibility, u"internal"_s);
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
