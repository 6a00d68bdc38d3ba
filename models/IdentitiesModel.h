#pragma once

#include "core/domain/CustomerRecords.h"
#include "models/RecordListModel.h"

#include <QHash>

namespace panorama {

// A customer's identities across channels (phone, member ID, device, e-mail, WeChat), masked as the server sent
// them; a value revealed with a reason is shown in place of the mask until its grant expires.
class IdentitiesModel final : public RecordListModel<IdentityRecord>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitiesModel)
public:
    enum Column
    {
        Kind,
        Channel,
        Value,
        Verified,
        FirstSeen,
        ColumnCount
    };
    enum Role
    {
        MaskedRole = Qt::UserRole + 20, // bool: the value as stored is masked (a reveal would show more)
        RevealedUntilRole,              // qint64 ms: when the revealed value disappears again (0: not revealed)
    };

    explicit IdentitiesModel(QObject *parent = nullptr);

    void setIdentities(QList<IdentityRecord> identities);
    // Shows `value` instead of the mask until `expiresAt` (ms since epoch); expire() takes it away again.
    void setRevealed(const QString &identityId, const QString &value, qint64 expiresAt);
    // Drops reveals whose time is up; returns how many.
    int expire(qint64 nowMs);
    int rowOf(const QString &identityId) const;
    static bool looksMasked(const QString &value);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Reveal
    {
        QString value;
        qint64 expiresAt = 0;
    };
    QHash<QString, Reveal> m_revealed;
};

} // namespace panorama
