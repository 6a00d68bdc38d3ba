#pragma once

#include "core/domain/CustomerDirectory.h"

#include <QAbstractTableModel>

namespace panorama {

class Database;

// Results of the global search (Ctrl+K): customers found by phone, member ID, order number, name, ...
class CustomerSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerSearchModel)
public:
    enum Column
    {
        Name,
        Tier,
        MatchedBy,
        MatchedValue,
        ColumnCount
    };

    explicit CustomerSearchModel(Database &db, QObject *parent = nullptr);

    void setQuery(const QString &text, int limit = 20);
    QString customerIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CustomerDirectory m_directory;
    QList<CustomerDirectory::Match> m_matches;
};

} // namespace panorama
