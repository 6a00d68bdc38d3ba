#include "core/demo/TicketPlanner.h"

#include "core/demo/DemoTime.h"
#include "core/demo/DemoWorld.h"
#include "core/demo/Partition.h"

#include <algorithm>
#include <cstring>

namespace panorama::demo {

using namespace DemoTime;

namespace {

// Share of the service volume per category (return_exchange ... other).
constexpr double kCategoryShare[] = {27, 14, 22, 9, 8, 8, 4, 3, 2.5, 2.5};

template <typename T> int pick(Rng &rng, const std::vector<T> &pool)
{
    return pool.empty() ? -1 : int(pool[rng.below(uint32_t(pool.size()))]);
}

} // namespace

TicketPlanner::TicketPlanner(const DemoWorld &world, const Partition &partition)
    : m_world(world), m_partition(partition)
{
    const Partition &p = partition;
    const int64_t now = world.now();
    for (int i = 0; i < int(p.returns.size()); ++i) {
        const Return &r = p.returns[size_t(i)];
        const std::string_view reason(r.reason);
        if (reason == "size_too_small")
            m_small.push_back(i);
        else if (reason == "size_too_large")
            m_large.push_back(i);
        else if (reason == "quality_defect")
            m_quality.push_back(i);
        if (!r.exchange && reason != "size_too_small" && reason != "size_too_large")
            m_returns.push_back(i);
    }
    for (int i = 0; i < int(p.orders.size()); ++i) {
        const Order &o = p.orders[size_t(i)];
        if (o.status == OrderStatus::Cancelled || o.status == OrderStatus::Pending)
            continue;
        m_paid.push_back(i);
        if (o.channel == InStore)
            continue;
        if (o.deliveredAt && o.deliveredAt <= now)
            m_delivered.push_back(i);
        else if (o.shipmentCount > 0)
            m_inTransit.push_back(i);
        if (o.placedAt > now - 4 * kDay && !o.deliveredAt)
            m_recent.push_back(i);
    }
    for (int i = 0; i < int(p.shipments.size()); ++i) {
        const Shipment &s = p.shipments[size_t(i)];
        if ((s.trouble == ParcelTrouble::Delay || s.trouble == ParcelTrouble::Lost ||
             s.trouble == ParcelTrouble::Unreachable) &&
            s.troubleAt <= now)
            m_trouble.push_back(i);
    }
    std::vector<double> weights;
    for (int i = 0; i < int(p.customers.size()); ++i) {
        const Customer &c = p.customers[size_t(i)];
        weights.push_back(0.3 + c.activity);
        if (c.childHeight > 0 && c.duplicateOf < 0)
            m_children.push_back(i);
    }
    m_activity = WeightedIndex(weights);
}

int TicketPlanner::drawCustomer(Rng &rng) const
{
    return m_activity.draw(rng);
}

int TicketPlanner::firstItem(int order) const
{
    return m_partition.orders[size_t(order)].firstItem;
}

bool TicketPlanner::fill(TicketPlan &t, Need need, Rng &rng) const
{
    const Partition &p = m_partition;
    auto fromReturn = [&](const std::vector<int> &pool) {
        t.ret = pick(rng, pool);
        if (t.ret < 0)
            return false;
        const Return &r = p.returns[size_t(t.ret)];
        t.order = r.order;
        t.item = r.item;
        return true;
    };
    auto fromOrder = [&](const std::vector<int> &pool) {
        t.order = pick(rng, pool);
        if (t.order < 0)
            return false;
        t.item = firstItem(t.order) + int(rng.below(uint32_t(p.orders[size_t(t.order)].itemCount)));
        return true;
    };
    switch (need) {
    case Need::Nothing:
        t.customer = drawCustomer(rng);
        return true;
    case Need::Child:
        t.customer = pick(rng, m_children);
        return t.customer >= 0;
    case Need::Return:
        if (!fromReturn(m_returns))
            return false;
        break;
    case Need::SizeSmall:
        if (!fromReturn(m_small))
            return false;
        break;
    case Need::SizeLarge:
        if (!fromReturn(m_large))
            return false;
        break;
    case Need::QualityReturn:
        if (!fromReturn(m_quality))
            return false;
        break;
    case Need::Order:
        if (!fromOrder(m_paid))
            return false;
        break;
    case Need::RecentOrder:
        if (!fromOrder(m_recent))
            return false;
        break;
    case Need::DeliveredOrder:
        if (!fromOrder(m_delivered))
            return false;
        break;
    case Need::InTransit:
        if (!fromOrder(m_inTransit))
            return false;
        break;
    case Need::ParcelTrouble:
        t.shipment = pick(rng, m_trouble);
        if (t.shipment < 0)
            return false;
        t.order = p.shipments[size_t(t.shipment)].order;
        t.item = firstItem(t.order);
        break;
    }
    t.customer = p.orders[size_t(t.order)].customer;
    if (t.shipment < 0 && p.orders[size_t(t.order)].shipmentCount > 0)
        t.shipment = p.orders[size_t(t.order)].firstShipment + p.orders[size_t(t.order)].shipmentCount - 1;
    return true;
}

int64_t TicketPlanner::openedAt(const TicketPlan &t, Rng &rng) const
{
    const Partition &p = m_partition;
    const Script &s = TicketScripts::all()[size_t(t.script)];
    const Customer &c = p.customers[size_t(t.customer)];
    const char *key = s.key;
    auto is = [key](const char *k) { return std::strcmp(key, k) == 0; };
    int64_t at = 0;
    if (t.ret >= 0) {
        const Return &r = p.returns[size_t(t.ret)];
        const int64_t received = r.receivedAt ? r.receivedAt : r.requestedAt + 3 * kDay;
        if (is("refund_status") || is("complaint_refund")) {
            // Asked while the refund was still outstanding (a complaint comes later than a question).
            at = received + (is("complaint_refund") ? rng.range64(2 * kDay, 6 * kDay) : rng.range64(kDay, 3 * kDay));
            if (r.resolvedAt)
                at = std::min(at, r.resolvedAt - rng.range64(kHour, 12 * kHour));
            at = std::max(at, r.requestedAt + kHour);
        } else
            at = r.requestedAt - rng.range64(5 * kMinute, 3 * kHour);
        at = std::max(at, p.orders[size_t(r.order)].deliveredAt + 10 * kMinute);
    } else if (t.order >= 0) {
        const Order &o = p.orders[size_t(t.order)];
        const Shipment *sh = t.shipment >= 0 ? &p.shipments[size_t(t.shipment)] : nullptr;
        if (s.need == Need::ParcelTrouble && sh)
            at = sh->troubleAt + rng.range64(2 * kHour, 3 * kDay);
        else if (s.need == Need::InTransit && sh)
            at = sh->shippedAt + rng.range64(12 * kHour, 3 * kDay);
        else if (s.need == Need::DeliveredOrder && o.deliveredAt) {
            static const int kWindow[] = {7, 15, 30, 45};
            if (is("return_window"))
                at = o.deliveredAt + int64_t(kWindow[c.tier] + rng.range(1, 20)) * kDay;
            else if (is("points_missing"))
                at = o.deliveredAt + rng.range64(5 * kDay, 14 * kDay);
            else if (is("delivered_not_received") || is("damaged_parcel"))
                at = o.deliveredAt + rng.range64(kHour, 40 * kHour);
            else
                at = o.deliveredAt + rng.range64(kHour, 20 * kDay);
        } else if (s.need == Need::RecentOrder)
            at = o.placedAt + rng.range64(5 * kMinute, 12 * kHour);
        else
            at = (o.paidAt ? o.paidAt : o.placedAt) + rng.range64(10 * kMinute, 5 * kDay);
    } else {
        at = m_world.calendar().sample(rng, c.createdAt + kHour, c.nightShopper, false);
    }
    const int64_t latest = m_world.now() - rng.range64(kMinute, 3 * kHour);
    return std::max(c.createdAt + kMinute, std::min(at, latest));
}

std::vector<TicketPlan> TicketPlanner::plan()
{
    const Partition &p = m_partition;
    const auto &scripts = TicketScripts::all();
    std::vector<std::vector<int>> byCategory(size_t(TicketCategory::Count));
    std::vector<std::vector<double>> weights(size_t(TicketCategory::Count));
    std::vector<int> standalone; // scripts that need nothing: the last resort
    for (int i = 0; i < int(scripts.size()); ++i) {
        byCategory[size_t(scripts[size_t(i)].category)].push_back(i);
        weights[size_t(scripts[size_t(i)].category)].push_back(scripts[size_t(i)].weight);
        if (scripts[size_t(i)].need == Need::Nothing)
            standalone.push_back(i);
    }
    std::vector<WeightedIndex> within;
    for (const auto &w : weights)
        within.emplace_back(w);
    const WeightedIndex categories(std::vector<double>(std::begin(kCategoryShare), std::end(kCategoryShare)));

    std::vector<TicketPlan> plans(size_t(p.ticketCount));
    for (int64_t k = 0; k < p.ticketCount; ++k) {
        TicketPlan &t = plans[size_t(k)];
        Rng rng(m_world.seed(), mix64(uint64_t(p.firstTicket + k)) ^ 0x71c7e7);
        const int category = categories.draw(rng);
        t.script = byCategory[size_t(category)][size_t(within[size_t(category)].draw(rng))];
        bool ok = false;
        for (int attempt = 0; attempt < 3 && !ok; ++attempt) {
            t = TicketPlan{t.script};
            ok = fill(t, scripts[size_t(t.script)].need, rng);
            // Tier questions make no sense for platinum members; retry with someone else.
            if (ok && std::strcmp(scripts[size_t(t.script)].key, "tier_progress") == 0 &&
                p.customers[size_t(t.customer)].tier == Platinum)
                ok = false;
        }
        if (!ok) {
            // The partition lacks what the situation needs (small runs): any order will do, else no order.
            t = TicketPlan{t.script};
            ok = fill(t, Need::Order, rng);
            if (!ok) {
                t = TicketPlan{standalone[rng.below(uint32_t(standalone.size()))]};
                fill(t, Need::Nothing, rng);
            }
        }
        t.createdAt = openedAt(t, rng);
    }
    std::stable_sort(plans.begin(), plans.end(),
                     [](const TicketPlan &a, const TicketPlan &b) { return a.createdAt < b.createdAt; });
    for (int64_t k = 0; k < p.ticketCount; ++k)
        plans[size_t(k)].globalIndex = uint64_t(p.firstTicket + k);
    return plans;
}

} // namespace panorama::demo
