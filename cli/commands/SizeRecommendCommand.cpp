// `panoramactl size recommend`: one recommendation from options or a JSON request on standard input.
#include "cli/commands/SizeCli.h"

#include "core/sizing/SizeJson.h"
#include "core/sizing/SizingError.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace panorama::sizing;

namespace panorama::cli {

namespace {

const QString RecommendUsage = u"size recommend [--json] (--stdin | --height CM --weight KG [--chest CM] [--waist CM] "
                               u"[--hips CM] [--age Y] [--gender female|male] [--fit slim|regular|loose] "
                               u"(--chart FILE | --chart-preset women|men) [--brand B] [--category C] [--product ID] "
                               u"[--history FILE]) [--model FILE] [--offsets FILE] [--lang en|zh-CN|zh-TW] "
                               u"[--today YYYY-MM-DD]"_s;

// The body from options, as the JSON form so that both paths share one validation.
QJsonObject bodyFromOptions(SizeArgs &a)
{
    QJsonObject body;
    const QList<std::pair<QString, QString>> numeric = {
        {u"--height"_s, u"height_cm"_s}, {u"--weight"_s, u"weight_kg"_s}, {u"--chest"_s, u"chest_cm"_s},
        {u"--waist"_s, u"waist_cm"_s},   {u"--hips"_s, u"hips_cm"_s},     {u"--age"_s, u"age"_s}};
    for (const auto &[opt, key] : numeric) {
        const QString v = a.value(opt);
        if (!v.isNull())
            body.insert(key, v); // numbers as text are parsed (and refused with the field name) by bodyFromJson
    }
    body.insert(u"gender"_s, a.value(u"--gender"_s));
    body.insert(u"fit"_s, a.value(u"--fit"_s));
    return body;
}

void printText(CliContext &ctx, const Recommendation &r)
{
    ctx.out << u"Size "_s << r.size;
    if (!r.runnerUp.isEmpty())
        ctx.out << u" (runner-up "_s << r.runnerUp << u")"_s;
    ctx.out << u", confidence "_s << QString::number(qRound(r.confidence * 100.0)) << u" %\n"_s;
    ctx.out << r.explanation << u'\n';
    for (const SizeWarning &w : r.warnings)
        ctx.out << u"  ! "_s << w.text << u'\n';
    ctx.out << u"  "_s;
    for (const SizeProbability &p : r.distribution)
        ctx.out << p.size << u' ' << QString::number(qRound(p.probability * 100.0)) << u"%  "_s;
    ctx.out << u'\n';
    ctx.out.flush();
}

} // namespace

int runSizeRecommend(CliContext &ctx, const QStringList &args)
{
    SizeArgs a(args);
    if (a.has(u"--help"_s))
        return ctx.usage(RecommendUsage);
    try {
        SizeRecommender engine;
        if (const QString model = a.value(u"--model"_s); !model.isEmpty())
            engine.addModel(BodySizeModel::fromJson(readJsonObject(model)));
        if (const QString offsets = a.value(u"--offsets"_s); !offsets.isEmpty())
            engine.setOffsets(SizeOffsets::fromJson(readJsonObject(offsets)));

        QJsonObject request;
        const bool fromStdin = a.has(u"--stdin"_s) || (!args.contains(u"--height"_s) && !isatty(STDIN_FILENO));
        if (fromStdin) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return ctx.fail(u"cannot read standard input"_s);
            request = parseJsonObject(in.readAll(), u"standard input"_s);
        } else {
            if (!args.contains(u"--height"_s))
                return ctx.usage(RecommendUsage);
            request.insert(u"body"_s, bodyFromOptions(a));
            const QString chartFile = a.value(u"--chart"_s), preset = a.value(u"--chart-preset"_s);
            if (!chartFile.isEmpty())
                request.insert(u"chart"_s, readJsonObject(chartFile));
            else if (!preset.isEmpty())
                request.insert(u"chart"_s, preset);
            if (const QString history = a.value(u"--history"_s); !history.isEmpty())
                request.insert(u"history"_s, readJsonRecords(history));
        }
        // Options refine what the request says (the product being asked about, the language of the reply).
        if (const QString lang = a.value(u"--lang"_s); !lang.isNull())
            request.insert(u"language"_s, lang);
        if (const QString today = a.value(u"--today"_s); !today.isNull())
            request.insert(u"today"_s, today);
        const QString brand = a.value(u"--brand"_s), category = a.value(u"--category"_s),
                      product = a.value(u"--product"_s);
        if (const QString bad = a.unknown(); !bad.isEmpty())
            return ctx.fail(u"unknown option %1 (see --help)"_s.arg(bad));

        SizeRequest req = json::requestFromJson(request);
        if (!brand.isNull())
            req.chart.brand = brand;
        if (!category.isNull())
            req.chart.category = category;
        if (!product.isNull())
            req.chart.productId = product;
        const Recommendation r = engine.recommend(req);
        if (ctx.json)
            ctx.printJson(r.toJson());
        else
            printText(ctx, r);
        return Ok;
    } catch (const SizingError &e) {
        return ctx.fail(e.message());
    }
}

} // namespace panorama::cli
