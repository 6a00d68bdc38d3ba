#include "cli/Commands.h"
#include "cli/commands/QaCliSupport.h"
#include "cli/commands/QaRouteServer.h"
#include "core/qa/QaEvaluator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace panorama::qa;

namespace panorama::cli {

namespace qa {

std::optional<QString> takeOption(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return std::nullopt;
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

bool setUpEngine(CliContext &ctx, QStringList &args, QaEngine &engine)
{
    const auto rules = takeOption(args, u"--rules"_s);
    const QaEngine::LoadResult r = rules ? engine.loadRulesFile(*rules) : engine.loadDefaultRules();
    if (!r.ok) {
        ctx.fail(u"rule file rejected:\n  "_s + r.errors.join(u"\n  "_s));
        return false;
    }
    if (takeFlag(args, u"--no-model"_s))
        return true;
    const auto model = takeOption(args, u"--model"_s);
    QString error;
    if (model) {
        auto m = OffensiveClassifier::load(*model, &error);
        if (!m) {
            ctx.fail(error);
            return false;
        }
        engine.setOffensiveModel(std::make_shared<const OffensiveClassifier>(std::move(*m)));
    } else if (!engine.loadDefaultOffensiveModel(&error)) {
        ctx.fail(error);
        return false;
    }
    return true;
}

} // namespace qa

namespace {

QString qaUsage()
{
    return u"qa check [--review] [--rules FILE] [--model FILE|--no-model] [--json]   (JSON on stdin)\n"
           u"       panoramactl qa eval --file FILE [--split dev|test] [--rules FILE] [--mismatches] [--json]\n"
           u"       panoramactl qa validate --rules FILE [--json]\n"
           u"       panoramactl qa rules [list] [--rules FILE] [--json]\n"
           u"       panoramactl --server URL qa rules list|get [--out FILE]|set FILE --user NAME --password-stdin\n"
           u"       panoramactl qa train-offensive --train FILE --out MODEL [--epochs N] [--dev FILE]\n"
           u"       panoramactl qa eval-offensive --train FILE --test FILE [--dev FILE] [--json]"_s;
}

void printFindingsText(CliContext &ctx, const QaCheckResult &r)
{
    ctx.out << (r.blocked ? u"BLOCKED"_s : u"ok"_s) << u" (rules "_s << r.rulesVersion << u", "_s << r.findings.size()
            << u" findings)\n"_s;
    for (const QaFinding &f : r.findings) {
        ctx.out << u"  ["_s << toString(f.severity) << u"] "_s << f.ruleId;
        if (f.messageIndex >= 0)
            ctx.out << u" msg#"_s << f.messageIndex;
        if (f.start >= 0)
            ctx.out << u" @"_s << f.start << u"+"_s << f.length << u" '"_s << f.excerpt << u"'"_s;
        ctx.out << u"\n      "_s << f.message;
        if (!f.reason.isEmpty())
            ctx.out << u"\n      why: "_s << f.reason;
        ctx.out << u"\n      say: "_s << f.suggestion << u'\n';
    }
    if (!r.maskedText.isEmpty())
        ctx.out << u"masked: "_s << r.maskedText << u'\n';
    ctx.out.flush();
}

int runCheck(CliContext &ctx, QStringList args)
{
    const bool review = qa::takeFlag(args, u"--review"_s);
    QaEngine engine;
    if (!qa::setUpEngine(ctx, args, engine))
        return Failure;
    if (!args.isEmpty())
        return ctx.usage(qaUsage());
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(u"cannot read standard input"_s);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return ctx.fail(u"standard input: expected {\"message\": \"...\", \"context\": {...}}: %1"_s.arg(
            pe.error != QJsonParseError::NoError ? pe.errorString() : u"not an object"_s));
    const QJsonObject obj = doc.object();
    if (!review && !obj.value(u"message").isString())
        return ctx.fail(u"standard input: missing string field 'message'"_s);
    QString error;
    const auto context = QaContext::fromJson(obj.value(u"context").toObject(), &error);
    if (!context)
        return ctx.fail(error);
    const QaCheckResult r = review ? engine.review(*context) : engine.check(obj.value(u"message").toString(), *context);
    if (ctx.json)
        ctx.printJson(r.toJson());
    else
        printFindingsText(ctx, r);
    return Ok;
}

int runEval(CliContext &ctx, QStringList args)
{
    const auto file = qa::takeOption(args, u"--file"_s);
    const bool mismatches = qa::takeFlag(args, u"--mismatches"_s);
    const QString split = qa::takeOption(args, u"--split"_s).value_or(QString());
    if (!file)
        return ctx.usage(qaUsage());
    QaEngine engine;
    if (!qa::setUpEngine(ctx, args, engine))
        return Failure;
    QString error;
    const auto report = QaEvaluator::evaluate(engine, *file, &error, split);
    if (!report)
        return ctx.fail(error);
    if (ctx.json) {
        QJsonObject o = report->toJson(mismatches);
        o.insert(u"file"_s, *file);
        o.insert(u"split"_s, split.isEmpty() ? u"all"_s : split);
        o.insert(u"rules_version"_s, engine.rules()->version());
        ctx.printJson(o);
        return Ok;
    }
    ctx.out << u"items "_s << report->items << u", exact kind-set match "_s << report->exact << u"\n"_s;
    ctx.out << u"kind          support  precision  recall  F1\n"_s;
    for (RuleKind k : allRuleKinds()) {
        const auto c = report->byKind.value(k);
        ctx.out << toString(k).leftJustified(14) << QString::number(c.tp + c.fn).rightJustified(7)
                << QString::number(c.precision(), 'f', 3).rightJustified(11)
                << QString::number(c.recall(), 'f', 3).rightJustified(8)
                << QString::number(c.f1(), 'f', 3).rightJustified(6) << u'\n';
    }
    if (mismatches) {
        for (const auto &m : report->mismatches)
            ctx.out << m.id << u": expected ["_s << m.expected.join(u',') << u"] got ["_s << m.predicted.join(u',')
                    << u"] "_s << m.rules.join(u',') << u"\n    "_s << m.text << u'\n';
    }
    ctx.out.flush();
    return Ok;
}

int runValidate(CliContext &ctx, QStringList args)
{
    const auto file = qa::takeOption(args, u"--rules"_s);
    if (!file)
        return ctx.usage(qaUsage());
    const auto parsed = QaRuleSet::parseFile(*file);
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"ok"_s, parsed.rules != nullptr},
                                  {u"errors"_s, QJsonArray::fromStringList(parsed.errors)},
                                  {u"version"_s, parsed.rules ? parsed.rules->version() : QString()},
                                  {u"rules"_s, parsed.rules ? int(parsed.rules->rules().size()) : 0}});
    } else if (parsed.rules) {
        ctx.out << *file << u": ok, version "_s << parsed.rules->version() << u", "_s << parsed.rules->rules().size()
                << u" rules\n"_s;
        ctx.out.flush();
    } else {
        for (const QString &e : parsed.errors)
            ctx.err << e << u'\n';
        ctx.err.flush();
    }
    return parsed.rules ? Ok : Failure;
}

void describeServerRules(CliContext &ctx, const QJsonObject &file)
{
    for (const QJsonValue &v : file.value(u"rules"_s).toArray()) {
        const QJsonObject r = v.toObject();
        ctx.out << u"  "_s << r.value(u"id"_s).toString().leftJustified(34)
                << r.value(u"kind"_s).toString().leftJustified(14)
                << r.value(u"severity"_s).toString().leftJustified(10)
                << (r.value(u"enabled"_s).toBool(true) ? u""_s : u"(disabled)"_s) << u'\n';
    }
}

int runRules(CliContext &ctx, QStringList args)
{
    // list|get|set FILE: the rules in force on the server; plain `qa rules` (or `list` without --server): a file's.
    const QString sub = args.value(0);
    if (sub == u"get"_s || sub == u"set"_s || (sub == u"list"_s && !ctx.serverUrl.isEmpty()))
        return runServerRules(ctx, args, u"qa"_s, u"/qa/rules"_s, describeServerRules);
    if (sub == u"list"_s)
        args.removeFirst();
    QaEngine engine;
    args << u"--no-model"_s;
    if (!qa::setUpEngine(ctx, args, engine))
        return Failure;
    const auto set = engine.rules();
    if (ctx.json) {
        ctx.printJson(set->toJson());
        return Ok;
    }
    ctx.out << u"rules version "_s << set->version() << u'\n';
    for (const QaRule &r : set->rules())
        ctx.out << u"  "_s << r.id.leftJustified(34) << toString(r.kind).leftJustified(14)
                << toString(r.severity).leftJustified(10) << (r.enabled ? u""_s : u"(disabled)"_s) << u'\n';
    ctx.out.flush();
    return Ok;
}

} // namespace

int runQa(CliContext &ctx)
{
    QStringList args = ctx.args;
    if (args.isEmpty() || args.first() == u"--help")
        return ctx.usage(qaUsage());
    const QString sub = args.takeFirst();
    if (sub == u"check")
        return runCheck(ctx, args);
    if (sub == u"eval")
        return runEval(ctx, args);
    if (sub == u"validate")
        return runValidate(ctx, args);
    if (sub == u"rules")
        return runRules(ctx, args);
    if (sub == u"train-offensive")
        return qa::runTrainOffensive(ctx, args);
    if (sub == u"eval-offensive")
        return qa::runEvalOffensive(ctx, args);
    ctx.err << u"panoramactl: unknown qa command '"_s << sub << u"'\n"_s;
    return ctx.usage(qaUsage());
}

} // namespace panorama::cli
