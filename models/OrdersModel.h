#pragma once

#include "core/domain/CustomerRepository.h"
#include "models/PagedRows.h"

#include <QAbstractTableModel>

namespace panorama {

class Database;

// A customer's orders, loaded page by page, sorted and filtered in SQL (so sorting 500 orders never loads them all).
class OrdersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)
public:
    enum Column
    {
        OrderNo,
        PlacedAt,
        Channel,
        Status,
        Items,
        Total,
        Shipment,
        Return,
        ColumnCount
    };

    explicit OrdersModel(Database &db, QObject *parent = nullptr);

    void setCustomer(const QString &customerId);
    void setStatusFilter(const QString &status); // empty: all
    QString customerId() const { return m_customerId; }
    QString orderIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reload();

    CustomerRepository m_repo;
    QString m_customerId;
    QString m_status;
    CustomerRepository::OrderSort m_sort = CustomerRepository::OrderSort::PlacedAtDesc;
    bool m_changing = false; // views ask for more from inside our own change signals
    PagedRows<OrderRecord> m_rows;
};

} // namespace panorama
