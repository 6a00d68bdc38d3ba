#include "models/OrdersModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

namespace panorama {

namespace {
constexpr int kPageSize = 100;
}

OrdersModel::OrdersModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_repo(db) {}

void OrdersModel::setCustomer(const QString &customerId)
{
    m_customerId = customerId;
    reload();
}

void OrdersModel::setStatusFilter(const QString &status)
{
    m_status = status;
    reload();
}

void OrdersModel::reload()
{
    beginResetModel();
    m_changing = true;
    if (m_customerId.isEmpty()) {
        m_rows.reset(0, {}, kPageSize);
    } else {
        const QString customer = m_customerId;
        const QString status = m_status;
        const auto sort = m_sort;
        m_rows.reset(
            m_repo.orderCount(customer, status),
            [this, customer, status, sort](int offset, int limit) {
                return m_repo.orders(customer, offset, limit, sort, status);
            },
            kPageSize);
        m_rows.fetchMore();
    }
    endResetModel();
    m_changing = false;
}

QString OrdersModel::orderIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRecord &o = m_rows.at(index.row());
    if (role == IdRole)
        return o.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Total || index.column() == Items ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant();
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case OrderNo:
        return o.orderNo;
    case PlacedAt:
        return raw ? QVariant(o.placedAt) : QVariant(Display::dateTime(o.placedAt));
    case Channel:
        return raw ? o.channel : Display::vocabulary(o.channel);
    case Status:
        return raw ? o.status : Display::vocabulary(o.status);
    case Items:
        return o.itemCount;
    case Total:
        return raw ? QVariant(o.totalCents) : QVariant(Display::money(o.totalCents));
    case Shipment:
        return raw ? o.shipmentStatus : Display::vocabulary(o.shipmentStatus);
    case Return: {
        if (raw || o.returnStatus.isEmpty())
            return o.returnStatus;
        const QString kind = o.returnStatus.section(u':', 0, 0);
        const QString status = o.returnStatus.section(u':', 1);
        return QString(Display::vocabulary(kind) + u" · " + Display::vocabulary(status));
    }
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderNo:
        return tr("Order");
    case PlacedAt:
        return tr("Placed");
    case Channel:
        return tr("Channel");
    case Status:
        return tr("Status");
    case Items:
        return tr("Items");
    case Total:
        return tr("Total");
    case Shipment:
        return tr("Shipment");
    case Return:
        return tr("Return / exchange");
    default:
        return {};
    }
}

bool OrdersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.canFetchMore();
}

void OrdersModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<OrderRecord> page = m_rows.loadNext();
    if (page.isEmpty())
        return;
    const int first = m_rows.size();
    m_changing = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    using S = CustomerRepository::OrderSort;
    const bool asc = order == Qt::AscendingOrder;
    S sort = asc ? S::PlacedAtAsc : S::PlacedAtDesc;
    if (column == Total)
        sort = asc ? S::TotalAsc : S::TotalDesc;
    else if (column == Status)
        sort = S::Status;
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

} // namespace panorama
