// `panoramactl route ...`: ticket classification, routing and SLA from the command line. Each subcommand lives
// in its own Route*.cpp; this file dispatches and holds the option helpers they share.
#include "cli/Commands.h"
#include "cli/commands/QaRouteServer.h"
#include "cli/commands/RouteCli.h"
#include "core/routing/RoutingError.h"

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace panorama::cli {

namespace route {

bool parseArgs(QCommandLineParser &parser, const QStringList &args, CliContext &ctx, const QString &usage)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"panoramactl"_s} + args)) {
        ctx.err << u"panoramactl: "_s << parser.errorText() << u'\n';
        ctx.usage(usage);
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        ctx.out << u"usage: panoramactl "_s << usage << u"\n\n"_s;
        const QString help = parser.helpText();
        // Drop QCommandLineParser's own "Usage:" line; ours names the subcommand.
        ctx.out << help.mid(help.indexOf(u'\n') + 1);
        ctx.out.flush();
        return false;
    }
    return true;
}

void addTrainingOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {{u"c"_s, u"svm-c"_s}, u"SVM regularisation C (default 1)"_s, u"C"_s},
        {u"epsilon"_s, u"SVM stopping tolerance (default 0.1)"_s, u"EPS"_s},
        {u"threads"_s, u"training threads (default 2)"_s, u"N"_s},
        {u"criterion"_s,
         u"triage threshold: accuracy-budget (default; needs out-of-scope validation examples), balanced or "
         u"precision (used when there are no out-of-scope examples)"_s,
         u"NAME"_s},
        {u"target-precision"_s, u"precision of auto-routed tickets for --criterion precision (default 0.9)"_s, u"P"_s},
        {u"accuracy-budget"_s, u"in-scope accuracy the threshold may cost on validation (default 0.01)"_s, u"B"_s},
        {u"no-stem"_s, u"do not stem English words"_s},
        {u"within-words"_s, u"character n-grams only inside words"_s},
        {u"sublinear-tf"_s, u"weight terms by 1 + ln(count) instead of the count"_s},
        {u"word-max"_s, u"longest word n-gram (default 2)"_s, u"N"_s},
        {u"char-max"_s, u"longest character n-gram (default 5)"_s, u"N"_s},
        {u"min-df"_s, u"drop terms seen in fewer training texts (default 1)"_s, u"N"_s},
        {u"oos-label"_s, u"label of out-of-scope examples (default oos)"_s, u"LABEL"_s},
        {u"train-oos-class"_s, u"also learn the out-of-scope examples of the training data as a class"_s},
        {u"seed"_s, u"sample order and holdout seed (default 1)"_s, u"N"_s},
    });
}

namespace {

double number(const QCommandLineParser &p, const QString &name, double fallback, double lo, double hi)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < lo || v > hi)
        throw RoutingError(
            RoutingErrorKind::BadData,
            u"--%1 must be a number in [%2, %3], got '%4'"_s.arg(name).arg(lo).arg(hi).arg(p.value(name)));
    return v;
}

} // namespace

TrainOptions trainingOptions(const QCommandLineParser &p)
{
    TrainOptions o;
    o.svm.c = number(p, u"c"_s, o.svm.c, 1e-6, 1e6);
    o.svm.epsilon = number(p, u"epsilon"_s, o.svm.epsilon, 1e-8, 10);
    o.svm.threads = int(number(p, u"threads"_s, o.svm.threads, 1, 64));
    o.svm.seed = uint32_t(number(p, u"seed"_s, o.svm.seed, 0, 4294967295.0));
    o.features.wordMaxN = int(number(p, u"word-max"_s, o.features.wordMaxN, 0, 4));
    o.features.charMaxN = int(number(p, u"char-max"_s, o.features.charMaxN, 0, 8));
    o.features.minDf = int(number(p, u"min-df"_s, o.features.minDf, 1, 1000));
    o.targetPrecision = number(p, u"target-precision"_s, o.targetPrecision, 0, 1);
    o.accuracyBudget = number(p, u"accuracy-budget"_s, o.accuracyBudget, 0, 1);
    o.features.stemWords = !p.isSet(u"no-stem"_s);
    o.features.charAcrossWords = !p.isSet(u"within-words"_s);
    o.features.sublinearTf = p.isSet(u"sublinear-tf"_s);
    if (p.isSet(u"criterion"_s)) {
        const auto c = OperatingPoint::criterionFromName(p.value(u"criterion"_s));
        if (!c)
            throw RoutingError(
                RoutingErrorKind::BadData,
                u"--criterion must be accuracy-budget, balanced or precision, got '%1'"_s.arg(p.value(u"criterion"_s)));
        o.criterion = *c;
    }
    if (p.isSet(u"oos-label"_s))
        o.outOfScopeLabel = p.value(u"oos-label"_s);
    o.trainOutOfScopeClass = p.isSet(u"train-oos-class"_s);
    return o;
}

LabelledDataset loadData(const QString &path, const QString &format, const QString &splits)
{
    const LabelledDataset::Format f =
        format.isEmpty() ? LabelledDataset::Format::Auto : LabelledDataset::formatFromName(format);
    return LabelledDataset::load(path, f, splits.isEmpty() ? QStringList{} : splits.split(u','));
}

} // namespace route

int runRoute(CliContext &ctx)
{
    static const QString usage =
        u"route train|classify|eval|check|sla|rules|retrain [OPTIONS]   (panoramactl route SUBCOMMAND --help for details)"_s;
    if (ctx.args.isEmpty() || ctx.args.first() == u"--help"_s) {
        (ctx.args.isEmpty() ? ctx.err : ctx.out)
            << u"usage: panoramactl "_s << usage << u"\n\n"_s
            << u"  train     train a ticket classifier from labelled history and write the model blob\n"_s
            << u"  classify  classify, prioritise and route tickets, with the explanation\n"_s
            << u"  eval      train on one file, report accuracy, macro-F1 and out-of-scope recall on another\n"_s
            << u"  check     validate taxonomy, rules, roster and SLA files\n"_s
            << u"  sla       compute first-response and resolution deadlines in business hours\n"_s
            << u"  rules     list|get|set FILE: the routing rules in force on panorama-server (--server URL --user NAME\n"_s
            << u"            --password-stdin)\n"_s
            << u"  retrain   have panorama-server train a new model on its labelled tickets\n"_s;
        return ctx.args.isEmpty() ? Usage : Ok;
    }
    const QString sub = ctx.args.takeFirst();
    try {
        if (sub == u"train"_s)
            return route::runTrain(ctx);
        if (sub == u"eval"_s)
            return route::runEval(ctx);
        if (sub == u"classify"_s)
            return route::runClassify(ctx);
        if (sub == u"check"_s)
            return route::runCheck(ctx);
        if (sub == u"sla"_s)
            return route::runSla(ctx);
        if (sub == u"rules"_s)
            return runRouteRules(ctx, ctx.args);
        if (sub == u"retrain"_s)
            return runRouteRetrain(ctx, ctx.args);
    } catch (const RoutingError &e) {
        return ctx.fail(e.message());
    }
    ctx.err << u"panoramactl: unknown route subcommand '"_s << sub << u"'\n"_s;
    return ctx.usage(usage);
}

} // namespace panorama::cli
