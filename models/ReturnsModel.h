#pragma once

#include "core/domain/CustomerRecords.h"
#include "models/RecordListModel.h"

#include <QHash>

namespace panorama {

// Returns and exchanges of one order: which line, why, where it stands, refund or new size.
class ReturnsModel final : public RecordListModel<ReturnRecord>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnsModel)
public:
    enum Column
    {
        Kind,
        Item,
        Reason,
        Status,
        Requested,
        Outcome,
        ColumnCount
    };

    explicit ReturnsModel(QObject *parent = nullptr);
    // itemNames: order item id -> "product (size)", so a row names the line it concerns.
    void setReturns(QList<ReturnRecord> returns, QHash<QString, QString> itemNames);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<QString, QString> m_itemNames;
};

} // namespace panorama
