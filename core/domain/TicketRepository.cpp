#include "core/domain/TicketRepository.h"

#include "core/storage/Database.h"

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

#define TICKET_COLUMNS                                                                                                 \
    "SELECT t.id, t.ticket_no, t.customer_id, c.display_name, t.order_id, t.subject, t.category,"                      \
    " t.category_confidence, t.priority, t.status, t.team, t.assignee_id, sf.display_name, t.channel,"                 \
    " t.language, t.sla_due_at, t.created_at, t.solved_at, t.routing_explanation"                                      \
    " FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN staff sf ON sf.id = t.assignee_id"

// ?1 queue, ?2 me, ?3 team, ?4 now, ?5 text ('' = any). One statement for every queue keeps the plan cached.
#define QUEUE_WHERE                                                                                                    \
    " WHERE t.deleted = 0"                                                                                             \
    " AND (?1 = 0 OR t.status NOT IN ('solved', 'closed'))"                                                            \
    " AND (?1 <> 1 OR t.assignee_id = ?2)"                                                                             \
    " AND (?1 <> 2 OR t.team = ?3)"                                                                                    \
    " AND (?1 <> 3 OR t.assignee_id IS NULL)"                                                                          \
    " AND (?1 <> 4 OR (t.sla_due_at IS NOT NULL AND t.sla_due_at <= ?4))"                                              \
    " AND (?5 = '' OR t.ticket_no = ?5 OR instr(t.subject, ?5) > 0)"

int queueCode(TicketRepository::Queue q)
{
    switch (q) {
    case TicketRepository::Queue::All:
        return 0;
    case TicketRepository::Queue::Mine:
        return 1;
    case TicketRepository::Queue::MyTeam:
        return 2;
    case TicketRepository::Queue::Unassigned:
        return 3;
    case TicketRepository::Queue::BreachingSla:
        return 4;
    case TicketRepository::Queue::Open:
        return 5;
    }
    return 5;
}

TicketRecord readTicket(Statement &s)
{
    TicketRecord t;
    t.id = s.text(0);
    t.ticketNo = s.text(1);
    t.customerId = s.text(2);
    t.customerName = s.text(3);
    t.orderId = s.text(4);
    t.subject = s.text(5);
    t.category = s.text(6);
    t.categoryConfidence = s.real(7);
    t.priority = s.text(8);
    t.status = s.text(9);
    t.team = s.text(10);
    t.assigneeId = s.text(11);
    t.assigneeName = s.text(12);
    t.channel = s.text(13);
    t.language = s.text(14);
    t.slaDueAt = s.int64(15);
    t.createdAt = s.int64(16);
    t.solvedAt = s.int64(17);
    t.routingExplanation = s.text(18);
    return t;
}

void bindFilter(Query &q, const TicketRepository::Filter &f)
{
    // A null QString binds SQL NULL, and NULL = '' is not true: pass empty strings for "any".
    const auto orEmpty = [](const QString &s) { return s.isNull() ? u""_s : s; };
    q.bindAll(queueCode(f.queue), orEmpty(f.me), orEmpty(f.team), static_cast<int64_t>(f.now),
              orEmpty(f.text.trimmed()));
}

} // namespace

TicketRepository::TicketRepository(Database &db) : m_db(db) {}

qint64 TicketRepository::count(const Filter &filter)
{
    Query q = m_db.query("SELECT count(*) FROM tickets t" QUEUE_WHERE);
    bindFilter(q, filter);
    return q.next() ? q->int64(0) : 0;
}

QList<TicketRecord> TicketRepository::page(const Filter &filter, int offset, int limit)
{
    QList<TicketRecord> list;
    Query q = m_db.query(TICKET_COLUMNS QUEUE_WHERE
                         " ORDER BY t.sla_due_at IS NULL, t.sla_due_at, t.created_at DESC LIMIT ?6 OFFSET ?7");
    bindFilter(q, filter);
    q.bind(6, limit).bind(7, offset);
    while (q.next())
        list << readTicket(q.stmt());
    return list;
}

std::optional<TicketRecord> TicketRepository::ticket(const QString &ticketId)
{
    Query q = m_db.query(TICKET_COLUMNS " WHERE t.id = ? AND t.deleted = 0");
    q.bind(1, ticketId);
    if (!q.next())
        return std::nullopt;
    return readTicket(q.stmt());
}

QList<TicketMessageRecord> TicketRepository::messages(const QString &ticketId)
{
    QList<TicketMessageRecord> list;
    Query q = m_db.query("SELECT m.id, m.author_kind, coalesce(sf.display_name, c.display_name, m.author_kind),"
                         " m.visibility, m.body, m.created_at FROM ticket_messages m"
                         " JOIN tickets t ON t.id = m.ticket_id"
                         " LEFT JOIN staff sf ON sf.id = m.author_id AND m.author_kind = 'agent'"
                         " LEFT JOIN customers c ON c.id = t.customer_id AND m.author_kind = 'customer'"
                         " WHERE m.ticket_id = ? AND m.deleted = 0 ORDER BY m.created_at, m.id");
    q.bind(1, ticketId);
    while (q.next())
        list << TicketMessageRecord{q->text(0), q->text(1), q->text(2), q->text(3), q->text(4), q->int64(5)};
    return list;
}

QList<TicketRecord> TicketRepository::forCustomer(const QString &customerId, int limit)
{
    QList<TicketRecord> list;
    Query q = m_db.query(TICKET_COLUMNS " WHERE t.customer_id = ? AND t.deleted = 0 ORDER BY t.created_at DESC"
                                        " LIMIT ?");
    q.bindAll(customerId, limit);
    while (q.next())
        list << readTicket(q.stmt());
    return list;
}

} // namespace panorama
