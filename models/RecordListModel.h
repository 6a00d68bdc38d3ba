#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace panorama {

// A table model over a short, fully loaded list of records (a customer's identities, an order's items, ...): the
// concrete model names its columns and formats data(); this base owns the rows and the reset signals.
template <typename Row> class RecordListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    bool hasRow(int row) const { return row >= 0 && row < m_rows.size(); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    bool validIndex(const QModelIndex &index) const
    {
        return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
    }

    QList<Row> m_rows;
};

} // namespace panorama
