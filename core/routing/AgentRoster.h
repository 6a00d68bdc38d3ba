#pragma once

#include "core/routing/LocalizedText.h"

#include <QList>
#include <QStringList>

namespace panorama::routing {

class JsonCursor;

// An agent as routing sees them: what they can handle and how busy they are right now.
struct Agent
{
    QString id;
    LocalizedText name;    // "Li Na" / "李娜"
    QStringList teams;     // team ids
    QStringList skills;    // e.g. sizing, invoice, vip
    QStringList languages; // en, zh
    int capacity = 8;      // open tickets they can hold at once
    int load = 0;          // open tickets they hold now
    bool online = true;

    bool hasCapacity() const { return online && load < capacity; }
    bool speaks(const QString &language) const { return languages.contains(language); }
    bool hasSkills(const QStringList &required) const;
    double utilisation() const { return capacity > 0 ? double(load) / capacity : 1.0; }
};

// A queue of work with the agents who serve it and the supervisor who answers for its SLAs.
struct Team
{
    QString id;
    LocalizedText name;
    QString supervisorId; // an agent id (may be outside the team)
};

// The teams and agents routing can assign to, with live presence and load. Loaded from JSON (the server's
// directory export) and updated in place as agents log in, pick up and close tickets.
class AgentRoster final
{
public:
    const QList<Team> &teams() const { return m_teams; }
    const QList<Agent> &agents() const { return m_agents; }
    const Team *team(const QString &id) const;
    const Agent *agent(const QString &id) const;
    QList<const Agent *> membersOf(const QString &teamId) const;

    // Live updates; return false for an unknown agent.
    bool setOnline(const QString &agentId, bool online);
    bool setLoad(const QString &agentId, int load);
    bool addLoad(const QString &agentId, int delta);

    void addTeam(const Team &team) { m_teams.append(team); }
    void addAgent(const Agent &agent) { m_agents.append(agent); }

    QJsonObject toJson() const;
    // Validates unique ids, known teams and supervisors, languages en/zh, capacity >= 0, load >= 0.
    static AgentRoster fromJson(const JsonCursor &root);
    static AgentRoster load(const QString &path);
    static AgentRoster parse(const QByteArray &json, const QString &source);
    static AgentRoster example(); // resources/routing/roster.example.json

private:
    Agent *mutableAgent(const QString &id);

    QList<Team> m_teams;
    QList<Agent> m_agents;
};

} // namespace panorama::routing
