// `panoramactl route classify`: classifies, prioritises and routes tickets and shows why.
#include "cli/commands/RouteCli.h"
#include "core/routing/AgentRoster.h"
#include "core/routing/ModelSerializer.h"
#include "core/routing/QuickReplyIndex.h"
#include "core/routing/RoutingEngine.h"
#include "core/routing/RoutingError.h"
#include "core/routing/RoutingResources.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace panorama::cli::route {

namespace {

// A model for the default taxonomy when none is given: trained now on the built-in seed tickets (< 1 s).
std::shared_ptr<const TextClassifier> seedModel(const Taxonomy &taxonomy)
{
    const LabelledDataset seed =
        LabelledDataset::parse(RoutingResources::read(u"seed_tickets.csv"_s),
                               RoutingResources::path(u"seed_tickets.csv"_s), LabelledDataset::Format::Csv);
    TrainOptions options;
    options.taxonomyId = taxonomy.id();
    options.taxonomyVersion = taxonomy.version();
    return std::make_shared<const TextClassifier>(ClassifierTrainer(options).train(seed));
}

void printDecision(CliContext &ctx, const RoutingDecision &d, const Taxonomy &taxonomy, const AgentRoster &roster,
                   const QTimeZone &zone)
{
    QTextStream &o = ctx.out;
    auto local = [&](const QDateTime &t) { return t.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm ddd"_s); };
    o << u"ticket     "_s << (d.ticketId.isEmpty() ? u"(no id)"_s : d.ticketId) << u" ["_s << d.language << u"]\n"_s;
    if (d.manualTriage) {
        o << u"category   (manual triage)"_s;
    } else {
        const Category &c = taxonomy.category(d.category);
        o << u"category   "_s << c.name.en << u" / "_s << c.name.zh << u" ("_s << c.id << u')';
    }
    if (d.prediction) {
        o << u"  confidence "_s << QString::number(d.prediction->confidence, 'f', 2) << u"  alternatives:"_s;
        for (size_t i = 1; i < d.prediction->alternatives.size(); ++i)
            o << u' ' << d.prediction->alternatives[i].label << u' '
              << QString::number(d.prediction->alternatives[i].probability, 'f', 2);
    }
    o << u"\npriority   "_s << priorityName(d.priority) << u'\n';
    o << u"team       "_s << d.teamId << u'\n';
    const Agent *a = roster.agent(d.agentId);
    o << u"assignee   "_s
      << (a ? u"%1 / %2 (%3)%4"_s.arg(a->name.en, a->name.zh, a->id,
                                      d.viaDedicatedAdvisor ? u", dedicated advisor"_s : QString())
            : u"(queued for the team)"_s)
      << u'\n';
    o << u"summary    "_s << d.summary(Language::English) << u"\n           "_s << d.summary(Language::Chinese)
      << u'\n';
    o << u"why\n"_s;
    const QStringList en = d.explanation(Language::English);
    const QStringList zh = d.explanation(Language::Chinese);
    for (qsizetype i = 0; i < en.size(); ++i)
        o << u"  "_s << (i + 1) << u". "_s << en.at(i) << u"\n     "_s << zh.at(i) << u'\n';
    if (d.suggestion)
        o << u"suggested reply ("_s << d.suggestion->id << u", similarity "_s
          << QString::number(d.suggestion->similarity, 'f', 2) << u"):\n  "_s << d.suggestion->answer << u'\n';
    o << u"SLA        "_s << d.sla.targetId << u": first response by "_s << local(d.sla.firstResponseDue)
      << u", resolution by "_s << local(d.sla.resolutionDue) << u" ("_s << zone.id() << u")\n"_s;
    o.flush();
}

} // namespace

int runClassify(CliContext &ctx)
{
    const QString usage = u"route classify [--model MODEL] [--tier T] [--vip] [--advisor ID] [--channel C] "
                          u"[--language L] [--id ID] [--json] TEXT...  |  --input TICKETS.jsonl"_s;
    QCommandLineParser p;
    p.addOptions({
        {u"model"_s, u"model blob from 'route train' (default: trained now on the built-in seed tickets)"_s,
         u"MODEL"_s},
        {u"input"_s,
         u"JSON Lines of tickets ({\"id\", \"subject\", \"body\", \"channel\", \"customerTier\", ...}); "
         u"'-' reads standard input"_s,
         u"FILE"_s},
        {u"taxonomy"_s, u"taxonomy JSON (default: built in)"_s, u"FILE"_s},
        {u"rules"_s, u"routing rules JSON (default: built in)"_s, u"FILE"_s},
        {u"roster"_s, u"teams and agents JSON with presence and load (default: the example roster)"_s, u"FILE"_s},
        {u"sla"_s, u"SLA policy JSON (default: built in)"_s, u"FILE"_s},
        {u"quick-replies"_s, u"quick replies JSON (default: built in)"_s, u"FILE"_s},
        {u"id"_s, u"ticket id"_s, u"ID"_s},
        {u"tier"_s, u"customer tier: regular, silver, gold, platinum (default regular)"_s, u"T"_s},
        {u"vip"_s, u"customer flagged high-value"_s},
        {u"advisor"_s, u"the customer's dedicated advisor (agent id)"_s, u"ID"_s},
        {u"channel"_s, u"web, app, wechat, email, phone, store, agent, chat (default web)"_s, u"C"_s},
        {u"language"_s, u"en or zh (default: detected)"_s, u"L"_s},
        {u"category"_s, u"category chosen by the agent (skips the classifier)"_s, u"ID"_s},
        {u"at"_s, u"ticket creation time, ISO 8601 (default now)"_s, u"TIME"_s},
        {u"commit"_s, u"book each assignment into the roster before routing the next ticket (batch)"_s},
    });
    if (!parseArgs(p, ctx.args, ctx, usage))
        return p.isSet(u"help"_s) ? Ok : Usage;
    if (p.positionalArguments().isEmpty() && !p.isSet(u"input"_s))
        return ctx.usage(usage);

    const Taxonomy taxonomy = p.isSet(u"taxonomy"_s) ? Taxonomy::load(p.value(u"taxonomy"_s)) : Taxonomy::defaults();
    const RuleSet rules = p.isSet(u"rules"_s) ? RuleSet::load(p.value(u"rules"_s)) : RuleSet::defaults();
    AgentRoster roster = p.isSet(u"roster"_s) ? AgentRoster::load(p.value(u"roster"_s)) : AgentRoster::example();
    const SlaPolicy sla = p.isSet(u"sla"_s) ? SlaPolicy::load(p.value(u"sla"_s)) : SlaPolicy::defaults();
    RoutingEngine engine(taxonomy, rules, sla);
    engine.addSuggestionSource(std::make_shared<QuickReplyIndex>(
        p.isSet(u"quick-replies"_s) ? QuickReplyIndex::load(p.value(u"quick-replies"_s))
                                    : QuickReplyIndex::defaults()));
    if (p.isSet(u"model"_s)) {
        engine.setClassifier(std::make_shared<const TextClassifier>(ModelSerializer::load(p.value(u"model"_s))));
    } else {
        if (p.isSet(u"taxonomy"_s))
            return ctx.fail(u"--taxonomy needs --model: the built-in seed tickets use the default taxonomy"_s);
        engine.setClassifier(seedModel(taxonomy));
    }

    std::vector<TicketInput> tickets;
    if (p.isSet(u"input"_s)) {
        QFile f;
        const QString path = p.value(u"input"_s);
        const bool ok =
            path == u"-"_s ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(path), f.open(QIODevice::ReadOnly));
        if (!ok)
            return ctx.fail(u"cannot read %1: %2"_s.arg(path, f.errorString()));
        int line = 0;
        while (!f.atEnd()) {
            ++line;
            const QByteArray raw = f.readLine().trimmed();
            if (raw.isEmpty())
                continue;
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
            if (!doc.isObject())
                return ctx.fail(u"%1:%2: not a JSON object (%3)"_s.arg(path).arg(line).arg(err.errorString()));
            try {
                tickets.push_back(TicketInput::fromJson(doc.object()));
            } catch (const RoutingError &e) {
                return ctx.fail(u"%1:%2: %3"_s.arg(path).arg(line).arg(e.message()));
            }
        }
    } else {
        QJsonObject o{{u"body"_s, p.positionalArguments().join(u' ')}};
        const QList<std::pair<QString, QString>> fields{
            {u"id"_s, u"id"_s},           {u"tier"_s, u"customerTier"_s}, {u"advisor"_s, u"dedicatedAdvisor"_s},
            {u"channel"_s, u"channel"_s}, {u"language"_s, u"language"_s}, {u"category"_s, u"category"_s},
            {u"at"_s, u"createdAt"_s}};
        for (const auto &[option, field] : fields) {
            if (p.isSet(option))
                o.insert(field, p.value(option));
        }
        o.insert(u"highValue"_s, p.isSet(u"vip"_s));
        tickets.push_back(TicketInput::fromJson(o));
    }

    QJsonArray all;
    for (const TicketInput &t : tickets) {
        const RoutingDecision d = engine.route(t, roster);
        if (p.isSet(u"commit"_s))
            RoutingEngine::commit(d, roster);
        if (ctx.json) {
            if (p.isSet(u"input"_s))
                ctx.out << QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact)) << u'\n';
            else
                all.append(d.toJson());
        } else {
            printDecision(ctx, d, taxonomy, roster, sla.calendar().timeZone());
            ctx.out << u'\n';
        }
    }
    if (ctx.json && !p.isSet(u"input"_s))
        ctx.printJson(all.first().toObject());
    ctx.out.flush();
    return Ok;
}

} // namespace panorama::cli::route
