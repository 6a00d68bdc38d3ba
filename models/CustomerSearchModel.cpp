#include "models/CustomerSearchModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

namespace panorama {

CustomerSearchModel::CustomerSearchModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_directory(db)
{}

void CustomerSearchModel::setQuery(const QString &text, int limit)
{
    auto matches = m_directory.find(text, limit);
    beginResetModel();
    m_matches = std::move(matches);
    endResetModel();
}

QString CustomerSearchModel::customerIdAt(int row) const
{
    return row >= 0 && row < m_matches.size() ? m_matches.at(row).customerId : QString();
}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int CustomerSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &m = m_matches.at(index.row());
    if (role == IdRole)
        return m.customerId;
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Name:
        return m.displayName;
    case Tier:
        return raw ? m.tier : Display::vocabulary(m.tier);
    case MatchedBy: {
        const QString kind = CustomerDirectory::kindName(m.kind);
        return raw ? kind : Display::vocabulary(kind);
    }
    case MatchedValue:
        return m.matchedValue;
    default:
        return {};
    }
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Customer");
    case Tier:
        return tr("Tier");
    case MatchedBy:
        return tr("Matched by");
    case MatchedValue:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace panorama
