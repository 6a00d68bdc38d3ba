#include "ui/customers/CustomerView.h"

#include "core/domain/CustomerRepository.h"
#include "core/domain/TicketRepository.h"
#include "models/AddressesModel.h"
#include "models/CustomerTicketsModel.h"
#include "models/Display.h"
#include "models/IdentitiesModel.h"
#include "models/ModelRoles.h"
#include "models/OrdersModel.h"
#include "models/TimelineModel.h"
#include "ui/AgentSession.h"
#include "ui/common/Views.h"
#include "ui/customers/CustomerHeader.h"
#include "ui/customers/OrderDetailPanel.h"
#include "ui/customers/OrdersPanel.h"
#include "ui/customers/ProfilePanel.h"
#ifdef PANORAMA_HAS_SIZING
#include "ui/sizing/SizingButton.h"
#endif

#include <QDateTime>
#include <QHeaderView>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

CustomerView::CustomerView(AgentSession &session, const QString &customerId, QWidget *parent)
    : QWidget(parent), m_session(session), m_customerId(customerId),
      m_repo(std::make_unique<CustomerRepository>(session.database())),
      m_tickets(std::make_unique<TicketRepository>(session.database())), m_header(new CustomerHeader(this)),
      m_profile(new ProfilePanel(this)), m_tabs(new QTabWidget(this)),
      m_orders(new OrdersPanel(session.database(), this)), m_timeline(new TimelineModel(this)),
      m_timelineView(new QTableView(this)), m_ticketModel(new CustomerTicketsModel(this)),
      m_ticketsView(new QTableView(this)), m_addresses(new AddressesModel(this)), m_addressesView(new QTableView(this)),
      m_expiry(new QTimer(this))
{
    setObjectName(u"customerView"_s);
    Views::setupTable(m_timelineView, u"timelineView"_s, tr("Timeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    Views::setupTable(m_ticketsView, u"customerTicketsView"_s, tr("Tickets"));
    m_ticketsView->setModel(m_ticketModel);
    m_ticketsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ticketsView->horizontalHeader()->setSectionResizeMode(CustomerTicketsModel::Subject, QHeaderView::Stretch);
    m_ticketsView->horizontalHeader()->setStretchLastSection(false);
    Views::setupTable(m_addressesView, u"addressesView"_s, tr("Addresses"));
    m_addressesView->setModel(m_addresses);
    m_addressesView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_addressesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_addressesView->horizontalHeader()->setStretchLastSection(true);

    m_tabs->setObjectName(u"customerTabs"_s);
    m_tabs->addTab(m_orders, tr("&Orders"));
    m_tabs->addTab(m_timelineView, tr("T&imeline"));
    m_tabs->addTab(m_ticketsView, tr("Tic&kets"));
    m_tabs->addTab(m_addressesView, tr("A&ddresses"));
#ifdef PANORAMA_HAS_SIZING
    m_tabs->setCornerWidget(SizingButton::create(this), Qt::TopRightCorner);
#endif

    auto *profileScroll = new QScrollArea(this);
    profileScroll->setWidget(m_profile);
    profileScroll->setWidgetResizable(true);
    profileScroll->setFrameShape(QFrame::NoFrame);
    profileScroll->setMinimumWidth(300);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"customerSplitter"_s);
    split->addWidget(profileScroll);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({430, 900});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);

    connect(m_header, &CustomerHeader::revealRequested, this, &CustomerView::revealRequested);
    connect(m_profile, &ProfilePanel::revealRequested, this, &CustomerView::revealRequested);
    connect(m_profile, &ProfilePanel::openCustomerRequested, this, &CustomerView::openCustomerRequested);
    connect(m_profile, &ProfilePanel::mergeRequested, this, &CustomerView::mergeRequested);
    connect(m_profile, &ProfilePanel::addTagRequested, this, &CustomerView::addTagRequested);
    connect(m_profile, &ProfilePanel::selectionChanged, this, &CustomerView::selectionChanged);
    connect(m_orders, &OrdersPanel::orderSelected, this, &CustomerView::selectionChanged);
    connect(m_orders->detail(), &OrderDetailPanel::newTicketRequested, this,
            [this] { Q_EMIT newTicketRequested(selectedOrderId(), QString()); });
    connect(m_orders->detail(), &OrderDetailPanel::returnRequested, this,
            [this] { Q_EMIT newTicketRequested(selectedOrderId(), u"return_exchange"_s); });
    connect(m_ticketsView, &QTableView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT openTicketRequested(i.data(IdRole).toString()); });
    connect(m_timelineView, &QTableView::activated, this, [this](const QModelIndex &i) {
        const QString kind = m_timeline->index(i.row(), TimelineModel::Kind).data(RawRole).toString();
        const QString ref = i.data(TimelineModel::RefRole).toString();
        if (kind == u"ticket"_s) {
            Q_EMIT openTicketRequested(ref);
        } else if (selectOrder(ref)) {
            m_tabs->setCurrentWidget(m_orders);
        }
    });
    connect(m_addressesView, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (i.data(AddressesModel::MaskedRole).toBool())
            Q_EMIT revealRequested(QString());
    });
    // Side tabs load when first shown: opening a customer costs the header, profile and first order page only.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index != OrdersTab)
            loadSide();
    });
    m_expiry->setInterval(1000);
    connect(m_expiry, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int gone = m_profile->identities()->expire(now) + m_addresses->expire(now);
        if (gone == 0)
            return;
        const IdentitiesModel *m = m_profile->identities();
        for (int r = 0; r < m->rowCount(); ++r) // the header shows the model's value: the mask again
            m_header->showContact(m->rowAt(r).id, m->index(r, IdentitiesModel::Value).data().toString());
    });
    loadAll();
}

CustomerView::~CustomerView() = default;

void CustomerView::loadAll()
{
    m_summary = m_repo->summary(m_customerId);
    if (!m_summary)
        return;
    QList<IdentityRecord> identities = m_repo->identities(m_customerId);
    IdentityRecord phone, email;
    for (const IdentityRecord &i : std::as_const(identities)) {
        if (i.kind == u"phone"_s && (phone.id.isEmpty() || (i.verified && !phone.verified)))
            phone = i;
        if (i.kind == u"email"_s && email.id.isEmpty())
            email = i;
    }
    m_header->setCustomer(*m_summary, phone, email);
    m_profile->setData(*m_summary, identities, m_repo->mergeSuggestions(m_customerId), m_repo->tags(m_customerId));
    if (m_orders->model()->customerId() != m_customerId)
        m_orders->setCustomer(m_customerId, m_summary->orderCount);
    m_sideLoaded = false;
    if (m_tabs->currentIndex() != OrdersTab)
        loadSide();
}

void CustomerView::loadSide()
{
    if (m_sideLoaded)
        return;
    m_sideLoaded = true;
    m_timeline->setEntries(m_repo->timeline(m_customerId, 300));
    m_ticketModel->setTickets(m_tickets->forCustomer(m_customerId, 200));
    m_addresses->setAddresses(m_repo->addresses(m_customerId));
    m_tabs->setTabText(TicketsTab, tr("Tic&kets (%1)").arg(m_ticketModel->rowCount()));
}

void CustomerView::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void CustomerView::reload(const QStringList &tables)
{
    static const QStringList profileTables{u"customers"_s, u"identities"_s, u"tags"_s, u"memberships"_s};
    static const QStringList orderTables{u"orders"_s, u"order_items"_s, u"shipments"_s, u"returns"_s};
    bool profile = false, orders = false, side = false;
    for (const QString &t : tables) {
        profile = profile || profileTables.contains(t) || t == u"tickets"_s;
        orders = orders || orderTables.contains(t);
        side = side || orderTables.contains(t) || t == u"tickets"_s || t == u"addresses"_s;
    }
    if (profile || orders)
        loadAll();
    if (orders)
        m_orders->reload();
    if (side) {
        m_sideLoaded = false;
        if (m_tabs->currentIndex() != OrdersTab)
            loadSide();
    }
}

QString CustomerView::selectedOrderId() const
{
    return m_orders->selectedOrderId();
}

QString CustomerView::selectedOrderNo() const
{
    const auto &d = m_orders->detail()->order();
    return d ? d->order.orderNo : QString();
}

QString CustomerView::selectedOrderItemId() const
{
    return m_orders->detail()->selectedItemId();
}

bool CustomerView::selectOrder(const QString &orderId)
{
    return m_orders->selectOrder(orderId);
}

CustomerView::RevealTarget CustomerView::identityTarget(const QString &identityId) const
{
    IdentitiesModel *m = m_profile->identities();
    const int row = m->rowOf(identityId);
    if (row < 0)
        return {};
    const IdentityRecord &i = m->rowAt(row);
    return {u"identities"_s, i.id, u"value"_s,
            tr("%1 (%2)").arg(Display::vocabulary(i.kind), Display::vocabulary(i.channel)), i.value};
}

CustomerView::RevealTarget CustomerView::revealTarget() const
{
    if (m_addressesView->hasFocus() || m_tabs->currentWidget() == m_addressesView) {
        const QModelIndex i = m_addressesView->currentIndex();
        const QString field = i.data(AddressesModel::FieldRole).toString();
        if (i.isValid() && !field.isEmpty() && i.data(AddressesModel::MaskedRole).toBool()) {
            const QString recipient = m_addresses->index(i.row(), AddressesModel::Recipient).data().toString();
            return {u"addresses"_s, i.data(IdRole).toString(), field,
                    field == u"phone"_s ? tr("Delivery phone of %1").arg(recipient)
                                        : tr("Street address of %1").arg(recipient),
                    i.data().toString()};
        }
    }
    if (const QString id = m_profile->selectedIdentityId(); !id.isEmpty()) {
        const int row = m_profile->identities()->rowOf(id);
        if (row >= 0 && m_profile->identities()->index(row, 0).data(IdentitiesModel::MaskedRole).toBool())
            return identityTarget(id);
    }
    // Fall back to the first masked phone, then any masked identity.
    const IdentitiesModel *m = m_profile->identities();
    for (const QString &kind : {u"phone"_s, QString()}) {
        for (int r = 0; r < m->rowCount(); ++r) {
            const IdentityRecord &i = m->rowAt(r);
            if ((kind.isEmpty() || i.kind == kind) && m->index(r, 0).data(IdentitiesModel::MaskedRole).toBool())
                return identityTarget(i.id);
        }
    }
    return {};
}

void CustomerView::applyReveal(const RevealTarget &target, const RevealOutcome &outcome)
{
    if (!outcome.granted)
        return;
    if (target.table == u"identities"_s) {
        m_profile->identities()->setRevealed(target.rowId, outcome.value, outcome.expiresAt);
        m_header->showContact(target.rowId, outcome.value);
    } else if (target.table == u"addresses"_s) {
        m_addresses->setRevealed(target.rowId, target.field, outcome.value, outcome.expiresAt);
    }
    m_expiry->start();
}

void CustomerView::setRevealEnabled(bool enabled, const QString &why)
{
    m_header->setRevealEnabled(enabled, why);
}

} // namespace panorama
