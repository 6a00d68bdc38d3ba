#pragma once

#include "core/sync/SyncTypes.h"
#include "models/RecordListModel.h"

namespace panorama {

// The conflict inbox: fields changed both here and on the server. The server's value stands until the user picks;
// each row shows the value before (base), mine and theirs.
class ConflictsModel final : public RecordListModel<SyncConflict>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsModel)
public:
    enum Column
    {
        When,
        Record,
        Field,
        Base,
        Mine,
        Theirs,
        ColumnCount
    };

    explicit ConflictsModel(QObject *parent = nullptr);
    void setConflicts(QList<SyncConflict> conflicts) { setRows(std::move(conflicts)); }
    static QString valueText(const QJsonValue &value);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// Local changes waiting for the server (pending) or refused by it (rejected, with the server's reason).
class OutboxModel final : public RecordListModel<OutboxEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)
public:
    enum Column
    {
        When,
        Change,
        Record,
        State,
        Reason,
        ColumnCount
    };

    explicit OutboxModel(QObject *parent = nullptr);
    void setEntries(QList<OutboxEntry> entries) { setRows(std::move(entries)); }
    static QString kindText(const QString &kind);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace panorama
