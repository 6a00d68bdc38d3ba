#include "ui/MainWindow.h"

#include "ui/AgentSession.h"
#include "ui/areas/DashboardArea.h"
#include "ui/areas/QaAlertsArea.h"
#include "ui/areas/UnavailableArea.h"
#include "ui/commands/CommandController.h"
#include "ui/customers/CustomersArea.h"
#include "ui/settings/Settings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/GlobalSearch.h"
#include "ui/shell/NavigationBar.h"
#include "ui/shell/ShortcutOverlay.h"
#include "ui/shell/SyncStatus.h"
#include "ui/sync/SyncInbox.h"
#include "ui/tickets/Composer.h"
#include "ui/tickets/TicketView.h"
#include "ui/tickets/TicketsArea.h"
#ifdef PANORAMA_HAS_SEARCH
#include "ui/knowledge/KnowledgeArea.h"
#endif
#ifdef PANORAMA_HAS_ROUTING
#include "ui/routing/RoutingAdminDialog.h"
#endif
#ifdef PANORAMA_HAS_SIZING
#include "ui/customers/CustomerView.h"
#include "ui/sizing/SizingArea.h"
#endif

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace panorama {

MainWindow::MainWindow(AgentSession &session, Settings &settings, ExtraAreas extra, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_settings(settings), m_commands(new CommandController(session, this)),
      m_search(new GlobalSearch(session.database(), this)), m_nav(new NavigationBar(this)),
      m_stack(new QStackedWidget(this)), m_status(new SyncStatus(session, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Panorama — customer service"));
    setWindowIcon(QIcon(u":/panorama/ui/icons/panorama.svg"_s));

    auto *bar = new QToolBar(tr("Search"), this);
    bar->setObjectName(u"searchBar"_s);
    bar->setMovable(false);
    bar->setFloatable(false);
    auto *brand = new QLabel(tr("Panorama"), bar);
    brand->setProperty("role", u"brand"_s);
    bar->addWidget(brand);
    auto *spacer = new QWidget(bar);
    spacer->setFixedWidth(24);
    bar->addWidget(spacer);
    bar->addWidget(m_search);
    addToolBar(Qt::TopToolBarArea, bar);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->addPermanentWidget(m_status);

    buildAreas(extra);
    buildCommands();
    buildMenus();
    m_overlay = new ShortcutOverlay(*m_commands, this);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QWidget *w = m_areas.value(m_nav->keyAt(row)))
            m_stack->setCurrentWidget(w);
    });
    // Choosing an area with the mouse or the arrows and Enter takes the keyboard into it.
    connect(m_nav, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showArea(item->data(Qt::UserRole).toString()); });
    connect(m_search, &GlobalSearch::customerChosen, this, &MainWindow::openCustomer);
    connect(m_status, &SyncStatus::conflictsRequested, this, [this] { openSyncInbox(SyncInbox::Conflicts); });
    connect(m_status, &SyncStatus::outboxRequested, this, [this] { openSyncInbox(SyncInbox::Outbox); });
    connect(&m_session, &AgentSession::notice, this, &MainWindow::showMessage);
    connect(&m_session, &AgentSession::tablesChanged, m_customers, &CustomersArea::reload);
    connect(&m_session, &AgentSession::tablesChanged, m_tickets, &TicketsArea::reload);

    showArea(u"customers"_s);
    resize(1440, 900);
    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    m_search->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(const QString &key, const QString &text, const QString &icon, QWidget *area, int number)
{
    m_stack->addWidget(area);
    m_areas.insert(key, area);
    m_nav->addArea(key, text, QIcon(u":/panorama/ui/icons/%1.svg"_s.arg(icon)), u"Ctrl+%1"_s.arg(number));
}

void MainWindow::buildAreas(ExtraAreas extra)
{
    m_customers = new CustomersArea(m_session, *m_commands, this);
    m_tickets = new TicketsArea(m_session, *m_commands, this);
    m_qa = new QaAlertsArea(m_session, *m_commands, this);
    m_dashboard = new DashboardArea(m_session, this);
    QWidget *knowledge = extra.knowledge
                             ? extra.knowledge
                             : new UnavailableArea(u"knowledgeArea"_s, tr("Knowledge"),
                                                   tr("Knowledge-base search is not part of this build of Panorama. "
                                                      "Quick replies still work in the ticket composer (Ctrl+M)."),
                                                   this);
#ifdef PANORAMA_HAS_SIZING
    if (!extra.sizing) {
        m_sizing = new SizingArea(m_session, this);
        connect(m_sizing, &SizingArea::message, this, &MainWindow::showMessage);
        extra.sizing = m_sizing;
    }
#endif
    QWidget *sizing = extra.sizing ? extra.sizing
                                   : new UnavailableArea(u"sizingArea"_s, tr("Sizing"),
                                                         tr("The sizing assistant is not part of this build of "
                                                            "Panorama. Body measurements stay visible in the "
                                                            "customer view."),
                                                         this);
    addArea(u"customers"_s, tr("Customers"), u"customers"_s, m_customers, 1);
    addArea(u"tickets"_s, tr("Tickets"), u"tickets"_s, m_tickets, 2);
    addArea(u"knowledge"_s, tr("Knowledge"), u"knowledge"_s, knowledge, 3);
    addArea(u"sizing"_s, tr("Sizing"), u"sizing"_s, sizing, 4);
    addArea(u"qa"_s, tr("QA alerts"), u"qa"_s, m_qa, 5);
    addArea(u"dashboard"_s, tr("Dashboard"), u"dashboard"_s, m_dashboard, 6);

    connect(m_customers, &CustomersArea::openTicketRequested, this, &MainWindow::openTicket);
    connect(m_customers, &CustomersArea::newTicketRequested, this,
            [this](const QString &customer, const QString &order, const QString &category) {
                m_tickets->createTicket(customer, order, category);
            });
    connect(m_customers, &CustomersArea::message, this, &MainWindow::showMessage);
    connect(m_tickets, &TicketsArea::openCustomerRequested, this, &MainWindow::openCustomer);
    connect(m_tickets, &TicketsArea::message, this, &MainWindow::showMessage);
    connect(m_tickets, &TicketsArea::ticketCreated, this, [this] { showArea(u"tickets"_s); });
    connect(m_qa, &QaAlertsArea::openTicketRequested, this, &MainWindow::openTicket);
    connect(m_qa, &QaAlertsArea::message, this, &MainWindow::showMessage);
#ifdef PANORAMA_HAS_SEARCH
    if (auto *k = qobject_cast<KnowledgeArea *>(knowledge)) {
        m_knowledge = k;
        connect(k, &KnowledgeArea::insertRequested, this, &MainWindow::insertIntoReply);
    }
#endif
}

void MainWindow::buildCommands()
{
    const QString general = tr("General");
    auto add = [&](const QString &id, const QString &text, const QKeySequence &key, Command::Needs needs = {}) {
        Command *c = m_commands->add(id, text, key, std::move(needs), this, general);
        addAction(c->action());
        return c;
    };
    add(u"app.search"_s, tr("Find a customer"), QKeySequence(u"Ctrl+K"_s))->setHandler([this] {
        m_search->activate();
    });
    const QList<std::pair<QString, QString>> areas{
        {u"customers"_s, tr("Go to Customers")}, {u"tickets"_s, tr("Go to Tickets")},
        {u"knowledge"_s, tr("Go to Knowledge")}, {u"sizing"_s, tr("Go to Sizing")},
        {u"qa"_s, tr("Go to QA alerts")},        {u"dashboard"_s, tr("Go to Dashboard")}};
    int n = 1;
    for (const auto &[key, text] : areas) {
        // QA alerts: supervisors review every alert; an agent's cache holds their own to acknowledge or dispute.
        Command *c = add(u"nav."_s + key, text, QKeySequence(u"Ctrl+%1"_s.arg(n++)), {.online = false, .roles = {}});
        c->setHandler([this, key] { showArea(key); });
    }
#ifdef PANORAMA_HAS_SIZING
    Command *sizing = add(u"sizing.open"_s, tr("Size advice for this customer, order line or ticket"),
                          QKeySequence(u"Ctrl+Shift+Z"_s));
    sizing->setHandler([this] { openSizing(); });
#endif
#ifdef PANORAMA_HAS_ROUTING
    Command *routing = add(u"routing.admin"_s, tr("Routing rules and queue load…"), QKeySequence(u"Ctrl+Shift+L"_s),
                           {.online = false, .roles = {u"supervisor"_s, u"admin"_s}});
    routing->setHandler([this] {
        auto *dialog = new RoutingAdminDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
#endif
    Command *online = add(u"sync.toggle"_s, tr("Work online / offline"), QKeySequence(u"Ctrl+Shift+O"_s));
    online->setCondition([this] { return m_session.server().isEmpty() ? tr("This cache has no server.") : QString(); });
    online->setHandler([this] { m_session.setOnline(!m_session.isOnline()); });
    Command *now = add(u"sync.now"_s, tr("Sync now"), QKeySequence(u"F5"_s), {.online = true, .roles = {}});
    now->setHandler([this] { m_session.syncNow(); });
    add(u"sync.conflicts"_s, tr("Conflict inbox…"), QKeySequence(u"Ctrl+Shift+C"_s))->setHandler([this] {
        openSyncInbox(SyncInbox::Conflicts);
    });
    add(u"sync.outbox"_s, tr("Outbox…"), QKeySequence(u"Ctrl+Shift+U"_s))->setHandler([this] {
        openSyncInbox(SyncInbox::Outbox);
    });
    add(u"app.settings"_s, tr("Settings…"), QKeySequence(u"Ctrl+,"_s))->setHandler([this] { openSettings(); });
    add(u"app.shortcuts"_s, tr("Keyboard shortcuts"), QKeySequence(u"F1"_s))->setHandler([this] {
        m_overlay->toggle();
    });
    add(u"app.quit"_s, tr("Quit"), QKeySequence(u"Ctrl+Q"_s))->setHandler([this] { close(); });
    m_commands->updateAll();
}

void MainWindow::buildMenus()
{
    auto action = [this](const QString &id) { return m_commands->find(id)->action(); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(u"app.settings"_s));
    file->addSeparator();
    file->addAction(action(u"app.quit"_s));
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(action(u"app.search"_s));
    go->addSeparator();
    for (const char *key : {"customers", "tickets", "knowledge", "sizing", "qa", "dashboard"})
        go->addAction(action(u"nav."_s + QLatin1StringView(key)));
    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    for (const char *id : {"customer.reveal", "customer.newTicket", "customer.newOrderTicket", "customer.addTag",
                           "customer.merge", "customer.close"})
        customer->addAction(action(QString::fromLatin1(id)));
    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    for (const char *id :
         {"ticket.reply", "ticket.toggleNote", "ticket.quickReply", "ticket.send", "ticket.solve", "ticket.pending",
          "ticket.assignMe", "ticket.openCustomer", "ticket.next", "ticket.previous"})
        ticket->addAction(action(QString::fromLatin1(id)));
    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    for (const char *id : {"sync.toggle", "sync.now", "sync.conflicts", "sync.outbox"})
        sync->addAction(action(QString::fromLatin1(id)));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(u"app.shortcuts"_s));
    help->addAction(tr("About Panorama"), this, [this] {
        QMessageBox::about(this, tr("About Panorama"),
                           tr("<b>Panorama</b> %1<br>The customer-service workstation of Lumen &amp; Loom.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showArea(const QString &key)
{
    const int row = m_nav->rowOf(key);
    if (row < 0 || m_nav->isRowHidden(row))
        return;
    m_nav->setCurrentRow(row);
    QWidget *area = m_areas.value(key);
    m_stack->setCurrentWidget(area);
    m_commands->updateAll();
    // The area's shortcuts work from inside it: move the keyboard there unless it already is.
    if (!area->isAncestorOf(QApplication::focusWidget())) {
        if (area == m_customers)
            m_customers->focusDefault();
        else if (area == m_tickets)
            m_tickets->focusDefault();
#ifdef PANORAMA_HAS_SEARCH
        else if (m_knowledge && area == m_knowledge)
            qobject_cast<KnowledgeArea *>(m_knowledge)->focusDefault();
#endif
        else
            area->setFocus(Qt::OtherFocusReason);
    }
}

QString MainWindow::currentArea() const
{
    return m_areas.key(m_stack->currentWidget());
}

void MainWindow::openCustomer(const QString &customerId)
{
    showArea(u"customers"_s);
    if (m_customers->openCustomer(customerId))
        m_customers->focusDefault();
}

void MainWindow::openTicket(const QString &ticketId)
{
    showArea(u"tickets"_s);
    m_tickets->openTicket(ticketId);
}

void MainWindow::openSizing()
{
#ifdef PANORAMA_HAS_SIZING
    // From where the agent is: the customer (and the selected order line), or the open ticket (and its order).
    QString customer, orderId, itemId;
    if (currentArea() == u"tickets"_s && m_tickets->ticketView()->ticket()) {
        customer = m_tickets->ticketView()->ticket()->customerId;
        orderId = m_tickets->ticketView()->ticket()->orderId;
    } else if (CustomerView *view = m_customers->currentView(); view && currentArea() == u"customers"_s) {
        customer = view->customerId();
        orderId = view->selectedOrderId();
        itemId = view->selectedOrderItemId();
    }
    if (!customer.isEmpty() || currentArea() != u"sizing"_s)
        m_sizing->open(customer, orderId, itemId);
    showArea(u"sizing"_s);
    m_sizing->focusDefault();
#endif
}

void MainWindow::insertIntoReply(const QString &text)
{
    if (!m_tickets->ticketView()->ticket()) {
        showMessage(tr("Open a ticket first: the text goes into its reply."));
        return;
    }
    showArea(u"tickets"_s);
    m_tickets->ticketView()->insertTemplate(text);
    showMessage(tr("Inserted into the reply; check it before sending."));
}

void MainWindow::openSyncInbox(int page)
{
    auto *inbox = findChild<SyncInbox *>(u"syncInbox"_s, Qt::FindDirectChildrenOnly);
    if (!inbox) {
        inbox = new SyncInbox(m_session, SyncInbox::Page(page), this);
        inbox->setAttribute(Qt::WA_DeleteOnClose);
    }
    inbox->showPage(SyncInbox::Page(page));
    inbox->show();
    inbox->raise();
    inbox->activateWindow();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowLayout(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace panorama
