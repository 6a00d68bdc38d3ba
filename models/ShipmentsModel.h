#pragma once

#include "core/domain/CustomerRecords.h"

#include <QAbstractItemModel>

namespace panorama {

// An order's parcels with their tracking events (newest event first under each parcel).
class ShipmentsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipmentsModel)
public:
    enum Column
    {
        When,
        Status,
        Where,
        Description,
        ColumnCount
    };

    explicit ShipmentsModel(QObject *parent = nullptr);
    void setShipments(const QList<ShipmentRecord> &shipments);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Event
    {
        qint64 at = 0;
        QString status, location, description;
    };
    struct Parcel
    {
        ShipmentRecord shipment;
        QList<Event> events;
    };
    QList<Parcel> m_parcels;
};

} // namespace panorama
