#pragma once

#include "core/domain/CustomerRecords.h"
#include "models/RecordListModel.h"

namespace panorama {

// The 360° timeline: orders, returns, tickets and contacts of one customer, newest first.
class TimelineModel final : public RecordListModel<TimelineEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    enum Column
    {
        When,
        Kind,
        Title,
        Detail,
        ColumnCount
    };
    enum Role
    {
        RefRole = Qt::UserRole + 20, // the order or ticket id the entry points at
    };

    explicit TimelineModel(QObject *parent = nullptr);
    void setEntries(QList<TimelineEntry> entries) { setRows(std::move(entries)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace panorama
