#pragma once

#include "core/demo/DemoRandom.h"

namespace panorama::demo {

class DemoWorld;
struct Order;
struct Partition;

// What happens to an order after payment: packing (same day when paid by 17:00), parcels with SF or ZTO, transit
// times by destination (tier-1 cities 1-2 days, remote regions 5-10, express next day), the occasional delay,
// unreachable recipient, lost or refused parcel; then returns and exchanges within the member's window, mostly
// because the size was wrong, and the order's final status as of "now".
class Fulfilment
{
public:
    Fulfilment(const DemoWorld &world, Partition &partition);
    void run();

private:
    void ship(Order &order, Rng &rng);
    int addShipment(Order &order, Rng &rng, int64_t labelAt, bool reship);
    void planReturns(Order &order, Rng &rng);
    void settleStatus(Order &order);

    const DemoWorld &m_world;
    Partition &m_partition;
};

} // namespace panorama::demo
