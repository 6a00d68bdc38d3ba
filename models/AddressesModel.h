#pragma once

#include "core/domain/CustomerRecords.h"
#include "models/RecordListModel.h"

#include <QHash>

namespace panorama {

// A customer's delivery addresses, masked as the server sent them; a revealed phone or street line is shown until
// its grant expires.
class AddressesModel final : public RecordListModel<AddressRecord>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressesModel)
public:
    enum Column
    {
        Recipient,
        Phone,
        Region,
        Line,
        Default,
        ColumnCount
    };
    enum Role
    {
        MaskedRole = Qt::UserRole + 20,
        FieldRole, // the cache column behind a cell that can be revealed ("phone", "line"), else empty
    };

    explicit AddressesModel(QObject *parent = nullptr);

    void setAddresses(QList<AddressRecord> addresses);
    void setRevealed(const QString &addressId, const QString &field, const QString &value, qint64 expiresAt);
    int expire(qint64 nowMs);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Reveal
    {
        QString value;
        qint64 expiresAt = 0;
    };
    QString shown(const AddressRecord &a, const QString &field, const QString &stored) const;
    QHash<QString, Reveal> m_revealed; // "addressId/field"
};

} // namespace panorama
