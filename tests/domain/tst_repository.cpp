// Read side of the 360° view: summary, identities, orders page by page, order detail, tickets, timeline,
// merge suggestions and ticket queues, on a small hand-made cache.
#include "core/domain/CustomerRepository.h"
#include "core/domain/DomainSchema.h"
#include "core/domain/JsonlImporter.h"
#include "core/domain/TicketRepository.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {

void write(const QString &dir, const QString &table, const QStringList &lines)
{
    QFile f(QDir(dir).filePath(table + u".jsonl"_s));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lines.join(u'\n').toUtf8() + '\n');
}

class Cache
{
public:
    Cache()
    {
        db = Database::open(dir.filePath(u"c.db"_s), DatabaseKey::raw(QByteArray(32, 'r')), {.create = true});
        DomainSchema::migrate(*db);
        const QString data = dir.filePath(u"data"_s);
        QDir().mkpath(data);
        write(data, u"staff"_s,
              {uR"({"id":"s1","username":"lina","display_name":"李娜","role":"agent","team":"returns"})"_s,
               uR"({"id":"s2","username":"wang","display_name":"王强","role":"agent","team":"logistics"})"_s});
        write(data, u"customers"_s,
              {uR"({"id":"c1","display_name":"张伟","gender":"male","created_at":1600000000000,"height_cm":175.5})"_s,
               uR"({"id":"c2","display_name":"张伟","gender":"male","created_at":1650000000000})"_s,
               uR"({"id":"c3","display_name":"刘洋","created_at":1650000000000})"_s});
        write(data, u"identities"_s,
              {uR"({"id":"i1","customer_id":"c1","kind":"phone","channel":"web","value":"13800138000"})"_s,
               uR"({"id":"i2","customer_id":"c2","kind":"phone","channel":"store","value":"138 0013 8000"})"_s,
               uR"({"id":"i3","customer_id":"c1","kind":"device_id","channel":"mini_program","value":"dev-1"})"_s,
               uR"({"id":"i4","customer_id":"c2","kind":"device_id","channel":"mini_program","value":"DEV-1"})"_s,
               uR"({"id":"i5","customer_id":"c3","kind":"phone","channel":"web","value":"13900000000"})"_s});
        write(
            data, u"memberships"_s,
            {uR"({"id":"m1","customer_id":"c1","tier":"platinum","points":25000,"since":"2019-05-01","advisor_id":"s1"})"_s});
        QStringList orders, items;
        for (int i = 0; i < 250; ++i) {
            orders
                << uR"({"id":"o%1","order_no":"LL%2","customer_id":"c1","channel":"web","status":"%3","placed_at":%4,"total_cents":%5})"_s
                       .arg(i)
                       .arg(i, 8, 10, QChar(u'0'))
                       .arg(i % 10 == 0 ? u"cancelled"_s : u"completed"_s)
                       .arg(1700000000000LL + i * 86400000LL)
                       .arg(1000 + i);
            items
                << uR"({"id":"oi%1","order_id":"o%1","product_id":"p1","sku":"SKU1","size":"M","quantity":1,"price_cents":%2})"_s
                       .arg(i)
                       .arg(1000 + i);
        }
        write(data, u"orders"_s, orders);
        write(data, u"order_items"_s, items);
        write(
            data, u"products"_s,
            {uR"({"id":"p1","sku":"SKU1","name":"羊毛大衣","brand":"Lumen","category":"outerwear","gender":"female","price_cents":1000,"sizes":["S","M","L"]})"_s});
        write(
            data, u"shipments"_s,
            {uR"({"id":"sh1","order_id":"o249","carrier":"SF","tracking_no":"SF1","status":"delivered","shipped_at":1,"delivered_at":2,"events":[{"at":1,"status":"in_transit","location":"杭州"},{"at":2,"status":"delivered","location":"上海"}]})"_s});
        write(
            data, u"returns"_s,
            {uR"({"id":"r1","order_id":"o249","order_item_id":"oi249","kind":"exchange","reason_code":"size_too_small","status":"requested","requested_at":1800000000000,"exchange_size":"L"})"_s});
        write(
            data, u"tickets"_s,
            {uR"({"id":"t1","ticket_no":"T00000001","customer_id":"c1","order_id":"o249","subject":"换大一码","category":"size_problem","priority":"high","status":"open","team":"returns","assignee_id":"s1","channel":"chat","sla_due_at":1000,"created_at":1800000000001})"_s,
             uR"({"id":"t2","ticket_no":"T00000002","customer_id":"c3","subject":"Where is my parcel","status":"new","channel":"web","sla_due_at":999999999999999,"created_at":1700000000000})"_s,
             uR"({"id":"t3","ticket_no":"T00000003","customer_id":"c3","subject":"发票","status":"closed","team":"returns","channel":"web","created_at":1600000000000})"_s});
        write(
            data, u"ticket_messages"_s,
            {uR"({"id":"tm2","ticket_id":"t1","author_kind":"agent","author_id":"s1","visibility":"internal","body":"已核实库存","created_at":20})"_s,
             uR"({"id":"tm1","ticket_id":"t1","author_kind":"customer","visibility":"public","body":"M码小了","created_at":10})"_s});
        JsonlImporter(*db).importDirectory(data);
    }
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

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
    Cache c;
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
    Cache c;
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
    Cache c;
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
    Cache c;
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
    Cache c;
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
    Cache c;
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
    Cache c;
    const auto msgs = TicketRepository(*c.db).messages(u"t1"_s);
    QCOMPARE(msgs.size(), 2);
    QCOMPARE(msgs[0].authorName, u"张伟"_s);
    QCOMPARE(msgs[1].authorName, u"李娜"_s);
    QCOMPARE(msgs[1].visibility, u"internal"_s);
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
