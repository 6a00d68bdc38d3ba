#pragma once

#include <QString>

#include <cstdint>

namespace panorama::demo {

// What `panoramactl demo-data` was asked for.
struct DemoOptions
{
    uint64_t seed = 1;
    int64_t customers = 100000;
    int64_t orders = 1000000;
    int64_t tickets = 200000;
    // The generator's fixed "now": every timestamp lies before it. Default 2026-11-01T00:00:00Z.
    int64_t nowMs = 1793491200000;
    // Knowledge-base source: a directory with <lang>/<id>.md and quick-replies.jsonl; empty = the embedded copy.
    QString kbDir;
    int threads = 2;
};

// The output tables, in DomainSchema::syncedTables() order (parents first).
enum class Table : int
{
    Stores,
    Staff,
    Customers,
    Identities,
    Tags,
    Memberships,
    Addresses,
    SizeCharts,
    Products,
    Orders,
    OrderItems,
    Shipments,
    Returns,
    Tickets,
    TicketMessages,
    KbArticles,
    QaAlerts,
    AuditEvents,
    Count
};
constexpr int kTableCount = int(Table::Count);
const char *tableName(Table t);

} // namespace panorama::demo
