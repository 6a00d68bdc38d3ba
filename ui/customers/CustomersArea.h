#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace panorama {

class AgentSession;
class Command;
class CommandController;
class CustomerView;

// The Customers area: customers open in tabs so an agent can hold several at once, a start page with the recent
// ones, and the commands that act on the current customer (reveal, new ticket, tags, merge, tab handling).
class CustomersArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersArea)
public:
    CustomersArea(AgentSession &session, CommandController &commands, QWidget *parent = nullptr);

    // Opens the customer in a tab (or switches to it); returns the view, or nullptr if the id is unknown.
    CustomerView *openCustomer(const QString &customerId);
    CustomerView *currentView() const;
    int openCount() const;
    QTabWidget *tabs() const { return m_tabs; }
    // Puts the keyboard in the area (the current customer's orders, or the recent list), so its shortcuts work.
    void focusDefault();

public Q_SLOTS:
    void reload(const QStringList &tables);
    void revealCurrent(const QString &identityId = {});
    void closeCurrent();

Q_SIGNALS:
    void openTicketRequested(const QString &ticketId);
    void newTicketRequested(const QString &customerId, const QString &orderId, const QString &category);
    void message(const QString &text);

private:
    void addCommands(CommandController &commands);
    void updateCommands();
    void remember(const QString &customerId, const QString &name);
    void addTag();

    AgentSession &m_session;
    CommandController &m_commands;
    QStackedWidget *m_stack;
    QWidget *m_start;
    QListWidget *m_recent;
    QTabWidget *m_tabs;
};

} // namespace panorama
