// The offensive-language classifier (training, persistence, COLD-format reading) and the labelled-set evaluator,
// on small data generated here (tests never read ../shared/datasets).
#include "QaTestSupport.h"

#include "core/qa/QaEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::qa;

namespace {

// Offensive and polite sentences built from disjoint vocabularies, with shared filler so the model must learn
// which words matter.
QList<OffensiveClassifier::Example> syntheticExamples(int n, quint32 seed)
{
    const QStringList bad = {u"蠢货"_s, u"废物"_s, u"脑残"_s, u"滚开"_s, u"idiot"_s, u"moron"_s};
    const QStringList good = {u"感谢"_s, u"抱歉"_s, u"请稍等"_s, u"很高兴"_s, u"thanks"_s, u"please"_s};
    const QStringList filler = {u"这个订单"_s,   u"物流信息"_s,   u"尺码问题"_s,
                                u"the parcel"_s, u"your order"_s, u"颜色"_s};
    QList<OffensiveClassifier::Example> out;
    quint32 x = seed;
    auto next = [&x](int mod) {
        x = x * 1664525u + 1013904223u;
        return int((x >> 8) % quint32(mod));
    };
    for (int i = 0; i < n; ++i) {
        const bool offensive = i % 2 == 0;
        const QStringList &words = offensive ? bad : good;
        out << OffensiveClassifier::Example{filler[next(6)] + u' ' + words[next(6)] + u' ' + filler[next(6)],
                                            offensive};
    }
    return out;
}

} // namespace

class TestQaOffensive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsSeparableData();
    void saveLoadRoundTrip();
    void badModelFileRejected();
    void readsColdCsv();
    void engineUsesModelPerSentence();
    void evaluatorCountsPerKind();
    void evaluatorRejectsBadLines();
};

void TestQaOffensive::learnsSeparableData()
{
    const auto train = syntheticExamples(400, 1);
    const auto test = syntheticExamples(200, 99);
    const OffensiveClassifier model = OffensiveClassifier::train(train, {});
    int correct = 0;
    for (const auto &e : test)
        correct += (model.probability(e.text) >= 0.5) == e.offensive ? 1 : 0;
    QVERIFY2(correct >= 190, qPrintable(QString::number(correct)));
    QVERIFY(model.probability(u"你这个蠢货"_s) > 0.5);
    QVERIFY(model.probability(u"感谢您的耐心"_s) < 0.5);
}

void TestQaOffensive::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    const OffensiveClassifier model = OffensiveClassifier::train(syntheticExamples(200, 3), {});
    QString error;
    const QString path = dir.filePath(u"m.model"_s);
    QVERIFY2(model.save(path, &error), qPrintable(error));
    const auto loaded = OffensiveClassifier::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    for (const QString &t : {u"你这个废物"_s, u"thanks for your order"_s, u"颜色"_s})
        QCOMPARE(qRound(loaded->probability(t) * 1e4), qRound(model.probability(t) * 1e4));
}

void TestQaOffensive::badModelFileRejected()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"bad.model"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\":\"panorama-offensive-nblr\",\"ngram_max\":4,\"buckets_log2\":10,\"bias\":0}\n12 x\n");
    f.close();
    QString error;
    QVERIFY(!OffensiveClassifier::load(f.fileName(), &error));
    QVERIFY2(error.contains(u":2: expected 'bucket weight'"_s), qPrintable(error));
    QVERIFY(!OffensiveClassifier::load(dir.filePath(u"missing.model"_s), &error));
    QVERIFY(error.contains(u"cannot read"_s));
}

void TestQaOffensive::readsColdCsv()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"mini.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBF,split,topic,label,TEXT\n"
            "1,train,race,1,\"带逗号,和\"\"引号\"\"的文本\"\n"
            "2,train,region,0,普通文本\n"
            "3,train,gender,1,\"跨\n行\"\n");
    f.close();
    QString error;
    const auto ex = OffensiveClassifier::readExamples(f.fileName(), &error);
    QVERIFY2(ex, qPrintable(error));
    QCOMPARE(ex->size(), 3);
    QCOMPARE(ex->at(0).text, u"带逗号,和\"引号\"的文本"_s);
    QVERIFY(ex->at(0).offensive);
    QVERIFY(!ex->at(1).offensive);
    QCOMPARE(ex->at(2).text, u"跨\n行"_s);
}

void TestQaOffensive::engineUsesModelPerSentence()
{
    QaEngine engine;
    QVERIFY(engine.loadRulesFile(QStringLiteral(PANORAMA_SOURCE_DIR "/resources/qa/default_rules.json")).ok);
    // A model that learned "蠢货" and "废物", words the shipped lexicon does not all know in this spelling mix.
    engine.setOffensiveModel(
        std::make_shared<const OffensiveClassifier>(OffensiveClassifier::train(syntheticExamples(400, 5), {})));
    const QaContext ctx = test::withOpenedConversation(test::orderContext(u"gold"_s, 2));
    const QString text = u"感谢您的耐心。您这个订单 蠢货 物流信息。请稍等。"_s;
    const QaCheckResult r = engine.check(text, ctx);
    QCOMPARE(test::ruleIds(r), QStringList{u"offensive.agent_language"_s});
    // Lexicon hit ("蠢货" is in the lexicon) gives the precise span; the model does not double-report it.
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().excerpt, u"蠢货"_s);
    QVERIFY(engine.check(u"感谢您的耐心，请稍等。"_s, ctx).findings.isEmpty());
}

void TestQaOffensive::evaluatorCountsPerKind()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"set.jsonl"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QaContext ctx = test::withOpenedConversation(test::orderContext(u"regular"_s, 10));
    const QJsonObject c = ctx.toJson();
    auto line = [&](const QString &id, const QString &text, const QStringList &expected) {
        f.write(QJsonDocument(QJsonObject{{u"id"_s, id},
                                          {u"lang"_s, u"zh-Hans"_s},
                                          {u"text"_s, text},
                                          {u"context"_s, c},
                                          {u"expected"_s, QJsonArray::fromStringList(expected)}})
                    .toJson(QJsonDocument::Compact) +
                "\n");
    };
    line(u"tp"_s, u"支持无理由退货"_s, {u"promise"_s});   // promise TP
    line(u"fn"_s, u"退款肯定没问题的"_s, {u"promise"_s}); // promise FN (no rule says this)
    line(u"fp"_s, u"这个我不知道"_s, {});                 // phrase FP (labelled compliant on purpose)
    line(u"tn"_s, u"您好，预计3天内送达"_s, {});          // nothing
    f.close();
    QString error;
    const auto report = QaEvaluator::evaluate(test::defaultEngine(), f.fileName(), &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->items, 4);
    QCOMPARE(report->exact, 2);
    const auto promise = report->byKind.value(RuleKind::Promise);
    QCOMPARE(promise.tp, 1);
    QCOMPARE(promise.fn, 1);
    QCOMPARE(promise.fp, 0);
    QCOMPARE(report->byKind.value(RuleKind::Phrase).fp, 1);
    QCOMPARE(promise.recall(), 0.5);
    QCOMPARE(report->mismatches.size(), 2);
}

void TestQaOffensive::evaluatorRejectsBadLines()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"bad.jsonl"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"text\":\"x\",\"context\":{},\"expected\":[\"prophecy\"]}\n");
    f.close();
    QString error;
    QVERIFY(!QaEvaluator::evaluate(test::defaultEngine(), f.fileName(), &error));
    QVERIFY2(error.contains(u":1: unknown rule kind 'prophecy'"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestQaOffensive)
#include "tst_qaoffensive.moc"
