#include "models/ReturnsModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

using namespace Qt::StringLiterals;

namespace panorama {

ReturnsModel::ReturnsModel(QObject *parent) : RecordListModel(parent) {}

void ReturnsModel::setReturns(QList<ReturnRecord> returns, QHash<QString, QString> itemNames)
{
    m_itemNames = std::move(itemNames);
    setRows(std::move(returns));
}

int ReturnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnsModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index))
        return {};
    const ReturnRecord &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole)
        return r.note.isEmpty() ? QVariant() : QVariant(r.note);
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Kind:
        return raw ? r.kind : Display::vocabulary(r.kind);
    case Item:
        return raw ? r.orderItemId : m_itemNames.value(r.orderItemId, r.orderItemId);
    case Reason:
        return raw ? r.reasonCode : Display::vocabulary(r.reasonCode);
    case Status:
        return raw ? r.status : Display::vocabulary(r.status);
    case Requested:
        return raw ? QVariant(r.requestedAt) : QVariant(Display::dateTime(r.requestedAt));
    case Outcome:
        if (raw)
            return r.kind == u"exchange"_s ? QVariant(r.exchangeSize) : QVariant(r.refundCents);
        if (r.kind == u"exchange"_s)
            return r.exchangeSize.isEmpty() ? QString() : tr("new size %1").arg(r.exchangeSize);
        return r.refundCents > 0 ? tr("refund %1").arg(Display::money(r.refundCents)) : QString();
    default:
        return {};
    }
}

QVariant ReturnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Item:
        return tr("Item");
    case Reason:
        return tr("Reason");
    case Status:
        return tr("Status");
    case Requested:
        return tr("Requested");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace panorama
