#pragma once

#include "core/domain/CustomerRecords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace panorama {

class Database;

namespace routing {
class RoutingEngine;
}

// Why a ticket sits where it is, as the ticket view shows it.
struct RoutingView
{
    QString category;      // the ticket's category (the row's)
    double confidence = 0; // 0: unknown (an agent chose it, or an import)
    bool manualTriage = false;
    QString source;  // "agent" (corrected or chosen), "server" (routed there), "local" (computed here), "import"
    QString summary; // one line
    QStringList steps;
    QString modelVersion;
    QString suggestion;      // a ready-to-send answer to a repeated question ("" : none)
    QString suggestionTitle; // what it answers
};

// Open tickets of one team, for the supervisor's queue-load view.
struct TeamLoad
{
    QString team;
    qint64 open = 0;
    qint64 unassigned = 0;
    qint64 breaching = 0;
    qint64 agents = 0; // staff of the team
};

// Routing for the workstation: the decision the server stored on a ticket, or when there is none (a ticket created
// offline, an older cache) the same engine run here with the shipped rules and the built-in seed model; the
// agent's category correction (training data for the server's model); the queue load per team.
class RoutingData final
{
public:
    explicit RoutingData(Database &db);
    ~RoutingData();

    // `chinese`: the language of the explanation.
    RoutingView view(const TicketRecord &ticket, bool chinese);
    QList<TeamLoad> queueLoad(qint64 nowMs);
    // The routing rules in force here (the shipped file until the server syncs its own), as JSON text.
    static QString rulesJson();
    // Validates a rule file against the taxonomy: every problem, one per line; empty when it is sound.
    static QStringList validateRules(const QByteArray &json);

    // The edit: sets the ticket's category as the agent's (category_source "agent") with the outbox mutation
    // ticket.correct_category {category}, which the server keeps as a labelled example. Throws SyncError.
    static QString correctCategory(Database &db, const QString &ticketId, const QString &category);

private:
    routing::RoutingEngine &engine();

    Database &m_db;
    std::unique_ptr<routing::RoutingEngine> m_engine;
};

} // namespace panorama
