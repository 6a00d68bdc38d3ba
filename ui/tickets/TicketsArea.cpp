#include "ui/tickets/TicketsArea.h"

#include "core/domain/CustomerRepository.h"
#include "models/ReferenceData.h"
#include "ui/AgentSession.h"
#include "ui/commands/CommandController.h"
#include "ui/tickets/Composer.h"
#include "ui/tickets/NewTicketDialog.h"
#include "ui/tickets/TicketQueuePanel.h"
#include "ui/tickets/TicketView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace panorama {

TicketsArea::TicketsArea(AgentSession &session, CommandController &commands, QWidget *parent)
    : QWidget(parent), m_session(session), m_commands(commands), m_queue(new TicketQueuePanel(session, this)),
      m_view(new TicketView(session, this)), m_split(new QSplitter(this))
{
    setObjectName(u"ticketsArea"_s);
    m_split->setObjectName(u"ticketsSplitter"_s);
    m_split->addWidget(m_queue);
    m_split->addWidget(m_view);
    m_split->setStretchFactor(0, 4);
    m_split->setStretchFactor(1, 5);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    connect(m_queue, &TicketQueuePanel::ticketActivated, this, [this](const QString &id) {
        m_view->setTicket(id);
        m_view->focusComposer();
    });
    connect(m_queue, &TicketQueuePanel::currentTicketChanged, m_view, &TicketView::setTicket);
    connect(m_view, &TicketView::openCustomerRequested, this, &TicketsArea::openCustomerRequested);
    connect(m_view, &TicketView::message, this, &TicketsArea::message);
    addCommands(commands);
}

void TicketsArea::addCommands(CommandController &commands)
{
    const QString group = tr("Tickets");
    auto add = [&](const QString &id, const QString &text, const QKeySequence &key) {
        Command *c = commands.add(id, text, key, {}, this, group);
        c->action()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(c->action());
        return c;
    };
    const auto needTicket = [this] { return m_view->ticket() ? QString() : tr("Open a ticket first."); };
    Command *send = add(u"ticket.send"_s, tr("Send reply or note"), QKeySequence(u"Ctrl+Return"_s));
    send->setCondition(needTicket);
    send->setHandler([this] { m_view->composer()->sendButton()->click(); });
    Command *reply = add(u"ticket.reply"_s, tr("Write a reply"), QKeySequence(u"Ctrl+R"_s));
    reply->setCondition(needTicket);
    reply->setHandler([this] {
        m_view->composer()->setInternal(false);
        m_view->focusComposer();
    });
    Command *note =
        add(u"ticket.toggleNote"_s, tr("Switch between reply and internal note"), QKeySequence(u"Ctrl+Shift+I"_s));
    note->setCondition(needTicket);
    note->setHandler([this] { m_view->toggleInternal(); });
    Command *quick = add(u"ticket.quickReply"_s, tr("Insert a quick reply…"), QKeySequence(u"Ctrl+M"_s));
    quick->setCondition(needTicket);
    quick->setHandler([this] { m_view->insertQuickReply(); });
    Command *solve = add(u"ticket.solve"_s, tr("Mark solved"), QKeySequence(u"Ctrl+Shift+S"_s));
    solve->setCondition(needTicket);
    solve->setHandler([this] { m_view->setStatus(u"solved"_s); });
    Command *pending =
        add(u"ticket.pending"_s, tr("Mark pending (waiting for the customer)"), QKeySequence(u"Ctrl+Shift+P"_s));
    pending->setCondition(needTicket);
    pending->setHandler([this] { m_view->setStatus(u"pending"_s); });
    Command *mine = add(u"ticket.assignMe"_s, tr("Assign to me"), QKeySequence(u"Ctrl+Shift+A"_s));
    mine->setCondition(needTicket);
    mine->setHandler([this] { m_view->assignToMe(); });
    Command *next = add(u"ticket.next"_s, tr("Next ticket in the queue"), QKeySequence(u"Alt+Down"_s));
    next->setHandler([this] { m_queue->selectNext(+1); });
    Command *prev = add(u"ticket.previous"_s, tr("Previous ticket in the queue"), QKeySequence(u"Alt+Up"_s));
    prev->setHandler([this] { m_queue->selectNext(-1); });
    Command *filter = add(u"ticket.filter"_s, tr("Filter the queue"), QKeySequence(u"Ctrl+F"_s));
    filter->setHandler([this] { m_queue->focusFilter(); });
    Command *customer = add(u"ticket.openCustomer"_s, tr("Open the ticket's customer"), QKeySequence(u"Ctrl+U"_s));
    customer->setCondition([this] {
        return m_view->ticket() && !m_view->ticket()->customerId.isEmpty() ? QString()
                                                                           : tr("The ticket has no customer.");
    });
    customer->setHandler([this] { Q_EMIT openCustomerRequested(m_view->ticket()->customerId); });
    Command *create = add(u"ticket.new"_s, tr("New ticket for this ticket's customer…"), QKeySequence(u"Ctrl+N"_s));
    create->setCondition(needTicket);
    create->setHandler([this] {
        if (m_view->ticket())
            createTicket(m_view->ticket()->customerId, QString(), QString());
    });
    connect(m_queue, &TicketQueuePanel::currentTicketChanged, &commands, &CommandController::updateAll);
    connect(m_queue, &TicketQueuePanel::ticketActivated, &commands, &CommandController::updateAll);
}

void TicketsArea::openTicket(const QString &ticketId)
{
    m_view->setTicket(ticketId);
    m_commands.updateAll();
    focusDefault();
}

void TicketsArea::focusDefault()
{
    if (m_view->ticket())
        m_view->focusComposer();
    else
        m_queue->view()->setFocus(Qt::OtherFocusReason);
}

void TicketsArea::createTicket(const QString &customerId, const QString &orderId, const QString &category)
{
    NewTicketDialog::Context c;
    c.customerId = customerId;
    c.orderId = orderId;
    c.category = category;
    CustomerRepository repo(m_session.database());
    if (const auto s = repo.summary(customerId)) {
        c.customerName = s->displayName;
        c.language = s->language;
    }
    if (!orderId.isEmpty()) {
        if (const auto d = repo.orderDetail(orderId))
            c.orderNo = d->order.orderNo;
    }
    c.teams = ReferenceData(m_session.database()).teams();
    auto *dialog = new NewTicketDialog(c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString note = dialog->firstNote();
        QPointer<TicketsArea> self(this);
        m_session.createTicket(dialog->ticket(), [self, note](const QString &ticketId, const QString &error) {
            if (!self)
                return;
            self->afterCreate(ticketId, note, error);
        });
    });
    dialog->open();
}

void TicketsArea::afterCreate(const QString &ticketId, const QString &note, const QString &error)
{
    if (!error.isEmpty()) {
        Q_EMIT message(tr("The ticket was not created: %1").arg(error));
        return;
    }
    QPointer<TicketsArea> self(this);
    auto opened = [self, ticketId] {
        if (!self)
            return;
        Q_EMIT self->ticketCreated(ticketId);
        self->openTicket(ticketId);
        Q_EMIT self->message(self->m_session.isOnline()
                                 ? tr("Ticket created; the server assigns its number.")
                                 : tr("Ticket created offline; it will sync when you are back online."));
    };
    if (note.isEmpty()) {
        opened();
        return;
    }
    m_session.addMessage(ticketId, note, u"internal"_s, [opened](const QString &, const QString &) { opened(); });
}

void TicketsArea::reload(const QStringList &tables)
{
    if (tables.contains(u"tickets"_s) || tables.contains(u"staff"_s) || tables.contains(u"customers"_s))
        m_queue->refresh();
    if (tables.contains(u"tickets"_s) || tables.contains(u"ticket_messages"_s))
        m_view->reload();
}

} // namespace panorama
