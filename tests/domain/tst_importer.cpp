// JSON Lines import into the encrypted cache (all-or-nothing, clear errors) and customer lookup.
#include "core/domain/CustomerDirectory.h"
#include "core/domain/DomainSchema.h"
#include "core/domain/JsonlImporter.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {

void write(const QString &dir, const QString &table, const QByteArray &lines)
{
    QFile f(QDir(dir).filePath(table + u".jsonl"_s));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lines);
}

void writeSample(const QString &dir)
{
    write(
        dir, u"customers"_s,
        R"({"id":"c1","display_name":"张伟","gender":"male","language":"zh-CN","created_at":1700000000000,"updated_at":1})"
        "\n"
        R"({"id":"c2","display_name":"张伟华","gender":"male","created_at":1700000000000})"
        "\n"
        R"({"id":"c3","display_name":"Emily Chen","gender":"female","language":"en","created_at":1700000000000})"
        "\n");
    write(dir, u"identities"_s,
          R"({"id":"i1","customer_id":"c1","kind":"phone","channel":"web","value":"13800138000","verified":1})"
          "\n"
          R"({"id":"i2","customer_id":"c1","kind":"member_id","channel":"store","value":"LM00012345"})"
          "\n"
          R"({"id":"i3","customer_id":"c3","kind":"email","channel":"web","value":"Emily.Chen@example.com"})"
          "\n"
          R"({"id":"i4","customer_id":"c3","kind":"device_id","channel":"mini_program","value":"dev-9f2c41"})"
          "\n");
    write(dir, u"memberships"_s,
          R"({"id":"m1","customer_id":"c1","tier":"gold","points":8200,"since":"2021-03-01"})"
          "\n");
    write(dir, u"orders"_s,
          R"({"id":"o1","order_no":"LL26110100000001","customer_id":"c3","channel":"web","status":"delivered",)"
          R"("placed_at":1761955200000,"total_cents":29900})"
          "\n");
    write(dir, u"shipments"_s,
          R"({"id":"s1","order_id":"o1","carrier":"SF","tracking_no":"SF1234567890","status":"delivered",)"
          R"("events":[{"at":1761955200000,"status":"delivered","location":"上海"}]})"
          "\n");
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Fixture()
    {
        db = Database::open(dir.filePath(u"cache.db"_s), DatabaseKey::raw(QByteArray(32, 'x')), {.create = true});
        DomainSchema::migrate(*db);
    }
    QString data() const { return dir.filePath(u"data"_s); }
};

} // namespace

class TestImporter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsAndDerivesColumns();
    void reimportIsIdempotent();
    void findByEveryIdentifier_data();
    void findByEveryIdentifier();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void emptyDirectoryIsAnError();
};

void TestImporter::importsAndDerivesColumns()
{
    Fixture fx;
    QDir().mkpath(fx.data());
    writeSample(fx.data());
    JsonlImporter importer(*fx.db);
    const auto result = importer.importDirectory(fx.data());
    QCOMPARE(result.totalRows, 10);
    QCOMPARE(result.rowsPerTable.value(u"customers"_s), 3);
    QCOMPARE(fx.db->scalar("SELECT name_key FROM customers WHERE id = 'c3'").toString(), u"emilychen"_s);
    QCOMPARE(fx.db->scalar("SELECT length(value_hash) FROM identities WHERE id = 'i1'").toInt(), 32);
    // Defaults apply to omitted fields; arrays are stored as compact JSON text.
    QCOMPARE(fx.db->scalar("SELECT language FROM customers WHERE id = 'c2'").toString(), u"zh-CN"_s);
    QVERIFY(fx.db->scalar("SELECT events FROM shipments").toString().startsWith(u"[{"_s));
}

void TestImporter::reimportIsIdempotent()
{
    Fixture fx;
    QDir().mkpath(fx.data());
    writeSample(fx.data());
    JsonlImporter(*fx.db).importDirectory(fx.data());
    JsonlImporter(*fx.db).importDirectory(fx.data());
    QCOMPARE(fx.db->scalar("SELECT count(*) FROM customers").toInt(), 3);
    QCOMPARE(fx.db->scalar("SELECT count(*) FROM identities").toInt(), 4);
}

void TestImporter::findByEveryIdentifier_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("kind");
    QTest::newRow("phone") << u"13800138000"_s << u"c1"_s << u"phone"_s;
    QTest::newRow("phone formatted") << u"+86 138-0013-8000"_s << u"c1"_s << u"phone"_s;
    QTest::newRow("member id") << u"lm00012345"_s << u"c1"_s << u"member_id"_s;
    QTest::newRow("email any case") << u"emily.chen@EXAMPLE.com"_s << u"c3"_s << u"email"_s;
    QTest::newRow("device id") << u"dev-9f2c41"_s << u"c3"_s << u"device_id"_s;
    QTest::newRow("order number") << u"ll26110100000001"_s << u"c3"_s << u"order_number"_s;
    QTest::newRow("tracking number") << u"SF1234567890"_s << u"c3"_s << u"tracking_number"_s;
    QTest::newRow("english name prefix") << u"emily"_s << u"c3"_s << u"name"_s;
    QTest::newRow("chinese full name") << u"张伟华"_s << u"c2"_s << u"name"_s;
}

void TestImporter::findByEveryIdentifier()
{
    QFETCH(QString, query);
    QFETCH(QString, customer);
    QFETCH(QString, kind);
    Fixture fx;
    QDir().mkpath(fx.data());
    writeSample(fx.data());
    JsonlImporter(*fx.db).importDirectory(fx.data());
    CustomerDirectory directory(*fx.db);
    const auto matches = directory.find(query);
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches.first().customerId, customer);
    QCOMPARE(CustomerDirectory::kindName(matches.first().kind), kind);
    // A name prefix finds every customer whose name starts with it, each once.
    const auto zhang = directory.find(u"张伟"_s);
    QCOMPARE(zhang.size(), 2);
    QCOMPARE(zhang.first().tier, u"gold"_s);
    QVERIFY(directory.find(u"13900000000"_s).isEmpty());
}

void TestImporter::badInputChangesNothing_data()
{
    QTest::addColumn<QByteArray>("orders");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"id\":\"o9\",\n") << u"orders.jsonl:1: not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1,2]\n") << u"orders.jsonl:1: expected a JSON object"_s;
    QTest::newRow("no id") << QByteArray("{\"order_no\":\"X\"}\n") << u"missing string field \"id\""_s;
    QTest::newRow("unknown field")
        << QByteArray(R"({"id":"o9","order_no":"X","customer_id":"c1","channel":"web","status":"paid",)"
                      R"("placed_at":1,"total_cents":1,"colour":"red"})"
                      "\n")
        << u"unknown field \"colour\""_s;
    QTest::newRow("bad vocabulary on line 2")
        << QByteArray(
               R"({"id":"o8","order_no":"Y","customer_id":"c1","channel":"web","status":"paid","placed_at":1,"total_cents":1})"
               "\n"
               R"({"id":"o9","order_no":"X","customer_id":"c1","channel":"fax","status":"paid","placed_at":1,"total_cents":1})"
               "\n")
        << u"orders.jsonl:2:"_s;
    QTest::newRow("missing required")
        << QByteArray(R"({"id":"o9","customer_id":"c1","channel":"web","status":"paid","placed_at":1,"total_cents":1})"
                      "\n")
        << u"orders.jsonl:1:"_s;
}

void TestImporter::badInputChangesNothing()
{
    QFETCH(QByteArray, orders);
    QFETCH(QString, expected);
    Fixture fx;
    QDir().mkpath(fx.data());
    writeSample(fx.data());
    JsonlImporter(*fx.db).importDirectory(fx.data());
    const int before = fx.db->scalar("SELECT count(*) FROM orders").toInt();

    write(fx.data(), u"customers"_s,
          R"({"id":"c9","display_name":"新客户","created_at":1})"
          "\n"); // imported before orders: must be rolled back too
    write(fx.data(), u"orders"_s, orders);
    try {
        JsonlImporter(*fx.db).importDirectory(fx.data());
        QFAIL("bad input was accepted");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
    QCOMPARE(fx.db->scalar("SELECT count(*) FROM orders").toInt(), before);
    QCOMPARE(fx.db->scalar("SELECT count(*) FROM customers WHERE id = 'c9'").toInt(), 0);
}

void TestImporter::emptyDirectoryIsAnError()
{
    Fixture fx;
    QDir().mkpath(fx.data());
    QVERIFY_THROWS_EXCEPTION(StorageError, JsonlImporter(*fx.db).importDirectory(fx.data()));
    write(fx.data(), u"customerz"_s, "{}\n");
    try {
        JsonlImporter(*fx.db).importDirectory(fx.data());
        QFAIL("unknown table file accepted");
    } catch (const StorageError &e) {
        QVERIFY(e.message().contains(u"unknown table file customerz.jsonl"_s));
    }
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
