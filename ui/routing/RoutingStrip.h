#pragma once

#include "core/domain/CustomerRecords.h"
#include "models/RoutingData.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace panorama {

class AgentSession;

// The routing line of a ticket: the confidence of its category, the explanation ("Size team: category size
// problem 0.93; VIP → advisor Li Na", every step in the tooltip) and *Correct category*, which stores the agent's
// category through the session (the server keeps it as training data for its model). A repeated question's
// suggested answer goes into the reply with one click.
class RoutingStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingStrip)
public:
    explicit RoutingStrip(AgentSession &session, QWidget *parent = nullptr);

    void setTicket(const TicketRecord &ticket);
    const RoutingView &view() const { return m_view; }
    void correctCategory(const QString &category);

Q_SIGNALS:
    void message(const QString &text);
    // The suggested answer to a repeated question, for the reply (the agent checks it before sending).
    void insertRequested(const QString &text);

private:
    AgentSession &m_session;
    RoutingData m_data;
    QString m_ticketId;
    RoutingView m_view;
    QLabel *m_confidence;
    QLabel *m_explanation;
    QToolButton *m_correct;
    QToolButton *m_suggestion;
};

} // namespace panorama
