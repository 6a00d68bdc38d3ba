#pragma once

#include "core/domain/CustomerRecords.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace panorama {

class AgentSession;
class Composer;
class ConversationModel;
class CustomerRepository;
class TicketRepository;
class ReplyCheck;
class RoutingStrip;

// One ticket: subject, customer and order, status, priority, category, team, assignee and a live SLA countdown,
// the conversation with internal notes, and the composer with quick replies. Status and assignment changes and
// messages go through the session's outbox.
class TicketView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketView)
public:
    explicit TicketView(AgentSession &session, QWidget *parent = nullptr);
    ~TicketView() override;

    void setTicket(const QString &ticketId);
    QString ticketId() const { return m_ticket ? m_ticket->id : QString(); }
    const std::optional<TicketRecord> &ticket() const { return m_ticket; }
    void reload();
    Composer *composer() const { return m_composer; }
    ReplyCheck *replyCheck() const { return m_check; }
    RoutingStrip *routing() const { return m_routing; }
    // A panel beside the ticket (reply suggestions, and whatever else helps answer it); tabs when there are several.
    void addSidePanel(QWidget *panel, const QString &title);

public Q_SLOTS:
    void focusComposer();
    void insertQuickReply();
    // Inserts text into the reply with this ticket's {{variables}} filled in (unknown ones stay visible).
    void insertTemplate(const QString &text);
    void toggleInternal();
    void setStatus(const QString &status);
    void assignToMe();

Q_SIGNALS:
    void openCustomerRequested(const QString &customerId);
    void message(const QString &text);
    void ticketChanged(const QString &ticketId);

private:
    void fill();
    void updateSla();
    void send(const QString &text, const QString &visibility);
    void assign(const QString &assigneeId, const QString &team);
    void done(const QString &what, const QString &error);
    QHash<QString, QString> replyValues() const;

    AgentSession &m_session;
    std::unique_ptr<TicketRepository> m_repo;
    std::unique_ptr<CustomerRepository> m_customers;
    std::optional<TicketRecord> m_ticket;
    QString m_orderNo;
    QString m_trackingNo;
    QString m_carrier;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_sla;
    QPushButton *m_customer;
    QLabel *m_order;
    QComboBox *m_status;
    QLabel *m_priority;
    QLabel *m_category;
    QLabel *m_channel;
    QComboBox *m_team;
    QComboBox *m_assignee;
    QPushButton *m_assignMe;
    ConversationModel *m_conversation;
    QListView *m_messages;
    Composer *m_composer;
    ReplyCheck *m_check = nullptr;     // null when the build has no QA capability
    RoutingStrip *m_routing = nullptr; // null when the build has no routing capability
    QTimer *m_clock;
    QSplitter *m_split;
    QTabWidget *m_side = nullptr;
};

} // namespace panorama
