// `panoramactl size train` (the similar-customers model from kept purchases) and `size learn` (brand and product
// offsets and chart flags from size-related returns, tickets and kept orders).
#include "cli/commands/SizeCli.h"

#include "core/sizing/SizeDataset.h"
#include "core/sizing/SizeJson.h"
#include "core/sizing/SizeOffsets.h"
#include "core/sizing/SizingError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace panorama::sizing;

namespace panorama::cli {

namespace {

// Written atomically: a failed write never leaves half a model where a good one was.
void writeJson(const QString &path, const QJsonObject &obj)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(obj).toJson(QJsonDocument::Compact)) < 0 || !f.commit())
        throw SizingError(SizingErrorKind::InvalidRequest, u"%1: cannot be written (%2)"_s.arg(path, f.errorString()));
}

} // namespace

int runSizeTrain(CliContext &ctx, const QStringList &args)
{
    const QString usage = u"size train --csv FILE --out MODEL.json [--seed N] [--members K] [--json]"_s;
    SizeArgs a(args);
    const QString csv = a.value(u"--csv"_s), out = a.value(u"--out"_s);
    if (a.has(u"--help"_s) || csv.isEmpty() || out.isEmpty())
        return ctx.usage(usage);
    bool ok = true;
    BodyModelOptions opt;
    opt.seed = a.value(u"--seed"_s, u"0"_s).toULongLong(&ok);
    if (!ok)
        return ctx.fail(u"--seed must be a non-negative integer"_s);
    opt.members = a.value(u"--members"_s, QString::number(opt.members)).toInt(&ok);
    if (!ok || opt.members < 1 || opt.members > 10)
        return ctx.fail(u"--members must be between 1 and 10"_s);
    if (const QString bad = a.unknown(); !bad.isEmpty())
        return ctx.fail(u"unknown option %1"_s.arg(bad));
    try {
        const SizeDataset data = SizeDataset::loadCsv(csv);
        const BodySizeModel model = BodySizeModel::train(data.scale, data.rows, opt);
        const QJsonObject obj = model.toJson();
        writeJson(out, obj);
        const QJsonObject summary{{u"model"_s, out},
                                  {u"rows"_s, int(data.rows.size())},
                                  {u"droppedMissing"_s, data.droppedMissing},
                                  {u"sizes"_s, QJsonArray::fromStringList(data.scale.labels())},
                                  {u"members"_s, int(model.members().size())},
                                  {u"meanRounds"_s, model.meanRounds()},
                                  {u"bytes"_s, int(QFile(out).size())}};
        if (ctx.json) {
            ctx.printJson(summary);
        } else {
            ctx.out << u"trained on %1 rows (%2 dropped), sizes %3, %4 members x %5 rounds -> %6 (%7 bytes)\n"_s
                           .arg(data.rows.size())
                           .arg(data.droppedMissing)
                           .arg(data.scale.labels().join(u' '))
                           .arg(model.members().size())
                           .arg(model.meanRounds())
                           .arg(out)
                           .arg(QFile(out).size());
            ctx.out.flush();
        }
        return Ok;
    } catch (const SizingError &e) {
        return ctx.fail(e.message());
    }
}

int runSizeLearn(CliContext &ctx, const QStringList &args)
{
    const QString usage = u"size learn --events FILE [--offsets IN.json] [--out OUT.json] [--charts FILE] "
                          u"[--min-returns N] [--json]"_s;
    SizeArgs a(args);
    const QString events = a.value(u"--events"_s);
    if (a.has(u"--help"_s) || events.isEmpty())
        return ctx.usage(usage);
    const QString in = a.value(u"--offsets"_s), out = a.value(u"--out"_s), chartsFile = a.value(u"--charts"_s);
    bool ok = true;
    const double minReturns = a.value(u"--min-returns"_s, u"10"_s).toDouble(&ok);
    if (!ok || minReturns < 1)
        return ctx.fail(u"--min-returns must be a number of at least 1"_s);
    if (const QString bad = a.unknown(); !bad.isEmpty())
        return ctx.fail(u"unknown option %1"_s.arg(bad));
    try {
        SizeOffsets offsets = in.isEmpty() ? SizeOffsets() : SizeOffsets::fromJson(readJsonObject(in));
        const QJsonArray records = readJsonRecords(events);
        // Every record is checked before any is counted: a bad line changes nothing.
        const std::vector<PurchaseRecord> parsed = json::purchasesFromJson(records);
        for (const PurchaseRecord &p : parsed)
            offsets.record(p);
        QHash<QString, SizeChart> charts;
        if (!chartsFile.isEmpty()) {
            for (const auto &v : readJsonRecords(chartsFile)) {
                const SizeChart c = json::chartFromJson(v.toObject());
                charts.insert(c.productId, c);
            }
        }
        const QList<ChartFlag> flags = offsets.chartFlags(charts, minReturns);
        if (!out.isEmpty())
            writeJson(out, offsets.toJson());
        QJsonObject table = offsets.toJson();
        QJsonArray flagArray;
        for (const ChartFlag &f : flags)
            flagArray.append(f.toJson());
        table.insert(u"chartFlags"_s, flagArray);
        table.insert(u"eventsRead"_s, int(parsed.size()));
        if (ctx.json) {
            ctx.printJson(table);
            return Ok;
        }
        ctx.out << u"%1 events; buyers' spread %2 sizes\n"_s.arg(parsed.size()).arg(offsets.spread(), 0, 'f', 2);
        for (const auto &v : table.value(u"brands"_s).toArray()) {
            const QJsonObject b = v.toObject();
            ctx.out << u"  brand %1: offset %2 sizes (kept %3, too small %4, too large %5)\n"_s
                           .arg(b.value(u"brand"_s).toString())
                           .arg(b.value(u"offsetSteps"_s).toDouble(), 0, 'f', 2)
                           .arg(b.value(u"kept"_s).toDouble())
                           .arg(b.value(u"tooSmall"_s).toDouble())
                           .arg(b.value(u"tooLarge"_s).toDouble());
        }
        for (const ChartFlag &f : flags) {
            ctx.out << u"  chart of %1 (%2) probably wrong: %3 by %4 sizes"_s.arg(f.productId, f.brand, f.direction)
                           .arg(std::abs(f.steps), 0, 'f', 2);
            if (f.cm)
                ctx.out << u", about %1 cm of %2"_s.arg(*f.cm, 0, 'f', 1).arg(f.measurement);
            ctx.out << u" (too small %1, too large %2, p = %3)\n"_s.arg(f.counts.tooSmall)
                           .arg(f.counts.tooLarge)
                           .arg(f.pValue, 0, 'g', 2);
        }
        ctx.out.flush();
        return Ok;
    } catch (const SizingError &e) {
        return ctx.fail(e.message());
    }
}

} // namespace panorama::cli
