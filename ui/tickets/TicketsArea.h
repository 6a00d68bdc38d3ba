#pragma once

#include <QWidget>

class QSplitter;

namespace panorama {

class AgentSession;
class CommandController;
class TicketQueuePanel;
class TicketView;

// The Tickets area: the queue on the left, the open ticket on the right, ticket creation (from a customer or an
// order) and the commands an agent uses all day (reply, note, quick reply, solve, assign to me, next ticket).
class TicketsArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketsArea)
public:
    TicketsArea(AgentSession &session, CommandController &commands, QWidget *parent = nullptr);

    void openTicket(const QString &ticketId);
    void createTicket(const QString &customerId, const QString &orderId, const QString &category);
    TicketQueuePanel *queue() const { return m_queue; }
    TicketView *ticketView() const { return m_view; }
    // Puts the keyboard in the area: the composer of the open ticket, else the queue.
    void focusDefault();

public Q_SLOTS:
    void reload(const QStringList &tables);

Q_SIGNALS:
    void openCustomerRequested(const QString &customerId);
    void message(const QString &text);
    void ticketCreated(const QString &ticketId);

private:
    void addCommands(CommandController &commands);
    void afterCreate(const QString &ticketId, const QString &note, const QString &error);

    AgentSession &m_session;
    CommandController &m_commands;
    TicketQueuePanel *m_queue;
    TicketView *m_view;
    QSplitter *m_split;
};

} // namespace panorama
