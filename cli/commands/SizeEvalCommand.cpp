// `panoramactl size eval`: measures the similar-customers model against the cell baseline on a CSV file.
#include "cli/commands/SizeCli.h"

#include "core/sizing/SizeEvaluator.h"
#include "core/sizing/SizingError.h"

using namespace Qt::StringLiterals;
using namespace panorama::sizing;

namespace panorama::cli {

int runSizeEval(CliContext &ctx, const QStringList &args)
{
    const QString usage = u"size eval --csv FILE [--seed N] [--folds K | --test-fraction F] [--off-by-one-cost C] "
                          u"[--json]"_s;
    SizeArgs a(args);
    if (a.has(u"--help"_s))
        return ctx.usage(usage);
    const QString csv = a.value(u"--csv"_s);
    if (csv.isEmpty())
        return ctx.usage(usage);
    EvaluationOptions opt;
    bool ok = true;
    opt.seed = a.value(u"--seed"_s, u"0"_s).toULongLong(&ok);
    if (!ok)
        return ctx.fail(u"--seed must be a non-negative integer"_s);
    opt.folds = a.value(u"--folds"_s, u"0"_s).toInt(&ok);
    if (!ok || opt.folds < 0)
        return ctx.fail(u"--folds must be a non-negative integer"_s);
    opt.testFraction = a.value(u"--test-fraction"_s, u"0.2"_s).toDouble(&ok);
    if (!ok)
        return ctx.fail(u"--test-fraction must be a number"_s);
    opt.model.offByOneCost = a.value(u"--off-by-one-cost"_s, u"1"_s).toDouble(&ok);
    if (!ok || opt.model.offByOneCost < 0 || opt.model.offByOneCost > 1)
        return ctx.fail(u"--off-by-one-cost must be between 0 and 1"_s);
    if (const QString bad = a.unknown(); !bad.isEmpty())
        return ctx.fail(u"unknown option %1"_s.arg(bad));
    try {
        const SizeDataset data = SizeDataset::loadCsv(csv);
        const EvaluationReport r = SizeEvaluator::run(data, opt);
        if (ctx.json) {
            QJsonObject o = r.toJson();
            o.insert(u"csv"_s, csv);
            ctx.printJson(o);
            return Ok;
        }
        const auto pct = [](double v) -> QString { return QString::number(v * 100.0, 'f', 1) + u" %"_s; };
        ctx.out << u"rows %1 (dropped %2 with missing values), sizes %3, %4 seed %5\n"_s.arg(r.rows)
                       .arg(r.droppedMissing)
                       .arg(r.labels.join(u' '), r.scheme == u"kfold"_s ? u"%1-fold"_s.arg(r.folds) : u"80/20 split"_s)
                       .arg(r.seed);
        const auto line = [&](const QString &name, const SizeMetrics &m) {
            ctx.out << name.leftJustified(22) << u"exact "_s << pct(m.exact) << u"  within one "_s << pct(m.withinOne)
                    << u"  ECE "_s << QString::number(m.ece, 'f', 3) << u"  top-30% exact "_s
                    << pct(m.topConfidentExact) << u'\n';
        };
        line(u"model (calibrated)"_s, r.model);
        line(u"model (raw prob.)"_s, r.modelUncalibrated);
        line(u"5 cm x 5 kg cells"_s, r.baseline);
        ctx.out.flush();
        return Ok;
    } catch (const SizingError &e) {
        return ctx.fail(e.message());
    }
}

} // namespace panorama::cli
