// `panoramactl route eval`: trains on one labelled file and reports accuracy, macro-F1 and out-of-scope
// recall on another, with training time and per-ticket latency.
#include "cli/commands/RouteCli.h"
#include "core/routing/ClassifierEvaluator.h"
#include "core/routing/ModelSerializer.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace panorama::cli::route {

namespace {

QJsonObject latency(const TextClassifier &classifier, const LabelledDataset &test)
{
    std::vector<double> us;
    us.reserve(test.size());
    QElapsedTimer t;
    for (const LabelledExample &e : test.examples) {
        t.start();
        const Prediction p = classifier.classify(e.text, 3);
        us.push_back(double(t.nsecsElapsed()) / 1000.0);
        Q_UNUSED(p);
    }
    std::sort(us.begin(), us.end());
    auto at = [&](double q) { return us[std::min(us.size() - 1, size_t(q * double(us.size())))]; };
    return {{u"tickets"_s, qint64(us.size())},
            {u"medianMicroseconds"_s, at(0.5)},
            {u"p99Microseconds"_s, at(0.99)},
            {u"maxMicroseconds"_s, us.back()}};
}

QString percent(double v)
{
    return u"%1 %"_s.arg(v * 100.0, 0, 'f', 2);
}

} // namespace

int runEval(CliContext &ctx)
{
    const QString usage = u"route eval --train FILE --test FILE [--val FILE] [--format F] [--json] [OPTIONS]"_s;
    QCommandLineParser p;
    p.addOptions({
        {u"train"_s, u"labelled training data (CSV, JSON Lines or CLINC data_full.json)"_s, u"FILE"_s},
        {u"test"_s, u"labelled test data (same formats)"_s, u"FILE"_s},
        {u"val"_s, u"validation data (default: CLINC val,oos_val, else a 10% holdout of --train)"_s, u"FILE"_s},
        {u"format"_s, u"csv, jsonl or clinc (default: detected)"_s, u"F"_s},
        {u"train-split"_s, u"CLINC training splits (default train)"_s, u"LIST"_s},
        {u"val-split"_s, u"CLINC validation splits (default val,oos_val)"_s, u"LIST"_s},
        {u"test-split"_s, u"CLINC test splits (default test,oos_test)"_s, u"LIST"_s},
        {u"no-val"_s, u"calibrate on a holdout of the training data even when CLINC has a validation split"_s},
        {u"save-model"_s, u"also write the trained model blob"_s, u"MODEL"_s},
    });
    addTrainingOptions(p);
    if (!parseArgs(p, ctx.args, ctx, usage))
        return p.isSet(u"help"_s) ? Ok : Usage;
    if (!p.isSet(u"train"_s) || !p.isSet(u"test"_s))
        return ctx.usage(usage);

    const TrainOptions options = trainingOptions(p);
    const QString format = p.value(u"format"_s);
    const QString trainPath = p.value(u"train"_s);
    const QString testPath = p.value(u"test"_s);
    const bool clincTrain = format == u"clinc"_s || (format.isEmpty() && LabelledDataset::isClinc(trainPath));
    const bool clincTest = format == u"clinc"_s || (format.isEmpty() && LabelledDataset::isClinc(testPath));

    const LabelledDataset train = loadData(trainPath, format, clincTrain ? p.value(u"train-split"_s) : QString());
    std::optional<LabelledDataset> val;
    if (p.isSet(u"val"_s)) {
        val = loadData(p.value(u"val"_s), format, p.value(u"val-split"_s));
    } else if (clincTrain && !p.isSet(u"no-val"_s)) {
        val = loadData(trainPath, u"clinc"_s, p.isSet(u"val-split"_s) ? p.value(u"val-split"_s) : u"val,oos_val"_s);
    }
    const LabelledDataset test =
        loadData(testPath, format,
                 clincTest ? (p.isSet(u"test-split"_s) ? p.value(u"test-split"_s) : u"test,oos_test"_s) : QString());

    TrainReport report;
    const TextClassifier classifier = ClassifierTrainer(options).train(train, val ? &*val : nullptr, &report);
    if (p.isSet(u"save-model"_s))
        ModelSerializer::save(classifier, p.value(u"save-model"_s));
    const Evaluation ev = ClassifierEvaluator::evaluate(classifier, test, options.outOfScopeLabel);
    const QJsonObject lat = latency(classifier, test);
    const qint64 modelBytes = ModelSerializer::serialize(classifier).size();

    if (ctx.json) {
        QJsonObject o = ev.toJson();
        o.insert(u"train"_s, train.source);
        o.insert(u"test"_s, test.source);
        o.insert(u"training"_s, report.toJson());
        o.insert(u"latency"_s, lat);
        o.insert(u"modelBytes"_s, modelBytes);
        o.insert(u"modelVersion"_s, classifier.info().versionId);
        ctx.printJson(o);
        return Ok;
    }
    ctx.out << u"train %1 (%2 examples, %3 categories), test %4 (%5 in scope, %6 out of scope)\n"_s.arg(train.source)
                   .arg(report.examples)
                   .arg(report.classes)
                   .arg(test.source)
                   .arg(ev.inScope)
                   .arg(ev.outOfScope)
            << u"accuracy (top-1, no triage)   %1\n"_s.arg(percent(ev.top1Accuracy))
            << u"macro-F1 (top-1)              %1\n"_s.arg(percent(ev.top1MacroF1))
            << u"operating point               confidence >= %1 (%2)\n"_s.arg(ev.threshold, 0, 'f', 4)
                   .arg(report.calibrationSource)
            << u"  in-scope accuracy           %1 (triaged count as misses)\n"_s.arg(percent(ev.inScopeAccuracy))
            << u"  macro-F1                    %1\n"_s.arg(percent(ev.macroF1))
            << u"  in-scope sent to triage     %1\n"_s.arg(percent(ev.triageRate))
            << u"  precision of auto-routed    %1\n"_s.arg(percent(ev.acceptedPrecision))
            << u"  out-of-scope recall         %1\n"_s.arg(ev.outOfScope ? percent(ev.outOfScopeRecall) : u"n/a"_s)
            << u"calibration ECE (test)        %1\n"_s.arg(ev.expectedCalibrationError, 0, 'f', 4)
            << u"training                      %1 s wall, %2 s CPU (features %3 s, SVM %4 s%5)\n"_s
                   .arg(report.totalSeconds, 0, 'f', 2)
                   .arg(report.cpuSeconds, 0, 'f', 2)
                   .arg(report.featureSeconds, 0, 'f', 2)
                   .arg(report.svmSeconds, 0, 'f', 2)
                   .arg(val ? QString() : u" incl. the calibration fits"_s)
            << u"latency per ticket            median %1 us, p99 %2 us\n"_s
                   .arg(lat.value(u"medianMicroseconds"_s).toDouble(), 0, 'f', 1)
                   .arg(lat.value(u"p99Microseconds"_s).toDouble(), 0, 'f', 1)
            << u"model                         %1, %2 MB, vocabulary %3\n"_s.arg(classifier.info().versionId)
                   .arg(double(modelBytes) / 1e6, 0, 'f', 1)
                   .arg(report.dimension);
    return Ok;
}

} // namespace panorama::cli::route
