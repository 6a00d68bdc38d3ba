// Sensitive data: full phone, ID-card and bank-card numbers are found, masked and never returned in clear.
#include "QaTestSupport.h"

#include "core/qa/SensitiveDataScanner.h"
#include "core/qa/TextNormalizer.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::qa;

class TestQaSensitive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksums();
    void scan_data();
    void scan();
    void engineBlocksAndNeverReturnsClearNumbers();
    void orderNumbersAreNotCards();
};

void TestQaSensitive::checksums()
{
    QVERIFY(SensitiveDataScanner::luhnValid(u"4111111111111111"));
    QVERIFY(!SensitiveDataScanner::luhnValid(u"4111111111111112"));
    QVERIFY(SensitiveDataScanner::idCardValid(u"11010519491231002x"));
    QVERIFY(SensitiveDataScanner::idCardValid(u"440304199001011233"));
    QVERIFY(!SensitiveDataScanner::idCardValid(u"440304199001011234")); // wrong check digit
    QVERIFY(!SensitiveDataScanner::idCardValid(u"440304199013011230")); // month 13 (checksum aside)
}

void TestQaSensitive::scan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detector"); // empty: nothing must be found
    QTest::addColumn<QString>("masked");
    QTest::newRow("phone") << u"请拨打13812345678联系我们"_s << u"phone"_s << u"请拨打138****5678联系我们"_s;
    QTest::newRow("phone grouped") << u"call 138 1234 5678 today"_s << u"phone"_s << u"call 138 **** 5678 today"_s;
    QTest::newRow("phone +86") << u"手机+86 138-1234-5678"_s << u"phone"_s << u"手机+86 138-****-5678"_s;
    QTest::newRow("phone full-width digits")
        << u"电话１３８１２３４５６７８"_s << u"phone"_s << u"电话１３８****５６７８"_s;
    QTest::newRow("id card") << u"身份证11010519491231002X已登记"_s << u"id_card"_s
                             << u"身份证**************002X已登记"_s;
    QTest::newRow("bank card") << u"卡号 4111 1111 1111 1111 已绑定"_s << u"bank_card"_s
                               << u"卡号 **** **** **** 1111 已绑定"_s;
    QTest::newRow("bank card 19 digits") << u"6222021234567890128"_s << u"bank_card"_s << u"***************0128"_s;
    // Look-alikes that must not fire.
    QTest::newRow("masked phone") << u"您尾号138****5678的手机"_s << QString() << QString();
    QTest::newRow("luhn-invalid 16 digits") << u"编号 4111 1111 1111 1112"_s << QString() << QString();
    QTest::newRow("tracking glued to letters") << u"运单号SF4111111111111111"_s << QString() << QString();
    QTest::newRow("id with bad checksum") << u"440304199001011234"_s << QString() << QString();
    QTest::newRow("landline-like 12 digits") << u"021-12345678"_s << QString() << QString();
    QTest::newRow("price and date") << u"¥1,299.00, 2026-03-10"_s << QString() << QString();
    QTest::newRow("10 digits") << u"1381234567"_s << QString() << QString();
}

void TestQaSensitive::scan()
{
    QFETCH(QString, text);
    QFETCH(QString, detector);
    QFETCH(QString, masked);
    const auto hits = SensitiveDataScanner::scan(text);
    if (detector.isEmpty()) {
        QVERIFY2(hits.isEmpty(), qPrintable(hits.isEmpty() ? QString() : hits.first().detector));
        return;
    }
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().detector, detector);
    QString out = text;
    SensitiveDataScanner::applyMasks(out, hits);
    QCOMPARE(out, masked);
}

void TestQaSensitive::engineBlocksAndNeverReturnsClearNumbers()
{
    const QString card = u"6222021234567890128"_s;
    const QString phone = u"13812345678"_s;
    const QString id = u"11010519491231002X"_s;
    const QString draft = u"您好，已登记手机%1、身份证%2，退款到卡%3。"_s.arg(phone, id, card);
    const QaCheckResult r =
        test::defaultEngine().check(draft, test::withOpenedConversation(test::orderContext(u"gold"_s, 2)));
    QVERIFY(r.blocked);
    QCOMPARE(test::ruleIds(r), (QStringList{u"sensitive.bank_card"_s, u"sensitive.id_card"_s, u"sensitive.phone"_s}));
    const QByteArray json = QJsonDocument(r.toJson()).toJson();
    for (const QString &clear : {card, phone, id})
        QVERIFY2(!json.contains(clear.toUtf8()), qPrintable(u"clear number in result: "_s + clear));
    QVERIFY(r.maskedText.contains(u"138****5678"_s));
    QVERIFY(r.maskedText.endsWith(u"***************0128。"_s));
    for (const QaFinding &f : r.findings) {
        QVERIFY(f.kind == RuleKind::Sensitive);
        QCOMPARE(f.excerpt.size(), f.length);
        QVERIFY(f.excerpt.contains(u'*'));
        QCOMPARE(draft.mid(f.start, f.length).size(), f.length);
    }
}

void TestQaSensitive::orderNumbersAreNotCards()
{
    // A Luhn-valid 16-digit run that is the order's own number is a reference, not a card.
    QaContext ctx = test::withOpenedConversation(test::orderContext(u"gold"_s, 2));
    ctx.orderId = u"2026030100112344"_s;
    const QaCheckResult r = test::defaultEngine().check(u"您的订单2026030100112344已签收。"_s, ctx);
    QVERIFY2(r.findings.isEmpty(), qPrintable(test::ruleIds(r).join(u',')));
    QVERIFY(!r.blocked);
}

QTEST_GUILESS_MAIN(TestQaSensitive)
#include "tst_qasensitive.moc"
