#pragma once

#include "core/domain/CustomerRecords.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTreeView;
class QPushButton;

namespace panorama {

class OrderItemsModel;
class ReturnsModel;
class ShipmentsModel;

// One order in detail: items with their sizes, the parcels with their tracking events, returns and exchanges with
// their status, and the actions on the order (open a ticket, request a return or exchange through a ticket).
class OrderDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailPanel)
public:
    explicit OrderDetailPanel(QWidget *parent = nullptr);

    void setOrder(const std::optional<OrderDetail> &detail);
    const std::optional<OrderDetail> &order() const { return m_detail; }
    QPushButton *newTicketButton() const { return m_newTicket; }
    QPushButton *returnButton() const { return m_return; }
    QTableView *itemsView() const { return m_itemsView; }
    QString selectedItemId() const;

Q_SIGNALS:
    void newTicketRequested();
    void returnRequested();

private:
    std::optional<OrderDetail> m_detail;
    OrderItemsModel *m_items;
    ShipmentsModel *m_shipments;
    ReturnsModel *m_returns;
    QLabel *m_title;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableView *m_itemsView;
    QTreeView *m_trackingView;
    QTableView *m_returnsView;
    QPushButton *m_newTicket;
    QPushButton *m_return;
};

} // namespace panorama
