#include "models/QuickRepliesModel.h"

#include "models/ModelRoles.h"

namespace panorama {

QuickRepliesModel::QuickRepliesModel(QObject *parent) : RecordListModel(parent) {}

int QuickRepliesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuickRepliesModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index))
        return {};
    const QuickReply &q = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return q.slug;
    case BodyRole:
        return q.body;
    case Qt::ToolTipRole:
        return q.body;
    case Qt::DisplayRole:
    case RawRole:
        return index.column() == Title ? q.title : q.body;
    default:
        return {};
    }
}

QVariant QuickRepliesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Title ? tr("Quick reply") : tr("Text");
}

} // namespace panorama
