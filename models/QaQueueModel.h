#pragma once

#include "models/PagedRows.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace panorama {

class Database;

// One QA alert with its review: the supervisor's verdict and the agent's response are kept apart.
struct QaQueueRecord
{
    QString id;
    QString ticketId;
    QString ticketNo;
    QString messageId;
    QString ruleId;
    QString ruleKind;
    QString severity; // info, warning, critical
    QString agentId;
    QString agentName;
    QString team;
    QString status;  // open, confirmed, dismissed, acknowledged, disputed
    QString verdict; // confirmed, dismissed, "" (not reviewed)
    QString reviewNote;
    QString response; // acknowledged, disputed, ""
    QString agentNote;
    QJsonObject detail;
    qint64 createdAt = 0;
};

// How often a rule's alerts hold up under review: precision = confirmed / reviewed, so bad rules show up.
struct QaRulePrecision
{
    QString ruleId;
    QString ruleKind;
    qint64 alerts = 0;
    qint64 reviewed = 0;
    qint64 confirmed = 0;
    double precision() const { return reviewed > 0 ? double(confirmed) / double(reviewed) : -1; }
};

// The supervisors' QA queue (an agent's cache holds only their own alerts): filtered in SQL by status, severity,
// rule, agent, team and creation date, critical first, loaded page by page.
class QaQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QaQueueModel)
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
    struct Filter
    {
        QString status; // "" any; "unreviewed": open alerts without a verdict
        QString severity;
        QString ruleId;
        QString agentId;
        QString team;
        qint64 fromMs = 0; // created at or after; 0: no bound
        qint64 toMs = 0;   // created before; 0: no bound
    };

    explicit QaQueueModel(Database &db, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void refresh();
    const QaQueueRecord *alertAt(int row) const;
    int rowOf(const QString &alertId) const;
    qint64 totalCount() const { return m_rows.total(); }

    // For the filter boxes: the values present in the cache ((id, label) pairs for agents).
    QStringList rules();
    QStringList teams();
    QList<std::pair<QString, QString>> agents();
    QList<QaRulePrecision> precision();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    qint64 count();
    QList<QaQueueRecord> load(int offset, int limit);

    Database &m_db;
    Filter m_filter;
    bool m_changing = false;
    PagedRows<QaQueueRecord> m_rows;
};

} // namespace panorama
