#include "models/OrderItemsModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

namespace panorama {

OrderItemsModel::OrderItemsModel(QObject *parent) : RecordListModel(parent) {}

int OrderItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderItemsModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index))
        return {};
    const OrderItemRecord &i = m_rows.at(index.row());
    if (role == IdRole)
        return i.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Price || index.column() == Quantity ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                     : QVariant();
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Product:
        return i.productName;
    case Sku:
        return i.sku;
    case Brand:
        return i.brand;
    case Size:
        return i.size;
    case Quantity:
        return i.quantity;
    case Price:
        return raw ? QVariant(i.priceCents) : QVariant(Display::money(i.priceCents));
    default:
        return {};
    }
}

QVariant OrderItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Sku:
        return tr("SKU");
    case Brand:
        return tr("Brand");
    case Size:
        return tr("Size");
    case Quantity:
        return tr("Qty");
    case Price:
        return tr("Price");
    default:
        return {};
    }
}

} // namespace panorama
