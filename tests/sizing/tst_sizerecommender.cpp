// The sizing assistant end to end: each source of evidence moves the answer the right way, warnings appear when
// they should, explanations read correctly in English and Chinese, and bad input is refused with a clear error.
#include "SyntheticBodies.h"

#include "core/sizing/SizeJson.h"
#include "core/sizing/SizeRecommender.h"
#include "core/sizing/SizingError.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::sizing;

namespace {

// A tops chart like the issue's example: L is chest 94-98.
SizeChart topsChart(const QString &brand = u"Lumen & Loom"_s, const QString &product = u"LL-100"_s)
{
    const QByteArray doc = R"({"category":"tops","leading":["chest"],"sizes":[
        {"size":"S","chest":[86,90],"waist":[72,76]},
        {"size":"M","chest":[90,94],"waist":[76,80]},
        {"size":"L","chest":[94,98],"waist":[80,84]},
        {"size":"XL","chest":[98,102],"waist":[84,88]},
        {"size":"XXL","chest":[102,106],"waist":[88,92]}]})";
    SizeChart c = json::chartFromJson(QJsonDocument::fromJson(doc).object());
    c.brand = brand;
    c.productId = product;
    return c;
}

SizeRequest request(double chest, const SizeChart &chart = topsChart())
{
    SizeRequest r;
    r.body.heightCm = 176;
    r.body.weightKg = 74;
    r.body.gender = Gender::Male;
    if (chest > 0)
        r.body.chestCm = chest;
    r.chart = chart;
    r.today = QDate(2026, 11, 23);
    return r;
}

PurchaseRecord purchase(const QString &brand, const QString &product, const QString &size, PurchaseOutcome o)
{
    PurchaseRecord p;
    p.brand = brand;
    p.category = u"tops"_s;
    p.productId = product;
    p.size = size;
    p.outcome = o;
    p.source = o == PurchaseOutcome::Kept ? FeedbackSource::Order : FeedbackSource::Return;
    return p;
}

void addEvents(SizeOffsets &o, const QString &brand, const QString &product, int kept, int small, int large)
{
    for (int i = 0; i < kept; ++i)
        o.record(purchase(brand, product, u"M"_s, PurchaseOutcome::Kept));
    for (int i = 0; i < small; ++i)
        o.record(purchase(brand, product, u"M"_s, PurchaseOutcome::TooSmall));
    for (int i = 0; i < large; ++i)
        o.record(purchase(brand, product, u"M"_s, PurchaseOutcome::TooLarge));
}

// A store where most labels are true to size (sets the buyers' spread), plus one that runs small.
SizeOffsets storeOffsets()
{
    SizeOffsets o;
    addEvents(o, u"Lumen & Loom"_s, QString(), 1000, 60, 60);
    addEvents(o, u"Loom Studio"_s, QString(), 200, 90, 3);
    return o;
}

const SizeReason *reason(const Recommendation &r, ReasonKind k)
{
    for (const SizeReason &x : r.reasons) {
        if (x.kind == k)
            return &x;
    }
    return nullptr;
}

} // namespace

class TestSizeRecommender final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void measuredChestInsideRange();
    void brandThatRunsSmallSizesUp();
    void returnedMediumTooSmallSizesUp();
    void keptSizesPullTowardsThem();
    void productReturnsTooLargeSizeDownAndFlagChart();
    void similarCustomersMoveTheAnswer();
    void bodyOutsideTheChart();
    void fitPreferenceShifts();
    void betweenTwoSizesIsWarned();
    void littleEvidenceIsWarned();
    void chineseExplanations();
    void longHistoryStaysBounded();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void badJsonIsRefused_data();
    void badJsonIsRefused();
};

void TestSizeRecommender::measuredChestInsideRange()
{
    const Recommendation r = SizeRecommender().recommend(request(96));
    QCOMPARE(r.size, u"L"_s);
    QVERIFY(r.runnerUp == u"M"_s || r.runnerUp == u"XL"_s);
    QVERIFY(r.explanation.startsWith(u"chest 96 cm is inside L (94–98)"_s));
    QVERIFY(r.explanation.endsWith(u", so L"_s));
    double total = 0;
    for (const SizeProbability &p : r.distribution)
        total += p.probability;
    QVERIFY(qAbs(total - 1.0) < 1e-9);
    QVERIFY(r.confidence > 0.5 && r.confidence <= 1.0);
    QVERIFY(!r.hasWarning(WarningKind::BetweenSizes));
    QVERIFY(!r.hasWarning(WarningKind::EstimatedMeasurements));
}

void TestSizeRecommender::brandThatRunsSmallSizesUp()
{
    SizeRecommender engine;
    engine.setOffsets(storeOffsets());
    QVERIFY(engine.offsets().brandOffset(u"Loom Studio"_s).steps > 0.2);
    QVERIFY(qAbs(engine.offsets().brandOffset(u"Lumen & Loom"_s).steps) < 0.05);

    // Chest 97.5: L on the chart, in the upper part of its range.
    const Recommendation trueToSize = engine.recommend(request(97.5, topsChart(u"Lumen & Loom"_s, QString())));
    const Recommendation small = engine.recommend(request(97.5, topsChart(u"Loom Studio"_s, QString())));
    QCOMPARE(trueToSize.size, u"L"_s);
    QCOMPARE(small.size, u"XL"_s);
    QVERIFY(small.expectedPosition > trueToSize.expectedPosition + 0.2);
    const SizeReason *why = reason(small, ReasonKind::BrandOffset);
    QVERIFY(why);
    QVERIFY(why->shiftSteps > 0.2);
    QVERIFY(small.explanation.contains(u"Loom Studio runs small"_s));
    QVERIFY(!reason(trueToSize, ReasonKind::BrandOffset));
}

void TestSizeRecommender::returnedMediumTooSmallSizesUp()
{
    SizeRequest r = request(93); // M on the chart, in its upper part
    const Recommendation before = SizeRecommender().recommend(r);
    QCOMPARE(before.size, u"M"_s);
    r.history.push_back(purchase(u"Lumen & Loom"_s, u"LL-7"_s, u"M"_s, PurchaseOutcome::TooSmall));
    const Recommendation after = SizeRecommender().recommend(r);
    QCOMPARE(after.size, u"L"_s);
    const SizeReason *why = reason(after, ReasonKind::History);
    QVERIFY(why);
    QVERIFY(why->shiftSteps > 0);
    QVERIFY(after.explanation.contains(u"you returned M as too small in this brand"_s));

    // "Too large" pushes the other way.
    SizeRequest down = request(95); // L, lower part
    QCOMPARE(SizeRecommender().recommend(down).size, u"L"_s);
    down.history.push_back(purchase(u"Lumen & Loom"_s, QString(), u"L"_s, PurchaseOutcome::TooLarge));
    QCOMPARE(SizeRecommender().recommend(down).size, u"M"_s);
}

void TestSizeRecommender::keptSizesPullTowardsThem()
{
    SizeRequest r = request(97);
    QCOMPARE(SizeRecommender().recommend(r).size, u"L"_s);
    r.history.push_back(purchase(u"Lumen & Loom"_s, u"LL-1"_s, u"XL"_s, PurchaseOutcome::Kept));
    r.history.push_back(purchase(u"Lumen & Loom"_s, u"LL-2"_s, u"XL"_s, PurchaseOutcome::Kept));
    const Recommendation after = SizeRecommender().recommend(r);
    QCOMPARE(after.size, u"XL"_s);
    QVERIFY(after.explanation.contains(u"you kept XL twice in this brand"_s));

    // A kept M in a label that runs small is an L in a true-to-size one: offsets translate between labels.
    SizeRecommender engine;
    engine.setOffsets(storeOffsets());
    SizeRequest other = request(0, topsChart(u"Lumen & Loom"_s, QString()));
    other.body.heightCm = 180;
    other.body.weightKg = 82;
    const double base = engine.recommend(other).expectedPosition;
    other.history.push_back(purchase(u"Loom Studio"_s, QString(), u"L"_s, PurchaseOutcome::Kept));
    const double viaSmallLabel = engine.recommend(other).expectedPosition;
    other.history.back().brand = u"Lumen & Loom"_s;
    const double viaSameLabel = engine.recommend(other).expectedPosition;
    Q_UNUSED(base);
    QVERIFY(viaSmallLabel < viaSameLabel);
}

void TestSizeRecommender::productReturnsTooLargeSizeDownAndFlagChart()
{
    SizeOffsets offsets = storeOffsets();
    addEvents(offsets, u"Lumen & Loom"_s, u"LL-DRESS-9"_s, 80, 2, 40);
    SizeRecommender engine;
    engine.setOffsets(offsets);

    const Recommendation plain = engine.recommend(request(95, topsChart(u"Lumen & Loom"_s, u"LL-OTHER"_s)));
    const Recommendation flagged = engine.recommend(request(95, topsChart(u"Lumen & Loom"_s, u"LL-DRESS-9"_s)));
    QCOMPARE(plain.size, u"L"_s);
    QCOMPARE(flagged.size, u"M"_s);
    QVERIFY(reason(flagged, ReasonKind::ProductOffset));
    QVERIFY(flagged.hasWarning(WarningKind::ChartFlagged));
    QVERIFY(!plain.hasWarning(WarningKind::ChartFlagged));

    QHash<QString, SizeChart> charts{{u"LL-DRESS-9"_s, topsChart(u"Lumen & Loom"_s, u"LL-DRESS-9"_s)}};
    const QList<ChartFlag> flags = offsets.chartFlags(charts);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().productId, u"LL-DRESS-9"_s);
    QCOMPARE(flags.first().direction, u"runs_large"_s);
    QVERIFY(flags.first().steps < -0.25);
    QVERIFY(flags.first().cm.has_value());
    QCOMPARE(flags.first().measurement, u"chest"_s);
    QVERIFY(qAbs(*flags.first().cm - 4.0 * qAbs(flags.first().steps)) < 1e-9);
    QVERIFY(flags.first().pValue < 0.01);
}

void TestSizeRecommender::similarCustomersMoveTheAnswer()
{
    // In this store people keep one size larger than the chart suggests for their estimated chest.
    BodyModelOptions opt;
    opt.members = 1;
    opt.trees.maxRounds = 80;
    const BodySizeModel model =
        BodySizeModel::train(SizeScale::letters(), testing::syntheticPurchases(6000, 11, 4.0, 0.1), opt);
    SizeRecommender withModel;
    withModel.addModel(model);

    SizeRequest r = request(0); // no chest: estimated from height and weight
    r.body.heightCm = 178;
    r.body.weightKg = 76;
    const Recommendation chartOnly = SizeRecommender().recommend(r);
    const Recommendation pooled = withModel.recommend(r);
    QVERIFY(pooled.expectedPosition > chartOnly.expectedPosition + 0.3);
    const SizeReason *why = reason(pooled, ReasonKind::SimilarCustomers);
    QVERIFY(why);
    QVERIFY(why->shiftSteps > 0.3);
    QVERIFY(pooled.explanation.contains(u"customers with a similar build mostly kept"_s));
    QVERIFY(!pooled.hasWarning(WarningKind::LittleEvidence));
}

void TestSizeRecommender::bodyOutsideTheChart()
{
    const Recommendation big = SizeRecommender().recommend(request(115));
    QCOMPARE(big.size, u"XXL"_s);
    QVERIFY(big.hasWarning(WarningKind::OutsideChart));
    QVERIFY(big.explanation.contains(u"is above the largest size XXL (102–106)"_s));

    const Recommendation small = SizeRecommender().recommend(request(78));
    QCOMPARE(small.size, u"S"_s);
    QVERIFY(small.hasWarning(WarningKind::OutsideChart));
    QVERIFY(!SizeRecommender().recommend(request(96)).hasWarning(WarningKind::OutsideChart));
}

void TestSizeRecommender::fitPreferenceShifts()
{
    SizeRequest r = request(97.5);
    const Recommendation regular = SizeRecommender().recommend(r);
    r.body.fit = FitPreference::Loose;
    const Recommendation loose = SizeRecommender().recommend(r);
    r.body.fit = FitPreference::Slim;
    const Recommendation slim = SizeRecommender().recommend(r);
    QVERIFY(slim.expectedPosition < regular.expectedPosition);
    QVERIFY(regular.expectedPosition < loose.expectedPosition);
    QCOMPARE(regular.size, u"L"_s);
    QCOMPARE(loose.size, u"XL"_s);
    QVERIFY(loose.explanation.contains(u"you prefer a loose fit"_s));
}

void TestSizeRecommender::betweenTwoSizesIsWarned()
{
    const Recommendation r = SizeRecommender().recommend(request(98));
    QVERIFY(r.hasWarning(WarningKind::BetweenSizes));
    QVERIFY(r.explanation.contains(u"is between L (94–98) and XL (98–102)"_s));
    QVERIFY((r.size == u"L"_s && r.runnerUp == u"XL"_s) || (r.size == u"XL"_s && r.runnerUp == u"L"_s));
}

void TestSizeRecommender::littleEvidenceIsWarned()
{
    const Recommendation r = SizeRecommender().recommend(request(0));
    QVERIFY(r.hasWarning(WarningKind::EstimatedMeasurements));
    QVERIFY(r.hasWarning(WarningKind::LittleEvidence));
    QVERIFY(r.explanation.contains(u"(estimated from height and weight)"_s));
    SizeRequest withHistory = request(0);
    withHistory.history.push_back(purchase(u"Lumen & Loom"_s, QString(), u"L"_s, PurchaseOutcome::Kept));
    QVERIFY(!SizeRecommender().recommend(withHistory).hasWarning(WarningKind::LittleEvidence));
}

void TestSizeRecommender::chineseExplanations()
{
    SizeRequest r = request(96);
    r.history.push_back(purchase(u"Lumen & Loom"_s, QString(), u"L"_s, PurchaseOutcome::Kept));
    r.history.push_back(purchase(u"Lumen & Loom"_s, QString(), u"L"_s, PurchaseOutcome::Kept));
    r.language = Language::SimplifiedChinese;
    const Recommendation zh = SizeRecommender().recommend(r);
    QCOMPARE(zh.size, u"L"_s);
    QVERIFY(zh.explanation.startsWith(u"胸围 96 cm 在 L 码范围内（94–98）"_s));
    QVERIFY(zh.explanation.contains(u"您在该品牌留下过 2 次 L 码"_s));
    QVERIFY(zh.explanation.endsWith(u"，所以推荐 L 码。"_s));
    r.language = Language::TraditionalChinese;
    const Recommendation tw = SizeRecommender().recommend(r);
    QVERIFY(tw.explanation.startsWith(u"胸圍 96 cm 在 L 號範圍內（94–98）"_s));
    QVERIFY(tw.explanation.endsWith(u"，所以推薦 L 號。"_s));
    QCOMPARE(parseLanguage(u"zh-Hans"_s), Language::SimplifiedChinese);
    QCOMPARE(parseLanguage(u"zh_HK"_s), Language::TraditionalChinese);
    QVERIFY(!parseLanguage(u"fr"_s).has_value());
}

void TestSizeRecommender::longHistoryStaysBounded()
{
    // A thousand purchases, most of them M: the answer follows them, but the evidence is capped (bodies change).
    SizeRequest r = request(95);
    for (int i = 0; i < 1000; ++i) {
        const bool returned = i % 10 == 0;
        PurchaseRecord p =
            purchase(i % 3 ? u"Lumen & Loom"_s : u"Petalle"_s, u"P-%1"_s.arg(i % 50), i % 7 ? u"M"_s : u"L"_s,
                     returned ? PurchaseOutcome::TooLarge : PurchaseOutcome::Kept);
        p.category = i % 4 ? u"tops"_s : u"dresses"_s;
        p.date = QDate(2026, 11, 23).addDays(-(i % 900));
        r.history.push_back(p);
    }
    const Recommendation a = SizeRecommender().recommend(r);
    const Recommendation b = SizeRecommender().recommend(r);
    QCOMPARE(a.size, u"M"_s);
    QCOMPARE(a.expectedPosition, b.expectedPosition);
    const SizeReason *why = reason(a, ReasonKind::History);
    QVERIFY(why);
    QVERIFY(why->data.value(u"weight"_s).toDouble() > 5.0); // raw weight before the cap
    QVERIFY(a.confidence < 1.0);
}

void TestSizeRecommender::badInputIsRefused_data()
{
    QTest::addColumn<double>("height");
    QTest::addColumn<double>("weight");
    QTest::addColumn<double>("chest");
    QTest::addColumn<bool>("emptyChart");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    const int body = int(SizingErrorKind::InvalidBody), chart = int(SizingErrorKind::InvalidChart);
    QTest::newRow("negative height") << -170.0 << 65.0 << 0.0 << false << body << u"height_cm must be positive"_s;
    QTest::newRow("3 m tall") << 300.0 << 65.0 << 0.0 << false << body << u"height_cm 300 is outside"_s;
    QTest::newRow("zero weight") << 170.0 << 0.0 << 0.0 << false << body << u"weight_kg must be positive"_s;
    QTest::newRow("nan weight") << 170.0 << qQNaN() << 0.0 << false << body << u"weight_kg is not a number"_s;
    QTest::newRow("chest 400") << 170.0 << 65.0 << 400.0 << false << body << u"chest_cm 400 is outside"_s;
    QTest::newRow("missing chart") << 170.0 << 65.0 << 0.0 << true << chart << u"has no sizes"_s;
}

void TestSizeRecommender::badInputIsRefused()
{
    QFETCH(double, height);
    QFETCH(double, weight);
    QFETCH(double, chest);
    QFETCH(bool, emptyChart);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    SizeRequest r = request(chest);
    r.body.heightCm = height;
    r.body.weightKg = weight;
    if (emptyChart)
        r.chart = SizeChart();
    try {
        SizeRecommender().recommend(r);
        QFAIL("no error");
    } catch (const SizingError &e) {
        QCOMPARE(int(e.kind()), kind);
        QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
    }
}

void TestSizeRecommender::badJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::addColumn<QString>("mentions");
    const QByteArray chart = R"("chart":{"sizes":[{"size":"M","chest":[90,94]},{"size":"L","chest":[94,98]}]})";
    QTest::newRow("no height") << (R"({"body":{"weight_kg":60},)" + chart + "}") << u"height_cm is required"_s;
    QTest::newRow("text height") << (R"({"body":{"height_cm":"tall","weight_kg":60},)" + chart + "}")
                                 << u"height_cm must be a number"_s;
    QTest::newRow("no chart") << QByteArray(R"({"body":{"height_cm":170,"weight_kg":60}})")
                              << u"the size chart is missing"_s;
    QTest::newRow("inverted range")
        << QByteArray(R"({"height_cm":170,"weight_kg":60,"chart":{"sizes":[{"size":"M","chest":[94,90]}]}})")
        << u"invalid chest range 94–90"_s;
    QTest::newRow("shrinking sizes")
        << QByteArray(R"({"height_cm":170,"weight_kg":60,"chart":{"sizes":[{"size":"L","chest":[94,98]},)"
                      R"({"size":"M","chest":[90,94]}]}})")
        << u"chest ranges must grow from L to M"_s;
    QTest::newRow("unknown gender") << (R"({"body":{"height_cm":170,"weight_kg":60,"gender":"x"},)" + chart + "}")
                                    << u"gender must be female, male or unknown"_s;
    QTest::newRow("unknown outcome")
        << (R"({"height_cm":170,"weight_kg":60,"history":[{"size":"M","outcome":"lost"}],)" + chart + "}")
        << u"unknown outcome 'lost'"_s;
    QTest::newRow("unknown preset") << QByteArray(R"({"height_cm":170,"weight_kg":60,"chart":"kids"})")
                                    << u"unknown chart preset 'kids'"_s;
}

void TestSizeRecommender::badJsonIsRefused()
{
    QFETCH(QByteArray, doc);
    QFETCH(QString, mentions);
    const QJsonObject obj = QJsonDocument::fromJson(doc).object();
    QVERIFY2(!obj.isEmpty(), doc.constData());
    try {
        SizeRecommender().recommend(json::requestFromJson(obj));
        QFAIL("no error");
    } catch (const SizingError &e) {
        QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestSizeRecommender)
#include "tst_sizerecommender.moc"
