#include "core/routing/RoutingRules.h"

#include "core/routing/AgentRoster.h"
#include "core/routing/JsonCursor.h"
#include "core/routing/RoutingResources.h"
#include "core/routing/Taxonomy.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama::routing {

namespace {

const QStringList &knownTiers()
{
    static const QStringList tiers{u"regular"_s, u"silver"_s, u"gold"_s, u"platinum"_s};
    return tiers;
}

const QStringList &knownChannels()
{
    static const QStringList channels{u"web"_s,   u"app"_s,   u"wechat"_s, u"email"_s,
                                      u"phone"_s, u"store"_s, u"agent"_s,  u"chat"_s};
    return channels;
}

Priority readPriority(const JsonCursor &c)
{
    const auto p = priorityFromName(c.string());
    if (!p)
        c.fail(u"unknown priority '%1' (low, normal, high, urgent)"_s.arg(c.string()));
    return *p;
}

QStringList readFrom(const JsonCursor &parent, const QString &key, const QStringList &allowed, const QString &what)
{
    QStringList out;
    const auto list = parent.find(key);
    if (!list)
        return out;
    const QList<JsonCursor> items = list->elements();
    if (items.isEmpty())
        list->fail(u"an empty list never matches; remove the condition instead"_s);
    for (const JsonCursor &e : items) {
        const QString v = e.identifier();
        if (!allowed.isEmpty() && !allowed.contains(v))
            e.fail(u"unknown %1 '%2' (%3)"_s.arg(what, v, allowed.join(u", "_s)));
        out.append(v);
    }
    return out;
}

RuleCondition readCondition(const JsonCursor &c)
{
    c.allowOnly({u"categories"_s, u"minConfidence"_s, u"needsTriage"_s, u"tiers"_s, u"vip"_s, u"languages"_s,
                 u"channels"_s, u"textContains"_s, u"priorities"_s, u"createdByAgent"_s});
    RuleCondition w;
    w.categories = readFrom(c, u"categories"_s, {}, u"category"_s);
    if (const auto v = c.find(u"minConfidence"_s))
        w.minConfidence = v->number(0.0, 1.0);
    if (const auto v = c.find(u"needsTriage"_s))
        w.needsTriage = v->boolean();
    w.tiers = readFrom(c, u"tiers"_s, knownTiers(), u"tier"_s);
    if (const auto v = c.find(u"vip"_s))
        w.vip = v->boolean();
    w.languages = readFrom(c, u"languages"_s, {u"en"_s, u"zh"_s}, u"language"_s);
    w.channels = readFrom(c, u"channels"_s, knownChannels(), u"channel"_s);
    if (const auto v = c.find(u"textContains"_s)) {
        w.textContains = v->strings();
        if (w.textContains.isEmpty())
            v->fail(u"an empty list never matches; remove the condition instead"_s);
    }
    if (const auto v = c.find(u"priorities"_s)) {
        for (const JsonCursor &e : v->elements())
            w.priorities.append(readPriority(e));
    }
    if (const auto v = c.find(u"createdByAgent"_s))
        w.createdByAgent = v->boolean();
    return w;
}

RuleAction readAction(const JsonCursor &c)
{
    c.allowOnly({u"team"_s, u"overflowTeam"_s, u"dedicatedAdvisor"_s, u"agent"_s, u"priority"_s, u"minPriority"_s,
                 u"skills"_s, u"tags"_s});
    RuleAction a;
    if (const auto v = c.find(u"team"_s))
        a.team = v->identifier();
    if (const auto v = c.find(u"overflowTeam"_s))
        a.overflowTeam = v->identifier();
    a.dedicatedAdvisor = c.booleanOr(u"dedicatedAdvisor"_s, false);
    if (const auto v = c.find(u"agent"_s))
        a.agent = v->identifier();
    if (const auto v = c.find(u"priority"_s))
        a.priority = readPriority(*v);
    if (const auto v = c.find(u"minPriority"_s))
        a.minPriority = readPriority(*v);
    a.skills = c.identifiersOr(u"skills"_s);
    a.tags = c.identifiersOr(u"tags"_s);
    if (!a.overflowTeam.isEmpty() && a.team.isEmpty())
        c.at(u"overflowTeam"_s).fail(u"an overflow team needs a 'team'"_s);
    if (a.priority && a.minPriority)
        c.at(u"minPriority"_s).fail(u"use either 'priority' or 'minPriority', not both"_s);
    if (!a.hasEffect())
        c.fail(u"the action does nothing (set a team, advisor, agent, priority, skills or tags)"_s);
    return a;
}

QJsonArray toArray(const QList<Priority> &ps)
{
    QJsonArray a;
    for (Priority p : ps)
        a.append(priorityName(p));
    return a;
}

} // namespace

bool RuleCondition::isUnconditional() const
{
    return categories.isEmpty() && !minConfidence && !needsTriage && tiers.isEmpty() && !vip && languages.isEmpty() &&
           channels.isEmpty() && textContains.isEmpty() && priorities.isEmpty() && !createdByAgent;
}

bool RuleAction::hasEffect() const
{
    return !team.isEmpty() || dedicatedAdvisor || !agent.isEmpty() || priority || minPriority || !skills.isEmpty() ||
           !tags.isEmpty();
}

RuleSet RuleSet::fromJson(const JsonCursor &root)
{
    root.allowOnly({u"version"_s, u"triageTeam"_s, u"defaultTeam"_s, u"requireLanguage"_s, u"rules"_s, u"comment"_s});
    RuleSet s;
    s.m_version = root.at(u"version"_s).string();
    s.m_triageTeam = root.at(u"triageTeam"_s).identifier();
    s.m_defaultTeam = root.at(u"defaultTeam"_s).identifier();
    s.m_requireLanguage = root.booleanOr(u"requireLanguage"_s, true);
    QSet<QString> ids;
    for (const JsonCursor &c : root.at(u"rules"_s).elements()) {
        c.allowOnly({u"id"_s, u"name"_s, u"when"_s, u"then"_s, u"continue"_s, u"enabled"_s, u"comment"_s});
        RoutingRule r;
        r.id = c.at(u"id"_s).identifier();
        if (ids.contains(r.id))
            c.at(u"id"_s).fail(u"duplicate rule id '%1'"_s.arg(r.id));
        ids.insert(r.id);
        r.name = LocalizedText::fromJson(c.at(u"name"_s));
        if (const auto w = c.find(u"when"_s))
            r.when = readCondition(*w);
        r.then = readAction(c.at(u"then"_s));
        r.continueAfterMatch = c.booleanOr(u"continue"_s, false);
        r.enabled = c.booleanOr(u"enabled"_s, true);
        s.m_rules.append(r);
    }
    return s;
}

QStringList RuleSet::check(const Taxonomy &taxonomy, const AgentRoster *roster) const
{
    QStringList problems;
    auto team = [&](const QString &ruleId, const QString &teamId, const QString &field) {
        if (roster && !teamId.isEmpty() && !roster->team(teamId))
            problems.append(u"rule '%1': %2 '%3' is not a team of the roster"_s.arg(ruleId, field, teamId));
    };
    team(u"(rule set)"_s, m_triageTeam, u"triageTeam"_s);
    team(u"(rule set)"_s, m_defaultTeam, u"defaultTeam"_s);
    QString endedBy;
    for (const RoutingRule &r : m_rules) {
        if (!r.enabled)
            continue;
        if (!endedBy.isEmpty())
            problems.append(u"rule '%1' can never match: rule '%2' before it matches every ticket and ends the "
                            u"evaluation"_s.arg(r.id, endedBy));
        for (const QString &c : r.when.categories) {
            if (!taxonomy.contains(c))
                problems.append(u"rule '%1': category '%2' is not in taxonomy %3 (%4)"_s.arg(
                    r.id, c, taxonomy.id(), taxonomy.ids().join(u", "_s)));
        }
        team(r.id, r.then.team, u"team"_s);
        team(r.id, r.then.overflowTeam, u"overflowTeam"_s);
        if (roster && !r.then.agent.isEmpty() && !roster->agent(r.then.agent))
            problems.append(u"rule '%1': agent '%2' is not in the roster"_s.arg(r.id, r.then.agent));
        if (roster && !r.then.team.isEmpty() && !r.then.skills.isEmpty() && roster->team(r.then.team)) {
            bool anyone = false;
            for (const Agent *a : roster->membersOf(r.then.team))
                anyone = anyone || a->hasSkills(r.then.skills);
            if (!anyone)
                problems.append(u"rule '%1': nobody in team '%2' has the skills %3"_s.arg(r.id, r.then.team,
                                                                                          r.then.skills.join(u", "_s)));
        }
        if (endedBy.isEmpty() && r.when.isUnconditional() && !r.then.team.isEmpty() && !r.continueAfterMatch)
            endedBy = r.id;
    }
    return problems;
}

QJsonObject RuleSet::toJson() const
{
    QJsonArray rules;
    for (const RoutingRule &r : m_rules) {
        QJsonObject when;
        const RuleCondition &w = r.when;
        if (!w.categories.isEmpty())
            when.insert(u"categories"_s, QJsonArray::fromStringList(w.categories));
        if (w.minConfidence)
            when.insert(u"minConfidence"_s, *w.minConfidence);
        if (w.needsTriage)
            when.insert(u"needsTriage"_s, *w.needsTriage);
        if (!w.tiers.isEmpty())
            when.insert(u"tiers"_s, QJsonArray::fromStringList(w.tiers));
        if (w.vip)
            when.insert(u"vip"_s, *w.vip);
        if (!w.languages.isEmpty())
            when.insert(u"languages"_s, QJsonArray::fromStringList(w.languages));
        if (!w.channels.isEmpty())
            when.insert(u"channels"_s, QJsonArray::fromStringList(w.channels));
        if (!w.textContains.isEmpty())
            when.insert(u"textContains"_s, QJsonArray::fromStringList(w.textContains));
        if (!w.priorities.isEmpty())
            when.insert(u"priorities"_s, toArray(w.priorities));
        if (w.createdByAgent)
            when.insert(u"createdByAgent"_s, *w.createdByAgent);
        QJsonObject then;
        const RuleAction &a = r.then;
        if (!a.team.isEmpty())
            then.insert(u"team"_s, a.team);
        if (!a.overflowTeam.isEmpty())
            then.insert(u"overflowTeam"_s, a.overflowTeam);
        if (a.dedicatedAdvisor)
            then.insert(u"dedicatedAdvisor"_s, true);
        if (!a.agent.isEmpty())
            then.insert(u"agent"_s, a.agent);
        if (a.priority)
            then.insert(u"priority"_s, priorityName(*a.priority));
        if (a.minPriority)
            then.insert(u"minPriority"_s, priorityName(*a.minPriority));
        if (!a.skills.isEmpty())
            then.insert(u"skills"_s, QJsonArray::fromStringList(a.skills));
        if (!a.tags.isEmpty())
            then.insert(u"tags"_s, QJsonArray::fromStringList(a.tags));
        QJsonObject o{{u"id"_s, r.id}, {u"name"_s, r.name.toJson()}, {u"then"_s, then}};
        if (!when.isEmpty())
            o.insert(u"when"_s, when);
        if (r.continueAfterMatch)
            o.insert(u"continue"_s, true);
        if (!r.enabled)
            o.insert(u"enabled"_s, false);
        rules.append(o);
    }
    return {{u"version"_s, m_version},
            {u"triageTeam"_s, m_triageTeam},
            {u"defaultTeam"_s, m_defaultTeam},
            {u"requireLanguage"_s, m_requireLanguage},
            {u"rules"_s, rules}};
}

RuleSet RuleSet::load(const QString &path)
{
    return fromJson(JsonCursor::load(path));
}

RuleSet RuleSet::parse(const QByteArray &json, const QString &source)
{
    return fromJson(JsonCursor::parse(json, source));
}

RuleSet RuleSet::defaults()
{
    return parse(RoutingResources::read(u"rules.json"_s), RoutingResources::path(u"rules.json"_s));
}

} // namespace panorama::routing
