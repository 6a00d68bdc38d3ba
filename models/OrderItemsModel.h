#pragma once

#include "core/domain/CustomerRecords.h"
#include "models/RecordListModel.h"

namespace panorama {

// The lines of one order: product, brand, size, quantity, price.
class OrderItemsModel final : public RecordListModel<OrderItemRecord>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderItemsModel)
public:
    enum Column
    {
        Product,
        Sku,
        Brand,
        Size,
        Quantity,
        Price,
        ColumnCount
    };

    explicit OrderItemsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace panorama
