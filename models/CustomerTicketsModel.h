#pragma once

#include "core/domain/CustomerRecords.h"
#include "models/RecordListModel.h"

namespace panorama {

// The tickets of one customer (open ones first, then newest), for the customer view's Tickets tab.
class CustomerTicketsModel final : public RecordListModel<TicketRecord>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTicketsModel)
public:
    enum Column
    {
        TicketNo,
        Subject,
        Status,
        Priority,
        Category,
        Created,
        ColumnCount
    };

    explicit CustomerTicketsModel(QObject *parent = nullptr);
    void setTickets(QList<TicketRecord> tickets);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace panorama
