#pragma once

#include "core/demo/DemoRandom.h"
#include "core/demo/TicketScripts.h"

#include <cstdint>
#include <vector>

namespace panorama::demo {

class DemoWorld;
struct Partition;

// One ticket to write: which conversation, about whom and what, and when it was opened.
struct TicketPlan
{
    int script = 0;
    int customer = 0;
    int order = -1;
    int item = -1;
    int ret = -1;
    int shipment = -1;
    int64_t createdAt = 0;
    uint64_t globalIndex = 0;
};

// Decides a partition's tickets: the category by its share of the service volume, a situation within it, and an
// order, return or parcel that makes the situation true (a size-exchange ticket points at a size return, a "no
// tracking update" ticket at a stalled parcel), opened at a plausible moment relative to those events.
class TicketPlanner
{
public:
    TicketPlanner(const DemoWorld &world, const Partition &partition);
    std::vector<TicketPlan> plan();

private:
    bool fill(TicketPlan &plan, Need need, Rng &rng) const;
    int64_t openedAt(const TicketPlan &plan, Rng &rng) const;
    int drawCustomer(Rng &rng) const;
    int firstItem(int order) const;

    const DemoWorld &m_world;
    const Partition &m_partition;
    std::vector<int> m_returns, m_small, m_large, m_quality;     // return indices
    std::vector<int> m_paid, m_recent, m_delivered, m_inTransit; // order indices
    std::vector<int> m_trouble;                                  // shipment indices
    std::vector<int> m_children;                                 // customer indices
    WeightedIndex m_activity;
};

} // namespace panorama::demo
