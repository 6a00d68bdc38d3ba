#include "models/QaAlertsModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {
constexpr int kPageSize = 200;
}

QaAlertsModel::QaAlertsModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_data(db) {}

void QaAlertsModel::setFilter(const ReferenceData::QaFilter &filter)
{
    m_filter = filter;
    refresh();
}

void QaAlertsModel::refresh()
{
    beginResetModel();
    m_changing = true;
    const ReferenceData::QaFilter f = m_filter;
    m_rows.reset(
        m_data.qaAlertCount(f), [this, f](int offset, int limit) { return m_data.qaAlerts(f, offset, limit); },
        kPageSize);
    m_rows.fetchMore();
    endResetModel();
    m_changing = false;
}

const QaAlertRecord *QaAlertsModel::alertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int QaAlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int QaAlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QaAlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QaAlertRecord &a = m_rows.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::ForegroundRole && index.column() == Severity && a.severity == u"critical"_s)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Severity:
        return raw ? a.severity : Display::vocabulary(a.severity);
    case Rule:
        return raw ? a.ruleId : QString(Display::vocabulary(a.ruleKind) + u" · " + a.ruleId);
    case Ticket:
        return a.ticketNo;
    case Agent:
        return a.agentName;
    case Team:
        return a.team;
    case Status:
        return raw ? a.status : Display::vocabulary(a.status);
    case Created:
        return raw ? QVariant(a.createdAt) : QVariant(Display::dateTime(a.createdAt));
    default:
        return {};
    }
}

QVariant QaAlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Ticket:
        return tr("Ticket");
    case Agent:
        return tr("Agent");
    case Team:
        return tr("Team");
    case Status:
        return tr("Status");
    case Created:
        return tr("Found");
    default:
        return {};
    }
}

bool QaAlertsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.canFetchMore();
}

void QaAlertsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<QaAlertRecord> page = m_rows.loadNext();
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
