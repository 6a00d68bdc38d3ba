#pragma once

#include "core/domain/CustomerRecords.h"

#include <optional>

namespace panorama {

class Database;

// Read side of tickets over the local cache: queues with filters, page by page, one ticket, its conversation.
class TicketRepository final
{
public:
    enum class Queue
    {
        All,
        Mine,
        MyTeam,
        Unassigned,
        BreachingSla,
        Open
    };
    struct Filter
    {
        Queue queue = Queue::Open;
        QString me;     // staff id of the signed-in user
        QString team;   // the user's team
        qint64 now = 0; // ms since epoch, for BreachingSla (a clock seam for tests)
        QString text;   // ticket number or subject substring; empty = any
    };

    explicit TicketRepository(Database &db);

    qint64 count(const Filter &filter);
    // Ordered by SLA due time (soonest first), then creation time.
    QList<TicketRecord> page(const Filter &filter, int offset, int limit);
    std::optional<TicketRecord> ticket(const QString &ticketId);
    QList<TicketMessageRecord> messages(const QString &ticketId);
    QList<TicketRecord> forCustomer(const QString &customerId, int limit);

private:
    Database &m_db;
};

} // namespace panorama
