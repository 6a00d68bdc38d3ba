#pragma once

#include "core/demo/DemoRandom.h"
#include "core/demo/SizeChart.h"

namespace panorama::demo {

class DemoWorld;
struct Customer;
struct Order;
struct Partition;
struct Product;

// Places a partition's orders: who buys when (the shopping calendar, each customer's activity), on which
// channel, what (category by wearer and season, label by the customer's tastes, bestsellers first) and in
// which size — the size the body needs on that label's chart, except when the customer goes by their usual
// size on a label that runs small or large, or simply picks wrong. Totals, shipping fees, coupons, payment.
class OrderGenerator
{
public:
    OrderGenerator(const DemoWorld &world, Partition &partition);
    void placeOrders();

private:
    void fillOrder(Order &order, Rng &rng);
    void addItem(Order &order, Rng &rng);
    Category drawCategory(Rng &rng, Wearer wearer, int64_t at) const;

    const DemoWorld &m_world;
    Partition &m_partition;
};

} // namespace panorama::demo
