// `panoramactl route train`: fits a classifier on labelled history and writes the versioned model blob.
#include "cli/commands/RouteCli.h"
#include "core/routing/ModelSerializer.h"
#include "core/routing/Taxonomy.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace panorama::cli::route {

int runTrain(CliContext &ctx)
{
    const QString usage =
        u"route train --data FILE [--val FILE] [--out MODEL] [--taxonomy FILE] [--format F] [OPTIONS]"_s;
    QCommandLineParser p;
    p.addOptions({
        {u"data"_s, u"labelled training data (CSV text,category; JSON Lines; CLINC data_full.json)"_s, u"FILE"_s},
        {u"split"_s, u"CLINC splits to train on (default train)"_s, u"LIST"_s},
        {u"val"_s, u"validation data for calibration and threshold (default: a 10% holdout of --data)"_s, u"FILE"_s},
        {u"val-split"_s, u"CLINC validation splits (default val,oos_val when --data is CLINC)"_s, u"LIST"_s},
        {u"format"_s, u"csv, jsonl or clinc (default: detected)"_s, u"F"_s},
        {u"out"_s, u"where to write the model blob (default routing-model.pnrm)"_s, u"MODEL"_s},
        {u"taxonomy"_s, u"taxonomy JSON: every training category must be one of its ids"_s, u"FILE"_s},
    });
    addTrainingOptions(p);
    if (!parseArgs(p, ctx.args, ctx, usage))
        return p.isSet(u"help"_s) ? Ok : Usage;
    if (!p.isSet(u"data"_s))
        return ctx.usage(usage);

    TrainOptions options = trainingOptions(p);
    const QString format = p.value(u"format"_s);
    const LabelledDataset data = loadData(p.value(u"data"_s), format, p.value(u"split"_s));
    if (p.isSet(u"taxonomy"_s)) {
        const Taxonomy taxonomy = Taxonomy::load(p.value(u"taxonomy"_s));
        for (const QString &label : data.labels()) {
            if (label != options.outOfScopeLabel && !taxonomy.contains(label))
                return ctx.fail(u"%1: category '%2' is not in the taxonomy %3 (known: %4)"_s.arg(
                    data.source, label, p.value(u"taxonomy"_s), taxonomy.ids().join(u", "_s)));
        }
        options.taxonomyId = taxonomy.id();
        options.taxonomyVersion = taxonomy.version();
    }
    std::optional<LabelledDataset> val;
    if (p.isSet(u"val"_s))
        val = loadData(p.value(u"val"_s), format, p.value(u"val-split"_s));
    else if (LabelledDataset::isClinc(p.value(u"data"_s)) && !p.isSet(u"split"_s))
        val = loadData(p.value(u"data"_s), u"clinc"_s,
                       p.isSet(u"val-split"_s) ? p.value(u"val-split"_s) : u"val,oos_val"_s);

    TrainReport report;
    const TextClassifier classifier = ClassifierTrainer(options).train(data, val ? &*val : nullptr, &report);
    const QString out = p.isSet(u"out"_s) ? p.value(u"out"_s) : u"routing-model.pnrm"_s;
    ModelSerializer::save(classifier, out);

    if (ctx.json) {
        QJsonObject o = report.toJson();
        o.insert(u"model"_s, out);
        o.insert(u"info"_s, classifier.info().toJson());
        o.insert(u"labels"_s, QJsonArray::fromStringList(classifier.labels()));
        ctx.printJson(o);
    } else {
        ctx.out << u"trained %1 categories on %2 examples in %3 s (vocabulary %4)\n"_s.arg(report.classes)
                       .arg(report.examples)
                       .arg(report.totalSeconds, 0, 'f', 2)
                       .arg(report.dimension)
                << u"calibration: %1; temperature %2; triage below confidence %3\n"_s.arg(report.calibrationSource)
                       .arg(report.temperature, 0, 'g', 4)
                       .arg(report.operatingPoint.threshold, 0, 'f', 3)
                << u"model %1 written to %2\n"_s.arg(classifier.info().versionId, out);
    }
    return Ok;
}

} // namespace panorama::cli::route
