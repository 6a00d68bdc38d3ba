#include "models/QaQueueModel.h"

#include "core/storage/Database.h"
#include "models/Display.h"
#include "models/ModelRoles.h"

#include <QBrush>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

constexpr int kPage = 200;

// Every filter is bound (?1..?7); an empty value (bound as NULL) or 0 means "any".
constexpr const char *kWhere =
    " WHERE a.deleted = 0 AND (coalesce(?1, '') = '' OR a.status = ?1"
    " OR (?1 = 'unreviewed' AND a.status = 'open' AND coalesce(a.verdict, '') = ''))"
    " AND (coalesce(?2, '') = '' OR a.severity = ?2) AND (coalesce(?3, '') = '' OR a.rule_id = ?3)"
    " AND (coalesce(?4, '') = '' OR a.agent_id = ?4) AND (coalesce(?5, '') = '' OR a.team = ?5)"
    " AND (?6 = 0 OR a.created_at >= ?6) AND (?7 = 0 OR a.created_at < ?7)";

QStringList column(Database &db, const char *sql)
{
    QStringList out;
    Query q = db.query(sql);
    while (q.next())
        out << q->text(0);
    return out;
}

} // namespace

QaQueueModel::QaQueueModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void QaQueueModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    refresh();
}

qint64 QaQueueModel::count()
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM qa_alerts a") + kWhere;
    Query q = m_db.query(sql.constData());
    q.bindAll(m_filter.status, m_filter.severity, m_filter.ruleId, m_filter.agentId, m_filter.team,
              int64_t(m_filter.fromMs), int64_t(m_filter.toMs));
    return q.next() ? q->int64(0) : 0;
}

QList<QaQueueRecord> QaQueueModel::load(int offset, int limit)
{
    const QByteArray sql =
        QByteArray(
            "SELECT a.id, coalesce(a.ticket_id, ''), coalesce(t.ticket_no, ''), coalesce(a.message_id, ''),"
            " a.rule_id, a.rule_kind, a.severity, coalesce(a.agent_id, ''), coalesce(s.display_name, ''),"
            " coalesce(a.team, ''), a.status, coalesce(a.verdict, ''), coalesce(a.review_note, ''),"
            " coalesce(a.agent_response, ''), coalesce(a.agent_note, ''), coalesce(a.detail, ''), a.created_at"
            " FROM qa_alerts a LEFT JOIN tickets t ON t.id = a.ticket_id LEFT JOIN staff s ON s.id = a.agent_id") +
        kWhere +
        " ORDER BY CASE a.severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, a.created_at DESC, a.id"
        " LIMIT ?8 OFFSET ?9";
    Query q = m_db.query(sql.constData());
    q.bindAll(m_filter.status, m_filter.severity, m_filter.ruleId, m_filter.agentId, m_filter.team,
              int64_t(m_filter.fromMs), int64_t(m_filter.toMs), limit, offset);
    QList<QaQueueRecord> out;
    while (q.next()) {
        QaQueueRecord r;
        r.id = q->text(0);
        r.ticketId = q->text(1);
        r.ticketNo = q->text(2);
        r.messageId = q->text(3);
        r.ruleId = q->text(4);
        r.ruleKind = q->text(5);
        r.severity = q->text(6);
        r.agentId = q->text(7);
        r.agentName = q->text(8);
        r.team = q->text(9);
        r.status = q->text(10);
        r.verdict = q->text(11);
        r.reviewNote = q->text(12);
        r.response = q->text(13);
        r.agentNote = q->text(14);
        r.detail = QJsonDocument::fromJson(q->text(15).toUtf8()).object();
        r.createdAt = q->int64(16);
        out << r;
    }
    return out;
}

void QaQueueModel::refresh()
{
    // Views (and the model tester) ask canFetchMore() inside the reset: no nested inserts meanwhile.
    m_changing = true;
    beginResetModel();
    m_rows.reset(
        count(), [this](int offset, int limit) { return load(offset, limit); }, kPage);
    m_rows.fetchMore();
    endResetModel();
    m_changing = false;
}

const QaQueueRecord *QaQueueModel::alertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int QaQueueModel::rowOf(const QString &alertId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == alertId)
            return i;
    }
    return -1;
}

QStringList QaQueueModel::rules()
{
    return column(m_db, "SELECT DISTINCT rule_id FROM qa_alerts WHERE deleted = 0 ORDER BY 1");
}

QStringList QaQueueModel::teams()
{
    return column(m_db,
                  "SELECT DISTINCT team FROM qa_alerts WHERE deleted = 0 AND coalesce(team, '') <> '' ORDER BY 1");
}

QList<std::pair<QString, QString>> QaQueueModel::agents()
{
    QList<std::pair<QString, QString>> out;
    Query q =
        m_db.query("SELECT DISTINCT a.agent_id, coalesce(s.display_name, a.agent_id) FROM qa_alerts a"
                   " LEFT JOIN staff s ON s.id = a.agent_id WHERE a.deleted = 0 AND coalesce(a.agent_id, '') <> ''"
                   " ORDER BY 2");
    while (q.next())
        out.append({q->text(0), q->text(1)});
    return out;
}

QList<QaRulePrecision> QaQueueModel::precision()
{
    QList<QaRulePrecision> out;
    Query q = m_db.query("SELECT rule_id, min(rule_kind), count(*), sum(verdict IN ('confirmed', 'dismissed')),"
                         " sum(verdict = 'confirmed') FROM qa_alerts WHERE deleted = 0 GROUP BY rule_id"
                         " ORDER BY sum(verdict IN ('confirmed', 'dismissed')) DESC, rule_id");
    while (q.next())
        out << QaRulePrecision{q->text(0), q->text(1), q->int64(2), q->int64(3), q->int64(4)};
    return out;
}

int QaQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int QaQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QaQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QaQueueRecord &a = m_rows.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::ForegroundRole && index.column() == Severity && a.severity == u"critical"_s)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (Column(index.column())) {
    case Severity:
        return raw ? a.severity : Display::vocabulary(a.severity);
    case Rule:
        return a.ruleId;
    case Ticket:
        return a.ticketNo;
    case Agent:
        return a.agentName.isEmpty() ? a.agentId : a.agentName;
    case Team:
        return a.team;
    case Status:
        if (raw)
            return a.status;
        if (!a.verdict.isEmpty() && !a.response.isEmpty())
            return u"%1 · %2"_s.arg(Display::vocabulary(a.verdict), Display::vocabulary(a.response));
        return Display::vocabulary(a.status);
    case Created:
        return raw ? QVariant(a.createdAt) : QVariant(Display::dateTime(a.createdAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant QaQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[ColumnCount] = {QT_TR_NOOP("Severity"), QT_TR_NOOP("Rule"), QT_TR_NOOP("Ticket"),
                                                   QT_TR_NOOP("Agent"),    QT_TR_NOOP("Team"), QT_TR_NOOP("Review"),
                                                   QT_TR_NOOP("Found")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

bool QaQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.canFetchMore();
}

void QaQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<QaQueueRecord> page = m_rows.loadNext();
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
