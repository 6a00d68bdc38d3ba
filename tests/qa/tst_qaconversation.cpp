// Conversation-level rules: greeting, closing, first-response SLA (business hours), escalation words,
// sentiment turning negative, and repeat contacts about the same order within 48 h.
#include "QaTestSupport.h"

#include "core/qa/BusinessHours.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::qa;

namespace {

QaMessage msg(QaMessage::Role role, const QString &text, const QDateTime &at)
{
    return QaMessage{role, text, at};
}

constexpr auto Customer = QaMessage::Role::Customer;
constexpr auto Agent = QaMessage::Role::Agent;

} // namespace

class TestQaConversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void greetingInFirstReply();
    void closingWhenClosing();
    void businessHours();
    void firstResponseSla_data();
    void firstResponseSla();
    void escalation_data();
    void escalation();
    void sentimentTurningNegative();
    void repeatContact();
    void reviewScoresEveryAgentMessage();
};

void TestQaConversation::greetingInFirstReply()
{
    QaContext ctx = test::orderContext(u"gold"_s, 2);
    ctx.messages << msg(Customer, u"在吗"_s, ctx.now.addSecs(-20));
    auto &engine = test::defaultEngine();
    QCOMPARE(test::ruleIds(engine.check(u"订单已签收。"_s, ctx)), QStringList{u"conversation.greeting"_s});
    QVERIFY(test::ruleIds(engine.check(u"您好，订单已签收。"_s, ctx)).isEmpty());
    QVERIFY(test::ruleIds(engine.check(u"您好，訂單已簽收。"_s, ctx)).isEmpty());
    QVERIFY(test::ruleIds(engine.check(u"Hi there, your order was delivered."_s, ctx)).isEmpty());
    QVERIFY(test::ruleIds(engine.check(u"This item ships today."_s, ctx)).contains(u"conversation.greeting"_s));
    // "hi" inside "this" or "shipping" is not a greeting, and a later reply needs none.
    ctx.messages << msg(Agent, u"您好"_s, ctx.now.addSecs(-10));
    QVERIFY(test::ruleIds(engine.check(u"订单已签收。"_s, ctx)).isEmpty());
}

void TestQaConversation::closingWhenClosing()
{
    QaContext ctx = test::withOpenedConversation(test::orderContext(u"gold"_s, 2));
    auto &engine = test::defaultEngine();
    QVERIFY(engine.check(u"已经为您登记。"_s, ctx).findings.isEmpty()); // not closing yet
    ctx.conversationClosed = true;
    QCOMPARE(test::ruleIds(engine.check(u"已经为您登记。"_s, ctx)), QStringList{u"conversation.closing"_s});
    QVERIFY(engine.check(u"已经为您登记，祝您生活愉快！"_s, ctx).findings.isEmpty());
    QVERIFY(engine.check(u"Done. Have a nice day!"_s, ctx).findings.isEmpty());
}

void TestQaConversation::businessHours()
{
    const BusinessHours tickets = BusinessHours::tickets({QDate(2026, 3, 11)});
    // Friday 17:00 → Monday 10:00 CST: 1 h on Friday + 1 h on Monday.
    QCOMPARE(tickets.elapsedSeconds(test::at(u"2026-03-06T17:00:00+08:00"_s), test::at(u"2026-03-09T10:00:00+08:00"_s)),
             2 * 3600);
    // A holiday (Wednesday 11 March) counts nothing.
    QCOMPARE(tickets.elapsedSeconds(test::at(u"2026-03-10T17:30:00+08:00"_s), test::at(u"2026-03-12T09:30:00+08:00"_s)),
             3600);
    // UTC inputs are converted to China time.
    QCOMPARE(tickets.elapsedSeconds(test::at(u"2026-03-09T01:00:00Z"_s), test::at(u"2026-03-09T03:00:00Z"_s)),
             2 * 3600);
    // Chat: 21:00–09:00 is closed.
    QCOMPARE(BusinessHours::chat().elapsedSeconds(test::at(u"2026-03-09T20:59:30+08:00"_s),
                                                  test::at(u"2026-03-10T09:00:20+08:00"_s)),
             50);
}

void TestQaConversation::firstResponseSla_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("answered"); // empty: not answered, the draft is checked at now
    QTest::addColumn<bool>("late");
    QTest::newRow("chat 50 s") << u"chat"_s << u"gold"_s << u"2026-03-10T09:59:10+08:00"_s << QString() << false;
    QTest::newRow("chat 90 s") << u"chat"_s << u"gold"_s << u"2026-03-10T09:58:30+08:00"_s << QString() << true;
    QTest::newRow("chat asked overnight")
        << u"chat"_s << u"gold"_s << u"2026-03-09T23:00:00+08:00"_s << u"2026-03-10T09:00:40+08:00"_s << false;
    QTest::newRow("ticket 3 h") << u"ticket"_s << u"gold"_s << u"2026-03-10T09:00:00+08:00"_s
                                << u"2026-03-10T12:00:00+08:00"_s << false;
    QTest::newRow("ticket 5 h") << u"ticket"_s << u"gold"_s << u"2026-03-09T09:00:00+08:00"_s
                                << u"2026-03-09T14:00:00+08:00"_s << true;
    QTest::newRow("ticket over weekend") << u"ticket"_s << u"gold"_s << u"2026-03-06T17:00:00+08:00"_s
                                         << u"2026-03-09T10:30:00+08:00"_s << false;
    QTest::newRow("platinum ticket 2 h") << u"ticket"_s << u"platinum"_s << u"2026-03-09T09:00:00+08:00"_s
                                         << u"2026-03-09T11:00:00+08:00"_s << true;
}

void TestQaConversation::firstResponseSla()
{
    QFETCH(QString, channel);
    QFETCH(QString, tier);
    QFETCH(QString, asked);
    QFETCH(QString, answered);
    QFETCH(bool, late);
    QaContext ctx = test::orderContext(tier, 2);
    ctx.channel = channel;
    ctx.messages << msg(Customer, u"请问发货了吗"_s, test::at(asked));
    QaCheckResult r;
    if (answered.isEmpty()) {
        r = test::defaultEngine().check(u"您好，已经发货了。"_s, ctx);
    } else {
        ctx.messages << msg(Agent, u"您好，已经发货了。"_s, test::at(answered));
        r = test::defaultEngine().review(ctx);
    }
    QCOMPARE(test::ruleIds(r).contains(u"conversation.first_response_sla"_s), late);
}

void TestQaConversation::escalation_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<bool>("fires");
    QTest::newRow("12315") << u"再不处理我就打12315了"_s << true;
    QTest::newRow("complaint traditional") << u"我要投訴你們"_s << true;
    QTest::newRow("lawyer") << u"I will talk to my lawyer."_s << true;
    QTest::newRow("media") << u"我要找媒体曝光"_s << true;
    QTest::newRow("negated") << u"我不想投诉，只想换个尺码"_s << false;
    QTest::newRow("order number with 315") << u"订单LL20260315001怎么还没到"_s << false;
    QTest::newRow("plain") << u"请问什么时候发货"_s << false;
}

void TestQaConversation::escalation()
{
    QFETCH(QString, customer);
    QFETCH(bool, fires);
    QaContext ctx = test::withOpenedConversation(test::orderContext(u"gold"_s, 2));
    ctx.messages << msg(Customer, customer, ctx.now.addSecs(-5));
    const QaCheckResult r = test::defaultEngine().check(u"好的，我来处理。"_s, ctx);
    QCOMPARE(test::ruleIds(r).contains(u"conversation.escalation"_s), fires);
    if (fires) {
        const QaFinding &f = r.findings.first();
        QCOMPARE(f.messageIndex, 2);
        QCOMPARE(customer.mid(f.start, f.length), f.excerpt);
    }
}

void TestQaConversation::sentimentTurningNegative()
{
    QaContext ctx = test::orderContext(u"gold"_s, 2);
    ctx.messages << msg(Customer, u"你好，衣服很好看，谢谢"_s, ctx.now.addSecs(-300));
    ctx.messages << msg(Agent, u"您好，感谢支持"_s, ctx.now.addSecs(-290));
    auto &engine = test::defaultEngine();
    QVERIFY(!test::ruleIds(engine.check(u"好的"_s, ctx)).contains(u"conversation.sentiment"_s));
    ctx.messages << msg(Customer, u"结果洗了一次就掉色，太差了，很失望"_s, ctx.now.addSecs(-60));
    QVERIFY(test::ruleIds(engine.check(u"好的"_s, ctx)).contains(u"conversation.sentiment"_s));
    ctx.messages << msg(Agent, u"非常抱歉"_s, ctx.now.addSecs(-50));
    ctx.messages << msg(Customer, u"好的，谢谢，换货就满意了"_s, ctx.now.addSecs(-10));
    QVERIFY(!test::ruleIds(engine.check(u"好的"_s, ctx)).contains(u"conversation.sentiment"_s));
    // "不满意" is negative although it contains "满意".
    ctx.messages << msg(Customer, u"不满意"_s, ctx.now.addSecs(-5));
    QVERIFY(test::ruleIds(engine.check(u"好的"_s, ctx)).contains(u"conversation.sentiment"_s));
}

void TestQaConversation::repeatContact()
{
    QaContext ctx = test::withOpenedConversation(test::orderContext(u"gold"_s, 2));
    auto &engine = test::defaultEngine();
    ctx.previousContacts << QaPreviousContact{ctx.now.addSecs(-50 * 3600), ctx.orderId};
    ctx.previousContacts << QaPreviousContact{ctx.now.addSecs(-3600), u"LL-OTHER"_s};
    QVERIFY(engine.check(u"好的"_s, ctx).findings.isEmpty());
    ctx.previousContacts << QaPreviousContact{ctx.now.addSecs(-20 * 3600), ctx.orderId};
    const QaCheckResult r = engine.check(u"好的"_s, ctx);
    QCOMPARE(test::ruleIds(r), QStringList{u"conversation.repeat_contact"_s});
    QVERIFY(r.findings.first().reason.contains(u"20 h"_s));
}

void TestQaConversation::reviewScoresEveryAgentMessage()
{
    QaContext ctx = test::orderContext(u"regular"_s, 10);
    ctx.conversationClosed = true;
    ctx.messages << msg(Customer, u"能退货吗"_s, ctx.now.addSecs(-200));
    ctx.messages << msg(Agent, u"可以无理由退货"_s, ctx.now.addSecs(-180));
    ctx.messages << msg(Customer, u"好的"_s, ctx.now.addSecs(-100));
    ctx.messages << msg(Agent, u"已登记"_s, ctx.now.addSecs(-90));
    const QaCheckResult r = test::defaultEngine().review(ctx);
    QCOMPARE(test::ruleIds(r),
             (QStringList{u"conversation.closing"_s, u"conversation.greeting"_s, u"promise.no_reason_return"_s}));
    for (const QaFinding &f : r.findings) {
        if (f.ruleId == u"promise.no_reason_return")
            QCOMPARE(f.messageIndex, 1);
        if (f.ruleId == u"conversation.closing")
            QCOMPARE(f.messageIndex, 3);
        if (f.ruleId == u"conversation.greeting")
            QCOMPARE(f.messageIndex, 1);
    }
}

QTEST_GUILESS_MAIN(TestQaConversation)
#include "tst_qaconversation.moc"
