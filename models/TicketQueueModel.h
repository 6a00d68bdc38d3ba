#pragma once

#include "core/domain/TicketRepository.h"
#include "models/PagedRows.h"

#include <QAbstractTableModel>

namespace panorama {

class Database;

// The ticket queue (mine, my team, unassigned, breaching SLA, ...), loaded page by page, soonest SLA first. The
// queue's order is read once per filter (TicketQueueIndex); pages are looked up by id as the view scrolls.
class TicketQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueueModel)
public:
    enum Column
    {
        TicketNo,
        Subject,
        Customer,
        Category,
        Priority,
        Status,
        Team,
        Assignee,
        SlaDue,
        Created,
        ColumnCount
    };

    explicit TicketQueueModel(Database &db, QObject *parent = nullptr);

    void setFilter(const TicketRepository::Filter &filter);
    const TicketRepository::Filter &filter() const { return m_filter; }
    void refresh(); // reload after a sync brought changes
    // Moves the SLA clock without reloading rows: only the SLA column repaints.
    void setNow(qint64 nowMs);
    QString ticketIdAt(int row) const;
    qint64 totalCount() const { return m_rows.total(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Database &m_db;
    TicketRepository m_repo;
    TicketRepository::Filter m_filter;
    bool m_changing = false; // views ask for more from inside our own change signals
    PagedRows<TicketRecord> m_rows;
};

} // namespace panorama
