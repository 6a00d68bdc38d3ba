#pragma once

#include <QHash>
#include <QMainWindow>

class QStackedWidget;

namespace panorama {

class AgentSession;
class CommandController;
class CustomersArea;
class DashboardArea;
class GlobalSearch;
class NavigationBar;
class QaAlertsArea;
class SizingArea;
class Settings;
class ShortcutOverlay;
class SyncStatus;
class TicketsArea;

// Areas whose engines the composition root provides; nullptr: the area says it is not in this build.
struct ExtraAreas
{
    QWidget *knowledge = nullptr;
    QWidget *sizing = nullptr;
};

// The workstation window. It only assembles: navigation, the global search, the areas (each its own widget with
// its own models), the always-visible sync status, menus and the shortcut overlay, and routes requests between
// areas (open this customer, open that ticket).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(AgentSession &session, Settings &settings, ExtraAreas extra = ExtraAreas(), QWidget *parent = nullptr);
    ~MainWindow() override;

    void showArea(const QString &key); // customers, tickets, knowledge, sizing, qa, dashboard
    QString currentArea() const;
    CustomersArea *customers() const { return m_customers; }
    TicketsArea *tickets() const { return m_tickets; }
    GlobalSearch *search() const { return m_search; }
    SyncStatus *syncStatus() const { return m_status; }
    CommandController *commands() const { return m_commands; }
    ShortcutOverlay *shortcutOverlay() const { return m_overlay; }
    QWidget *area(const QString &key) const { return m_areas.value(key); }

public Q_SLOTS:
    void openCustomer(const QString &customerId);
    void openTicket(const QString &ticketId);
    void openSyncInbox(int page);
    void openSettings();
    // Puts text (a knowledge-base article) into the open ticket's reply.
    void insertIntoReply(const QString &text);
    // The sizing assistant for the customer, order line or ticket in front of the agent (Ctrl+Shift+Z).
    void openSizing();
    void showMessage(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildAreas(ExtraAreas extra);
    void buildCommands();
    void buildMenus();
    void addArea(const QString &key, const QString &text, const QString &icon, QWidget *area, int number);

    AgentSession &m_session;
    Settings &m_settings;
    CommandController *m_commands;
    GlobalSearch *m_search;
    NavigationBar *m_nav;
    QStackedWidget *m_stack;
    SyncStatus *m_status;
    ShortcutOverlay *m_overlay = nullptr;
    CustomersArea *m_customers = nullptr;
    TicketsArea *m_tickets = nullptr;
    DashboardArea *m_dashboard = nullptr;
    QaAlertsArea *m_qa = nullptr;
    SizingArea *m_sizing = nullptr; // null when the build has no sizing engine
    QWidget *m_knowledge = nullptr; // a KnowledgeArea when the build has search
    QHash<QString, QWidget *> m_areas;
};

} // namespace panorama
