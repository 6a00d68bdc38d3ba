#pragma once

#include "models/RecordListModel.h"
#include "models/ReferenceData.h"

namespace panorama {

// The quick replies (macros) of one language, for the picker in the ticket composer.
class QuickRepliesModel final : public RecordListModel<QuickReply>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickRepliesModel)
public:
    enum Column
    {
        Title,
        Text,
        ColumnCount
    };
    enum Role
    {
        BodyRole = Qt::UserRole + 20, // the template with its {{variables}}
    };

    explicit QuickRepliesModel(QObject *parent = nullptr);
    void setReplies(QList<QuickReply> replies) { setRows(std::move(replies)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace panorama
