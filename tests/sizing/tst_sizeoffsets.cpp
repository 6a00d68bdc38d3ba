// The feedback loop (learned brand and product offsets, chart flags), size charts and body estimation.
#include "SyntheticBodies.h"

#include "core/sizing/BodyEstimator.h"
#include "core/sizing/SizeJson.h"
#include "core/sizing/SizeOffsets.h"
#include "core/sizing/SizingError.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::sizing;

namespace {

void add(SizeOffsets &o, const QString &brand, const QString &product, PurchaseOutcome outcome, int n,
         FeedbackSource source = FeedbackSource::Return)
{
    for (int i = 0; i < n; ++i)
        o.record({brand, u"tops"_s, product, u"M"_s, outcome, QDate(), source});
}

SizeOffsets store()
{
    SizeOffsets o;
    add(o, u"Lumen & Loom"_s, QString(), PurchaseOutcome::Kept, 900, FeedbackSource::Order);
    add(o, u"Lumen & Loom"_s, QString(), PurchaseOutcome::TooSmall, 50);
    add(o, u"Lumen & Loom"_s, QString(), PurchaseOutcome::TooLarge, 50);
    return o;
}

} // namespace

class TestSizeOffsets final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offsetsFollowReturnDirection();
    void evidenceShrinksUncertainty();
    void ticketsCountHalfAndOtherReturnsNot();
    void productsShrinkTowardsTheirBrand();
    void chartFlagsNeedClusteredReturns();
    void mergeAndJsonRoundTrip();
    void malformedOffsetsAreRefused();
    void chartPositionsInterpolateFamilies();
    void bodyEstimatesAreConditioned();
};

void TestSizeOffsets::offsetsFollowReturnDirection()
{
    SizeOffsets o = store();
    add(o, u"Loom Studio"_s, QString(), PurchaseOutcome::Kept, 100, FeedbackSource::Order);
    add(o, u"Loom Studio"_s, QString(), PurchaseOutcome::TooSmall, 40);
    add(o, u"Summit Trail"_s, QString(), PurchaseOutcome::Kept, 100, FeedbackSource::Order);
    add(o, u"Summit Trail"_s, QString(), PurchaseOutcome::TooLarge, 40);
    QVERIFY(o.brandOffset(u"Loom Studio"_s).steps > 0.25);
    QVERIFY(o.brandOffset(u"Summit Trail"_s).steps < -0.25);
    QVERIFY(qAbs(o.brandOffset(u"Lumen & Loom"_s).steps) < 0.03);
    QVERIFY(qAbs(o.brandOffset(u"loom studio "_s).steps - o.brandOffset(u"Loom Studio"_s).steps) < 1e-12);
    QCOMPARE(o.brandOffset(u"Unknown"_s).steps, 0.0);
    QVERIFY(!o.brandOffset(u"Unknown"_s).learned);
    // Spread from the store-wide return rate: 1 - Phi(0.5 / s) per side.
    QVERIFY(o.spread() > 0.25 && o.spread() < 0.5);

    // Without kept counts, the direction of size returns alone still says which way.
    SizeOffsets returnsOnly;
    add(returnsOnly, u"Petalle"_s, QString(), PurchaseOutcome::TooSmall, 20);
    add(returnsOnly, u"Petalle"_s, QString(), PurchaseOutcome::TooLarge, 2);
    QVERIFY(returnsOnly.brandOffset(u"Petalle"_s).steps > 0.1);
}

void TestSizeOffsets::evidenceShrinksUncertainty()
{
    SizeOffsets few = store(), many = store();
    add(few, u"B"_s, QString(), PurchaseOutcome::Kept, 5, FeedbackSource::Order);
    add(few, u"B"_s, QString(), PurchaseOutcome::TooSmall, 2);
    add(many, u"B"_s, QString(), PurchaseOutcome::Kept, 1000, FeedbackSource::Order);
    add(many, u"B"_s, QString(), PurchaseOutcome::TooSmall, 400);
    const OffsetEstimate f = few.brandOffset(u"B"_s), m = many.brandOffset(u"B"_s);
    QVERIFY(f.sd > 2 * m.sd);
    QVERIFY(f.steps > 0 && f.steps < m.steps); // the prior pulls thin evidence towards zero
}

void TestSizeOffsets::ticketsCountHalfAndOtherReturnsNot()
{
    SizeOffsets o;
    add(o, u"B"_s, QString(), PurchaseOutcome::TooSmall, 4, FeedbackSource::Ticket);
    add(o, u"B"_s, QString(), PurchaseOutcome::OtherReturn, 10);
    const OffsetEstimate e = o.brandOffset(u"B"_s);
    QCOMPARE(e.counts.tooSmall, 2.0);
    QCOMPARE(e.counts.total(), 2.0);
}

void TestSizeOffsets::productsShrinkTowardsTheirBrand()
{
    SizeOffsets o = store();
    add(o, u"Loom Studio"_s, u"LS-1"_s, PurchaseOutcome::Kept, 200, FeedbackSource::Order);
    add(o, u"Loom Studio"_s, u"LS-1"_s, PurchaseOutcome::TooSmall, 80);
    add(o, u"Loom Studio"_s, u"LS-2"_s, PurchaseOutcome::Kept, 2, FeedbackSource::Order);
    const double brand = o.brandOffset(u"Loom Studio"_s).steps;
    const double thin = o.productOffset(u"LS-2"_s).steps;
    QVERIFY(brand > 0.2);
    // LS-2 has almost no events of its own: it inherits most of its brand's offset (without LS-2's own events).
    QVERIFY(thin > 0.5 * brand);
    QCOMPARE(o.offsetFor(u"Loom Studio"_s, u"LS-2"_s).steps, thin);
    QCOMPARE(o.offsetFor(u"Loom Studio"_s, u"unseen"_s).steps, brand);
}

void TestSizeOffsets::chartFlagsNeedClusteredReturns()
{
    SizeOffsets o = store();
    add(o, u"Lumen & Loom"_s, u"BALANCED"_s, PurchaseOutcome::Kept, 100, FeedbackSource::Order);
    add(o, u"Lumen & Loom"_s, u"BALANCED"_s, PurchaseOutcome::TooSmall, 15);
    add(o, u"Lumen & Loom"_s, u"BALANCED"_s, PurchaseOutcome::TooLarge, 15);
    add(o, u"Lumen & Loom"_s, u"FEW"_s, PurchaseOutcome::TooSmall, 5);
    add(o, u"Lumen & Loom"_s, u"TIGHT"_s, PurchaseOutcome::Kept, 100, FeedbackSource::Order);
    add(o, u"Lumen & Loom"_s, u"TIGHT"_s, PurchaseOutcome::TooSmall, 35);
    add(o, u"Lumen & Loom"_s, u"TIGHT"_s, PurchaseOutcome::TooLarge, 2);
    QHash<QString, SizeChart> charts{{u"TIGHT"_s, testing::menTopsChart(u"Lumen & Loom"_s, u"TIGHT"_s)}};
    const QList<ChartFlag> flags = o.chartFlags(charts);
    QCOMPARE(flags.size(), 1);
    const ChartFlag &f = flags.first();
    QCOMPARE(f.productId, u"TIGHT"_s);
    QCOMPARE(f.direction, u"runs_small"_s);
    QVERIFY(f.steps > 0.25);
    QVERIFY(f.cm && qAbs(*f.cm - 4.0 * f.steps) < 1e-9); // the men's chart steps 4 cm of chest per size
    QCOMPARE(f.measurement, u"chest"_s);
    QVERIFY(f.pValue < 1e-6);
    QCOMPARE(f.toJson().value(u"cm"_s).toDouble(), std::round(*f.cm * 10.0) / 10.0);
    QVERIFY(!o.flagFor(u"BALANCED"_s, nullptr));
    QVERIFY(!o.flagFor(u"FEW"_s, nullptr)); // five returns are not enough to call a chart wrong
    // ... and even when allowed, five out of five is p = 1/16: significant only at a lax level.
    QVERIFY(!o.flagFor(u"FEW"_s, nullptr, 5));
    QVERIFY(o.flagFor(u"FEW"_s, nullptr, 5, 0.1));
}

void TestSizeOffsets::mergeAndJsonRoundTrip()
{
    SizeOffsets a = store(), b;
    add(b, u"Loom Studio"_s, u"LS-1"_s, PurchaseOutcome::TooSmall, 30);
    add(b, u"Loom Studio"_s, u"LS-1"_s, PurchaseOutcome::Kept, 60, FeedbackSource::Order);
    SizeOffsets together = store();
    add(together, u"Loom Studio"_s, u"LS-1"_s, PurchaseOutcome::TooSmall, 30);
    add(together, u"Loom Studio"_s, u"LS-1"_s, PurchaseOutcome::Kept, 60, FeedbackSource::Order);
    a.merge(b);
    QCOMPARE(a.productOffset(u"LS-1"_s).steps, together.productOffset(u"LS-1"_s).steps);
    const QByteArray text = QJsonDocument(a.toJson()).toJson();
    const SizeOffsets back = SizeOffsets::fromJson(QJsonDocument::fromJson(text).object());
    QCOMPARE(back.productOffset(u"LS-1"_s).steps, a.productOffset(u"LS-1"_s).steps);
    QCOMPARE(back.brandOffset(u"Lumen & Loom"_s).steps, a.brandOffset(u"Lumen & Loom"_s).steps);
    QCOMPARE(back.spread(), a.spread());
}

void TestSizeOffsets::malformedOffsetsAreRefused()
{
    const QList<std::pair<QByteArray, QString>> cases = {
        {R"({"format":"x"})", u"not a sizing offsets table"_s},
        {R"({"format":"panorama.sizing.offsets","version":1,"brands":[{"brand":"B","kept":-1}]})", u"non-negative"_s},
        {R"({"format":"panorama.sizing.offsets","version":1,"products":[{"kept":1}]})", u"no id"_s},
    };
    for (const auto &[doc, mentions] : cases) {
        try {
            SizeOffsets::fromJson(QJsonDocument::fromJson(doc).object());
            QFAIL(doc.constData());
        } catch (const SizingError &e) {
            QCOMPARE(e.kind(), SizingErrorKind::InvalidModel);
            QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
        }
    }
}

void TestSizeOffsets::chartPositionsInterpolateFamilies()
{
    const SizeChart men = testing::menTopsChart(); // S..XXXL
    QCOMPARE(*men.position(u"S"_s), 0.0);
    QCOMPARE(*men.position(u"xl"_s), 3.0);
    QCOMPARE(*men.position(u"XS"_s), -1.0); // a letter the chart does not list, placed along the letters
    QCOMPARE(*men.position(u"XXS"_s), -2.0);
    QVERIFY(!men.position(u"32"_s)); // a trouser waist is another family
    SizeChart jeans;
    jeans.category = u"jeans"_s;
    for (int w = 26; w <= 34; w += 2) {
        SizeChartRow r;
        r.label = QString::number(w);
        r.ranges[size_t(Measurement::Waist)] = MeasureRange{w * 2.54 - 1.5, w * 2.54 + 1.5};
        r.ranges[size_t(Measurement::Hips)] = MeasureRange{w * 2.54 + 20, w * 2.54 + 24};
        jeans.rows.append(r);
    }
    jeans.validate();
    QCOMPARE(jeans.leadingMeasurements(), QList<Measurement>({Measurement::Waist, Measurement::Hips}));
    QCOMPARE(*jeans.position(u"29"_s), 1.5);
    QVERIFY(!jeans.position(u"M"_s));
    QCOMPARE(men.leadingMeasurements(), QList<Measurement>({Measurement::Chest}));
}

void TestSizeOffsets::bodyEstimatesAreConditioned()
{
    Body man;
    man.heightCm = 175;
    man.weightKg = 72;
    man.gender = Gender::Male;
    const MeasureEstimate chest = BodyEstimator::estimate(man, Measurement::Chest);
    QVERIFY(chest.estimated);
    QVERIFY(chest.cm > 90 && chest.cm < 100);
    Body heavier = man;
    heavier.weightKg = 90;
    QVERIFY(BodyEstimator::estimate(heavier, Measurement::Chest).cm > chest.cm + 4);
    Body unknown = man;
    unknown.gender = Gender::Unknown;
    QVERIFY(BodyEstimator::estimate(unknown, Measurement::Chest).sdCm > chest.sdCm);

    // A measured chest well above the estimate raises the estimated waist and narrows it.
    const MeasureEstimate waist = BodyEstimator::estimate(man, Measurement::Waist);
    Body measured = man;
    measured.chestCm = chest.cm + 8;
    const MeasureEstimate conditioned = BodyEstimator::estimate(measured, Measurement::Waist);
    QVERIFY(conditioned.cm > waist.cm + 3);
    QVERIFY(conditioned.sdCm < waist.sdCm);
    const MeasureEstimate given = BodyEstimator::estimate(measured, Measurement::Chest);
    QVERIFY(!given.estimated);
    QCOMPARE(given.cm, chest.cm + 8);
}

QTEST_GUILESS_MAIN(TestSizeOffsets)
#include "tst_sizeoffsets.moc"
