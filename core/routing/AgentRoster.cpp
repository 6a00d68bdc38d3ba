#include "core/routing/AgentRoster.h"

#include "core/routing/JsonCursor.h"
#include "core/routing/RoutingResources.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama::routing {

bool Agent::hasSkills(const QStringList &required) const
{
    for (const QString &s : required) {
        if (!skills.contains(s))
            return false;
    }
    return true;
}

const Team *AgentRoster::team(const QString &id) const
{
    for (const Team &t : m_teams) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const Agent *AgentRoster::agent(const QString &id) const
{
    for (const Agent &a : m_agents) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

Agent *AgentRoster::mutableAgent(const QString &id)
{
    for (Agent &a : m_agents) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QList<const Agent *> AgentRoster::membersOf(const QString &teamId) const
{
    QList<const Agent *> out;
    for (const Agent &a : m_agents) {
        if (a.teams.contains(teamId))
            out.append(&a);
    }
    return out;
}

bool AgentRoster::setOnline(const QString &agentId, bool online)
{
    Agent *a = mutableAgent(agentId);
    if (a)
        a->online = online;
    return a != nullptr;
}

bool AgentRoster::setLoad(const QString &agentId, int load)
{
    Agent *a = mutableAgent(agentId);
    if (a)
        a->load = std::max(load, 0);
    return a != nullptr;
}

bool AgentRoster::addLoad(const QString &agentId, int delta)
{
    Agent *a = mutableAgent(agentId);
    if (a)
        a->load = std::max(a->load + delta, 0);
    return a != nullptr;
}

QJsonObject AgentRoster::toJson() const
{
    QJsonArray teams;
    for (const Team &t : m_teams)
        teams.append(QJsonObject{{u"id"_s, t.id}, {u"name"_s, t.name.toJson()}, {u"supervisor"_s, t.supervisorId}});
    QJsonArray agents;
    for (const Agent &a : m_agents)
        agents.append(QJsonObject{{u"id"_s, a.id},
                                  {u"name"_s, a.name.toJson()},
                                  {u"teams"_s, QJsonArray::fromStringList(a.teams)},
                                  {u"skills"_s, QJsonArray::fromStringList(a.skills)},
                                  {u"languages"_s, QJsonArray::fromStringList(a.languages)},
                                  {u"capacity"_s, a.capacity},
                                  {u"load"_s, a.load},
                                  {u"online"_s, a.online}});
    return {{u"teams"_s, teams}, {u"agents"_s, agents}};
}

AgentRoster AgentRoster::fromJson(const JsonCursor &root)
{
    root.allowOnly({u"teams"_s, u"agents"_s, u"comment"_s});
    AgentRoster r;
    QSet<QString> teamIds;
    const QList<JsonCursor> teams = root.at(u"teams"_s).elements();
    for (const JsonCursor &c : teams) {
        c.allowOnly({u"id"_s, u"name"_s, u"supervisor"_s});
        Team t;
        t.id = c.at(u"id"_s).identifier();
        if (teamIds.contains(t.id))
            c.at(u"id"_s).fail(u"duplicate team id '%1'"_s.arg(t.id));
        teamIds.insert(t.id);
        t.name = LocalizedText::fromJson(c.at(u"name"_s));
        if (const auto s = c.find(u"supervisor"_s))
            t.supervisorId = s->identifier();
        r.m_teams.append(t);
    }
    QSet<QString> agentIds;
    for (const JsonCursor &c : root.at(u"agents"_s).elements()) {
        c.allowOnly(
            {u"id"_s, u"name"_s, u"teams"_s, u"skills"_s, u"languages"_s, u"capacity"_s, u"load"_s, u"online"_s});
        Agent a;
        a.id = c.at(u"id"_s).identifier();
        if (agentIds.contains(a.id))
            c.at(u"id"_s).fail(u"duplicate agent id '%1'"_s.arg(a.id));
        agentIds.insert(a.id);
        a.name = LocalizedText::fromJson(c.at(u"name"_s));
        const JsonCursor teamList = c.at(u"teams"_s);
        for (const JsonCursor &t : teamList.elements()) {
            const QString id = t.identifier();
            if (!teamIds.contains(id))
                t.fail(u"unknown team '%1'"_s.arg(id));
            a.teams.append(id);
        }
        a.skills = c.identifiersOr(u"skills"_s);
        const JsonCursor langs = c.at(u"languages"_s);
        for (const JsonCursor &l : langs.elements()) {
            const QString lang = l.identifier();
            if (lang != u"en"_s && lang != u"zh"_s)
                l.fail(u"unknown language '%1' (en or zh)"_s.arg(lang));
            a.languages.append(lang);
        }
        if (a.languages.isEmpty())
            langs.fail(u"an agent needs at least one language"_s);
        a.capacity = c.integerOr(u"capacity"_s, a.capacity, 0, 1000);
        a.load = c.integerOr(u"load"_s, 0, 0, 100000);
        a.online = c.booleanOr(u"online"_s, true);
        r.m_agents.append(a);
    }
    for (qsizetype i = 0; i < r.m_teams.size(); ++i) {
        const QString &sup = r.m_teams.at(i).supervisorId;
        if (!sup.isEmpty() && !agentIds.contains(sup))
            teams.at(i).at(u"supervisor"_s).fail(u"unknown agent '%1'"_s.arg(sup));
    }
    return r;
}

AgentRoster AgentRoster::load(const QString &path)
{
    return fromJson(JsonCursor::load(path));
}

AgentRoster AgentRoster::parse(const QByteArray &json, const QString &source)
{
    return fromJson(JsonCursor::parse(json, source));
}

AgentRoster AgentRoster::example()
{
    return parse(RoutingResources::read(u"roster.example.json"_s), RoutingResources::path(u"roster.example.json"_s));
}

} // namespace panorama::routing
