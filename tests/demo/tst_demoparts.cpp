// The demo generator's building blocks: JSON escaping, ids, calendar arithmetic, number permutations, size
// charts, the knowledge-base parser, conversation templates and the output directory's clean-up.
#include "core/demo/DemoIds.h"
#include "core/demo/DemoOutput.h"
#include "core/demo/DemoRandom.h"
#include "core/demo/DemoTime.h"
#include "core/demo/JsonLineWriter.h"
#include "core/demo/KbSource.h"
#include "core/demo/SizeChart.h"
#include "core/demo/TicketScripts.h"
#include "core/demo/TicketSlots.h"
#include "core/demo/TraditionalChinese.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::demo;

class TestDemoParts final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escaping_data();
    void escaping();
    void fixedDecimals();
    void uuidsAreTimeOrderedAndUnique();
    void calendar();
    void businessHours();
    void digitPermutationIsABijection();
    void sizeChartPlacesBodies();
    void kbArticleParses();
    void kbArticleErrorsNameTheFile_data();
    void kbArticleErrorsNameTheFile();
    void everyTemplateExpands();
    void traditionalConversion();
    void interruptedOutputLeavesNothing();
};

void TestDemoParts::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"hello"_s;
    QTest::newRow("quotes and backslash") << u"say \"hi\" \\ O'Brien"_s;
    QTest::newRow("newline and tab") << u"line1\nline2\tend\r"_s;
    QTest::newRow("control") << QString::fromUtf8("a\x01"
                                                  "b\x1f"
                                                  "c");
    QTest::newRow("chinese") << u"绫光服饰 尺码偏小，换大一码"_s;
    QTest::newRow("traditional and emoji") << u"訂單 已收到 👍"_s;
}

void TestDemoParts::escaping()
{
    QFETCH(QString, text);
    QByteArray out;
    JsonLineWriter w(out);
    w.beginRow();
    w.text("t", text.toStdString());
    w.openArray("a");
    w.element(text.toStdString());
    w.closeArray();
    w.endRow();
    QVERIFY(out.endsWith('\n'));
    QCOMPARE(out.count('\n'), 1); // one line, whatever the text holds
    QJsonParseError err{};
    const QJsonObject o = QJsonDocument::fromJson(out, &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(o[u"t"_s].toString(), text);
    QCOMPARE(o[u"a"_s].toArray().at(0).toString(), text);
}

void TestDemoParts::fixedDecimals()
{
    QByteArray out;
    JsonLineWriter::appendFixed(out, 172.5, 1);
    out.append(' ');
    JsonLineWriter::appendFixed(out, 0.05, 2);
    out.append(' ');
    JsonLineWriter::appendFixed(out, -3.25, 2);
    out.append(' ');
    JsonLineWriter::appendFixed(out, 60, 0);
    out.append(' ');
    JsonLineWriter::appendInt(out, -9223372036854775807LL);
    QCOMPARE(out, QByteArray("172.5 0.05 -3.25 60 -9223372036854775807"));
}

void TestDemoParts::uuidsAreTimeOrderedAndUnique()
{
    const IdFactory ids(42);
    QSet<QByteArray> seen;
    QByteArray previous;
    for (uint64_t i = 0; i < 20000; ++i) {
        const Uuid u = ids.make(IdSpace::Order, uint32_t(i % 7), i, 1700000000000 + int64_t(i) * 1000);
        const QByteArray text(u.text, 36);
        QCOMPARE(text.at(14), '7');
        QVERIFY(QByteArray("89ab").contains(text.at(19)));
        QVERIFY(!seen.contains(text));
        seen.insert(text);
        QVERIFY(text > previous); // later timestamp, larger id
        previous = text;
    }
    // Same timestamp, other table or partition: still distinct. Same inputs: the same id.
    const Uuid a = ids.make(IdSpace::Customer, 1, 5, 1700000000000);
    const Uuid b = ids.make(IdSpace::Ticket, 1, 5, 1700000000000);
    const Uuid c = ids.make(IdSpace::Customer, 2, 5, 1700000000000);
    QVERIFY(!(a == b) && !(a == c));
    QVERIFY(a == ids.make(IdSpace::Customer, 1, 5, 1700000000000));
    QVERIFY(!(a == IdFactory(43).make(IdSpace::Customer, 1, 5, 1700000000000)));
}

void TestDemoParts::calendar()
{
    using namespace DemoTime;
    const int64_t now = parseIsoUtc("2026-11-01T00:00:00Z");
    QCOMPARE(now, int64_t(1793491200000));
    QCOMPARE(isoDate(now), QByteArray("2026-11-01")); // 08:00 in China
    QCOMPARE(cstHour(now), 8);
    QCOMPARE(cstWeekday(now), 6); // a Sunday
    QCOMPARE(yymmdd(now - 9 * kHour), QByteArray("261031"));
    QCOMPARE(parseIsoUtc("2026-02-30"), int64_t(-1));
    QCOMPARE(parseIsoUtc("2026-11-01T00:00:00"), int64_t(-1));
    QCOMPARE(parseIsoUtc("yesterday"), int64_t(-1));
    const Date d = civilFromDays(daysFromCivil(2024, 2, 29));
    QCOMPARE(d.year, 2024);
    QCOMPARE(d.month, 2);
    QCOMPARE(d.day, 29);
}

void TestDemoParts::businessHours()
{
    using namespace DemoTime;
    // Friday 2026-10-30 17:00 CST + 4 business hours = Monday 2026-11-02 12:00 CST.
    const int64_t friday = cstMidnight(2026, 10, 30) + 17 * kHour;
    QCOMPARE(addBusinessHours(friday, 4), cstMidnight(2026, 11, 2) + 12 * kHour);
    // Saturday night + 1 hour = Monday 10:00.
    QCOMPARE(addBusinessHours(cstMidnight(2026, 10, 31) + 23 * kHour, 1), cstMidnight(2026, 11, 2) + 10 * kHour);
    // Inside office hours: plain addition.
    QCOMPARE(addBusinessMinutes(cstMidnight(2026, 10, 28) + 10 * kHour, 30),
             cstMidnight(2026, 10, 28) + 10 * kHour + 30 * kMinute);
}

void TestDemoParts::digitPermutationIsABijection()
{
    const DigitPermutation p(7, 2); // on 0..9999
    QSet<uint64_t> images;
    for (uint64_t x = 0; x < p.domain(); ++x) {
        const uint64_t y = p.map(x);
        QVERIFY(y < p.domain());
        images.insert(y);
    }
    QCOMPARE(uint64_t(images.size()), p.domain());
    QVERIFY(p.map(1) != 1 || p.map(2) != 2); // it actually scrambles
}

void TestDemoParts::sizeChartPlacesBodies()
{
    const SizeChart women(Category::Tops, Wearer::Female, SizeChart::standardLabels(Category::Tops, Wearer::Female));
    Body b;
    b.height = 160;
    b.chest = 84; // 160/84A: women's M
    QCOMPARE(women.rows()[size_t(women.indexFor(women.position(b), 0))].label, std::string("M"));
    // A label that runs small (+0.5) moves a body at the top of M into L, not one in the middle of M.
    b.chest = 85.5;
    QCOMPARE(women.rows()[size_t(women.indexFor(women.position(b), 0.5))].label, std::string("L"));
    b.chest = 83;
    QCOMPARE(women.rows()[size_t(women.indexFor(women.position(b), 0.5))].label, std::string("M"));
    // Trousers go by waist and hips, the larger wins.
    const SizeChart trousers(Category::Trousers, Wearer::Male,
                             SizeChart::standardLabels(Category::Trousers, Wearer::Male));
    Body m;
    m.waist = 76;
    m.hips = 100; // hips of an XL
    QCOMPARE(trousers.rows()[size_t(trousers.indexFor(trousers.position(m), 0))].label, std::string("XL"));
    QCOMPARE(trousers.primaryMeasure(), Waist);
    // Children by height; shoes by foot length.
    const SizeChart kids(Category::Tops, Wearer::Kids, SizeChart::standardLabels(Category::Tops, Wearer::Kids));
    QCOMPARE(kids.rows()[size_t(kids.indexFor(kids.position(Body{121}), 0))].label, std::string("120"));
    const SizeChart shoes(Category::Shoes, Wearer::Female, SizeChart::standardLabels(Category::Shoes, Wearer::Female));
    Body f;
    f.foot = 23.5;
    QCOMPARE(shoes.rows()[size_t(shoes.indexFor(shoes.position(f), 0))].label, std::string("37"));
}

void TestDemoParts::kbArticleParses()
{
    const QByteArray md = "---\nid: size-exchange\nlang: zh-CN\ntitle: 换码\ncategory: exchange\n"
                          "tags: [换码, \"12315\", 尺码]\nversion: 3\nupdated: 2026-10-01\n---\n\n# 换码\n\n正文\n";
    const KbEntry e = KbSource::parseArticle(md, u"x.md"_s, 0);
    QCOMPARE(e.slug, u"size-exchange"_s);
    QCOMPARE(e.language, u"zh-CN"_s);
    QCOMPARE(e.title, u"换码"_s);
    QCOMPARE(e.tags, (QStringList{u"换码"_s, u"12315"_s, u"尺码"_s}));
    QCOMPARE(e.version, 3);
    QCOMPARE(e.updatedAt, DemoTime::parseIsoUtc("2026-10-01"));
    QCOMPARE(e.body, u"# 换码\n\n正文\n"_s);
    QVERIFY(!e.quickReply);
}

void TestDemoParts::kbArticleErrorsNameTheFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no front matter") << QByteArray("# title\n") << u"front-matter"_s;
    QTest::newRow("unclosed") << QByteArray("---\nid: a\n") << u"not closed"_s;
    QTest::newRow("bad language") << QByteArray("---\nid: a\nlang: fr\ntitle: t\ncategory: c\n---\nbody\n")
                                  << u"language"_s;
    QTest::newRow("no title") << QByteArray("---\nid: a\nlang: en\ncategory: c\n---\nbody\n") << u"title"_s;
    QTest::newRow("bad tags") << QByteArray("---\nid: a\nlang: en\ntitle: t\ncategory: c\ntags: a, b\n---\nbody\n")
                              << u"tags"_s;
    QTest::newRow("bad date") << QByteArray("---\nid: a\nlang: en\ntitle: t\ncategory: c\nupdated: soon\n---\nb\n")
                              << u"updated"_s;
    QTest::newRow("empty body") << QByteArray("---\nid: a\nlang: en\ntitle: t\ncategory: c\n---\n\n") << u"empty"_s;
}

void TestDemoParts::kbArticleErrorsNameTheFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    try {
        KbSource::parseArticle(content, u"kb/en/broken.md"_s, 0);
        QFAIL("no error");
    } catch (const KbError &e) {
        QVERIFY2(e.message().contains(u"kb/en/broken.md"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
}

void TestDemoParts::everyTemplateExpands()
{
    TicketSlots filler;
    for (int s = 0; s < TicketSlots::Count; ++s)
        filler[TicketSlots::Slot(s)] = "X";
    filler[TicketSlots::Tier] = "gold";
    filler[TicketSlots::QuickExchange] = "quick as a {tier}"; // slot values may hold slots
    int expanded = 0;
    auto all = [&](const std::vector<const char *> &texts) {
        for (const char *t : texts) {
            std::string out;
            filler.expand(out, t); // throws on a misspelt slot
            QVERIFY2(out.find('{') == std::string::npos, t);
            ++expanded;
        }
    };
    QCOMPARE(TicketScripts::all().size(), size_t(38));
    for (const Script &s : TicketScripts::all()) {
        for (const ScriptText *tx : {&s.zh, &s.en}) {
            QVERIFY2(!tx->subjects.empty() && !tx->opens.empty() && !tx->replies.empty() && !tx->follows.empty() &&
                         !tx->closes.empty() && !tx->notes.empty(),
                     s.key);
            QVERIFY2(tx->closes.size() == tx->follows.size(), s.key); // the n-th close answers the n-th follow-up
            for (const auto *texts : {&tx->subjects, &tx->opens, &tx->replies, &tx->follows, &tx->closes, &tx->notes})
                all(*texts);
        }
    }
    std::string out;
    filler.expand(out, "{quick_exchange}!");
    QCOMPARE(out, std::string("quick as a gold!"));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, filler.expand(out, "{no_such_slot}"));
    QVERIFY(expanded > 400);
}

void TestDemoParts::traditionalConversion()
{
    QVERIFY(TraditionalChinese::available());
    QCOMPARE(QString::fromStdString(TraditionalChinese::convert("订单的物流信息，质量问题，尺码偏小")),
             u"訂單的物流訊息，品質問題，尺碼偏小"_s);
    QCOMPARE(TraditionalChinese::convert("LL26110112345678 size M"), std::string("LL26110112345678 size M"));
}

void TestDemoParts::interruptedOutputLeavesNothing()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"out"_s);
    {
        DemoOutput o(out, false);
        o.append(Table::Customers, QByteArray("{\"id\":\"x\"}\n"), 1);
        // Gone out of scope without finish(): as if the run had failed half way.
    }
    QVERIFY(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    {
        DemoOutput o(out, false);
        o.append(Table::Customers, QByteArray("{\"id\":\"x\"}\n"), 1);
        o.finish("{}\n");
    }
    const QStringList files = QDir(out).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files.size(), kTableCount + 1);
    QVERIFY(files.contains(u"manifest.json"_s));
    QVERIFY(files.contains(u"customers.jsonl"_s));
    QVERIFY(files.contains(u"qa_alerts.jsonl"_s));
    // Not empty now: refused without force, accepted with it.
    QVERIFY_THROWS_EXCEPTION(DemoError, DemoOutput(out, false));
    DemoOutput again(out, true);
    QVERIFY(!QFile::exists(QDir(out).filePath(u"manifest.json"_s))); // the stale manifest goes first
}

QTEST_GUILESS_MAIN(TestDemoParts)
#include "tst_demoparts.moc"
