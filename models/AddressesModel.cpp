#include "models/AddressesModel.h"

#include "models/IdentitiesModel.h"
#include "models/ModelRoles.h"

using namespace Qt::StringLiterals;

namespace panorama {

AddressesModel::AddressesModel(QObject *parent) : RecordListModel(parent) {}

void AddressesModel::setAddresses(QList<AddressRecord> addresses)
{
    m_revealed.clear();
    setRows(std::move(addresses));
}

void AddressesModel::setRevealed(const QString &addressId, const QString &field, const QString &value, qint64 expiresAt)
{
    m_revealed.insert(addressId + u'/' + field, {value, expiresAt});
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == addressId)
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

int AddressesModel::expire(qint64 nowMs)
{
    const qsizetype before = m_revealed.size();
    m_revealed.removeIf([nowMs](const auto &it) { return it.value().expiresAt <= nowMs; });
    const int n = int(before - m_revealed.size());
    if (n > 0 && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    return n;
}

QString AddressesModel::shown(const AddressRecord &a, const QString &field, const QString &stored) const
{
    const auto it = m_revealed.constFind(a.id + u'/' + field);
    return it == m_revealed.cend() ? stored : it->value;
}

int AddressesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AddressesModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index))
        return {};
    const AddressRecord &a = m_rows.at(index.row());
    const QString field = index.column() == Phone ? u"phone"_s : index.column() == Line ? u"line"_s : QString();
    switch (role) {
    case IdRole:
        return a.id;
    case FieldRole:
        return field;
    case MaskedRole:
        return !field.isEmpty() && IdentitiesModel::looksMasked(data(index).toString());
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    switch (index.column()) {
    case Recipient:
        return a.recipient;
    case Phone:
        return shown(a, field, a.phone);
    case Region:
        return QStringList{a.province, a.city, a.district}.join(u' ').simplified();
    case Line:
        return shown(a, field, a.line);
    case Default:
        return role == RawRole ? QVariant(a.isDefault) : QVariant(a.isDefault ? tr("default") : QString());
    default:
        return {};
    }
}

QVariant AddressesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Recipient:
        return tr("Recipient");
    case Phone:
        return tr("Phone");
    case Region:
        return tr("Region");
    case Line:
        return tr("Address");
    case Default:
        return tr("Default");
    default:
        return {};
    }
}

} // namespace panorama
