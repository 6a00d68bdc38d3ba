#include "cli/commands/QaCliSupport.h"

#include <QElapsedTimer>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace panorama::qa;

// qa train-offensive and qa eval-offensive: train the offensive-language classifier and measure it.
namespace panorama::cli::qa {

namespace {

struct Scores
{
    int tp = 0, fp = 0, tn = 0, fn = 0;
    double accuracy() const { return double(tp + tn) / std::max(1, tp + fp + tn + fn); }
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0.0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0.0; }
    double f1() const { return precision() + recall() > 0 ? 2 * precision() * recall() / (precision() + recall()) : 0; }
    // Macro F1 over both classes, as the COLD paper reports alongside accuracy.
    double macroF1() const
    {
        const double p0 = tn + fn ? double(tn) / (tn + fn) : 0.0, r0 = tn + fp ? double(tn) / (tn + fp) : 0.0;
        const double f0 = p0 + r0 > 0 ? 2 * p0 * r0 / (p0 + r0) : 0.0;
        return (f0 + f1()) / 2;
    }
    QJsonObject toJson() const
    {
        auto r3 = [](double v) { return qRound(v * 1000) / 1000.0; };
        return QJsonObject{{u"accuracy"_s, r3(accuracy())}, {u"precision"_s, r3(precision())},
                           {u"recall"_s, r3(recall())},     {u"f1"_s, r3(f1())},
                           {u"macro_f1"_s, r3(macroF1())},  {u"n"_s, tp + fp + tn + fn}};
    }
};

Scores score(const OffensiveClassifier &model, const QList<OffensiveClassifier::Example> &data, double threshold)
{
    Scores s;
    for (const auto &e : data) {
        const bool p = model.probability(e.text) >= threshold;
        (p ? (e.offensive ? s.tp : s.fp) : (e.offensive ? s.fn : s.tn))++;
    }
    return s;
}

std::optional<QList<OffensiveClassifier::Example>> read(CliContext &ctx, const QString &path)
{
    QString error;
    auto data = OffensiveClassifier::readExamples(path, &error);
    if (!data)
        ctx.fail(error);
    else if (data->isEmpty()) {
        ctx.fail(u"%1: no examples"_s.arg(path));
        return std::nullopt;
    }
    return data;
}

bool trainOptions(CliContext &ctx, QStringList &args, OffensiveClassifier::TrainOptions &o)
{
    bool ok = true;
    if (const auto v = takeOption(args, u"--epochs"_s))
        o.epochs = v->toInt(&ok);
    if (const auto v = takeOption(args, u"--ngram"_s); v && ok)
        o.ngramMax = v->toInt(&ok);
    if (const auto v = takeOption(args, u"--lr"_s); v && ok)
        o.learningRate = v->toDouble(&ok);
    if (const auto v = takeOption(args, u"--buckets-log2"_s); v && ok)
        o.bucketsLog2 = v->toInt(&ok);
    if (takeFlag(args, u"--no-nb"_s))
        o.nbScaling = false;
    if (!ok || o.epochs < 1 || o.ngramMax < 1 || o.ngramMax > 8 || o.bucketsLog2 < 8 || o.bucketsLog2 > 24) {
        ctx.fail(u"bad training option (epochs >= 1, ngram 1..8, buckets-log2 8..24, lr a number)"_s);
        return false;
    }
    return true;
}

} // namespace

int runTrainOffensive(CliContext &ctx, QStringList args)
{
    const auto train = takeOption(args, u"--train"_s);
    const auto out = takeOption(args, u"--out"_s);
    OffensiveClassifier::TrainOptions options;
    if (!train || !out)
        return ctx.usage(u"qa train-offensive --train FILE --out MODEL [--epochs N] [--ngram N] [--lr X] [--no-nb]"_s);
    if (!trainOptions(ctx, args, options))
        return Failure;
    const auto data = read(ctx, *train);
    if (!data)
        return Failure;
    const OffensiveClassifier model = OffensiveClassifier::train(*data, options);
    QString error;
    if (!model.save(*out, &error))
        return ctx.fail(error);
    const Scores s = score(model, *data, 0.5);
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"model"_s, *out}, {u"examples"_s, int(data->size())}, {u"train"_s, s.toJson()}});
    } else {
        ctx.out << u"trained on "_s << data->size() << u" examples → "_s << *out << u" (training accuracy "_s
                << QString::number(s.accuracy() * 100, 'f', 1) << u" %)\n"_s;
        ctx.out.flush();
    }
    return Ok;
}

int runEvalOffensive(CliContext &ctx, QStringList args)
{
    const auto trainPath = takeOption(args, u"--train"_s);
    const auto testPath = takeOption(args, u"--test"_s);
    const auto devPath = takeOption(args, u"--dev"_s);
    const auto modelOut = takeOption(args, u"--save"_s);
    const auto modelIn = takeOption(args, u"--model"_s);
    OffensiveClassifier::TrainOptions options;
    if ((!trainPath && !modelIn) || !testPath)
        return ctx.usage(u"qa eval-offensive (--train FILE | --model MODEL) --test FILE [--dev FILE] [--save MODEL] "
                         u"[--json]"_s);
    if (!trainOptions(ctx, args, options))
        return Failure;
    // --model: measure an existing model (e.g. the shipped one) instead of training one.
    std::optional<QList<OffensiveClassifier::Example>> train;
    if (trainPath) {
        train = read(ctx, *trainPath);
        if (!train)
            return Failure;
    }
    const auto test = read(ctx, *testPath);
    if (!test)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    QString loadError;
    const std::optional<OffensiveClassifier> loaded = trainPath
                                                          ? std::optional(OffensiveClassifier::train(*train, options))
                                                          : OffensiveClassifier::load(*modelIn, &loadError);
    if (!loaded)
        return ctx.fail(loadError);
    const OffensiveClassifier &model = *loaded;
    const qint64 trainMs = trainPath ? timer.elapsed() : 0;
    // The decision threshold is chosen on the dev split when given (never on test); 0.5 otherwise.
    double threshold = 0.5;
    QJsonObject devJson;
    if (devPath) {
        const auto dev = read(ctx, *devPath);
        if (!dev)
            return Failure;
        double best = -1;
        for (int t = 20; t <= 80; t += 2) {
            const double acc = score(model, *dev, t / 100.0).accuracy();
            if (acc > best) {
                best = acc;
                threshold = t / 100.0;
            }
        }
        devJson = score(model, *dev, threshold).toJson();
    }
    timer.restart();
    const Scores s = score(model, *test, threshold);
    const double usPerText = double(timer.nsecsElapsed()) / 1000.0 / double(test->size());
    const Scores s50 = score(model, *test, 0.5);
    if (modelOut) {
        QString error;
        if (!model.save(*modelOut, &error))
            return ctx.fail(error);
    }
    if (ctx.json) {
        QJsonObject o{{u"train_examples"_s, train ? int(train->size()) : 0},
                      {u"test_examples"_s, int(test->size())},
                      {u"threshold"_s, threshold},
                      {u"test"_s, s.toJson()},
                      {u"test_at_0_5"_s, s50.toJson()},
                      {u"train_ms"_s, trainMs},
                      {u"classify_us_per_text"_s, qRound(usPerText * 10) / 10.0},
                      {u"ngram_max"_s, model.ngramMax()},
                      {u"epochs"_s, options.epochs}};
        if (!devJson.isEmpty())
            o.insert(u"dev"_s, devJson);
        ctx.printJson(o);
    } else {
        ctx.out << u"test accuracy "_s << QString::number(s.accuracy() * 100, 'f', 1) << u" % (threshold "_s
                << threshold << u"), offensive P "_s << QString::number(s.precision(), 'f', 3) << u" R "_s
                << QString::number(s.recall(), 'f', 3) << u" F1 "_s << QString::number(s.f1(), 'f', 3)
                << u", macro F1 "_s << QString::number(s.macroF1(), 'f', 3) << u"; trained in "_s << trainMs
                << u" ms\n"_s;
        ctx.out.flush();
    }
    return Ok;
}

} // namespace panorama::cli::qa
