#include "ui/customers/CustomersArea.h"

#include "ui/AgentSession.h"
#include "ui/commands/CommandController.h"
#include "ui/common/Views.h"
#include "ui/customers/CustomerView.h"
#include "ui/customers/OrdersPanel.h"
#include "ui/customers/ProfilePanel.h"
#include "ui/customers/TagDialog.h"
#include "ui/reveal/RevealDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {
constexpr int kMaxRecent = 12;
}

CustomersArea::CustomersArea(AgentSession &session, CommandController &commands, QWidget *parent)
    : QWidget(parent), m_session(session), m_commands(commands), m_stack(new QStackedWidget(this)),
      m_start(new QWidget(this)), m_recent(new QListWidget(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(u"customersArea"_s);
    m_tabs->setObjectName(u"customerTabWidget"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open customers"));

    auto *hint = new QLabel(tr("<h2>Find a customer</h2><p>Press <b>Ctrl+K</b> and type a phone number, member ID, "
                               "order number, tracking number, e-mail, device ID or the first characters of a "
                               "name. Results appear as you type; <b>Enter</b> opens the customer in a tab.</p>"),
                            m_start);
    hint->setWordWrap(true);
    hint->setObjectName(u"customersHint"_s);
    m_recent->setObjectName(u"recentCustomers"_s);
    m_recent->setAccessibleName(tr("Recently opened customers"));
    auto *startLayout = new QVBoxLayout(m_start);
    startLayout->setContentsMargins(32, 24, 32, 24);
    startLayout->addWidget(hint);
    startLayout->addWidget(Views::heading(tr("Recently opened"), m_start));
    startLayout->addWidget(m_recent, 1);

    m_stack->addWidget(m_start);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *w = m_tabs->widget(index);
        m_tabs->removeTab(index);
        w->deleteLater();
        if (m_tabs->count() == 0)
            m_stack->setCurrentWidget(m_start);
        focusDefault(); // the keyboard stays in the area after closing a tab
        updateCommands();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // Switching tabs from the keyboard keeps the keyboard in the customer now shown.
        QWidget *focus = QApplication::focusWidget();
        if (!focus || isAncestorOf(focus))
            QTimer::singleShot(0, this, &CustomersArea::focusDefault);
        updateCommands();
    });
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openCustomer(item->data(Qt::UserRole).toString()); });
    connect(&m_session, &AgentSession::connectionChanged, this, &CustomersArea::updateCommands);
    addCommands(commands);
}

void CustomersArea::addCommands(CommandController &commands)
{
    const QString group = tr("Customer");
    auto add = [&](const QString &id, const QString &text, const QKeySequence &key, Command::Needs needs) {
        Command *c = commands.add(id, text, key, std::move(needs), this, group);
        c->action()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(c->action());
        return c;
    };
    const auto noCustomer = [this] { return currentView() ? QString() : tr("Open a customer first."); };

    Command *reveal = add(u"customer.reveal"_s, tr("&Reveal masked value…"), QKeySequence(u"Ctrl+Shift+R"_s),
                          {.online = true, .roles = {}});
    reveal->setDescription(tr("Show the full phone, e-mail or address with a stated reason (audited)"));
    reveal->setCondition([this] {
        CustomerView *v = currentView();
        if (!v)
            return tr("Open a customer first.");
        return v->revealTarget().table.isEmpty() ? tr("Nothing masked is selected.") : QString();
    });
    reveal->setHandler([this] { revealCurrent(); });

    Command *newTicket =
        add(u"customer.newTicket"_s, tr("&New ticket for this customer…"), QKeySequence(u"Ctrl+N"_s), {});
    newTicket->setCondition(noCustomer);
    newTicket->setHandler([this] {
        if (CustomerView *v = currentView())
            Q_EMIT newTicketRequested(v->customerId(), QString(), QString());
    });

    Command *orderTicket = add(u"customer.newOrderTicket"_s, tr("New ticket for the selected &order…"),
                               QKeySequence(u"Ctrl+Shift+N"_s), {});
    orderTicket->setCondition([this] {
        CustomerView *v = currentView();
        return v && !v->selectedOrderId().isEmpty() ? QString() : tr("Select an order first.");
    });
    orderTicket->setHandler([this] {
        if (CustomerView *v = currentView())
            Q_EMIT newTicketRequested(v->customerId(), v->selectedOrderId(), QString());
    });

    Command *tag = add(u"customer.addTag"_s, tr("Add &tag…"), QKeySequence(u"Ctrl+Shift+T"_s), {});
    tag->setCondition(noCustomer);
    tag->setHandler([this] { addTag(); });

    Command *merge = add(u"customer.merge"_s, tr("&Merge duplicate…"), QKeySequence(),
                         {.online = true, .roles = {u"supervisor"_s, u"admin"_s, u"agent"_s}});
    merge->setCondition([this] {
        if (!m_session.canMergeCustomers())
            return tr("Merging needs a server that supports merge and un-merge; this server does not yet.");
        CustomerView *v = currentView();
        return v && !v->profile()->selectedDuplicateId().isEmpty() ? QString() : tr("Select a possible duplicate.");
    });

    Command *close = add(u"customer.close"_s, tr("&Close customer tab"), QKeySequence(u"Ctrl+W"_s), {});
    close->setCondition(noCustomer);
    close->setHandler([this] { closeCurrent(); });
    Command *next = add(u"customer.nextTab"_s, tr("Next customer tab"), QKeySequence(u"Ctrl+Tab"_s), {});
    next->setCondition(noCustomer);
    next->setHandler([this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % qMax(1, m_tabs->count())); });
    Command *prev = add(u"customer.prevTab"_s, tr("Previous customer tab"), QKeySequence(u"Ctrl+Shift+Tab"_s), {});
    prev->setCondition(noCustomer);
    prev->setHandler([this] {
        const int n = qMax(1, m_tabs->count());
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + n - 1) % n);
    });
}

void CustomersArea::updateCommands()
{
    m_commands.updateAll();
    const QString why = m_session.isOnline() ? QString() : tr("Needs the server: you are offline.");
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *v = qobject_cast<CustomerView *>(m_tabs->widget(i))) {
            v->setRevealEnabled(m_session.isOnline(), why);
            v->profile()->setMergeAvailable(m_session.canMergeCustomers() && m_session.isOnline(),
                                            m_commands.find(u"customer.merge"_s)
                                                ? m_commands.find(u"customer.merge"_s)->blocker(m_commands.context())
                                                : QString());
        }
    }
}

void CustomersArea::focusDefault()
{
    if (CustomerView *v = currentView())
        v->orders()->view()->setFocus(Qt::OtherFocusReason);
    else
        m_recent->setFocus(Qt::OtherFocusReason);
}

CustomerView *CustomersArea::currentView() const
{
    return m_stack->currentWidget() == m_tabs ? qobject_cast<CustomerView *>(m_tabs->currentWidget()) : nullptr;
}

int CustomersArea::openCount() const
{
    return m_tabs->count();
}

CustomerView *CustomersArea::openCustomer(const QString &customerId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *v = qobject_cast<CustomerView *>(m_tabs->widget(i));
        if (v && v->customerId() == customerId) {
            m_stack->setCurrentWidget(m_tabs);
            m_tabs->setCurrentIndex(i);
            return v;
        }
    }
    auto *view = new CustomerView(m_session, customerId, m_tabs);
    if (!view->isValid()) {
        delete view;
        Q_EMIT message(tr("That customer is not in this cache (it may not have synced yet)."));
        return nullptr;
    }
    connect(view, &CustomerView::revealRequested, this, &CustomersArea::revealCurrent);
    connect(view, &CustomerView::openTicketRequested, this, &CustomersArea::openTicketRequested);
    connect(view, &CustomerView::openCustomerRequested, this, &CustomersArea::openCustomer);
    connect(view, &CustomerView::newTicketRequested, this, [this, view](const QString &orderId, const QString &cat) {
        Q_EMIT newTicketRequested(view->customerId(), orderId, cat);
    });
    connect(view, &CustomerView::addTagRequested, this, &CustomersArea::addTag);
    connect(view, &CustomerView::selectionChanged, this, &CustomersArea::updateCommands);
    const int index = m_tabs->addTab(view, view->displayName());
    m_tabs->setTabToolTip(index, view->displayName());
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
    remember(customerId, view->displayName());
    updateCommands();
    return view;
}

void CustomersArea::remember(const QString &customerId, const QString &name)
{
    for (int i = 0; i < m_recent->count(); ++i) {
        if (m_recent->item(i)->data(Qt::UserRole).toString() == customerId) {
            delete m_recent->takeItem(i);
            break;
        }
    }
    auto *item = new QListWidgetItem(name);
    item->setData(Qt::UserRole, customerId);
    m_recent->insertItem(0, item);
    while (m_recent->count() > kMaxRecent)
        delete m_recent->takeItem(m_recent->count() - 1);
}

void CustomersArea::reload(const QStringList &tables)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *v = qobject_cast<CustomerView *>(m_tabs->widget(i))) {
            v->reload(tables);
            m_tabs->setTabText(i, v->displayName());
        }
    }
}

void CustomersArea::revealCurrent(const QString &identityId)
{
    CustomerView *v = currentView();
    if (!v)
        return;
    const CustomerView::RevealTarget t = identityId.isEmpty() ? v->revealTarget() : v->identityTarget(identityId);
    if (t.table.isEmpty())
        return;
    auto *dialog = new RevealDialog(m_session, {t.table, t.rowId, t.field, t.label, t.masked}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<CustomerView> view(v);
    connect(dialog, &RevealDialog::revealed, this, [view, t](const RevealOutcome &o) {
        if (view)
            view->applyReveal(t, o);
    });
    dialog->open();
}

void CustomersArea::closeCurrent()
{
    if (currentView())
        Q_EMIT m_tabs->tabCloseRequested(m_tabs->currentIndex());
}

void CustomersArea::addTag()
{
    CustomerView *v = currentView();
    if (!v)
        return;
    auto *dialog = new TagDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString customerId = v->customerId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, customerId] {
        QPointer<CustomersArea> self(this);
        m_session.setCustomerTag(customerId, dialog->dimension(), dialog->key(), dialog->value(),
                                 [self](const QString &, const QString &error) {
                                     if (self)
                                         Q_EMIT self->message(error.isEmpty()
                                                                  ? tr("Tag saved; it will sync with the server.")
                                                                  : tr("The tag was not saved: %1").arg(error));
                                 });
    });
    dialog->open();
}

} // namespace panorama
