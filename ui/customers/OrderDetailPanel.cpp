#include "ui/customers/OrderDetailPanel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"
#include "models/OrderItemsModel.h"
#include "models/ReturnsModel.h"
#include "models/ShipmentsModel.h"
#include "ui/common/Views.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

OrderDetailPanel::OrderDetailPanel(QWidget *parent)
    : QWidget(parent), m_items(new OrderItemsModel(this)), m_shipments(new ShipmentsModel(this)),
      m_returns(new ReturnsModel(this)), m_title(Views::heading({}, this)), m_summary(Views::muted({}, this)),
      m_tabs(new QTabWidget(this)), m_itemsView(new QTableView(this)), m_trackingView(new QTreeView(this)),
      m_returnsView(new QTableView(this)), m_newTicket(new QPushButton(tr("New ticket for this order"), this)),
      m_return(new QPushButton(tr("Return or exchange…"), this))
{
    setObjectName(u"orderDetail"_s);
    m_title->setObjectName(u"orderTitle"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Views::setupTable(m_itemsView, u"orderItemsView"_s, tr("Order items"));
    m_itemsView->setModel(m_items);
    m_itemsView->horizontalHeader()->setSectionResizeMode(OrderItemsModel::Product, QHeaderView::Stretch);
    m_itemsView->horizontalHeader()->setStretchLastSection(false);
    Views::setupTree(m_trackingView, u"trackingView"_s, tr("Shipment tracking"));
    m_trackingView->setModel(m_shipments);
    m_trackingView->header()->setSectionResizeMode(ShipmentsModel::When, QHeaderView::ResizeToContents);
    m_trackingView->header()->setSectionResizeMode(ShipmentsModel::Status, QHeaderView::ResizeToContents);
    m_trackingView->header()->setSectionResizeMode(ShipmentsModel::Where, QHeaderView::ResizeToContents);
    Views::setupTable(m_returnsView, u"returnsView"_s, tr("Returns and exchanges"));
    m_returnsView->setModel(m_returns);
    m_tabs->setObjectName(u"orderDetailTabs"_s);
    m_tabs->addTab(m_itemsView, tr("Items"));
    m_tabs->addTab(m_trackingView, tr("Tracking"));
    m_tabs->addTab(m_returnsView, tr("Returns / exchanges"));
    m_newTicket->setObjectName(u"newTicketForOrderButton"_s);
    m_return->setObjectName(u"returnButton"_s);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addStretch(1);
    head->addWidget(m_return);
    head->addWidget(m_newTicket);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_newTicket, &QPushButton::clicked, this, &OrderDetailPanel::newTicketRequested);
    connect(m_return, &QPushButton::clicked, this, &OrderDetailPanel::returnRequested);
    setOrder(std::nullopt);
}

void OrderDetailPanel::setOrder(const std::optional<OrderDetail> &detail)
{
    m_detail = detail;
    m_newTicket->setEnabled(detail.has_value());
    m_return->setEnabled(detail.has_value() && !detail->items.isEmpty());
    if (!detail) {
        m_title->setText(tr("Select an order to see its items, tracking and returns"));
        m_summary->clear();
        m_items->setRows({});
        m_shipments->setShipments({});
        m_returns->setReturns({}, {});
        return;
    }
    const OrderRecord &o = detail->order;
    m_title->setText(tr("Order %1 · %2").arg(o.orderNo, Display::vocabulary(o.status)));
    QStringList parts{Display::dateTime(o.placedAt), Display::vocabulary(o.channel)};
    if (!o.storeName.isEmpty())
        parts << o.storeName;
    parts << Display::money(o.totalCents);
    if (!detail->paymentMethod.isEmpty())
        parts << (detail->paymentLast4.isEmpty()
                      ? Display::vocabulary(detail->paymentMethod)
                      : tr("%1 ending %2").arg(Display::vocabulary(detail->paymentMethod), detail->paymentLast4));
    m_summary->setText(parts.join(u" · "_s));
    m_items->setRows(detail->items);
    m_shipments->setShipments(detail->shipments);
    m_trackingView->expandAll();
    QHash<QString, QString> names;
    for (const OrderItemRecord &i : detail->items)
        names.insert(i.id, u"%1 (%2)"_s.arg(i.productName, i.size));
    m_returns->setReturns(detail->returns, names);
    m_tabs->setTabText(1, tr("Tracking (%1)").arg(detail->shipments.size()));
    m_tabs->setTabText(2, tr("Returns / exchanges (%1)").arg(detail->returns.size()));
    if (!detail->returns.isEmpty())
        m_tabs->setCurrentIndex(2);
    else if (!detail->shipments.isEmpty() && o.status == u"shipped"_s)
        m_tabs->setCurrentIndex(1);
    else
        m_tabs->setCurrentIndex(0);
}

QString OrderDetailPanel::selectedItemId() const
{
    const QModelIndex i = m_itemsView->currentIndex();
    return i.isValid() ? i.data(IdRole).toString() : QString();
}

} // namespace panorama
