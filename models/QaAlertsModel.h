#pragma once

#include "models/PagedRows.h"
#include "models/ReferenceData.h"

#include <QAbstractTableModel>

namespace panorama {

// Quality-inspection findings for supervisors, critical first, loaded page by page.
class QaAlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QaAlertsModel)
public:
    enum Column
    {
        Severity,
        Rule,
        Ticket,
        Agent,
        Team,
        Status,
        Created,
        ColumnCount
    };

    explicit QaAlertsModel(Database &db, QObject *parent = nullptr);

    void setFilter(const ReferenceData::QaFilter &filter);
    void refresh();
    const QaAlertRecord *alertAt(int row) const;
    qint64 totalCount() const { return m_rows.total(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    ReferenceData m_data;
    ReferenceData::QaFilter m_filter;
    bool m_changing = false;
    PagedRows<QaAlertRecord> m_rows;
};

} // namespace panorama
