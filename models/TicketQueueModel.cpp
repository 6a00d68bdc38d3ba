#include "models/TicketQueueModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"
#include "models/TicketQueueIndex.h"

#include <QBrush>
#include <QColor>

namespace panorama {

namespace {
// A page is 64 lookups by primary key (~0.1 ms each with the names joined): a scroll step that needs the next page
// stays well inside a 60 Hz frame (docs/bench/ui.md), and 64 rows cover any window height.
constexpr int kPageSize = 64;
} // namespace

TicketQueueModel::TicketQueueModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db), m_repo(db) {}

void TicketQueueModel::setFilter(const TicketRepository::Filter &filter)
{
    m_filter = filter;
    refresh();
}

void TicketQueueModel::refresh()
{
    beginResetModel();
    m_changing = true;
    // One sort per filter (ids only); pages are then primary-key lookups, cheap at any scroll depth.
    auto ids = std::make_shared<QStringList>(TicketQueueIndex(m_db).ids(m_filter));
    m_rows.reset(
        ids->size(),
        [this, ids](int offset, int limit) {
            QList<TicketRecord> page;
            for (int i = offset; i < qMin<qsizetype>(ids->size(), qsizetype(offset) + limit); ++i) {
                if (auto t = m_repo.ticket(ids->at(i)))
                    page << *t;
            }
            return page;
        },
        kPageSize);
    m_rows.fetchMore();
    endResetModel();
    m_changing = false;
}

void TicketQueueModel::setNow(qint64 nowMs)
{
    m_filter.now = nowMs;
    if (m_rows.size() > 0)
        Q_EMIT dataChanged(index(0, SlaDue), index(m_rows.size() - 1, SlaDue), {Qt::DisplayRole, Qt::ForegroundRole});
}

QString TicketQueueModel::ticketIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketRecord &t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    const bool overdue =
        t.slaDueAt != 0 && t.slaDueAt <= m_filter.now && t.status != u"solved" && t.status != u"closed";
    if (role == Qt::ForegroundRole && index.column() == SlaDue && overdue)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case TicketNo:
        return t.ticketNo;
    case Subject:
        return t.subject;
    case Customer:
        return t.customerName;
    case Category:
        return raw ? t.category : Display::vocabulary(t.category);
    case Priority:
        return raw ? t.priority : Display::vocabulary(t.priority);
    case Status:
        return raw ? t.status : Display::vocabulary(t.status);
    case Team:
        return t.team;
    case Assignee:
        return t.assigneeName.isEmpty() && !raw ? tr("Unassigned") : t.assigneeName;
    case SlaDue:
        return raw ? QVariant(t.slaDueAt) : QVariant(Display::slaRemaining(t.slaDueAt, m_filter.now));
    case Created:
        return raw ? QVariant(t.createdAt) : QVariant(Display::dateTime(t.createdAt));
    default:
        return {};
    }
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TicketNo:
        return tr("Ticket");
    case Subject:
        return tr("Subject");
    case Customer:
        return tr("Customer");
    case Category:
        return tr("Category");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status");
    case Team:
        return tr("Team");
    case Assignee:
        return tr("Assignee");
    case SlaDue:
        return tr("SLA");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

bool TicketQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.canFetchMore();
}

void TicketQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<TicketRecord> page = m_rows.loadNext();
    if (page.isEmpty())
        return;
    const int first = m_rows.size();
    m_changing = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
}

} // namespace panorama
