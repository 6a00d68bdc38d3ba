#pragma once

#include "core/routing/RoutingEngine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>

#include <memory>

class QHttpServer;

namespace panorama::server {

class HttpApi;
class MutationApplier;
class RowStore;
class ServerCore;
class ServerDb;

// Routing on the server: every new ticket (pushed by a client or imported) is classified, prioritised and routed
// by the worker within a poll interval, and the decision is written on the ticket (category, confidence,
// category_source = model, priority, team, assignee, routing_explanation, suggestion, first_response_due_at,
// sla_due_at, routing_model, routed_at) so clients see it after their next pull. The model is trained here from
// the labelled history (imported categories and agent corrections, mutation ticket.correct_category), versioned
// and stored in engine_configs (kind routing_model; clients fetch the blob from GET /api/v1/routing/model).
// The SLA scan writes warnings (75 % of the target used) and breaches as qa_alerts rows (rule_kind "sla") for
// the assignee and the supervisors; the notifier's WebSocket message follows the version counter.
class RoutingService final
{
public:
    explicit RoutingService(ServerCore &core);

    void registerMutations(MutationApplier &mutations);
    void installRoutes(HttpApi &api, QHttpServer &http);

    // Routes the tickets synced since the last call; returns how many were routed. Trains a first model when
    // none is stored.
    int poll(int limit = 200);
    // Raises SLA warnings and breaches due at `now` (each once); returns how many alerts were written.
    int scanSla(const QDateTime &now);

    struct TrainResult
    {
        QJsonObject config; // the stored revision (without the blob)
        QJsonObject report; // ClassifierTrainer's report plus the data counts
    };
    // Trains on the labelled history (falls back to the seed tickets when it holds fewer than 2 categories).
    TrainResult train(const QString &userId);
    // Validates and stores a routing rule file; throws ApiError(422) naming every problem (nothing changes then).
    QJsonObject setRules(const QByteArray &json, const QString &userId);
    QJsonObject rulesJson(bool withBody);
    QJsonObject classify(const QJsonObject &ticket);

    std::shared_ptr<const routing::RoutingEngine> engine() const;
    routing::AgentRoster roster();
    // Inside a write transaction: routes one new ticket and writes the decision; false when there is nothing to do
    // (routed already, not new) or no model yet.
    bool routeNow(ServerDb &db, RowStore &rows, const QString &ticketId);
    void reloadConfigs();

    static QString cursorKey();
    // Category names: the taxonomy's ids and the tickets table's vocabulary differ in one place (presale).
    static QString toTicketCategory(const QString &taxonomyId);
    static QString toTaxonomyCategory(const QString &ticketCategory);

private:
    // Without a transaction of their own (callers hold one).
    static routing::AgentRoster loadRoster(ServerDb &db);
    static routing::TicketInput ticketInput(ServerDb &db, const QVariantMap &ticketRow);
    static QVariantMap decisionFields(const routing::RoutingDecision &decision);
    std::shared_ptr<routing::RoutingEngine> buildEngine(const QByteArray &rulesJson, const QString &source) const;
    void ensureModel();

    ServerCore &m_core;
    mutable QMutex m_mutex; // guards the members below
    std::shared_ptr<routing::RoutingEngine> m_engine;
    std::shared_ptr<const routing::TextClassifier> m_classifier;
    qint64 m_rulesRevision = -1;
    qint64 m_modelRevision = -1;
};

} // namespace panorama::server
