#include "models/IdentitiesModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

using namespace Qt::StringLiterals;

namespace panorama {

IdentitiesModel::IdentitiesModel(QObject *parent) : RecordListModel(parent) {}

void IdentitiesModel::setIdentities(QList<IdentityRecord> identities)
{
    m_revealed.clear();
    setRows(std::move(identities));
}

bool IdentitiesModel::looksMasked(const QString &value)
{
    return value.contains(u'*');
}

int IdentitiesModel::rowOf(const QString &identityId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == identityId)
            return r;
    }
    return -1;
}

void IdentitiesModel::setRevealed(const QString &identityId, const QString &value, qint64 expiresAt)
{
    const int row = rowOf(identityId);
    if (row < 0)
        return;
    m_revealed.insert(identityId, {value, expiresAt});
    Q_EMIT dataChanged(index(row, Value), index(row, Value));
}

int IdentitiesModel::expire(qint64 nowMs)
{
    int n = 0;
    for (auto it = m_revealed.begin(); it != m_revealed.end();) {
        if (it->expiresAt > nowMs) {
            ++it;
            continue;
        }
        const int row = rowOf(it.key());
        it = m_revealed.erase(it);
        ++n;
        if (row >= 0)
            Q_EMIT dataChanged(index(row, Value), index(row, Value));
    }
    return n;
}

int IdentitiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IdentitiesModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index))
        return {};
    const IdentityRecord &i = m_rows.at(index.row());
    const auto revealed = m_revealed.constFind(i.id);
    const bool isRevealed = revealed != m_revealed.cend();
    switch (role) {
    case IdRole:
        return i.id;
    case MaskedRole:
        return looksMasked(i.value) && !isRevealed;
    case RevealedUntilRole:
        return isRevealed ? revealed->expiresAt : qint64(0);
    case Qt::ToolTipRole:
        if (index.column() == Value && isRevealed)
            return tr("Revealed until %1; masked again after that").arg(Display::dateTime(revealed->expiresAt));
        if (index.column() == Value && looksMasked(i.value))
            return tr("Masked for your role. Reveal it with a reason (Ctrl+Shift+R); the request is audited.");
        // Views too narrow for the "first seen" column still tell it.
        return i.firstSeenAt > 0 ? QVariant(tr("First seen %1").arg(Display::date(i.firstSeenAt))) : QVariant();
    default:
        break;
    }
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Kind:
        return raw ? i.kind : Display::vocabulary(i.kind);
    case Channel:
        return raw ? i.channel : Display::vocabulary(i.channel);
    case Value:
        return isRevealed ? revealed->value : i.value;
    case Verified:
        return raw ? QVariant(i.verified) : QVariant(i.verified ? tr("verified") : QString());
    case FirstSeen:
        return raw ? QVariant(i.firstSeenAt) : QVariant(Display::date(i.firstSeenAt));
    default:
        return {};
    }
}

QVariant IdentitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Channel:
        return tr("Channel");
    case Value:
        return tr("Value");
    case Verified:
        return tr("Verified");
    case FirstSeen:
        return tr("First seen");
    default:
        return {};
    }
}

} // namespace panorama
