#pragma once

#include "core/demo/Catalogue.h"
#include "core/demo/DemoIds.h"
#include "core/demo/DemoOptions.h"
#include "core/demo/DemoRandom.h"
#include "core/demo/OrderCalendar.h"
#include "core/demo/Workforce.h"

namespace panorama::demo {

// Everything the partitions share, built once from the seed before the threads start and read-only afterwards:
// the catalogue, stores and staff, the shopping calendar and the number permutations that keep phone numbers,
// member IDs, order, ticket and tracking numbers unique across partitions.
class DemoWorld
{
public:
    explicit DemoWorld(const DemoOptions &options);

    const DemoOptions &options() const { return m_options; }
    uint64_t seed() const { return m_options.seed; }
    int64_t now() const { return m_options.nowMs; }
    const IdFactory &ids() const { return m_ids; }
    const Catalogue &catalogue() const { return m_catalogue; }
    const Workforce &workforce() const { return m_workforce; }
    const OrderCalendar &calendar() const { return m_calendar; }

    const DigitPermutation &phoneSuffixes() const { return m_phone; }
    const DigitPermutation &memberNumbers() const { return m_member; }
    const DigitPermutation &orderNumbers() const { return m_orderNo; }
    const DigitPermutation &ticketNumbers() const { return m_ticketNo; }
    const DigitPermutation &trackingNumbers() const { return m_tracking; }
    const DigitPermutation &emailNumbers() const { return m_email; }

    // A random stream of its own for each partition and purpose.
    Rng rng(int partition, int purpose) const
    {
        return Rng(m_options.seed, uint64_t(partition) * 64 + uint64_t(purpose));
    }

private:
    DemoOptions m_options;
    IdFactory m_ids;
    Catalogue m_catalogue;
    Workforce m_workforce;
    OrderCalendar m_calendar;
    DigitPermutation m_phone;
    DigitPermutation m_member;
    DigitPermutation m_orderNo;
    DigitPermutation m_ticketNo;
    DigitPermutation m_tracking;
    DigitPermutation m_email;
};

} // namespace panorama::demo
