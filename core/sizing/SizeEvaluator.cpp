#include "core/sizing/SizeEvaluator.h"

#include "core/sizing/CellBaseline.h"
#include "core/sizing/SeededPermutation.h"
#include "core/sizing/SizingError.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

namespace {

struct FoldAnswers
{
    std::vector<ScoredAnswer> model, raw, baseline;
};

void runFold(const SizeDataset &data, const std::vector<int> &trainIdx, const std::vector<int> &testIdx,
             const BodyModelOptions &modelOptions, FoldAnswers &out, double &rounds)
{
    std::vector<KeptPurchase> train;
    train.reserve(trainIdx.size());
    for (int i : trainIdx)
        train.push_back(data.rows[size_t(i)]);
    const BodySizeModel model = BodySizeModel::train(data.scale, train, modelOptions);
    rounds += model.meanRounds();
    CellBaseline baseline(data.scale.size());
    baseline.fit(data.rows, trainIdx);

    for (int i : testIdx) {
        const KeptPurchase &p = data.rows[size_t(i)];
        const SizeDecision::Choice c = model.decision().choose(model.distribution(p.body));
        out.model.push_back({p.sizeIndex, c.best, model.calibrator().calibrate(c.probability)});
        out.raw.push_back({p.sizeIndex, c.best, c.probability});
        const auto [size, share] = baseline.predict(p.body);
        out.baseline.push_back({p.sizeIndex, size, share});
    }
}

} // namespace

EvaluationReport SizeEvaluator::run(const SizeDataset &data, const EvaluationOptions &options)
{
    const int n = int(data.rows.size());
    if (n < 100)
        throw SizingError(SizingErrorKind::InvalidData, u"evaluation needs at least 100 rows, got %1"_s.arg(n));
    if (options.folds == 1 || options.folds > n / 20)
        throw SizingError(SizingErrorKind::InvalidData,
                          u"%1 folds is not possible with %2 rows"_s.arg(options.folds).arg(n));
    if (options.folds == 0 && (options.testFraction <= 0 || options.testFraction >= 1))
        throw SizingError(SizingErrorKind::InvalidData, u"the test fraction must be between 0 and 1"_s);

    EvaluationReport report;
    report.scheme = options.folds >= 2 ? u"kfold"_s : u"split"_s;
    report.seed = options.seed;
    report.folds = options.folds;
    report.rows = n;
    report.droppedMissing = data.droppedMissing;
    report.droppedUnknownSize = data.droppedUnknownSize;
    report.labels = data.scale.labels();

    QElapsedTimer timer;
    timer.start();
    const std::vector<int> order = seededPermutation(n, options.seed);
    FoldAnswers answers;
    double rounds = 0;
    const int folds = options.folds >= 2 ? options.folds : 1;
    for (int f = 0; f < folds; ++f) {
        std::vector<int> trainIdx, testIdx;
        if (options.folds >= 2) {
            for (int i = 0; i < n; ++i)
                (i % folds == f ? testIdx : trainIdx).push_back(order[size_t(i)]);
        } else {
            const int testCount = int(std::lround(options.testFraction * n));
            for (int i = 0; i < n; ++i)
                (i < testCount ? testIdx : trainIdx).push_back(order[size_t(i)]);
        }
        BodyModelOptions mo = options.model;
        // The calibration hold-out inside each training part gets its own seed, derived from the split seed.
        mo.seed = options.seed * 1000003ULL + quint64(f) + 1;
        runFold(data, trainIdx, testIdx, mo, answers, rounds);
    }
    report.trainSeconds = double(timer.elapsed()) / 1000.0;
    report.meanRounds = rounds / folds;
    report.model = SizeMetrics::compute(answers.model);
    report.modelUncalibrated = SizeMetrics::compute(answers.raw);
    report.baseline = SizeMetrics::compute(answers.baseline);
    return report;
}

QJsonObject EvaluationReport::toJson() const
{
    return {{u"scheme"_s, scheme},
            {u"seed"_s, QString::number(seed)},
            {u"folds"_s, folds},
            {u"rows"_s, rows},
            {u"droppedMissing"_s, droppedMissing},
            {u"droppedUnknownSize"_s, droppedUnknownSize},
            {u"sizes"_s, QJsonArray::fromStringList(labels)},
            {u"model"_s, model.toJson()},
            {u"modelUncalibrated"_s, modelUncalibrated.toJson()},
            {u"cellBaseline"_s, baseline.toJson()},
            {u"meanBoostingRounds"_s, meanRounds},
            {u"trainSeconds"_s, trainSeconds}};
}

} // namespace panorama::sizing
