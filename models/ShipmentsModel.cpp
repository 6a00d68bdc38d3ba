#include "models/ShipmentsModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

#include <QFont>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama {

// Parcel rows carry internal id 0; event rows carry their parcel's position + 1.
ShipmentsModel::ShipmentsModel(QObject *parent) : QAbstractItemModel(parent) {}

void ShipmentsModel::setShipments(const QList<ShipmentRecord> &shipments)
{
    beginResetModel();
    m_parcels.clear();
    for (const ShipmentRecord &s : shipments) {
        Parcel p{s, {}};
        for (const QJsonValue &v : s.events) {
            const QJsonObject e = v.toObject();
            p.events << Event{qint64(e.value(u"at"_s).toDouble()), e.value(u"status"_s).toString(),
                              e.value(u"location"_s).toString(), e.value(u"description"_s).toString()};
        }
        std::stable_sort(p.events.begin(), p.events.end(), [](const Event &a, const Event &b) { return a.at > b.at; });
        m_parcels << p;
    }
    endResetModel();
}

QModelIndex ShipmentsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex ShipmentsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int ShipmentsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_parcels.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_parcels.at(parent.row()).events.size());
}

int ShipmentsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ShipmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool raw = role == RawRole;
    if (index.internalId() == 0) {
        const ShipmentRecord &s = m_parcels.at(index.row()).shipment;
        if (role == IdRole)
            return s.id;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role != Qt::DisplayRole && !raw)
            return {};
        switch (index.column()) {
        case When:
            return raw ? QVariant(s.shippedAt) : QVariant(Display::dateTime(s.shippedAt));
        case Status:
            return raw ? s.status : Display::vocabulary(s.status);
        case Where:
            return QString(s.carrier + u' ' + s.trackingNo);
        case Description:
            if (raw)
                return s.deliveredAt;
            return s.deliveredAt == 0 ? QString() : tr("delivered %1").arg(Display::dateTime(s.deliveredAt));
        default:
            return {};
        }
    }
    const Parcel &p = m_parcels.at(int(index.internalId()) - 1);
    if (index.row() >= p.events.size())
        return {};
    const Event &e = p.events.at(index.row());
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case When:
        return raw ? QVariant(e.at) : QVariant(Display::dateTime(e.at));
    case Status:
        return raw ? e.status : Display::vocabulary(e.status);
    case Where:
        return e.location;
    case Description:
        return e.description;
    default:
        return {};
    }
}

QVariant ShipmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Status:
        return tr("Status");
    case Where:
        return tr("Carrier / location");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace panorama
