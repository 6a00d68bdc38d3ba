#include "ui/tickets/TicketView.h"

#include "core/domain/CustomerRepository.h"
#include "core/domain/TicketRepository.h"
#include "models/ConversationModel.h"
#include "models/Display.h"
#include "models/ReferenceData.h"
#include "ui/AgentSession.h"
#include "ui/Clock.h"
#include "ui/common/Views.h"
#include "ui/settings/Theme.h"
#include "ui/tickets/Composer.h"
#include "ui/tickets/MessageDelegate.h"
#include "ui/tickets/QuickReplyPicker.h"
#ifdef PANORAMA_HAS_QA
#include "ui/tickets/ReplyCheck.h"
#endif
#ifdef PANORAMA_HAS_ROUTING
#include "ui/routing/RoutingStrip.h"
#endif
#ifdef PANORAMA_HAS_SIZING
#include "ui/sizing/SizingButton.h"
#endif

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

void selectData(QComboBox *box, const QString &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i);
}

} // namespace

TicketView::TicketView(AgentSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_repo(std::make_unique<TicketRepository>(session.database())),
      m_customers(std::make_unique<CustomerRepository>(session.database())), m_stack(new QStackedWidget(this)),
      m_empty(Views::muted(tr("Select a ticket in the queue (Enter opens it)."), this)), m_title(new QLabel(this)),
      m_sla(Views::badge({}, {}, this)), m_customer(new QPushButton(this)), m_order(new QLabel(this)),
      m_status(new QComboBox(this)), m_priority(Views::badge({}, {}, this)), m_category(new QLabel(this)),
      m_channel(Views::muted({}, this)), m_team(new QComboBox(this)), m_assignee(new QComboBox(this)),
      m_assignMe(new QPushButton(tr("Assign to &me"), this)), m_conversation(new ConversationModel(this)),
      m_messages(new QListView(this)), m_composer(new Composer(this)), m_clock(new QTimer(this)), m_split(nullptr)
{
    setObjectName(u"ticketView"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(u"ticketTitle"_s);
    m_title->setProperty("role", u"title"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sla->setObjectName(u"ticketSla"_s);
    m_customer->setObjectName(u"ticketCustomerButton"_s);
    m_customer->setFlat(true);
    m_customer->setProperty("role", u"link"_s);
    m_customer->setCursor(Qt::PointingHandCursor);
    m_order->setObjectName(u"ticketOrder"_s);
    m_order->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"ticketStatus"_s);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setAccessibleName(tr("Status"));
    for (const char *s : {"new", "open", "pending", "on_hold", "solved", "closed"})
        m_status->addItem(Display::vocabulary(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_team->setObjectName(u"ticketTeam"_s);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team->setAccessibleName(tr("Team"));
    m_assignee->setObjectName(u"ticketAssignee"_s);
    m_assignee->setAccessibleName(tr("Assignee"));
    m_assignee->setMinimumContentsLength(12);
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_assignMe->setObjectName(u"assignToMeButton"_s);
    m_priority->setObjectName(u"ticketPriority"_s);
    m_category->setObjectName(u"ticketCategory"_s);
    m_messages->setObjectName(u"conversationView"_s);
    m_messages->setAccessibleName(tr("Conversation"));
    m_messages->setModel(m_conversation);
    m_messages->setItemDelegate(new MessageDelegate(m_messages));
    m_messages->setResizeMode(QListView::Adjust);
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messages->setWordWrap(true);
    m_messages->setSpacing(0);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_sla, 0, Qt::AlignTop);

    auto *who = new QHBoxLayout;
    who->addWidget(Views::muted(tr("Customer"), this));
    who->addWidget(m_customer);
    who->addSpacing(12);
    who->addWidget(m_order);
    who->addStretch(1);
    who->addWidget(m_channel);

    auto *props = new QHBoxLayout;
    auto addField = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        props->addWidget(l);
        props->addWidget(w);
        props->addSpacing(8);
    };
    addField(tr("S&tatus:"), m_status);
    addField(tr("Priority:"), m_priority);
    addField(tr("Category:"), m_category);
    props->addStretch(1);
#ifdef PANORAMA_HAS_SIZING
    props->addWidget(SizingButton::create(this));
#endif
    auto *assignRow = new QHBoxLayout;
    auto addAssign = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        assignRow->addWidget(l);
        assignRow->addWidget(w);
        assignRow->addSpacing(8);
    };
    addAssign(tr("T&eam:"), m_team);
    addAssign(tr("Assi&gnee:"), m_assignee);
    assignRow->addWidget(m_assignMe);
    assignRow->addStretch(1);

    auto *card = new QWidget(this);
    card->setProperty("role", u"card"_s);
    card->setAttribute(Qt::WA_StyledBackground);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(12, 8, 12, 8);
    cardLayout->addLayout(titleRow);
    cardLayout->addLayout(who);
    cardLayout->addLayout(props);
    cardLayout->addLayout(assignRow);
#ifdef PANORAMA_HAS_ROUTING
    m_routing = new RoutingStrip(session, this);
    cardLayout->addWidget(m_routing);
    connect(m_routing, &RoutingStrip::message, this, &TicketView::message);
    connect(m_routing, &RoutingStrip::insertRequested, this, &TicketView::insertTemplate);
#endif

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(card);
    pageLayout->addWidget(m_messages, 1);
#ifdef PANORAMA_HAS_QA
    m_check = new ReplyCheck(this);
    m_check->attach(m_composer->editor());
    pageLayout->addWidget(m_check);
    // The untrimmed text: the findings' offsets underline the editor's own characters.
    auto check = [this] { m_check->setDraft(m_composer->editor()->toPlainText(), m_composer->isInternal()); };
    connect(m_composer->editor(), &QPlainTextEdit::textChanged, this, check);
    connect(m_composer, &Composer::modeChanged, this, check);
    connect(m_check, &ReplyCheck::blockingChanged, this,
            [this](bool blocked) { m_composer->setBlocked(blocked ? m_check->blockReason() : QString()); });
#endif
    pageLayout->addWidget(m_composer);

    m_split = new QSplitter(this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(page);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_split);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stack);

    connect(m_customer, &QPushButton::clicked, this, [this] {
        if (m_ticket && !m_ticket->customerId.isEmpty())
            Q_EMIT openCustomerRequested(m_ticket->customerId);
    });
    connect(m_status, &QComboBox::activated, this, [this] { setStatus(m_status->currentData().toString()); });
    connect(m_assignee, &QComboBox::activated, this,
            [this] { assign(m_assignee->currentData().toString(), m_team->currentData().toString()); });
    connect(m_team, &QComboBox::activated, this,
            [this] { assign(m_assignee->currentData().toString(), m_team->currentData().toString()); });
    connect(m_assignMe, &QPushButton::clicked, this, &TicketView::assignToMe);
    connect(m_composer, &Composer::sendRequested, this, &TicketView::send);
    connect(m_composer, &Composer::quickReplyRequested, this, &TicketView::insertQuickReply);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &TicketView::updateSla);

    // Staff and teams change rarely: loaded once per view.
    ReferenceData ref(session.database());
    m_team->addItem(tr("(no team)"), QString());
    for (const QString &t : ref.teams())
        m_team->addItem(t, t);
    m_assignee->addItem(tr("Unassigned"), QString());
    for (const StaffMember &s : ref.staff()) {
        if (s.role == u"agent"_s || s.role == u"supervisor"_s)
            m_assignee->addItem(s.team.isEmpty() ? s.displayName : u"%1 (%2)"_s.arg(s.displayName, s.team), s.id);
    }
    m_stack->setCurrentWidget(m_empty);
}

TicketView::~TicketView() = default;

void TicketView::setTicket(const QString &ticketId)
{
    if (ticketId == this->ticketId() && m_ticket)
        return;
    m_composer->clear();
    m_ticket = ticketId.isEmpty() ? std::nullopt : m_repo->ticket(ticketId);
    fill();
    Q_EMIT ticketChanged(this->ticketId());
}

void TicketView::addSidePanel(QWidget *panel, const QString &title)
{
    if (!m_side) {
        m_side = new QTabWidget(this);
        m_side->setObjectName(u"ticketSidePanels"_s);
        m_side->setDocumentMode(true);
        m_split->addWidget(m_side);
        m_split->setStretchFactor(0, 3);
        m_split->setStretchFactor(1, 1);
        m_split->setSizes({800, 280});
    }
    m_side->addTab(panel, title);
}

void TicketView::reload()
{
    if (!m_ticket)
        return;
    m_ticket = m_repo->ticket(m_ticket->id);
    fill();
}

void TicketView::fill()
{
    if (!m_ticket) {
        m_stack->setCurrentWidget(m_empty);
        m_clock->stop();
        return;
    }
    const TicketRecord &t = *m_ticket;
    m_stack->setCurrentWidget(m_stack->widget(1));
    m_title->setText(u"%1  %2"_s.arg(t.ticketNo.startsWith(u'~') ? tr("(new)") : t.ticketNo, t.subject));
    m_customer->setText(t.customerName.isEmpty() ? tr("(no customer)") : t.customerName);
    m_customer->setEnabled(!t.customerId.isEmpty());
    m_orderNo.clear();
    m_trackingNo.clear();
    m_carrier.clear();
    if (!t.orderId.isEmpty()) {
        if (const auto d = m_customers->orderDetail(t.orderId)) {
            m_orderNo = d->order.orderNo;
            if (!d->shipments.isEmpty()) {
                m_trackingNo = d->shipments.last().trackingNo;
                m_carrier = d->shipments.last().carrier;
            }
        }
    }
    m_order->setText(m_orderNo.isEmpty() ? QString() : tr("Order %1").arg(m_orderNo));
    m_channel->setText(tr("via %1 · %2").arg(Display::vocabulary(t.channel), Display::vocabulary(t.language)));
    selectData(m_status, t.status);
    Views::setBadge(m_priority, Display::vocabulary(t.priority), t.priority);
    m_category->setText(Display::vocabulary(t.category));
    m_category->setToolTip(t.routingExplanation);
#ifdef PANORAMA_HAS_ROUTING
    m_routing->setTicket(t);
#endif
    if (m_team->findData(t.team) < 0 && !t.team.isEmpty())
        m_team->addItem(t.team, t.team);
    selectData(m_team, t.team);
    selectData(m_assignee, t.assigneeId);
    m_assignMe->setEnabled(t.assigneeId != m_session.user().id && !m_session.user().id.isEmpty());
    const QSet<QString> pending = m_session.pendingRowIds(u"ticket_messages"_s);
    const QList<TicketMessageRecord> messages = m_repo->messages(t.id);
    m_conversation->setMessages(messages, pending);
#ifdef PANORAMA_HAS_QA
    ReplyCheck::Context check{
        t, t.orderId.isEmpty() ? std::nullopt : m_customers->orderDetail(t.orderId), {}, messages, Clock::now()};
    if (!t.customerId.isEmpty()) {
        if (const auto s = m_customers->summary(t.customerId))
            check.customerTier = s->tier;
    }
    m_check->setContext(std::move(check));
#endif
    m_messages->scrollToBottom();
    updateSla();
    m_clock->start();
}

void TicketView::updateSla()
{
    if (!m_ticket)
        return;
    const TicketRecord &t = *m_ticket;
    if (t.slaDueAt == 0 || t.status == u"solved"_s || t.status == u"closed"_s) {
        Views::setBadge(m_sla,
                        t.status == u"solved"_s || t.status == u"closed"_s ? Display::vocabulary(t.status) : QString(),
                        u"ok"_s);
        return;
    }
    const qint64 now = Clock::now();
    const qint64 left = t.slaDueAt - now;
    const QString kind = left < 0 ? u"danger"_s : left < 3600 * 1000 ? u"warning"_s : u"ok"_s;
    Views::setBadge(m_sla, tr("SLA %1").arg(Display::slaRemaining(t.slaDueAt, now)), kind);
    m_sla->setToolTip(tr("First response due %1").arg(Display::dateTime(t.slaDueAt)));
}

void TicketView::focusComposer()
{
    if (m_ticket)
        m_composer->editor()->setFocus();
}

void TicketView::toggleInternal()
{
    m_composer->setInternal(!m_composer->isInternal());
    focusComposer();
}

QHash<QString, QString> TicketView::replyValues() const
{
    const SessionUser me = m_session.user();
    QuickReplyText::Values values{
        {u"customer.name"_s, m_ticket->customerName},
        {u"agent.name"_s, me.displayName},
        {u"ticket.number"_s, m_ticket->ticketNo.startsWith(u'~') ? QString() : m_ticket->ticketNo},
        {u"order.number"_s, m_orderNo},
        {u"shipment.tracking_no"_s, m_trackingNo},
        {u"shipment.carrier"_s, m_carrier}};
    if (!m_ticket->customerId.isEmpty()) {
        if (const auto s = m_customers->summary(m_ticket->customerId); s && !s->tier.isEmpty())
            values.insert(u"customer.tier"_s, Display::vocabulary(s->tier));
    }
    return values;
}

void TicketView::insertQuickReply()
{
    if (!m_ticket)
        return;
    const QString language = m_ticket->language == u"en"_s ? u"en"_s : u"zh-CN"_s;
    auto *picker = new QuickReplyPicker(m_session.database(), language, replyValues(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] { m_composer->insertText(picker->text()); });
    picker->open();
}

void TicketView::insertTemplate(const QString &text)
{
    if (m_ticket)
        m_composer->insertText(QuickReplyText::expand(text, replyValues()));
}

void TicketView::send(const QString &text, const QString &visibility)
{
    if (!m_ticket)
        return;
#ifdef PANORAMA_HAS_QA
    // Sending past a QA warning needs a reason, and the supervisors get an alert with it.
    if (visibility == u"public"_s && !m_check->confirmOverride())
        return;
#endif
    m_composer->setBusy(true);
    QPointer<TicketView> self(this);
    m_session.addMessage(m_ticket->id, text, visibility,
                         [self, visibility, ticket = *m_ticket](const QString &messageId, const QString &error) {
                             if (!self)
                                 return;
                             self->m_composer->setBusy(false);
#ifdef PANORAMA_HAS_QA
                             if (error.isEmpty() && visibility == u"public"_s)
                                 self->m_check->recordOverride(ticket, messageId, self->m_session);
#endif
                             if (error.isEmpty())
                                 self->m_composer->clear();
                             self->done(visibility == u"internal"_s ? tr("Note added") : tr("Reply saved"), error);
                         });
}

void TicketView::setStatus(const QString &status)
{
    if (!m_ticket || status == m_ticket->status)
        return;
    QPointer<TicketView> self(this);
    m_session.setTicketStatus(m_ticket->id, status, [self, status](const QString &, const QString &error) {
        if (self)
            self->done(tr("Status set to %1").arg(Display::vocabulary(status)), error);
    });
}

void TicketView::assign(const QString &assigneeId, const QString &team)
{
    if (!m_ticket || (assigneeId == m_ticket->assigneeId && team == m_ticket->team))
        return;
    QPointer<TicketView> self(this);
    m_session.assignTicket(m_ticket->id, assigneeId, team, [self](const QString &, const QString &error) {
        if (self)
            self->done(tr("Assignment changed"), error);
    });
}

void TicketView::assignToMe()
{
    const SessionUser me = m_session.user();
    if (m_ticket && !me.id.isEmpty())
        assign(me.id, me.team.isEmpty() ? m_ticket->team : me.team);
}

void TicketView::done(const QString &what, const QString &error)
{
    if (!error.isEmpty()) {
        Q_EMIT message(tr("Not saved: %1").arg(error));
        fill(); // put the controls back to what the cache holds
        return;
    }
    Q_EMIT message(m_session.isOnline() ? tr("%1; sending to the server.").arg(what)
                                        : tr("%1; it will sync when you are back online.").arg(what));
}

} // namespace panorama
