#pragma once

#include "core/routing/Clock.h"
#include "core/routing/Router.h"
#include "core/routing/SlaPolicy.h"
#include "core/routing/Suggestion.h"
#include "core/routing/TextClassifier.h"

#include <memory>
#include <mutex>

namespace panorama::routing {

// The routing service the UI and the server call: classify → rules → assignee → suggested answer → SLA
// deadlines, in one decision with its explanation. Configuration is data (taxonomy, rules, SLA policy, model
// blob); a new model can be installed while tickets are being routed. route() is thread-safe.
class RoutingEngine final
{
public:
    RoutingEngine(Taxonomy taxonomy, RuleSet rules, SlaPolicy sla, const Clock &clock = SystemClock::instance());
    // The shipped defaults (taxonomy, rules, SLA policy, quick replies); no classifier until one is installed.
    static std::unique_ptr<RoutingEngine> withDefaults(const Clock &clock = SystemClock::instance());

    // Throws RoutingError(BadModel) when the model predicts categories outside the taxonomy or was trained
    // for another taxonomy id; the engine keeps its previous model then.
    void setClassifier(std::shared_ptr<const TextClassifier> classifier);
    // Installs a model blob as synced from the server; returns its version id.
    QString installModel(const QByteArray &blob, const QString &source = QStringLiteral("synced model"));
    std::shared_ptr<const TextClassifier> classifier() const;

    void addSuggestionSource(std::shared_ptr<const SuggestionSource> source);

    RoutingDecision route(const TicketInput &ticket, const AgentRoster &roster) const;
    // Books the decision's assignee into the roster (one more open ticket).
    static void commit(const RoutingDecision &decision, AgentRoster &roster);

    const Taxonomy &taxonomy() const { return m_router.taxonomy(); }
    const RuleSet &rules() const { return m_router.rules(); }
    const SlaPolicy &slaPolicy() const { return m_sla; }
    const Clock &clock() const { return m_clock; }

private:
    Router m_router;
    SlaPolicy m_sla;
    const Clock &m_clock;
    mutable std::mutex m_mutex; // guards the pointers below, not the objects (they are immutable)
    std::shared_ptr<const TextClassifier> m_classifier;
    std::vector<std::shared_ptr<const SuggestionSource>> m_suggestions;
};

} // namespace panorama::routing
