// The learning parts of the sizing engine on generated data: boosted trees, confidence calibration, metrics,
// the CSV reader, the evaluator against the cell baseline, and JSON round trips of everything a server ships.
#include "SyntheticBodies.h"

#include "core/sizing/BodySizeModel.h"
#include "core/sizing/CellBaseline.h"
#include "core/sizing/ConfidenceCalibrator.h"
#include "core/sizing/SeededPermutation.h"
#include "core/sizing/SizeDataset.h"
#include "core/sizing/SizeDecision.h"
#include "core/sizing/SizeEvaluator.h"
#include "core/sizing/SizeMetrics.h"
#include "core/sizing/SizingError.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace panorama::sizing;

namespace {

BodyModelOptions quickOptions()
{
    BodyModelOptions o;
    o.trees.maxRounds = 60;
    return o;
}

QString writeCsv(const QTemporaryDir &dir, const std::vector<KeptPurchase> &rows, int missingEvery)
{
    const QString path = dir.filePath(u"sizes.csv"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("weight,age,height,size\n");
    const SizeScale letters = SizeScale::letters();
    for (size_t i = 0; i < rows.size(); ++i) {
        const KeptPurchase &p = rows[i];
        const QByteArray age =
            missingEvery > 0 && i % size_t(missingEvery) == 0 ? QByteArray() : QByteArray::number(*p.body.ageYears);
        f.write(QByteArray::number(p.body.weightKg) + ',' + age + ',' + QByteArray::number(p.body.heightCm) + ',' +
                letters.label(p.sizeIndex).toLatin1() + '\n');
    }
    return path;
}

} // namespace

class TestSizingModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scaleNormalisesLabels();
    void permutationIsSeededAndPortable();
    void treesLearnAnInteraction();
    void treesRoundTripThroughJson();
    void malformedModelsAreRefused_data();
    void malformedModelsAreRefused();
    void isotonicCalibrationIsMonotoneAndFits();
    void ordinalDecision();
    void metricsByHand();
    void csvDropsMissingRowsAndNamesProblems();
    void evaluatorBeatsTheCellBaseline();
    void modelRoundTripPredictsIdentically();
};

void TestSizingModel::scaleNormalisesLabels()
{
    const SizeScale s = SizeScale::letters();
    QCOMPARE(s.indexOf(u" 2xl "_s), s.indexOf(u"XXL"_s));
    QCOMPARE(s.indexOf(u"3XL"_s), s.indexOf(u"XXXL"_s));
    QCOMPARE(s.indexOf(u"2XS"_s), 0);
    QCOMPARE(s.indexOf(u"m"_s), 3);
    QCOMPARE(s.indexOf(u"Q"_s), -1);
    const SizeScale r = SizeScale::lettersRestrictedTo({u"XXXL"_s, u"s"_s, u"XXS"_s, u"M"_s});
    QCOMPARE(r.labels(), QStringList({u"XXS"_s, u"S"_s, u"M"_s, u"XXXL"_s}));
}

void TestSizingModel::permutationIsSeededAndPortable()
{
    const std::vector<int> a = seededPermutation(10, 0), b = seededPermutation(10, 0), c = seededPermutation(10, 1);
    QCOMPARE(a, b);
    QVERIFY(a != c);
    std::vector<int> sorted = a;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < 10; ++i)
        QCOMPARE(sorted[size_t(i)], i);
    // mt19937_64 is fully specified, so this is the same permutation on every platform.
    QCOMPARE(a, std::vector<int>({7, 2, 0, 8, 3, 9, 6, 1, 5, 4}));
}

void TestSizingModel::treesLearnAnInteraction()
{
    // Class 1 iff x0 > 0 XOR x1 > 0: no single feature helps, a depth-2 tree does. Missing x1 means class 0.
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<float> u(-1, 1);
    GroupedSamples train(2, 2), valid(2, 2);
    for (int i = 0; i < 4000; ++i) {
        float x[2] = {std::round(u(rng) * 20) / 20, std::round(u(rng) * 20) / 20};
        if (i % 7 == 0)
            x[1] = std::numeric_limits<float>::quiet_NaN();
        const int y = std::isnan(x[1]) ? 0 : ((x[0] > 0) != (x[1] > 0));
        (i % 5 ? train : valid).add(x, y);
    }
    QVERIFY(train.rows() < 3200); // grouping merged identical rows
    GradientBoostedTrees gbt;
    GbtOptions o;
    o.maxRounds = 100;
    o.minChildCount = 5;
    gbt.fit(train, &valid, o);
    QVERIFY(gbt.rounds() > 0);
    QVERIFY(*std::min_element(gbt.validationLoss().begin(), gbt.validationLoss().end()) <
            0.25); // far below log 2 = 0.69 of a coin
    double p[2];
    const float a[2] = {0.5f, -0.5f}, b[2] = {0.5f, 0.5f}, m[2] = {0.5f, std::numeric_limits<float>::quiet_NaN()};
    gbt.predict(a, p);
    QVERIFY(p[1] > 0.9);
    gbt.predict(b, p);
    QVERIFY(p[0] > 0.9);
    gbt.predict(m, p);
    QVERIFY(p[0] > 0.9);
}

void TestSizingModel::treesRoundTripThroughJson()
{
    GroupedSamples train(2, 3);
    for (int i = 0; i < 600; ++i) {
        const float x[2] = {float(i % 30), float(i % 7)};
        train.add(x, (i % 30) / 10);
    }
    GradientBoostedTrees gbt;
    GbtOptions o;
    o.maxRounds = 20;
    o.minChildCount = 5;
    gbt.fit(train, nullptr, o);
    const QByteArray text = QJsonDocument(gbt.toJson()).toJson();
    const GradientBoostedTrees back = GradientBoostedTrees::fromJson(QJsonDocument::fromJson(text).object());
    QCOMPARE(back.rounds(), gbt.rounds());
    for (int i = 0; i < 30; ++i) {
        const float x[2] = {float(i) + 0.3f, 2.0f};
        double p1[3], p2[3];
        gbt.predict(x, p1);
        back.predict(x, p2);
        for (int k = 0; k < 3; ++k)
            QCOMPARE(p1[k], p2[k]);
    }
}

void TestSizingModel::malformedModelsAreRefused_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not a model") << QByteArray(R"({"format":"other"})") << u"not a panorama.gbt object"_s;
    QTest::newRow("future version") << QByteArray(R"({"format":"panorama.gbt","version":9})")
                                    << u"unsupported version 9"_s;
    // One node (15 bytes) whose left child points at itself: would loop forever if accepted.
    const QByteArray node = QByteArray::fromHex("000000000000000000000000000000").toBase64();
    QTest::newRow("cyclic node") << (R"({"format":"panorama.gbt","version":1,"features":1,"classes":2,"rounds":1,)"
                                     R"("base":[0,0],"roots":[0,0],"nodes":")" +
                                     node + R"("})")
                                 << u"node 0 is malformed"_s;
    QTest::newRow("root out of range") << QByteArray(R"({"format":"panorama.gbt","version":1,"features":1,"classes":2,)"
                                                     R"("rounds":1,"base":[0,0],"roots":[5,0],"nodes":""})")
                                       << u"root index out of range"_s;
    QTest::newRow("body model without trees")
        << QByteArray(R"({"format":"panorama.sizing.body-model","version":1,"scale":{"id":"x","labels":["S","M"]},)"
                      R"("calibration":{"x":[],"y":[]},"members":[]})")
        << u"no trees"_s;
    QTest::newRow("calibration not monotone")
        << QByteArray(R"({"format":"panorama.sizing.body-model","version":1,"scale":{"id":"x","labels":["S","M"]},)"
                      R"("calibration":{"x":[0.2,0.5],"y":[0.6,0.3]},"members":[]})")
        << u"not monotone"_s;
}

void TestSizingModel::malformedModelsAreRefused()
{
    QFETCH(QByteArray, doc);
    QFETCH(QString, mentions);
    const QJsonObject obj = QJsonDocument::fromJson(doc).object();
    QVERIFY2(!obj.isEmpty(), doc.constData());
    try {
        if (obj.value(u"format"_s).toString() == u"panorama.sizing.body-model"_s)
            BodySizeModel::fromJson(obj);
        else
            GradientBoostedTrees::fromJson(obj);
        QFAIL("accepted");
    } catch (const SizingError &e) {
        QCOMPARE(e.kind(), SizingErrorKind::InvalidModel);
        QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
    }
}

void TestSizingModel::isotonicCalibrationIsMonotoneAndFits()
{
    // Scores are overconfident: the true hit rate is score^2.
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<ConfidenceCalibrator::Observation> obs;
    for (int i = 0; i < 20000; ++i) {
        const double s = u(rng);
        obs.push_back({s, u(rng) < s * s ? 1.0 : 0.0});
    }
    ConfidenceCalibrator c;
    QCOMPARE(c.calibrate(0.7), 0.7); // identity before fitting
    c.fit(obs);
    double last = -1;
    for (double s = 0; s <= 1.0; s += 0.01) {
        const double v = c.calibrate(s);
        QVERIFY(v >= last - 1e-12);
        last = v;
    }
    QVERIFY(qAbs(c.calibrate(0.5) - 0.25) < 0.05);
    QVERIFY(qAbs(c.calibrate(0.9) - 0.81) < 0.05);
    const ConfidenceCalibrator back = ConfidenceCalibrator::fromJson(c.toJson());
    QCOMPARE(back.calibrate(0.63), c.calibrate(0.63));
}

void TestSizingModel::ordinalDecision()
{
    const std::vector<double> p = {0.05, 0.34, 0.30, 0.31};
    const SizeDecision::Choice argmax = SizeDecision(1.0).choose(p);
    QCOMPARE(argmax.best, 1);
    QCOMPARE(argmax.runnerUp, 3);
    QCOMPARE(argmax.probability, 0.34);
    // When a near miss costs less than a far miss, the size between the two modes wins.
    const SizeDecision::Choice ordinal = SizeDecision(0.8).choose(p);
    QCOMPARE(ordinal.best, 2);
    QCOMPARE(ordinal.runnerUp, 1);
}

void TestSizingModel::metricsByHand()
{
    const std::vector<ScoredAnswer> a = {{2, 2, 0.9}, {2, 3, 0.8}, {1, 4, 0.2}, {0, 0, 0.6}, {3, 3, 0.7},
                                         {1, 1, 0.3}, {2, 1, 0.4}, {4, 4, 0.5}, {0, 2, 0.1}, {3, 3, 0.95}};
    const SizeMetrics m = SizeMetrics::compute(a, 10, 0.3);
    QCOMPARE(m.count, 10);
    QCOMPARE(m.exact, 0.6);
    QCOMPARE(m.withinOne, 0.8);
    // Top 30 %: confidences 0.95 (hit), 0.9 (hit), 0.8 (miss).
    QVERIFY(qAbs(m.topConfidentExact - 2.0 / 3.0) < 1e-12);
    // One answer per bin: ECE = mean |confidence - hit|.
    double ece = 0;
    for (const ScoredAnswer &x : a)
        ece += qAbs(x.confidence - (x.truth == x.predicted ? 1.0 : 0.0));
    QVERIFY(qAbs(m.ece - ece / 10.0) < 1e-12);
}

void TestSizingModel::csvDropsMissingRowsAndNamesProblems()
{
    QTemporaryDir dir;
    const std::vector<KeptPurchase> rows = testing::syntheticPurchases(200, 9);
    const SizeDataset ds = SizeDataset::loadCsv(writeCsv(dir, rows, 10));
    QCOMPARE(ds.droppedMissing, 20);
    QCOMPARE(int(ds.rows.size()), 180);
    QVERIFY(ds.hasAge);
    QVERIFY(ds.scale.size() >= 3);
    for (const KeptPurchase &p : ds.rows)
        QVERIFY(p.sizeIndex >= 0 && p.sizeIndex < ds.scale.size());

    QFile bad(dir.filePath(u"bad.csv"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("weight,age,size\n60,30,M\n");
    bad.close();
    try {
        SizeDataset::loadCsv(bad.fileName());
        QFAIL("accepted a file without heights");
    } catch (const SizingError &e) {
        QVERIFY(e.message().contains(u"needs columns height, weight and size"_s));
    }
    try {
        SizeDataset::loadCsv(dir.filePath(u"missing.csv"_s));
        QFAIL("accepted a missing file");
    } catch (const SizingError &e) {
        QVERIFY(e.message().contains(u"cannot be read"_s));
    }
}

void TestSizingModel::evaluatorBeatsTheCellBaseline()
{
    // Sizes depend on BMI and age-free chest, which 5 cm x 5 kg cells only approximate.
    QTemporaryDir dir;
    const SizeDataset ds = SizeDataset::loadCsv(writeCsv(dir, testing::syntheticPurchases(8000, 21, 0, 0.15), 0));
    EvaluationOptions o;
    o.seed = 4;
    o.model = quickOptions();
    const EvaluationReport r = SizeEvaluator::run(ds, o);
    QCOMPARE(r.scheme, u"split"_s);
    QCOMPARE(r.model.count, 1600);
    QCOMPARE(r.baseline.count, 1600);
    QVERIFY2(r.model.exact > r.baseline.exact, qPrintable(QString::number(r.model.exact)));
    QVERIFY(r.model.exact > 0.75);
    QVERIFY(r.model.withinOne > 0.97);
    QVERIFY(r.model.ece < 0.05);
    QVERIFY(r.model.topConfidentExact > r.model.exact);
    // The same seed gives the same figures; k-fold covers every row once.
    QCOMPARE(SizeEvaluator::run(ds, o).model.exact, r.model.exact);
    o.folds = 3;
    const EvaluationReport k = SizeEvaluator::run(ds, o);
    QCOMPARE(k.model.count, 8000);
    QCOMPARE(k.scheme, u"kfold"_s);
    o.folds = 1;
    QVERIFY_THROWS_EXCEPTION(SizingError, SizeEvaluator::run(ds, o));
}

void TestSizingModel::modelRoundTripPredictsIdentically()
{
    const BodySizeModel m =
        BodySizeModel::train(SizeScale::letters(), testing::syntheticPurchases(3000, 2), quickOptions());
    QVERIFY(m.calibrator().isFitted());
    QVERIFY(m.evidenceNear(testing::syntheticPurchases(1, 2).front().body) > 0);
    const QByteArray text = QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact);
    const BodySizeModel back = BodySizeModel::fromJson(QJsonDocument::fromJson(text).object());
    QCOMPARE(back.scale().labels(), m.scale().labels());
    for (const KeptPurchase &p : testing::syntheticPurchases(50, 77)) {
        QCOMPARE(back.distribution(p.body), m.distribution(p.body));
        QCOMPARE(back.evidenceNear(p.body), m.evidenceNear(p.body));
    }
    QCOMPARE(back.calibrator().calibrate(0.55), m.calibrator().calibrate(0.55));
    // Too little data is refused with the count.
    try {
        BodySizeModel::train(SizeScale::letters(), testing::syntheticPurchases(10, 2), quickOptions());
        QFAIL("trained on 10 rows");
    } catch (const SizingError &e) {
        QVERIFY(e.message().contains(u"got 10"_s));
    }
}

QTEST_GUILESS_MAIN(TestSizingModel)
#include "tst_sizingmodel.moc"
