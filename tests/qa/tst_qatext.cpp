// Folding, the phrase automaton and the clause analysis that decides negation, quotation and conditions.
#include "core/qa/AhoCorasick.h"
#include "core/qa/ClauseAnalyzer.h"
#include "core/qa/TextNormalizer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::qa;

class TestQaText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void automatonFindsAllOverlaps();
    void automatonRespectsWordBoundaries();
    void clauses_data();
    void clauses();
};

void TestQaText::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("traditional") << u"無理由退款，保證明天到"_s << u"无理由退款,保证明天到"_s;
    QTest::newRow("traditional-2") << u"這不歸我管"_s << u"这不归我管"_s;
    QTest::newRow("full-width latin and digits") << u"ＧＵＡＲＡＮＴＥＥＤ　１３８"_s << u"guaranteed 138"_s;
    QTest::newRow("case") << u"That's NOT My Problem"_s << u"that's not my problem"_s;
    QTest::newRow("typographic apostrophe") << u"that’s"_s << u"that's"_s;
    QTest::newRow("simplified unchanged") << u"七天无理由退货"_s << u"七天无理由退货"_s;
}

void TestQaText::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QVERIFY2(TextNormalizer::hasChineseFolding(), "OpenCC t2s data not found");
    const QString folded = TextNormalizer::fold(input);
    QCOMPARE(folded, expected);
    QCOMPARE(folded.size(), input.size()); // offsets in the folded text are offsets in the original
}

void TestQaText::automatonFindsAllOverlaps()
{
    AhoCorasick ac;
    ac.add(u"退款"_s, 1);
    ac.add(u"无理由退款"_s, 2);
    ac.add(u"理由"_s, 3);
    ac.add(u"款项"_s, 4);
    ac.build();
    const auto matches = ac.findAll(u"七天无理由退款项目"_s);
    QList<QPair<int, qsizetype>> got;
    for (const auto &m : matches)
        got << qMakePair(m.id, m.start);
    const QList<QPair<int, qsizetype>> want = {{3, 3}, {2, 2}, {1, 5}, {4, 6}};
    QCOMPARE(got, want);
}

void TestQaText::automatonRespectsWordBoundaries()
{
    AhoCorasick ac;
    ac.add(u"hi"_s, 1);
    ac.add(u"sb"_s, 2);
    ac.build();
    QCOMPARE(ac.findAll(u"this is sbx"_s).size(), 0);
    QCOMPARE(ac.findAll(u"hi, you sb!"_s).size(), 2);
    QCOMPARE(ac.findAll(u"你好hi"_s).size(), 1); // CJK next to Latin is a boundary
}

void TestQaText::clauses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<bool>("negated");
    QTest::addColumn<bool>("conditional");
    QTest::newRow("plain") << u"我们保证明天到。"_s << u"保证明天到"_s << false << false << false;
    QTest::newRow("negated zh") << u"我们无法保证明天到。"_s << u"保证明天到"_s << false << true << false;
    QTest::newRow("negation in another clause")
        << u"不用担心，保证明天到"_s << u"保证明天到"_s << false << false << false;
    QTest::newRow("curly quotes") << u"您说的“无条件退款”我们做不到"_s << u"无条件退款"_s << true << false << false;
    QTest::newRow("corner quotes") << u"關於「無條件退款」"_s << u"无条件退款"_s << true << false << false;
    QTest::newRow("straight quotes en") << u"About \"unconditional refund\": no."_s << u"unconditional refund"_s << true
                                        << false << false;
    QTest::newRow("unclosed quote while typing") << u"您说“无条件退款"_s << u"无条件退款"_s << true << false << false;
    QTest::newRow("negated en") << u"We cannot offer an unconditional refund."_s << u"unconditional refund"_s << false
                                << true << false;
    QTest::newRow("conditional") << u"只要吊牌完好，保证全额退款。"_s << u"保证全额退款"_s << false << false << true;
    QTest::newRow("condition in another sentence")
        << u"只要吊牌完好。保证全额退款。"_s << u"保证全额退款"_s << false << false << false;
}

void TestQaText::clauses()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    QFETCH(bool, quoted);
    QFETCH(bool, negated);
    QFETCH(bool, conditional);
    LinguisticCues cues;
    QString error;
    QVERIFY(cues.load(QJsonObject{{u"negation"_s, QJsonArray{u"无法"_s, u"cannot"_s}},
                                  {u"condition_markers"_s, QJsonArray{u"只要"_s, u"if"_s}},
                                  {u"policy_conditions"_s, QJsonArray{u"吊牌"_s}}},
                      &error));
    const QString folded = TextNormalizer::fold(text);
    const qsizetype start = folded.indexOf(phrase);
    QVERIFY(start >= 0);
    const ClauseAnalyzer a(text, folded, cues);
    QCOMPARE(a.isQuoted(start, start + phrase.size()), quoted);
    QCOMPARE(a.isNegated(start), negated);
    QCOMPARE(a.isConditional(start, start + phrase.size()), conditional);
}

QTEST_GUILESS_MAIN(TestQaText)
#include "tst_qatext.moc"
