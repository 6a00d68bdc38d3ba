// `panoramactl route check` (validate configuration files) and `route sla` (deadlines in business hours).
#include "cli/commands/RouteCli.h"
#include "core/routing/AgentRoster.h"
#include "core/routing/JsonCursor.h"
#include "core/routing/QuickReplyIndex.h"
#include "core/routing/RoutingError.h"
#include "core/routing/RoutingRules.h"
#include "core/routing/SlaMonitor.h"
#include "core/routing/SlaPolicy.h"
#include "core/routing/Taxonomy.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace panorama::cli::route {

int runCheck(CliContext &ctx)
{
    const QString usage = u"route check FILE...   (taxonomy, rules, roster, SLA policy or quick replies JSON)"_s;
    QCommandLineParser p;
    if (!parseArgs(p, ctx.args, ctx, usage))
        return p.isSet(u"help"_s) ? Ok : Usage;
    if (p.positionalArguments().isEmpty())
        return ctx.usage(usage);

    std::optional<Taxonomy> taxonomy;
    std::optional<AgentRoster> roster;
    std::vector<std::pair<QString, RuleSet>> ruleSets;
    QJsonArray report;
    int failures = 0;
    for (const QString &path : p.positionalArguments()) {
        QString kind;
        try {
            const JsonCursor root = JsonCursor::load(path);
            if (root.value().isObject() && root.has(u"categories"_s)) {
                kind = u"taxonomy"_s;
                taxonomy = Taxonomy::fromJson(root);
            } else if (root.value().isObject() && root.has(u"rules"_s)) {
                kind = u"rules"_s;
                ruleSets.emplace_back(path, RuleSet::fromJson(root));
            } else if (root.value().isObject() && root.has(u"agents"_s)) {
                kind = u"roster"_s;
                roster = AgentRoster::fromJson(root);
            } else if (root.value().isObject() && root.has(u"targets"_s)) {
                kind = u"sla"_s;
                SlaPolicy::fromJson(root);
            } else if (root.value().isObject() && root.has(u"replies"_s)) {
                kind = u"quick-replies"_s;
                QuickReplyIndex::fromJson(root);
            } else {
                root.fail(u"not a taxonomy, rules, roster, SLA policy or quick-replies file"_s);
            }
            report.append(QJsonObject{{u"file"_s, path}, {u"kind"_s, kind}, {u"ok"_s, true}});
            if (!ctx.json && kind != u"rules"_s) // rules are reported after their cross-checks below
                ctx.out << u"ok     "_s << path << u" ("_s << kind << u")\n"_s;
        } catch (const RoutingError &e) {
            ++failures;
            report.append(QJsonObject{{u"file"_s, path}, {u"ok"_s, false}, {u"error"_s, e.message()}});
            if (!ctx.json)
                ctx.out << u"ERROR  "_s << e.message() << u'\n';
        }
    }
    // Rules only make sense against a taxonomy and a roster: the given ones, else the defaults.
    const Taxonomy tax = taxonomy ? *taxonomy : Taxonomy::defaults();
    const AgentRoster team = roster ? *roster : AgentRoster::example();
    for (const auto &[path, rules] : ruleSets) {
        const QStringList problems = rules.check(tax, &team);
        for (const QString &problem : problems) {
            ++failures;
            report.append(QJsonObject{{u"file"_s, path}, {u"ok"_s, false}, {u"error"_s, problem}});
            if (!ctx.json)
                ctx.out << u"ERROR  "_s << path << u": "_s << problem << u'\n';
        }
        if (problems.isEmpty() && !ctx.json)
            ctx.out << u"ok     "_s << path << u" (rules, checked against taxonomy "_s << tax.id() << u" and "_s
                    << (roster ? u"the given roster"_s : u"the example roster"_s) << u")\n"_s;
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"ok"_s, failures == 0}, {u"files"_s, report}});
    ctx.out.flush();
    return failures == 0 ? Ok : Failure;
}

int runSla(CliContext &ctx)
{
    const QString usage = u"route sla [--at TIME] [--tier T] [--priority P] [--channel C] [--policy FILE] [--json]"_s;
    QCommandLineParser p;
    p.addOptions({
        {u"at"_s, u"ticket creation time, ISO 8601 (default now)"_s, u"TIME"_s},
        {u"tier"_s, u"customer tier (default regular)"_s, u"T"_s},
        {u"priority"_s, u"low, normal, high, urgent (default normal)"_s, u"P"_s},
        {u"channel"_s, u"ticket channel (default web)"_s, u"C"_s},
        {u"policy"_s, u"SLA policy JSON (default: built in)"_s, u"FILE"_s},
    });
    if (!parseArgs(p, ctx.args, ctx, usage))
        return p.isSet(u"help"_s) ? Ok : Usage;
    const SlaPolicy policy = p.isSet(u"policy"_s) ? SlaPolicy::load(p.value(u"policy"_s)) : SlaPolicy::defaults();
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (p.isSet(u"at"_s)) {
        at = QDateTime::fromString(p.value(u"at"_s), Qt::ISODate);
        if (!at.isValid())
            return ctx.fail(u"--at: '%1' is not an ISO 8601 date-time"_s.arg(p.value(u"at"_s)));
        if (at.timeSpec() == Qt::LocalTime) // no offset given: read it in the calendar's zone, not the machine's
            at = QDateTime(at.date(), at.time(), policy.calendar().timeZone());
    }
    const auto priority = priorityFromName(p.value(u"priority"_s).isEmpty() ? u"normal"_s : p.value(u"priority"_s));
    if (!priority)
        return ctx.fail(u"--priority: unknown priority '%1' (low, normal, high, urgent)"_s.arg(p.value(u"priority"_s)));
    const QString tier = p.isSet(u"tier"_s) ? p.value(u"tier"_s) : u"regular"_s;
    const SlaDeadlines d =
        SlaDeadlines::compute(policy, tier, *priority, p.isSet(u"channel"_s) ? p.value(u"channel"_s) : u"web"_s, at);
    if (ctx.json) {
        ctx.printJson(d.toJson());
        return Ok;
    }
    const QTimeZone &zone = policy.calendar().timeZone();
    auto local = [&](const QDateTime &t) { return t.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm ddd"_s); };
    ctx.out << u"target          "_s << d.targetId << u" (policy "_s << policy.version() << u", "_s << zone.id()
            << u")\n"_s << u"created         "_s << local(d.startedAt) << u'\n' << u"first response  "_s
            << local(d.firstResponseDue) << u"  ("_s << d.firstResponseMinutes << u" business minutes; warning at "_s
            << local(d.firstResponseWarnAt) << u")\n"_s << u"resolution      "_s << local(d.resolutionDue) << u"  ("_s
            << d.resolutionMinutes << u" business minutes; warning at "_s << local(d.resolutionWarnAt) << u")\n"_s;
    ctx.out.flush();
    return Ok;
}

} // namespace panorama::cli::route
