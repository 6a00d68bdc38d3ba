// The demo-data generator end to end, on a small run (500 customers, 5,000 orders, 1,000 tickets: the default ratios):
// determinism, the manifest, referential integrity, loading into a real encrypted cache, vocabularies and realism.
#include "DemoFixture.h"

#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoOptions.h"
#include "core/domain/DomainSchema.h"
#include "core/domain/JsonlImporter.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace panorama;

class TestDemoData final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameSeedSameBytesWhateverTheThreads();
    void differentSeedDifferentData();
    void manifestMatchesFiles();
    void idsAreUniqueUuidV7();
    void everyReferenceResolves();
    void importsIntoEncryptedCache();
    void vocabularies();
    void identifiersLookReal();
    void sizesFitBodies();
    void returnsAreRealistic();
    void bothLanguagesAndTraditional();
    void refusesNonEmptyDirectoryWithoutForce();

private:
    QList<QJsonObject> table(const QString &name);
    QHash<QString, QList<QJsonObject>> m_tables;
    QTemporaryDir m_root;
    QString m_dir;
};

QList<QJsonObject> TestDemoData::table(const QString &name)
{
    if (!m_tables.contains(name)) {
        QString error;
        m_tables.insert(name, DemoFixture::rows(m_dir, name, &error));
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    }
    return m_tables.value(name);
}

void TestDemoData::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_dir = m_root.filePath(u"seed7"_s);
    const QString error = DemoFixture::generate(m_dir, 7);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDemoData::sameSeedSameBytesWhateverTheThreads()
{
    const QString again = m_root.filePath(u"seed7-one-thread"_s);
    const QString error = DemoFixture::generate(again, 7, 1);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList files = QDir(m_dir).entryList(QDir::Files);
    QCOMPARE(files, QDir(again).entryList(QDir::Files));
    QVERIFY(files.contains(u"manifest.json"_s));
    for (const QString &f : files) {
        const QByteArray a = DemoFixture::readFile(QDir(m_dir).filePath(f));
        QVERIFY2(a == DemoFixture::readFile(QDir(again).filePath(f)), qPrintable(f));
    }
}

void TestDemoData::differentSeedDifferentData()
{
    const QString other = m_root.filePath(u"seed8"_s);
    const QString error = DemoFixture::generate(other, 8);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject a = QJsonDocument::fromJson(DemoFixture::readFile(m_dir + u"/manifest.json"_s)).object();
    const QJsonObject b = QJsonDocument::fromJson(DemoFixture::readFile(other + u"/manifest.json"_s)).object();
    for (const QString &t : {u"customers"_s, u"orders"_s, u"tickets"_s, u"ticket_messages"_s, u"identities"_s}) {
        const QString f = t + u".jsonl"_s;
        QVERIFY2(a[u"files"_s][f][u"sha256"_s] != b[u"files"_s][f][u"sha256"_s], qPrintable(f));
    }
    // The knowledge base does not depend on the seed's randomness, only on its ids.
    QCOMPARE(a[u"counts"_s][u"kb_articles"_s], b[u"counts"_s][u"kb_articles"_s]);
}

void TestDemoData::manifestMatchesFiles()
{
    const QJsonObject m = QJsonDocument::fromJson(DemoFixture::readFile(m_dir + u"/manifest.json"_s)).object();
    QCOMPARE(m[u"seed"_s].toInt(), 7);
    QCOMPARE(m[u"generator_version"_s].toInt(), demo::DemoGenerator::kVersion);
    const QJsonObject files = m[u"files"_s].toObject();
    QCOMPARE(files.size(), DomainSchema::syncedTables().size());
    for (const QString &t : DomainSchema::syncedTables()) {
        const QString f = t + u".jsonl"_s;
        QVERIFY2(files.contains(f), qPrintable(f));
        const QByteArray bytes = DemoFixture::readFile(QDir(m_dir).filePath(f));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 files[f][u"sha256"_s].toString());
        QCOMPARE(qint64(bytes.count('\n')), qint64(files[f][u"rows"_s].toDouble()));
        QCOMPARE(qint64(bytes.size()), qint64(files[f][u"bytes"_s].toDouble()));
    }
    QCOMPARE(table(u"customers"_s).size(), 500);
    QCOMPARE(table(u"orders"_s).size(), 5000);
    QCOMPARE(table(u"tickets"_s).size(), 1000);
    // The knowledge base embedded at build time: every article and quick reply of resources/kb.
    const QDir kb(QStringLiteral(PANORAMA_SOURCE_DIR) + u"/resources/kb"_s);
    qsizetype expected = 0;
    for (const QString &lang : {u"zh-CN"_s, u"zh-TW"_s, u"en"_s})
        expected += QDir(kb.filePath(lang)).entryList({u"*.md"_s}, QDir::Files).size();
    const QByteArray quick = DemoFixture::readFile(kb.filePath(u"quick-replies.jsonl"_s));
    for (const QByteArray &l : quick.split('\n'))
        expected += l.trimmed().isEmpty() ? 0 : 1;
    QCOMPARE(table(u"kb_articles"_s).size(), expected);
    // No part files left behind.
    QVERIFY(QDir(m_dir).entryList({u".*.part"_s}, QDir::Files | QDir::Hidden).isEmpty());
}

void TestDemoData::idsAreUniqueUuidV7()
{
    static const QRegularExpression v7(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QSet<QString> seen;
    const qint64 now = demo::DemoOptions().nowMs;
    for (const QString &t : DomainSchema::syncedTables()) {
        QString previous;
        for (const QJsonObject &row : table(t)) {
            const QString id = row[u"id"_s].toString();
            QVERIFY2(v7.match(id).hasMatch(), qPrintable(t + u": "_s + id));
            QVERIFY2(!seen.contains(id), qPrintable(u"duplicate id "_s + id));
            seen.insert(id);
            // The first 48 bits are a timestamp, never after "now".
            const qint64 ms = id.left(8).append(id.mid(9, 4)).toLongLong(nullptr, 16);
            QVERIFY2(ms <= now, qPrintable(t + u": "_s + id));
            QCOMPARE(row[u"server_version"_s].toInt(), 0);
            QCOMPARE(row[u"deleted"_s].toInt(), 0);
            QVERIFY2(qint64(row[u"updated_at"_s].toDouble()) <= now, qPrintable(t + u": "_s + id));
        }
    }
}

void TestDemoData::everyReferenceResolves()
{
    QHash<QString, QSet<QString>> ids;
    for (const QString &t : DomainSchema::syncedTables()) {
        for (const QJsonObject &row : table(t))
            ids[t].insert(row[u"id"_s].toString());
    }
    struct Ref
    {
        QString table, column;
        QStringList targets;
    };
    const QList<Ref> refs = {
        {u"staff"_s, u"store_id"_s, {u"stores"_s}},
        {u"customers"_s, u"home_store_id"_s, {u"stores"_s}},
        {u"customers"_s, u"merged_into"_s, {u"customers"_s}},
        {u"identities"_s, u"customer_id"_s, {u"customers"_s}},
        {u"tags"_s, u"customer_id"_s, {u"customers"_s}},
        {u"memberships"_s, u"customer_id"_s, {u"customers"_s}},
        {u"memberships"_s, u"advisor_id"_s, {u"staff"_s}},
        {u"addresses"_s, u"customer_id"_s, {u"customers"_s}},
        {u"products"_s, u"size_chart_id"_s, {u"size_charts"_s}},
        {u"orders"_s, u"customer_id"_s, {u"customers"_s}},
        {u"orders"_s, u"store_id"_s, {u"stores"_s}},
        {u"orders"_s, u"address_id"_s, {u"addresses"_s}},
        {u"order_items"_s, u"order_id"_s, {u"orders"_s}},
        {u"order_items"_s, u"product_id"_s, {u"products"_s}},
        {u"shipments"_s, u"order_id"_s, {u"orders"_s}},
        {u"returns"_s, u"order_id"_s, {u"orders"_s}},
        {u"returns"_s, u"order_item_id"_s, {u"order_items"_s}},
        {u"tickets"_s, u"customer_id"_s, {u"customers"_s}},
        {u"tickets"_s, u"order_id"_s, {u"orders"_s}},
        {u"tickets"_s, u"assignee_id"_s, {u"staff"_s}},
        {u"ticket_messages"_s, u"ticket_id"_s, {u"tickets"_s}},
        {u"ticket_messages"_s, u"author_id"_s, {u"customers"_s, u"staff"_s}},
    };
    for (const Ref &r : refs) {
        int resolved = 0;
        for (const QJsonObject &row : table(r.table)) {
            const QJsonValue v = row[r.column];
            if (v.isNull())
                continue;
            bool found = false;
            for (const QString &target : r.targets)
                found = found || ids[target].contains(v.toString());
            QVERIFY2(found, qPrintable(u"%1.%2 = %3 points nowhere"_s.arg(r.table, r.column, v.toString())));
            ++resolved;
        }
        QVERIFY2(resolved > 0, qPrintable(u"%1.%2 is never set"_s.arg(r.table, r.column)));
    }
    // Deeper consistency: an order's address belongs to its customer; a return's item belongs to its order.
    QHash<QString, QString> addressOwner, itemOrder;
    for (const QJsonObject &a : table(u"addresses"_s))
        addressOwner.insert(a[u"id"_s].toString(), a[u"customer_id"_s].toString());
    for (const QJsonObject &i : table(u"order_items"_s))
        itemOrder.insert(i[u"id"_s].toString(), i[u"order_id"_s].toString());
    for (const QJsonObject &o : table(u"orders"_s)) {
        if (!o[u"address_id"_s].isNull())
            QCOMPARE(addressOwner.value(o[u"address_id"_s].toString()), o[u"customer_id"_s].toString());
    }
    for (const QJsonObject &r : table(u"returns"_s))
        QCOMPARE(itemOrder.value(r[u"order_item_id"_s].toString()), r[u"order_id"_s].toString());
}

void TestDemoData::importsIntoEncryptedCache()
{
    // The lead's importer enforces the schema: unknown fields, NOT NULL and CHECK vocabularies abort the import.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"cache.db"_s), DatabaseKey::raw(QByteArray(32, '\x5a')), {.create = true});
    DomainSchema::migrate(*db);
    JsonlImporter importer(*db);
    JsonlImporter::Result result;
    try {
        result = importer.importDirectory(m_dir);
    } catch (const StorageError &e) {
        QFAIL(qPrintable(e.message()));
    }
    for (const QString &t : DomainSchema::syncedTables())
        QCOMPARE(result.rowsPerTable.value(t), qint64(table(t).size()));
    QCOMPARE(db->scalar("SELECT count(*) FROM customers WHERE name_key = ''").toInt(), 0);
    QCOMPARE(db->scalar("SELECT count(DISTINCT order_no) FROM orders").toInt(), 5000);
}

void TestDemoData::vocabularies()
{
    auto check = [this](const QString &t, const QString &column, const QStringList &allowed, bool nullable) {
        for (const QJsonObject &row : table(t)) {
            const QJsonValue v = row[column];
            if (v.isNull() && nullable)
                continue;
            const QString s = v.isDouble() ? QString::number(v.toInt()) : v.toString();
            QVERIFY2(allowed.contains(s), qPrintable(u"%1.%2 = '%3'"_s.arg(t, column, s)));
        }
    };
    const QStringList categories = {u"tops"_s,   u"shirts"_s,    u"dresses"_s,    u"trousers"_s,  u"jeans"_s,
                                    u"skirts"_s, u"outerwear"_s, u"knitwear"_s,   u"underwear"_s, u"swimwear"_s,
                                    u"socks"_s,  u"shoes"_s,     u"accessories"_s};
    const QStringList languages = {u"zh-CN"_s, u"zh-TW"_s, u"en"_s};
    const QStringList teams = {u"returns"_s,    u"logistics"_s,  u"sizing"_s,      u"payments"_s,
                               u"membership"_s, u"complaints"_s, u"vip_advisors"_s};
    check(u"customers"_s, u"gender"_s, {u"female"_s, u"male"_s, u"unknown"_s}, false);
    check(u"customers"_s, u"language"_s, languages, false);
    check(u"customers"_s, u"fit_preference"_s, {u"slim"_s, u"regular"_s, u"loose"_s}, true);
    check(u"staff"_s, u"role"_s, {u"agent"_s, u"supervisor"_s, u"store_staff"_s, u"admin"_s}, false);
    check(u"staff"_s, u"team"_s, teams + QStringList{u"store"_s}, true);
    check(u"tags"_s, u"source"_s, {u"system"_s, u"agent"_s, u"import"_s}, false);
    check(u"products"_s, u"category"_s, categories, false);
    check(u"size_charts"_s, u"category"_s, categories, false);
    check(u"products"_s, u"gender"_s, {u"female"_s, u"male"_s, u"kids"_s, u"unisex"_s}, false);
    check(u"orders"_s, u"payment_method"_s,
          {u"alipay"_s, u"wechat_pay"_s, u"card"_s, u"union_pay"_s, u"cash"_s, u"gift_card"_s}, false);
    check(u"orders"_s, u"currency"_s, {u"CNY"_s}, false);
    check(u"shipments"_s, u"carrier"_s, {u"SF"_s, u"JD"_s, u"ZTO"_s, u"YTO"_s, u"STO"_s, u"EMS"_s}, false);
    check(u"tickets"_s, u"team"_s, teams, false);
    check(u"tickets"_s, u"language"_s, languages, false);
    check(u"tickets"_s, u"outcome"_s,
          {u"first_contact"_s, u"escalated"_s, u"return"_s, u"exchange"_s, u"refund"_s, u"no_action"_s}, true);
    check(u"tickets"_s, u"satisfaction"_s, {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}, true);
    check(u"tickets"_s, u"category"_s,
          {u"return_exchange"_s, u"size_problem"_s, u"logistics"_s, u"payment_invoice"_s, u"membership_points"_s,
           u"product_quality"_s, u"complaint"_s, u"account"_s, u"presale"_s, u"other"_s},
          false);
    check(u"kb_articles"_s, u"language"_s, languages, false);
    const QStringList parcel = {u"label_created"_s, u"in_transit"_s, u"out_for_delivery"_s,
                                u"delivered"_s,     u"exception"_s,  u"returned_to_sender"_s};
    for (const QJsonObject &s : table(u"shipments"_s)) {
        const QJsonArray events = s[u"events"_s].toArray();
        QVERIFY(!events.isEmpty());
        qint64 last = 0;
        for (const QJsonValue &e : events) {
            QVERIFY(parcel.contains(e[u"status"_s].toString()));
            QVERIFY(!e[u"location"_s].toString().isEmpty());
            const qint64 at = qint64(e[u"at"_s].toDouble());
            QVERIFY2(at >= last, qPrintable(s[u"tracking_no"_s].toString()));
            last = at;
        }
        QCOMPARE(s[u"status"_s].toString() == u"delivered"_s, !s[u"delivered_at"_s].isNull());
    }
    // Every ticket has 2-6 messages, the first from the customer.
    QHash<QString, int> count;
    QHash<QString, QString> firstAuthor;
    for (const QJsonObject &m : table(u"ticket_messages"_s)) {
        const QString t = m[u"ticket_id"_s].toString();
        if (!count.contains(t))
            firstAuthor.insert(t, m[u"author_kind"_s].toString());
        ++count[t];
        QVERIFY(!m[u"body"_s].toString().contains(u'{')); // every slot filled
    }
    for (const QJsonObject &t : table(u"tickets"_s)) {
        const int n = count.value(t[u"id"_s].toString());
        QVERIFY2(n >= 2 && n <= 6, qPrintable(t[u"ticket_no"_s].toString()));
        QCOMPARE(firstAuthor.value(t[u"id"_s].toString()), u"customer"_s);
        const bool solved = t[u"status"_s] == u"solved"_s || t[u"status"_s] == u"closed"_s;
        QCOMPARE(!t[u"solved_at"_s].isNull(), solved);
        QVERIFY(t[u"sla_due_at"_s].toDouble() > t[u"created_at"_s].toDouble());
    }
}

void TestDemoData::identifiersLookReal()
{
    static const QRegularExpression phone(u"^1(3[0-9]|4[7]|5[0-35-9]|66|7[235678]|8[0-9]|9[0135689])\\d{8}$"_s);
    static const QRegularExpression member(u"^LM\\d{10}$"_s);
    static const QRegularExpression email(u"^[a-z.]*\\d+@[a-z0-9.]+\\.com$"_s);
    static const QRegularExpression orderNo(u"^LL\\d{6}\\d{8}$"_s);
    static const QRegularExpression ticketNo(u"^T\\d{8}$"_s);
    QHash<QString, QSet<QString>> phonesByValue; // phone -> customers
    for (const QJsonObject &i : table(u"identities"_s)) {
        const QString kind = i[u"kind"_s].toString();
        const QString v = i[u"value"_s].toString();
        if (kind == u"phone"_s) {
            QVERIFY2(phone.match(v).hasMatch(), qPrintable(v));
            phonesByValue[v].insert(i[u"customer_id"_s].toString());
        } else if (kind == u"member_id"_s) {
            QVERIFY2(member.match(v).hasMatch(), qPrintable(v));
        } else if (kind == u"email"_s) {
            QVERIFY2(email.match(v).hasMatch(), qPrintable(v));
        } else if (kind == u"open_id"_s) {
            QVERIFY2(v.size() == 28 && v.startsWith(u'o'), qPrintable(v));
        }
    }
    // Phones are unique per person; the few shared ones are duplicate registrations of one person (same name).
    QHash<QString, QString> nameOf;
    for (const QJsonObject &c : table(u"customers"_s))
        nameOf.insert(c[u"id"_s].toString(), c[u"display_name"_s].toString());
    int shared = 0;
    for (auto it = phonesByValue.cbegin(); it != phonesByValue.cend(); ++it) {
        if (it.value().size() > 1)
            ++shared;
    }
    QVERIFY(shared > 0);
    QVERIFY(shared < 25); // about 1.5 % of 500 customers, not a collision
    for (const QJsonObject &o : table(u"orders"_s))
        QVERIFY2(orderNo.match(o[u"order_no"_s].toString()).hasMatch(), qPrintable(o[u"order_no"_s].toString()));
    QSet<QString> numbers;
    for (const QJsonObject &t : table(u"tickets"_s)) {
        QVERIFY(ticketNo.match(t[u"ticket_no"_s].toString()).hasMatch());
        numbers.insert(t[u"ticket_no"_s].toString());
    }
    QCOMPARE(numbers.size(), 1000);
    // Tiers: mostly regular, a few platinum, each platinum member with an advisor.
    QHash<QString, int> tiers;
    for (const QJsonObject &m : table(u"memberships"_s)) {
        ++tiers[m[u"tier"_s].toString()];
        QCOMPARE(m[u"tier"_s] == u"platinum"_s, !m[u"advisor_id"_s].isNull());
    }
    QVERIFY2(tiers[u"regular"_s] > 250, qPrintable(QString::number(tiers[u"regular"_s])));
    QVERIFY2(tiers[u"platinum"_s] >= 2 && tiers[u"platinum"_s] <= 30,
             qPrintable(QString::number(tiers[u"platinum"_s])));
}

void TestDemoData::sizesFitBodies()
{
    // For customers who recorded their body, bought for themselves (product gender = theirs) on a lettered chart:
    // the body's key measure lies inside the bought size's range (±2 cm, the chart's tolerance) more often than not.
    QHash<QString, QJsonObject> customers, products, charts, orders;
    for (const QJsonObject &c : table(u"customers"_s))
        customers.insert(c[u"id"_s].toString(), c);
    for (const QJsonObject &p : table(u"products"_s))
        products.insert(p[u"id"_s].toString(), p);
    for (const QJsonObject &c : table(u"size_charts"_s))
        charts.insert(c[u"id"_s].toString(), c);
    for (const QJsonObject &o : table(u"orders"_s))
        orders.insert(o[u"id"_s].toString(), o);
    auto keyMeasure = [](const QString &category) {
        if (category == u"tops"_s || category == u"shirts"_s || category == u"knitwear"_s ||
            category == u"outerwear"_s || category == u"dresses"_s)
            return u"chest"_s;
        if (category == u"trousers"_s || category == u"skirts"_s || category == u"jeans"_s)
            return u"waist"_s;
        return QString();
    };
    QHash<QString, double> offsetOfItem; // body minus size-range centre, for the return check
    int fits = 0, total = 0;
    for (const QJsonObject &i : table(u"order_items"_s)) {
        const QJsonObject p = products.value(i[u"product_id"_s].toString());
        const QJsonObject c = customers.value(orders.value(i[u"order_id"_s].toString())[u"customer_id"_s].toString());
        const QString measure = keyMeasure(p[u"category"_s].toString());
        if (measure.isEmpty() || p[u"gender"_s] != c[u"gender"_s] || c[u"chest_cm"_s].isNull())
            continue;
        const double body = c[measure + u"_cm"_s].toDouble();
        for (const QJsonValue &row : charts.value(p[u"size_chart_id"_s].toString())[u"sizes"_s].toArray()) {
            if (row[u"size"_s] != i[u"size"_s] || !row[measure].isArray())
                continue;
            const double lo = row[measure][0].toDouble(), hi = row[measure][1].toDouble();
            ++total;
            fits += (body >= lo - 2 && body <= hi + 2) ? 1 : 0;
            offsetOfItem.insert(i[u"id"_s].toString(), body - (lo + hi) / 2);
        }
    }
    QVERIFY2(total > 500, qPrintable(QString::number(total)));
    QVERIFY2(fits * 10 > total * 6, qPrintable(u"%1 of %2 fit"_s.arg(fits).arg(total)));
    // Sizes returned as too small were bought by bodies above the size's centre, too large below.
    double small = 0, large = 0;
    int nSmall = 0, nLarge = 0;
    for (const QJsonObject &r : table(u"returns"_s)) {
        const QString id = r[u"order_item_id"_s].toString();
        if (!offsetOfItem.contains(id))
            continue;
        if (r[u"reason_code"_s] == u"size_too_small"_s) {
            small += offsetOfItem[id];
            ++nSmall;
        } else if (r[u"reason_code"_s] == u"size_too_large"_s) {
            large += offsetOfItem[id];
            ++nLarge;
        }
    }
    QVERIFY(nSmall >= 5 && nLarge >= 5);
    QVERIFY2(small / nSmall > large / nLarge, qPrintable(u"%1 vs %2"_s.arg(small / nSmall).arg(large / nLarge)));
}

void TestDemoData::returnsAreRealistic()
{
    QSet<QString> returned;
    int sizeRelated = 0, total = 0, exchanges = 0;
    for (const QJsonObject &r : table(u"returns"_s)) {
        returned.insert(r[u"order_id"_s].toString());
        ++total;
        const QString reason = r[u"reason_code"_s].toString();
        sizeRelated += (reason == u"size_too_small"_s || reason == u"size_too_large"_s) ? 1 : 0;
        if (r[u"kind"_s] == u"exchange"_s) {
            ++exchanges;
            QVERIFY(!r[u"exchange_size"_s].toString().isEmpty());
            QVERIFY(r[u"refund_cents"_s].isNull());
        }
    }
    int delivered = 0;
    for (const QJsonObject &o : table(u"orders"_s)) {
        const QString s = o[u"status"_s].toString();
        delivered +=
            (s == u"delivered"_s || s == u"completed"_s || s == u"returned"_s || s == u"partially_returned"_s) ? 1 : 0;
    }
    const double rate = double(returned.size()) / delivered;
    QVERIFY2(rate > 0.12 && rate < 0.30, qPrintable(QString::number(rate)));
    const double sizeShare = double(sizeRelated) / total;
    QVERIFY2(sizeShare > 0.2 && sizeShare < 0.5, qPrintable(QString::number(sizeShare)));
    QVERIFY(exchanges > 0);
}

void TestDemoData::bothLanguagesAndTraditional()
{
    QHash<QString, int> languages;
    for (const QJsonObject &c : table(u"customers"_s))
        ++languages[c[u"language"_s].toString()];
    QVERIFY(languages[u"zh-CN"_s] > 400);
    QVERIFY(languages[u"en"_s] > 5);
    QVERIFY(languages[u"zh-TW"_s] > 3);
    QHash<QString, QString> ticketLanguage;
    for (const QJsonObject &t : table(u"tickets"_s))
        ticketLanguage.insert(t[u"id"_s].toString(), t[u"language"_s].toString());
    static const QRegularExpression han(u"\\p{Han}"_s);
    // Characters that exist only in one script: Simplified 们这订货码请问谢 vs Traditional 們這訂貨碼請問謝.
    static const QRegularExpression simplifiedOnly(u"[们这订货码请谢运费]"_s);
    static const QRegularExpression traditionalOnly(u"[們這訂貨碼請謝運費]"_s);
    int en = 0, zh = 0, tw = 0;
    for (const QJsonObject &m : table(u"ticket_messages"_s)) {
        const QString lang = ticketLanguage.value(m[u"ticket_id"_s].toString());
        const QString body = m[u"body"_s].toString();
        if (m[u"author_kind"_s] != u"customer"_s)
            continue;
        if (lang == u"en"_s) {
            ++en;
            QVERIFY2(!han.match(body).hasMatch(), qPrintable(body));
        } else if (lang == u"zh-TW"_s) {
            ++tw;
            QVERIFY2(!simplifiedOnly.match(body).hasMatch(), qPrintable(body));
        } else {
            ++zh;
            QVERIFY2(han.match(body).hasMatch(), qPrintable(body));
            QVERIFY2(!traditionalOnly.match(body).hasMatch(), qPrintable(body));
        }
    }
    QVERIFY(zh > 400 && en > 5 && tw > 3);
}

void TestDemoData::refusesNonEmptyDirectoryWithoutForce()
{
    const QString error = DemoFixture::generate(m_dir, 9);
    QVERIFY(error.contains(u"not empty"_s));
    // Nothing was touched: the manifest still describes seed 7.
    const QJsonObject m = QJsonDocument::fromJson(DemoFixture::readFile(m_dir + u"/manifest.json"_s)).object();
    QCOMPARE(m[u"seed"_s].toInt(), 7);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
