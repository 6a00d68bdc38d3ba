// Promise, phrase and offensive rules with the shipped rule file: violations in Simplified, Traditional and
// English, and the look-alikes that must not fire (negations, quotations, in-policy conditional promises).
#include "QaTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace panorama::qa;

class TestQaEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void findingCarriesSpanMessageAndSuggestion();
    void englishDraftGetsEnglishMessage();
    void resultJsonShape();
    void regexSpanStopsAtPunctuation();
    void concurrentChecksAgree();
};

void TestQaEngine::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("deliveredDaysAgo");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("shipment");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("expected");
    const QString d = u"delivered"_s;
    const QStringList none;
    auto row = [&](const char *name, const QString &text, const QString &tier, int days, const QString &cat,
                   const QString &ship, const QString &status, const QStringList &expected) {
        QTest::newRow(name) << text << tier << days << cat << ship << status << expected;
    };
    // Promises that always break policy.
    row("unconditional refund zh", u"放心，我们支持无条件退款。"_s, u"gold"_s, 3, u"tops"_s, d, d,
        {u"promise.unconditional_refund"_s});
    row("unconditional refund traditional", u"放心，我們支持無條件退款。"_s, u"gold"_s, 3, u"tops"_s, d, d,
        {u"promise.unconditional_refund"_s});
    row("unconditional refund en", u"Don't worry, we offer an unconditional refund."_s, u"gold"_s, 3, u"tops"_s, d, d,
        {u"promise.unconditional_refund"_s});
    row("unconditional refund negated", u"抱歉，我们不能承诺无条件退款，需要先质检。"_s, u"gold"_s, 3, u"tops"_s, d, d,
        none);
    row("unconditional refund negated en", u"We cannot promise an unconditional refund."_s, u"gold"_s, 3, u"tops"_s, d,
        d, none);
    row("unconditional refund quoted", u"您提到的“无条件退款”并不是我们的政策。"_s, u"gold"_s, 3, u"tops"_s, d, d,
        none);
    row("guaranteed delivery", u"我保证明天到！"_s, u"gold"_s, -1, u"tops"_s, u"in_transit"_s, u"shipped"_s,
        {u"promise.guaranteed_delivery"_s});
    row("guaranteed delivery traditional", u"我保證明天到！"_s, u"gold"_s, -1, u"tops"_s, u"in_transit"_s, u"shipped"_s,
        {u"promise.guaranteed_delivery"_s});
    row("guaranteed delivery full-width en", u"ＧＵＡＲＡＮＴＥＥＤ delivery tomorrow."_s, u"gold"_s, -1, u"tops"_s,
        u"in_transit"_s, u"shipped"_s, {u"promise.guaranteed_delivery"_s});
    row("guaranteed delivery regex en", u"I guarantee your parcel will be there tomorrow."_s, u"gold"_s, -1, u"tops"_s,
        u"in_transit"_s, u"shipped"_s, {u"promise.guaranteed_delivery"_s});
    row("delivery estimate is fine", u"根据物流信息，预计明天送达。"_s, u"gold"_s, -1, u"tops"_s, u"in_transit"_s,
        u"shipped"_s, none);
    row("delivery negated", u"快递时间我们无法保证明天到，请以物流为准。"_s, u"gold"_s, -1, u"tops"_s, u"in_transit"_s,
        u"shipped"_s, none);
    row("estimate while pending", u"预计明天送达。"_s, u"gold"_s, -1, u"tops"_s, u"pending"_s, u"paid"_s,
        {u"promise.delivery_state"_s});
    row("full refund guarantee", u"保证全额退款。"_s, u"gold"_s, 3, u"tops"_s, d, d,
        {u"promise.full_refund_guarantee"_s});
    row("full refund guarantee conditional", u"只要吊牌完好、经质检合格，保证全额退款。"_s, u"gold"_s, 3, u"tops"_s, d,
        d, none);
    row("full refund guarantee en", u"You will get a full refund, guaranteed full refund."_s, u"gold"_s, 3, u"tops"_s,
        d, d, {u"promise.full_refund_guarantee"_s});
    // Context-dependent promises.
    row("no-reason within window", u"您好，支持七天无理由退货，吊牌请保留。"_s, u"regular"_s, 3, u"tops"_s, d, d, none);
    row("no-reason outside window", u"支持七天无理由退货。"_s, u"regular"_s, 10, u"tops"_s, d, d,
        {u"promise.no_reason_return"_s});
    row("no-reason gold day 20", u"可以无理由退货的。"_s, u"gold"_s, 20, u"tops"_s, d, d, none);
    row("no-reason silver day 20", u"可以無理由退貨的。"_s, u"silver"_s, 20, u"tops"_s, d, d,
        {u"promise.no_reason_return"_s});
    row("no-reason platinum day 44", u"No-reason return is fine."_s, u"platinum"_s, 44, u"tops"_s, d, d, none);
    row("no-reason platinum day 46", u"No-reason return is fine."_s, u"platinum"_s, 46, u"tops"_s, d, d,
        {u"promise.no_reason_return"_s});
    row("no-reason underwear", u"内衣也可以无理由退款。"_s, u"platinum"_s, 1, u"underwear"_s, d, d,
        {u"promise.no_reason_return"_s});
    row("return accepted socks", u"可以退货的，您寄回来吧。"_s, u"gold"_s, 2, u"socks"_s, d, d,
        {u"promise.return_accepted"_s});
    row("return accepted socks if faulty", u"如果有质量问题，可以退货。"_s, u"gold"_s, 2, u"socks"_s, d, d, none);
    row("address change after packing", u"好的，我可以帮您修改地址。"_s, u"gold"_s, -1, u"tops"_s, u"pending"_s,
        u"packed"_s, {u"promise.address_change"_s});
    row("address change while paid", u"好的，我可以帮您修改地址。"_s, u"gold"_s, -1, u"tops"_s, u"pending"_s, u"paid"_s,
        none);
    row("free return regular", u"退货运费我们承担。"_s, u"regular"_s, 2, u"tops"_s, d, d,
        {u"promise.free_return_shipping"_s});
    row("free return regular faulty", u"如果是质量问题，退货运费我们承担。"_s, u"regular"_s, 2, u"tops"_s, d, d, none);
    row("free return gold", u"退货运费我们承担。"_s, u"gold"_s, 2, u"tops"_s, d, d, none);
    // Forbidden and rude phrases.
    row("dont know", u"这个我不知道。"_s, u"gold"_s, 2, u"tops"_s, d, d, {u"phrase.dont_know"_s});
    row("dont know polite wonder", u"不知道您方便提供一下订单号吗？"_s, u"gold"_s, 2, u"tops"_s, d, d, none);
    row("dont know customer doesnt", u"您不知道订单号也没关系，手机号也能查。"_s, u"gold"_s, 2, u"tops"_s, d, d, none);
    row("not my problem zh traditional", u"這不歸我管。"_s, u"gold"_s, 2, u"tops"_s, d, d, {u"phrase.not_my_job"_s});
    row("not my problem en", u"Sorry, that's not my problem."_s, u"gold"_s, 2, u"tops"_s, d, d,
        {u"phrase.not_my_job"_s});
    row("not my problem typographic", u"That’s not my problem."_s, u"gold"_s, 2, u"tops"_s, d, d,
        {u"phrase.not_my_job"_s});
    row("not a problem", u"That's not a problem at all."_s, u"gold"_s, 2, u"tops"_s, d, d, none);
    row("quoting the customer", u"您说客服回复“这不归我管”，非常抱歉，我来处理。"_s, u"gold"_s, 2, u"tops"_s, d, d,
        none);
    row("you said", u"You said the last agent told you it's not my problem; I'm sorry, I'll fix it."_s, u"gold"_s, 2,
        u"tops"_s, d, d, none);
    row("brush off", u"你自己看物流吧。"_s, u"gold"_s, 2, u"tops"_s, d, d, {u"phrase.brush_off"_s});
    row("asks for password", u"请告诉我您的支付密码。"_s, u"gold"_s, 2, u"tops"_s, d, d, {u"phrase.ask_sensitive"_s});
    row("warns about password", u"请不要向任何人提供支付密码或验证码。"_s, u"gold"_s, 2, u"tops"_s, d, d, none);
    // Offensive lexicon.
    row("insult zh", u"你是白痴吗"_s, u"gold"_s, 2, u"tops"_s, d, d, {u"offensive.agent_language"_s});
    row("insult en", u"Are you stupid?"_s, u"gold"_s, 2, u"tops"_s, d, d, {u"offensive.agent_language"_s});
    row("clothing words", u"这件外套是滚边设计，可以用滚筒洗衣机。"_s, u"gold"_s, 2, u"tops"_s, d, d, none);
    row("quoted insult", u"您说的“白痴”一词我们已记录并严肃处理。"_s, u"gold"_s, 2, u"tops"_s, d, d, none);
    row("compliant", u"您好，商品签收后30天内吊牌完好可以退货，质检后3个工作日内退款。"_s, u"gold"_s, 5, u"tops"_s, d,
        d, none);
}

void TestQaEngine::rules()
{
    QFETCH(QString, text);
    QFETCH(QString, tier);
    QFETCH(int, deliveredDaysAgo);
    QFETCH(QString, category);
    QFETCH(QString, shipment);
    QFETCH(QString, status);
    QFETCH(QStringList, expected);
    const QaContext ctx =
        test::withOpenedConversation(test::orderContext(tier, deliveredDaysAgo, category, shipment, status));
    const QaCheckResult r = test::defaultEngine().check(text, ctx);
    QCOMPARE(test::ruleIds(r), expected);
}

void TestQaEngine::findingCarriesSpanMessageAndSuggestion()
{
    const QString text = u"亲，放心，這個支持無條件退款哦"_s;
    const QaCheckResult r =
        test::defaultEngine().check(text, test::withOpenedConversation(test::orderContext(u"gold"_s, 3)));
    QCOMPARE(r.findings.size(), 1);
    const QaFinding &f = r.findings.first();
    QCOMPARE(f.ruleId, u"promise.unconditional_refund"_s);
    QVERIFY(f.severity == Severity::Critical);
    QCOMPARE(text.mid(f.start, f.length), u"無條件退款"_s); // span into the original, Traditional text
    QCOMPARE(f.excerpt, u"無條件退款"_s);
    QVERIFY(f.message.contains(u"无条件退款"_s));
    QVERIFY(f.suggestion.contains(u"质检"_s));
    QVERIFY(f.policy.contains(u"unconditional refund"_s));
    QVERIFY(r.blocked);
}

void TestQaEngine::englishDraftGetsEnglishMessage()
{
    const QaCheckResult r = test::defaultEngine().check(
        u"No questions asked, return it."_s, test::withOpenedConversation(test::orderContext(u"regular"_s, 12)));
    QCOMPARE(test::ruleIds(r), QStringList{u"promise.no_reason_return"_s});
    QVERIFY(r.findings.first().message.startsWith(u"This order"_s));
    QVERIFY(r.findings.first().reason.contains(u"delivered 12 days ago; the regular return window is 7 days"_s));
}

void TestQaEngine::resultJsonShape()
{
    const QaCheckResult r = test::defaultEngine().check(
        u"保证明天到"_s, test::withOpenedConversation(test::orderContext(u"gold"_s, -1, u"tops"_s, u"in_transit"_s)));
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(u"blocked").toBool(), true);
    const QJsonObject f = o.value(u"findings").toArray().first().toObject();
    for (const char *key : {"rule", "kind", "severity", "message", "policy", "suggestion", "start", "length"})
        QVERIFY2(f.contains(QLatin1StringView(key)), key);
    QCOMPARE(f.value(u"start").toInt(), 0);
    QCOMPARE(f.value(u"length").toInt(), 5);
}

void TestQaEngine::regexSpanStopsAtPunctuation()
{
    // The underline covers the promise, not the next clause ("退款到" must not extend "保證…到").
    const QString text = u"親，放心，後天保證給您送到，退款到卡上"_s;
    const QaCheckResult r = test::defaultEngine().check(
        text, test::withOpenedConversation(test::orderContext(u"gold"_s, -1, u"tops"_s, u"in_transit"_s)));
    QCOMPARE(test::ruleIds(r), QStringList{u"promise.guaranteed_delivery"_s});
    QCOMPARE(r.findings.first().excerpt, u"後天保證給您送到"_s);
}

void TestQaEngine::concurrentChecksAgree()
{
    // The server checks on several threads with one engine: results must not depend on that.
    const QaContext ctx = test::withOpenedConversation(test::orderContext(u"silver"_s, 20));
    const QString text = u"可以無理由退貨，保證明天到，卡号4111111111111111，这不归我管"_s;
    const QStringList expected = test::ruleIds(test::defaultEngine().check(text, ctx));
    QCOMPARE(expected.size(), 4);
    QList<QStringList> got(4);
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&, t] {
            for (int i = 0; i < 200; ++i) {
                const QStringList ids = test::ruleIds(test::defaultEngine().check(text, ctx));
                if (ids != expected) {
                    got[t] = ids;
                    return;
                }
            }
            got[t] = expected;
        });
        threads.last()->start();
    }
    for (QThread *th : threads) {
        th->wait();
        delete th;
    }
    for (const QStringList &g : got)
        QCOMPARE(g, expected);
}

QTEST_GUILESS_MAIN(TestQaEngine)
#include "tst_qaengine.moc"
