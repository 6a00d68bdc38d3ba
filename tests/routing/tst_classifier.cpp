// The classifier: SVM training, accuracy on generated and seed tickets in three scripts, calibration,
// the triage threshold criteria, the out-of-scope class, determinism and the evaluation metrics.
#include "SyntheticTickets.h"

#include "core/routing/Calibration.h"
#include "core/routing/ClassifierEvaluator.h"
#include "core/routing/ClassifierTrainer.h"
#include "core/routing/LinearSvmTrainer.h"
#include "core/routing/RoutingError.h"
#include "core/routing/RoutingResources.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace panorama::routing;
using panorama::routing::testdata::syntheticTickets;

namespace {

double accuracy(const TextClassifier &c, const LabelledDataset &test)
{
    int ok = 0;
    for (const LabelledExample &e : test.examples)
        ok += c.classify(e.text).label == e.label ? 1 : 0;
    return double(ok) / double(test.size());
}

LabelledDataset seedTickets()
{
    return LabelledDataset::parse(RoutingResources::read(u"seed_tickets.csv"_s), u"seed_tickets.csv"_s,
                                  LabelledDataset::Format::Csv);
}

} // namespace

class TestClassifier final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void svmSeparatesASimpleProblem();
    void svmRefusesInconsistentInput();
    void learnsGeneratedTickets();
    void seedTicketsGeneralise();
    void traditionalTextMatchesSimplifiedTraining();
    void probabilitiesAreCalibrated();
    void temperatureIsRecovered();
    void operatingPoint_data();
    void operatingPoint();
    void outOfScopeClassSendsToTriage();
    void thresholdFromOutOfScopeValidation();
    void trainingIsDeterministic();
    void refusesTooFewCategories();
    void macroF1();
    void evaluationCountsTriageAsMiss();
};

void TestClassifier::svmSeparatesASimpleProblem()
{
    // Three classes on three axes, with noise on the others.
    SparseMatrix x;
    x.columns = 3;
    std::vector<int> y;
    for (int i = 0; i < 30; ++i) {
        const int c = i % 3;
        SparseVector v;
        for (uint32_t f = 0; f < 3; ++f) {
            v.indices.push_back(f);
            v.values.push_back(f == uint32_t(c) ? 1.0f : 0.1f * float((i * 7 + int(f)) % 3));
        }
        x.append(v);
        y.push_back(c);
    }
    const LinearModel m = LinearSvmTrainer().train(x, y, 3);
    for (size_t i = 0; i < x.rows(); ++i) {
        SparseVector v;
        v.indices.assign(x.indices.begin() + std::ptrdiff_t(x.rowStart[i]),
                         x.indices.begin() + std::ptrdiff_t(x.rowStart[i + 1]));
        v.values.assign(x.values.begin() + std::ptrdiff_t(x.rowStart[i]),
                        x.values.begin() + std::ptrdiff_t(x.rowStart[i + 1]));
        const std::vector<float> s = m.scores(v);
        QCOMPARE(int(std::max_element(s.begin(), s.end()) - s.begin()), y[i]);
    }
}

void TestClassifier::svmRefusesInconsistentInput()
{
    SparseMatrix x;
    x.columns = 1;
    x.append({{0}, {1.0f}});
    QVERIFY_THROWS_EXCEPTION(RoutingError, LinearSvmTrainer().train(x, {0, 1}, 2));
    QVERIFY_THROWS_EXCEPTION(RoutingError, LinearSvmTrainer().train(x, {5}, 2));
}

void TestClassifier::learnsGeneratedTickets()
{
    TrainReport report;
    const TextClassifier c = ClassifierTrainer().train(syntheticTickets(60, 1), nullptr, &report);
    QCOMPARE(c.labels().size(), 4);
    QCOMPARE(report.examples, 240);
    QVERIFY(report.dimension > 100);
    const double acc = accuracy(c, syntheticTickets(50, 2));
    QVERIFY2(acc >= 0.97, qPrintable(QString::number(acc)));
    const Prediction p = c.classify(u"my parcel tracking has not moved"_s, 3);
    QCOMPARE(p.label, u"logistics"_s);
    QCOMPARE(p.alternatives.size(), size_t(3));
    QVERIFY(p.alternatives[0].probability >= p.alternatives[1].probability);
}

void TestClassifier::seedTicketsGeneralise()
{
    // The shipped seed set, every fifth ticket held out: the model must place unseen phrasings.
    const LabelledDataset seed = seedTickets();
    LabelledDataset train, test;
    for (size_t i = 0; i < seed.size(); ++i)
        (i % 5 == 2 ? test : train).examples.push_back(seed.examples[i]);
    train.source = test.source = u"seed"_s;
    const TextClassifier c = ClassifierTrainer().train(train);
    QCOMPARE(c.labels().size(), 10);
    const double acc = accuracy(c, test);
    QVERIFY2(acc >= 0.6, qPrintable(QString::number(acc))); // 10 categories, 19 examples each: chance is 0.1
}

void TestClassifier::traditionalTextMatchesSimplifiedTraining()
{
    // Trained on English + Simplified only; the Traditional test texts are folded by OpenCC.
    LabelledDataset train = syntheticTickets(60, 3);
    const TextClassifier c = ClassifierTrainer().train(train);
    const double acc = accuracy(c, syntheticTickets(40, 4, true));
    QVERIFY2(acc >= 0.95, qPrintable(QString::number(acc)));
}

void TestClassifier::probabilitiesAreCalibrated()
{
    const std::vector<double> p = Calibration::probabilities({1.0f, 0.0f, -1.0f}, 0.5);
    QCOMPARE(p.size(), size_t(3));
    QVERIFY(std::fabs(p[0] + p[1] + p[2] - 1.0) < 1e-12);
    QVERIFY(std::fabs(p[0] / p[1] - std::exp(2.0)) < 1e-9);
    // A trained model's confidences are probabilities and its ECE on fresh data is small.
    const TextClassifier c = ClassifierTrainer().train(syntheticTickets(60, 5));
    QVERIFY(c.temperature() > 0.0);
    const Evaluation ev = ClassifierEvaluator::evaluate(c, syntheticTickets(50, 6));
    QVERIFY2(ev.expectedCalibrationError < 0.1, qPrintable(QString::number(ev.expectedCalibrationError)));
}

void TestClassifier::temperatureIsRecovered()
{
    // Labels drawn from softmax(s / 0.4): the fitted temperature must come back close to 0.4.
    std::mt19937 rng(7);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::vector<std::vector<float>> scores;
    std::vector<int> labels;
    for (int i = 0; i < 4000; ++i) {
        std::vector<float> s(5);
        for (float &v : s)
            v = normal(rng);
        const std::vector<double> p = Calibration::probabilities(s, 0.4);
        std::discrete_distribution<int> draw(p.begin(), p.end());
        scores.push_back(s);
        labels.push_back(draw(rng));
    }
    const double t = Calibration::fitTemperature(scores, labels);
    QVERIFY2(std::fabs(t - 0.4) < 0.04, qPrintable(QString::number(t)));
    QVERIFY(Calibration::negativeLogLikelihood(scores, labels, t) <=
            Calibration::negativeLogLikelihood(scores, labels, 1.0));
}

void TestClassifier::operatingPoint_data()
{
    QTest::addColumn<int>("criterion");
    QTest::addColumn<double>("parameter");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("oosRecall");
    using C = OperatingPoint::Criterion;
    QTest::newRow("precision 0.9") << int(C::TargetPrecision) << 0.9 << 0.8 << 1.0;
    QTest::newRow("precision 0.7") << int(C::TargetPrecision) << 0.7 << 0.5 << 1.0 / 3;
    QTest::newRow("budget 0.2") << int(C::AccuracyBudget) << 0.2 << 0.7 << 1.0;
    QTest::newRow("budget 0") << int(C::AccuracyBudget) << 0.0 << 0.6 << 2.0 / 3;
    QTest::newRow("balanced") << int(C::Balanced) << 0.0 << 0.7 << 1.0;
}

void TestClassifier::operatingPoint()
{
    QFETCH(int, criterion);
    QFETCH(double, parameter);
    QFETCH(double, threshold);
    QFETCH(double, oosRecall);
    const std::vector<ValidationOutcome> outcomes{{0.9, true, true},   {0.8, true, true},   {0.7, true, false},
                                                  {0.6, true, true},   {0.3, true, false},  {0.5, false, false},
                                                  {0.2, false, false}, {0.65, false, false}};
    const auto c = OperatingPoint::Criterion(criterion);
    const OperatingPoint p = OperatingPoint::choose(outcomes, c, parameter, parameter);
    QCOMPARE(p.threshold, threshold);
    QVERIFY(std::fabs(p.outOfScopeRecall - oosRecall) < 1e-9);
    QCOMPARE(p.validationInScope, 5);
    QCOMPARE(p.validationOutOfScope, 3);
    QCOMPARE(OperatingPoint::fromJson(p.toJson()).toJson(), p.toJson());
    // Without out-of-scope examples the criteria that need them fall back to the precision target.
    std::vector<ValidationOutcome> inOnly(outcomes.begin(), outcomes.begin() + 5);
    QCOMPARE(OperatingPoint::choose(inOnly, c, 0.9, 0.2).criterion, OperatingPoint::Criterion::TargetPrecision);
}

void TestClassifier::outOfScopeClassSendsToTriage()
{
    LabelledDataset train = syntheticTickets(50, 8);
    const QStringList chatter{
        u"tell me a joke"_s, u"what is the weather like"_s, u"who won the football"_s, u"recommend a movie"_s,
        u"讲个笑话"_s,       u"今天天气怎么样"_s,           u"推荐一部电影"_s,         u"谁赢了比赛"_s};
    for (int i = 0; i < 5; ++i) {
        for (const QString &t : chatter)
            train.examples.push_back({t + (i ? u" "_s + QString::number(i) : QString()), u"oos"_s});
    }
    TrainOptions o;
    o.trainOutOfScopeClass = true;
    const TextClassifier c = ClassifierTrainer(o).train(train);
    QCOMPARE(c.outOfScopeLabel(), u"oos"_s);
    QVERIFY(c.labels().contains(u"oos"_s));
    const Prediction p = c.classify(u"tell me a joke about the weather"_s);
    QCOMPARE(p.label, u"oos"_s);
    QVERIFY(p.needsTriage());
    // Without the option the examples never become a class.
    QVERIFY(!ClassifierTrainer().train(train).labels().contains(u"oos"_s));
}

void TestClassifier::thresholdFromOutOfScopeValidation()
{
    LabelledDataset val = syntheticTickets(20, 9);
    for (const QString &t : {u"tell me a joke"_s, u"what time is it in paris"_s, u"sing me a song"_s,
                             u"how tall is everest"_s, u"讲个笑话"_s, u"巴黎现在几点"_s})
        val.examples.push_back({t, u"oos"_s});
    TrainReport report;
    const TextClassifier c = ClassifierTrainer().train(syntheticTickets(60, 10), &val, &report);
    // The validation set is separable: the smoothed temperature must still leave room below 1 for chatter.
    QVERIFY(report.temperature > 0.05);
    QCOMPARE(report.operatingPoint.criterion, OperatingPoint::Criterion::AccuracyBudget);
    QCOMPARE(report.operatingPoint.validationOutOfScope, 6);
    QVERIFY(report.calibrationSource.startsWith(u"validation set"_s));
    QVERIFY2(report.operatingPoint.outOfScopeRecall >= 0.5,
             qPrintable(QString::number(report.operatingPoint.outOfScopeRecall)));
    QVERIFY(c.threshold() > 0.0);
    QCOMPARE(c.threshold(), report.operatingPoint.threshold);
    // A validation category the training set lacks is an error, not a silent skip.
    LabelledDataset wrong = val;
    wrong.examples.push_back({u"hello"_s, u"greeting"_s});
    QVERIFY_THROWS_EXCEPTION(RoutingError, ClassifierTrainer().train(syntheticTickets(10, 10), &wrong));
}

void TestClassifier::trainingIsDeterministic()
{
    const LabelledDataset data = syntheticTickets(40, 11);
    TrainOptions one;
    one.svm.threads = 1;
    TrainOptions two;
    two.svm.threads = 2;
    const QString a = ClassifierTrainer(one).train(data).info().versionId;
    QCOMPARE(ClassifierTrainer(two).train(data).info().versionId, a);
    TrainOptions other = two;
    other.svm.c = 0.25;
    QVERIFY(ClassifierTrainer(other).train(data).info().versionId != a);
    QCOMPARE(a.size(), 16);
}

void TestClassifier::refusesTooFewCategories()
{
    LabelledDataset one;
    one.source = u"one.csv"_s;
    one.examples = {{u"a"_s, u"x"_s}, {u"b"_s, u"x"_s}, {u"c"_s, u"oos"_s}};
    try {
        ClassifierTrainer().train(one);
        QFAIL("accepted");
    } catch (const RoutingError &e) {
        QCOMPARE(e.message(), u"one.csv: training needs at least two categories, found 1"_s);
    }
    QVERIFY_THROWS_EXCEPTION(RoutingError, TextClassifier().classify(u"x"_s));
}

void TestClassifier::macroF1()
{
    // a: tp 1, fn 1 → F1 2/3; b: tp 1, fp 1, fn 1 → F1 1/2; a triaged ticket is a miss, never a credit.
    const double f = ClassifierEvaluator::macroF1({u"a"_s, u"a"_s, u"b"_s, u"b"_s},
                                                  {u"a"_s, u"b"_s, u"b"_s, u"(triage)"_s}, {u"a"_s, u"b"_s});
    QVERIFY(std::fabs(f - (2.0 / 3 + 0.5) / 2) < 1e-12);
}

void TestClassifier::evaluationCountsTriageAsMiss()
{
    TextClassifier c = ClassifierTrainer().train(syntheticTickets(60, 12));
    LabelledDataset test = syntheticTickets(25, 13);
    test.examples.push_back({u"completely unrelated words zebra"_s, u"oos"_s});
    c.setThreshold(0.0);
    const Evaluation open = ClassifierEvaluator::evaluate(c, test);
    QCOMPARE(open.inScope, 100);
    QCOMPARE(open.outOfScope, 1);
    QCOMPARE(open.inScopeAccuracy, open.top1Accuracy);
    QCOMPARE(open.outOfScopeRecall, 0.0);
    c.setThreshold(1.01); // everything to triage
    const Evaluation closed = ClassifierEvaluator::evaluate(c, test);
    QCOMPARE(closed.top1Accuracy, open.top1Accuracy);
    QCOMPARE(closed.inScopeAccuracy, 0.0);
    QCOMPARE(closed.triageRate, 1.0);
    QCOMPARE(closed.outOfScopeRecall, 1.0);
    QCOMPARE(closed.macroF1, 0.0);
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
