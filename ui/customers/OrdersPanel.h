#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace panorama {

class CustomerRepository;
class Database;
class OrderDetailPanel;
class OrdersModel;

// A customer's orders: a lazily loaded, sortable table filtered by status (in SQL), and the selected order's
// detail underneath.
class OrdersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPanel)
public:
    OrdersPanel(Database &db, QWidget *parent = nullptr);
    ~OrdersPanel() override;

    void setCustomer(const QString &customerId, qint64 orderCount);
    void reload(); // after a sync: keeps the selection if the order is still there
    QString selectedOrderId() const;
    bool selectOrder(const QString &orderId);
    OrderDetailPanel *detail() const { return m_detail; }
    QTableView *view() const { return m_view; }
    OrdersModel *model() const { return m_model; }

Q_SIGNALS:
    void orderSelected(const QString &orderId);

private:
    void showSelected();

    Database &m_db;
    std::unique_ptr<CustomerRepository> m_repo;
    OrdersModel *m_model;
    QComboBox *m_status;
    QLabel *m_count;
    QTableView *m_view;
    OrderDetailPanel *m_detail;
};

} // namespace panorama
