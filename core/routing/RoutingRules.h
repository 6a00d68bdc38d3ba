#pragma once

#include "core/routing/LocalizedText.h"
#include "core/routing/Priority.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace panorama::routing {

class AgentRoster;
class JsonCursor;
class Taxonomy;

// When a rule applies. Every field that is set must hold; a list holds when any of its items does.
struct RuleCondition
{
    QStringList categories;              // the classified (or agent-chosen) category
    std::optional<double> minConfidence; // classifier confidence at least
    std::optional<bool> needsTriage;     // the classifier could not place the ticket
    QStringList tiers;                   // customer membership tier
    std::optional<bool> vip;             // platinum or flagged high-value
    QStringList languages;               // ticket language: en, zh
    QStringList channels;                // web, app, wechat, email, phone, store, agent
    QStringList textContains;            // any of these words or phrases (normalised: case, width, Traditional)
    QList<Priority> priorities;          // the priority so far (after earlier rules)
    std::optional<bool> createdByAgent;

    bool isUnconditional() const;
};

// What a rule does. `team` decides where the ticket goes; everything else adjusts the decision.
struct RuleAction
{
    QString team;                        // destination queue; the first matching rule with a team decides
    QString overflowTeam;                // used when nobody in `team` can take the ticket now
    bool dedicatedAdvisor = false;       // prefer the customer's own advisor when they have capacity
    QString agent;                       // prefer this agent when they have capacity
    std::optional<Priority> priority;    // set
    std::optional<Priority> minPriority; // raise to at least
    QStringList skills;                  // the assignee must have all of these
    QStringList tags;

    bool hasEffect() const;
};

// One routing rule, evaluated in file order.
struct RoutingRule
{
    QString id;
    LocalizedText name; // shown in the explanation
    RuleCondition when;
    RuleAction then;
    // A rule that sets a team ends the evaluation unless it continues (later modifiers still apply then, but
    // later teams do not replace it).
    bool continueAfterMatch = false;
    bool enabled = true;
};

// Routing rules as data (resources/routing/rules.json): ordered rules plus the triage and default queues.
// Parsing validates structure and values; check() cross-checks categories against a taxonomy and teams,
// agents and skills against a roster.
class RuleSet final
{
public:
    const QString &version() const { return m_version; }
    const QList<RoutingRule> &rules() const { return m_rules; }
    const QString &triageTeam() const { return m_triageTeam; }   // tickets the classifier cannot place
    const QString &defaultTeam() const { return m_defaultTeam; } // tickets no rule sends anywhere
    // Only agents who speak the ticket's language are picked (default true).
    bool requireLanguage() const { return m_requireLanguage; }

    // Problems that make the rules unusable with this taxonomy/roster (unknown category, team, agent), plus
    // rules that can never match because an earlier unconditional rule ends evaluation. Empty when sound.
    QStringList check(const Taxonomy &taxonomy, const AgentRoster *roster = nullptr) const;

    QJsonObject toJson() const;
    static RuleSet fromJson(const JsonCursor &root);
    static RuleSet load(const QString &path);
    static RuleSet parse(const QByteArray &json, const QString &source);
    static RuleSet defaults(); // resources/routing/rules.json

private:
    QString m_version;
    QString m_triageTeam;
    QString m_defaultTeam;
    bool m_requireLanguage = true;
    QList<RoutingRule> m_rules;
};

} // namespace panorama::routing
