#pragma once

#include "core/routing/AgentRoster.h"
#include "core/routing/RoutingDecision.h"
#include "core/routing/RoutingRules.h"
#include "core/routing/Taxonomy.h"
#include "core/routing/Ticket.h"

namespace panorama::routing {

// Applies the rule set to a classified ticket and picks the assignee from the roster: rules in order
// (the first rule with a team decides the queue; modifiers adjust priority, skills and advisor preference),
// then the customer's dedicated advisor or a named agent when they have capacity, else the least-loaded
// qualified agent of the team, its overflow team, or the team's queue. Every step is recorded in both
// languages. Pure: the roster is read, never changed.
class Router final
{
public:
    // Throws RoutingError(BadRules) when the rules name categories outside the taxonomy.
    Router(Taxonomy taxonomy, RuleSet rules);

    // `prediction` is the classifier's answer (absent when the ticket has a preset category or there is no
    // classifier, in which case a ticket without a preset category goes to triage).
    RoutingDecision route(const TicketInput &ticket, const std::optional<Prediction> &prediction,
                          const AgentRoster &roster) const;

    const Taxonomy &taxonomy() const { return m_taxonomy; }
    const RuleSet &rules() const { return m_rules; }

private:
    struct State;
    bool matches(const RoutingRule &rule, const State &state, QString *keyword) const;
    void assign(State &state, const AgentRoster &roster) const;

    Taxonomy m_taxonomy;
    RuleSet m_rules;
    std::vector<QStringList> m_normalizedKeywords; // per rule, for textContains
};

} // namespace panorama::routing
