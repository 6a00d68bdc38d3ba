#pragma once

#include "core/domain/CustomerRecords.h"

#include <optional>

namespace panorama {

class Database;

// Read side of the 360° customer view over the local cache: the customer's header, identities, tags,
// addresses, orders page by page, order detail, tickets, timeline and likely duplicates. No writes:
// changes go through the sync engine's outbox.
class CustomerRepository final
{
public:
    enum class OrderSort
    {
        PlacedAtDesc,
        PlacedAtAsc,
        TotalDesc,
        TotalAsc,
        Status
    };

    explicit CustomerRepository(Database &db);

    std::optional<CustomerSummary> summary(const QString &customerId);
    QList<IdentityRecord> identities(const QString &customerId);
    QList<TagRecord> tags(const QString &customerId);
    QList<AddressRecord> addresses(const QString &customerId);

    qint64 orderCount(const QString &customerId, const QString &statusFilter = {});
    // One page of orders; statusFilter empty = all statuses.
    QList<OrderRecord> orders(const QString &customerId, int offset, int limit,
                              OrderSort sort = OrderSort::PlacedAtDesc, const QString &statusFilter = {});
    std::optional<OrderDetail> orderDetail(const QString &orderId);

    QList<TicketRecord> tickets(const QString &customerId, int limit = 200);
    QList<TimelineEntry> timeline(const QString &customerId, int limit = 100);
    // Other live customers sharing a phone, member ID or device ID (same blind-index hash).
    QList<MergeSuggestion> mergeSuggestions(const QString &customerId);

private:
    Database &m_db;
};

} // namespace panorama
