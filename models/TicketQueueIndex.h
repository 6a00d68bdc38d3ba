#pragma once

#include "core/domain/TicketRepository.h"

#include <QStringList>

namespace panorama {

class Database;

// The ids of a ticket queue in queue order, read once per filter. TicketRepository::page() sorts the whole queue
// for every page (OFFSET paging over one generic statement that scans every ticket), so scrolling a large queue
// would pay that on every page the view loads; with the ids known, a page is a few primary-key lookups, and a
// statement per queue lets the cache's indexes serve "mine", "unassigned" and "my team". Mirrors the repository's
// filter and order exactly (tests/models compares the two on every queue).
class TicketQueueIndex final
{
public:
    explicit TicketQueueIndex(Database &db);
    QStringList ids(const TicketRepository::Filter &filter);

private:
    Database &m_db;
};

} // namespace panorama
