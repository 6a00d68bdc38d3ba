#include "models/TicketQueueIndex.h"

#include "core/storage/Database.h"

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

QString orEmpty(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

TicketQueueIndex::TicketQueueIndex(Database &db) : m_db(db) {}

// One statement per queue, so SQLite can use the cache's indexes (tickets_assignee for mine and unassigned,
// tickets_queue for a team) instead of one generic statement that scans every ticket.
// The open statuses listed (the schema allows exactly six), so the (status, team, sla_due_at) index can serve them.
#define OPEN_TICKETS " FROM tickets t WHERE t.deleted = 0 AND t.status IN ('new', 'open', 'pending', 'on_hold')"
#define TEXT_FILTER " AND (?3 = '' OR t.ticket_no = ?3 OR instr(t.subject, ?3) > 0)"
#define QUEUE_ORDER " ORDER BY t.sla_due_at IS NULL, t.sla_due_at, t.created_at DESC"

QStringList TicketQueueIndex::ids(const TicketRepository::Filter &f)
{
    using Q = TicketRepository::Queue;
    const char *sql = nullptr;
    QString key; // ?1
    switch (f.queue) {
    case Q::All:
        sql = "SELECT t.id FROM tickets t WHERE t.deleted = 0 AND ?1 = ?1 AND ?2 = ?2" TEXT_FILTER QUEUE_ORDER;
        break;
    case Q::Mine:
        sql = "SELECT t.id" OPEN_TICKETS " AND t.assignee_id = ?1 AND ?2 = ?2" TEXT_FILTER QUEUE_ORDER;
        key = orEmpty(f.me);
        break;
    case Q::MyTeam:
        sql = "SELECT t.id" OPEN_TICKETS " AND t.team = ?1 AND ?2 = ?2" TEXT_FILTER QUEUE_ORDER;
        key = orEmpty(f.team);
        break;
    case Q::Unassigned:
        sql = "SELECT t.id" OPEN_TICKETS " AND t.assignee_id IS NULL AND ?1 = ?1 AND ?2 = ?2" TEXT_FILTER QUEUE_ORDER;
        break;
    case Q::BreachingSla:
        sql = "SELECT t.id" OPEN_TICKETS
              " AND t.sla_due_at IS NOT NULL AND t.sla_due_at <= ?2 AND ?1 = ?1" TEXT_FILTER QUEUE_ORDER;
        break;
    case Q::Open:
        sql = "SELECT t.id" OPEN_TICKETS " AND ?1 = ?1 AND ?2 = ?2" TEXT_FILTER QUEUE_ORDER;
        break;
    }
    Query q = m_db.query(sql);
    q.bindAll(orEmpty(key), static_cast<int64_t>(f.now), orEmpty(f.text.trimmed()));
    QStringList out;
    while (q.next())
        out << q->text(0);
    return out;
}

} // namespace panorama
