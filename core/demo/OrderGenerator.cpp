#include "core/demo/OrderGenerator.h"

#include "core/demo/DemoTime.h"
#include "core/demo/DemoWorld.h"
#include "core/demo/Geography.h"
#include "core/demo/Partition.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <numeric>

namespace panorama::demo {

using namespace DemoTime;

namespace {

// Relative demand per category (tops, shirts, dresses, trousers, jeans, skirts, outerwear, knitwear,
// underwear, swimwear, socks, shoes, accessories).
constexpr double kFemaleMix[] = {18, 8, 14, 10, 8, 8, 10, 8, 6, 2, 3, 3, 2};
constexpr double kMaleMix[] = {22, 12, 0, 14, 12, 0, 14, 9, 7, 1, 4, 4, 2};
constexpr double kKidsMix[] = {30, 0, 10, 22, 0, 0, 18, 12, 0, 0, 8, 0, 0};

double seasonFactor(Category c, int month)
{
    const bool winter = month >= 11 || month <= 2;
    const bool summer = month >= 5 && month <= 8;
    switch (c) {
    case Category::Outerwear:
        return winter ? 2.2 : (summer ? 0.3 : 1.2);
    case Category::Knitwear:
        return winter ? 1.8 : (summer ? 0.3 : 1.2);
    case Category::Swimwear:
        return summer ? 4.0 : 0.3;
    case Category::Dresses:
    case Category::Skirts:
        return summer ? 1.6 : (winter ? 0.6 : 1.0);
    case Category::Tops:
        return summer ? 1.4 : 0.9;
    default:
        return 1.0;
    }
}

// Payment methods by channel (docs/policy.md: the mini-program takes WeChat Pay and gift cards; no cash online).
const char *paymentFor(Rng &rng, uint8_t channel)
{
    if (channel == MiniProgram)
        return rng.chance(0.93) ? "wechat_pay" : "gift_card";
    if (channel == InStore) {
        static const char *const m[] = {"wechat_pay", "alipay", "union_pay", "card", "cash", "gift_card"};
        return m[rng.weighted({40, 30, 12, 8, 7, 3})];
    }
    static const char *const m[] = {"alipay", "wechat_pay", "card", "union_pay", "gift_card"};
    return m[rng.weighted({45, 30, 10, 10, 5})];
}

Body partnerBody(Rng &rng, bool male)
{
    // Somebody else the customer buys for: an average adult of the other sex, a little noise.
    Body b;
    b.height = float(male ? rng.normal(172, 6) : rng.normal(160, 5.5));
    const double bmi = male ? rng.normal(23.5, 3) : rng.normal(21.5, 2.8);
    b.weight = float(bmi * b.height * b.height / 10000.0);
    b.chest = float((male ? 90 + (bmi - 23) * 2.3 : 84 + (bmi - 21) * 2.2) + rng.normal(0, 2.5));
    b.waist = float((male ? 79 + (bmi - 23) * 3.0 : 69 + (bmi - 21) * 2.6) + rng.normal(0, 2.5));
    b.hips = float((male ? 93 + (bmi - 23) * 1.8 : 90 + (bmi - 21) * 2.0) + rng.normal(0, 2.5));
    b.foot = b.height * (male ? 0.149f : 0.148f);
    return b;
}

} // namespace

OrderGenerator::OrderGenerator(const DemoWorld &world, Partition &partition) : m_world(world), m_partition(partition) {}

Category OrderGenerator::drawCategory(Rng &rng, Wearer wearer, int64_t at) const
{
    const double *mix = wearer == Wearer::Kids ? kKidsMix : (wearer == Wearer::Male ? kMaleMix : kFemaleMix);
    const int month = cstDate(at).month;
    double w[int(Category::Count)];
    double total = 0;
    for (int i = 0; i < int(Category::Count); ++i) {
        const auto c = Category(i);
        const bool onShelf =
            m_world.catalogue().offers(wearer, c) ||
            ((c == Category::Socks || c == Category::Accessories) && m_world.catalogue().offers(Wearer::Unisex, c));
        w[i] = onShelf ? mix[i] * seasonFactor(c, month) : 0;
        total += w[i];
    }
    double x = rng.uniform() * total;
    for (int i = 0; i < int(Category::Count); ++i) {
        if (x < w[i])
            return Category(i);
        x -= w[i];
    }
    return Category::Tops;
}

void OrderGenerator::placeOrders()
{
    Partition &p = m_partition;
    Rng rng = m_world.rng(p.index, 2);
    const int64_t start = m_world.calendar().start();
    const int64_t now = m_world.now();
    std::vector<double> weights;
    weights.reserve(p.customers.size());
    for (const Customer &c : p.customers) {
        const double span = double(now - std::max(c.createdAt, start)) / double(now - start);
        weights.push_back(c.activity * std::max(0.02, span));
    }
    const WeightedIndex who(weights);
    p.orders.resize(size_t(p.orderCount));
    for (Order &o : p.orders) {
        o.customer = who.draw(rng);
        const Customer &c = p.customers[size_t(o.customer)];
        const double wWeb = (c.channels & Web) ? 1.0 : 0;
        const double wMini = (c.channels & MiniProgram) ? 1.3 : 0;
        const double wStore = (c.channels & InStore) ? 0.7 : 0;
        const int ch = rng.weighted({wWeb, wMini, wStore});
        o.channel = ch == 0 ? Web : (ch == 1 ? MiniProgram : InStore);
        o.placedAt = m_world.calendar().sample(rng, c.createdAt + kMinute, c.nightShopper, o.channel == InStore);
    }
    // Time order within the partition, so ids and order numbers run with time.
    std::stable_sort(p.orders.begin(), p.orders.end(),
                     [](const Order &a, const Order &b) { return a.placedAt < b.placedAt; });
    char buf[32];
    for (size_t k = 0; k < p.orders.size(); ++k) {
        Order &o = p.orders[k];
        o.globalIndex = uint64_t(p.firstOrder) + k;
        o.id = m_world.ids().make(IdSpace::Order, uint32_t(p.index), k, o.placedAt);
        std::snprintf(buf, sizeof buf, "LL%s%08llu", yymmdd(o.placedAt).constData(),
                      static_cast<unsigned long long>(m_world.orderNumbers().map(o.globalIndex)));
        o.orderNo = buf;
        fillOrder(o, rng);
    }
}

void OrderGenerator::fillOrder(Order &o, Rng &rng)
{
    Partition &p = m_partition;
    Customer &c = p.customers[size_t(o.customer)];
    const int64_t now = m_world.now();
    o.firstItem = int(p.items.size());
    const int count = 1 + rng.weighted({50, 28, 13, 6, 3});
    for (int i = 0; i < count || int(p.items.size()) == o.firstItem; ++i)
        addItem(o, rng);
    o.itemCount = int(p.items.size()) - o.firstItem;

    int64_t subtotal = 0;
    for (int i = o.firstItem; i < o.firstItem + o.itemCount; ++i)
        subtotal += int64_t(p.items[size_t(i)].priceCents) * p.items[size_t(i)].quantity;
    if (o.channel == InStore) {
        const auto &stores = m_world.workforce().storesIn(c.city);
        o.store = (!stores.empty() && rng.chance(0.2)) ? stores[rng.below(uint32_t(stores.size()))] : c.homeStore;
        if (o.store < 0)
            o.store = int(rng.below(uint32_t(m_world.workforce().stores().size())));
    } else {
        o.address = c.addresses.empty() ? -1 : (rng.chance(0.8) ? 0 : int(rng.below(uint32_t(c.addresses.size()))));
        const City &city = Geography::cities()[size_t(o.address >= 0 ? c.addresses[size_t(o.address)].city : c.city)];
        o.express = city.express && !city.remote && cstHour(o.placedAt) < 15 && rng.chance(0.06);
        o.shippingCents = o.express ? 2000 : (subtotal >= 19900 ? 0 : 1000);
    }
    if (c.discountSensitive ? rng.chance(0.45) : rng.chance(0.12)) {
        static const int coupons[] = {1000, 2000, 3000, 5000, 10000};
        const int coupon = coupons[rng.weighted({30, 30, 20, 15, 5})];
        if (subtotal >= int64_t(coupon) * 5)
            o.couponCents = coupon;
    }
    o.totalCents = subtotal + o.shippingCents - o.couponCents;
    o.payment = paymentFor(rng, o.channel);
    if (!std::strcmp(o.payment, "card") || !std::strcmp(o.payment, "union_pay"))
        std::snprintf(o.last4, sizeof o.last4, "%04u", rng.below(10000));

    // Payment: store sales are paid at once; online, most pay within minutes, a few never do.
    const bool recent = now - o.placedAt < 30 * kMinute;
    if (o.channel == InStore) {
        o.paidAt = o.placedAt;
        o.status = OrderStatus::Completed;
    } else if (rng.chance(0.025) || (recent && rng.chance(0.3))) {
        o.paidAt = 0;
        o.status = recent ? OrderStatus::Pending : OrderStatus::Cancelled;
    } else {
        o.paidAt = std::min(now - kSecond, o.placedAt + int64_t(rng.logNormal(std::log(90.0), 1.0) * kSecond));
        o.status = rng.chance(0.012) ? OrderStatus::Cancelled : OrderStatus::Paid;
    }

    if (o.status != OrderStatus::Cancelled && o.status != OrderStatus::Pending) {
        ++c.orderCount;
        if (o.channel == MiniProgram)
            ++c.miniOrders;
        const int h = cstHour(o.placedAt);
        if (h >= 22 || h <= 2)
            ++c.nightOrders;
        c.spendTotalCents += o.totalCents;
        if (o.placedAt >= now - 365 * kDay)
            c.spend12mCents += o.totalCents;
        if (c.firstOrderAt == 0)
            c.firstOrderAt = o.placedAt;
    }
    c.lastActivityAt = std::max(c.lastActivityAt, o.placedAt);
}

void OrderGenerator::addItem(Order &o, Rng &rng)
{
    Partition &p = m_partition;
    const Customer &c = p.customers[size_t(o.customer)];
    const Catalogue &cat = m_world.catalogue();
    const bool male = c.gender == PersonNames::Gender::Male;
    // Mostly for themselves; sometimes for a partner or a child.
    const int forWhom = rng.weighted({88, 5, c.childHeight > 0 ? 14.0 : 0.0});
    Wearer wearer = forWhom == 2 ? Wearer::Kids : ((male != (forWhom == 1)) ? Wearer::Male : Wearer::Female);
    Category category = drawCategory(rng, wearer, o.placedAt);
    Wearer shelfWearer = wearer;
    if ((category == Category::Socks || category == Category::Accessories) && !cat.offers(wearer, category))
        shelfWearer = Wearer::Unisex;
    const int product = cat.drawProduct(rng, shelfWearer, category, c.brandWeights);
    if (product < 0)
        return;
    const Product &prod = cat.products()[size_t(product)];
    OrderItem item;
    item.id = m_world.ids().make(IdSpace::OrderItem, uint32_t(p.index), p.items.size(), o.placedAt);
    item.product = product;
    item.forSelf = forWhom == 0;
    const SizeChart *chart = cat.chartOf(prod);
    if (chart) {
        Body body;
        if (forWhom == 0) {
            body = c.body;
        } else if (forWhom == 1) {
            body = partnerBody(rng, wearer == Wearer::Male);
        } else {
            body.height = c.childHeight;
        }
        const bool letters = wearer != Wearer::Kids && category != Category::Shoes && category != Category::Jeans;
        double preference = 0;
        if (letters && forWhom == 0)
            preference = c.fit == FitPreference::Slim ? -0.35 : (c.fit == FitPreference::Loose ? 0.35 : 0.0);
        const double position = chart->position(body);
        const double need = position + prod.bias + preference;
        // Chart readers (and users of the sizing assistant) account for the label's fit; others buy their
        // usual size, which is wrong on labels that run small or large when the body is near a boundary.
        const bool careful = rng.chance(forWhom == 0 ? c.chartReader : 0.2);
        int chosen = chart->indexFor(careful ? need : position + preference, 0);
        if (rng.chance(forWhom == 0 ? 0.06 : 0.2))
            chosen += rng.chance(0.5) ? 1 : -1;
        chosen = std::clamp(chosen, prod.firstSize, prod.lastSize);
        item.size = chosen;
        item.rightSize = std::clamp(chart->indexFor(need, 0), prod.firstSize, prod.lastSize);
        item.residual = chosen - need;
    }
    const bool multi = category == Category::Socks || category == Category::Underwear;
    item.quantity = multi ? 1 + rng.weighted({60, 25, 15}) : (rng.chance(0.03) ? 2 : 1);
    double price = prod.priceCents;
    if (prod.finalSale)
        price *= 0.5;
    else if (m_world.calendar().isFestival(o.placedAt))
        price *= 0.85;
    else if (rng.chance(0.1))
        price *= 0.9;
    item.priceCents = int(std::lround(price / 100.0)) * 100;
    p.items.push_back(item);
}

} // namespace panorama::demo
