#include "core/demo/Fulfilment.h"

#include "core/demo/DemoTime.h"
#include "core/demo/DemoWorld.h"
#include "core/demo/Geography.h"
#include "core/demo/Partition.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace panorama::demo {

using namespace DemoTime;

namespace {

constexpr int kWindowDays[] = {7, 15, 30, 45}; // by tier, docs/policy.md
constexpr int kCouriers = 12;

int64_t localDayStart(int64_t ms)
{
    const Date d = cstDate(ms);
    return cstMidnight(d.year, d.month, d.day);
}

bool active(const Return &r)
{
    return std::string_view(r.status) != "rejected" && std::string_view(r.status) != "cancelled";
}

} // namespace

Fulfilment::Fulfilment(const DemoWorld &world, Partition &partition) : m_world(world), m_partition(partition) {}

void Fulfilment::run()
{
    for (Order &o : m_partition.orders) {
        Rng rng(m_world.seed(), mix64(o.globalIndex) ^ 0xf1f1);
        ship(o, rng);
        planReturns(o, rng);
        settleStatus(o);
    }
}

void Fulfilment::ship(Order &o, Rng &rng)
{
    if (o.status == OrderStatus::Cancelled || o.status == OrderStatus::Pending)
        return;
    if (o.channel == InStore) {
        o.deliveredAt = o.placedAt; // handed over at the till
        return;
    }
    const int64_t now = m_world.now();
    // Paid by 17:00: packed the same day; later: the next morning. The Double 11 backlog adds up to two days.
    if (cstHour(o.paidAt) < 17)
        o.packedAt = o.paidAt + rng.range64(kHour, 4 * kHour);
    else
        o.packedAt = localDayStart(o.paidAt) + kDay + 9 * kHour + rng.range64(0, 5 * kHour);
    const Date d = cstDate(o.placedAt);
    if (d.month == 11 && d.day >= 9 && d.day <= 12)
        o.packedAt += rng.range64(0, 2 * kDay);
    if (o.packedAt >= now)
        return; // still waiting to be packed
    const int parcels = (o.itemCount >= 2 && rng.chance(0.05)) ? 2 : 1;
    o.firstShipment = int(m_partition.shipments.size());
    for (int i = 0; i < parcels; ++i) {
        const int64_t labelAt = o.packedAt + int64_t(i) * rng.range64(0, kDay);
        if (labelAt < now) // a split parcel may not be packed yet
            addShipment(o, rng, labelAt, false);
    }
    // A parcel the carrier confirms lost is reshipped (policy: reship or refund, without waiting).
    const int created = int(m_partition.shipments.size()) - o.firstShipment;
    for (int i = 0; i < created; ++i) {
        const Shipment &s = m_partition.shipments[size_t(o.firstShipment + i)];
        const int64_t reshipAt = s.troubleAt + rng.range64(2 * kDay, 3 * kDay);
        if (s.trouble == ParcelTrouble::Lost && reshipAt < now)
            addShipment(o, rng, reshipAt, true);
    }
    o.shipmentCount = int(m_partition.shipments.size()) - o.firstShipment;
    int64_t delivered = 0;
    bool all = true;
    for (int i = 0; i < o.shipmentCount; ++i) {
        const Shipment &s = m_partition.shipments[size_t(o.firstShipment + i)];
        if (s.trouble == ParcelTrouble::Lost && !s.reship)
            continue; // replaced by its reshipment
        if (s.deliveredAt == 0 || s.deliveredAt > now)
            all = false;
        delivered = std::max(delivered, s.deliveredAt);
    }
    o.deliveredAt = all ? delivered : 0;
}

int Fulfilment::addShipment(Order &o, Rng &rng, int64_t labelAt, bool reship)
{
    Partition &p = m_partition;
    const Customer &c = p.customers[size_t(o.customer)];
    const Address &addr = c.addresses[size_t(std::max(0, o.address))];
    const City &city = Geography::cities()[size_t(addr.city)];
    Shipment s;
    const uint64_t local = p.shipments.size();
    s.id = m_world.ids().make(IdSpace::Shipment, uint32_t(p.index), local, labelAt);
    s.order = int(&o - p.orders.data());
    s.sf = o.express || rng.chance(0.55);
    char buf[32];
    const uint64_t number = m_world.trackingNumbers().map(uint64_t(p.index) * 100000000ULL + local);
    std::snprintf(buf, sizeof buf, s.sf ? "SF1%012llu" : "75%012llu", static_cast<unsigned long long>(number));
    s.trackingNo = buf;
    s.city = addr.city;
    s.district = addr.district;
    s.reship = reship;
    s.labelAt = labelAt;
    s.shippedAt = labelAt + rng.range64(kHour, 4 * kHour);
    int transitDays = 1;
    if (!o.express) {
        if (city.remote)
            transitDays = rng.range(5, 10);
        else if (city.tier == 1)
            transitDays = rng.range(1, 2);
        else
            transitDays = rng.range(2, 4);
    }
    s.deliveredAt = localDayStart(s.shippedAt) + int64_t(transitDays) * kDay + rng.range64(9 * kHour, 20 * kHour);
    s.deliveredAt = std::max(s.deliveredAt, s.shippedAt + 8 * kHour);
    s.hubAt = s.shippedAt + rng.range64(3 * kHour, 7 * kHour);
    s.arriveAt = std::max(s.hubAt + kHour, s.deliveredAt - rng.range64(5 * kHour, 12 * kHour));
    s.outAt = std::max(s.arriveAt + 30 * kMinute, s.deliveredAt - rng.range64(30 * kMinute, 4 * kHour));
    if (s.outAt >= s.deliveredAt)
        s.deliveredAt = s.outAt + rng.range64(20 * kMinute, 2 * kHour);
    s.courier = uint8_t(rng.below(kCouriers));
    s.signedBy = uint8_t(rng.weighted({40, 25, 25, 10}));
    const double r = reship ? 1.0 : rng.uniform();
    if (r < 0.025) {
        s.trouble = ParcelTrouble::Delay;
        s.troubleAt = s.hubAt + rng.range64(4 * kHour, 16 * kHour);
        const int64_t late = rng.range64(2 * kDay, 5 * kDay);
        s.arriveAt += late;
        s.outAt += late;
        s.deliveredAt += late;
    } else if (r < 0.035) {
        s.trouble = ParcelTrouble::Unreachable;
        s.troubleAt = s.outAt + rng.range64(kHour, 3 * kHour);
        s.deliveredAt = localDayStart(s.troubleAt) + kDay + rng.range64(10 * kHour, 17 * kHour);
    } else if (r < 0.039) {
        s.trouble = ParcelTrouble::Lost;
        s.troubleAt = s.hubAt + rng.range64(3 * kDay, 4 * kDay);
        s.arriveAt = s.outAt = s.deliveredAt = 0;
    } else if (r < 0.045) {
        s.trouble = ParcelTrouble::Refused;
        s.troubleAt = s.outAt + rng.range64(10 * kMinute, kHour);
        s.deliveredAt = 0;
    }
    p.shipments.push_back(std::move(s));
    return int(local);
}

void Fulfilment::planReturns(Order &o, Rng &rng)
{
    Partition &p = m_partition;
    Customer &c = p.customers[size_t(o.customer)];
    const int64_t now = m_world.now();
    const Catalogue &cat = m_world.catalogue();
    bool refused = false;
    bool delayed = false;
    for (int i = 0; i < o.shipmentCount; ++i) {
        const Shipment &s = p.shipments[size_t(o.firstShipment + i)];
        refused |= s.trouble == ParcelTrouble::Refused && s.troubleAt <= now;
        delayed |= s.trouble == ParcelTrouble::Delay;
    }
    if (refused) {
        // A refused parcel comes back and is handled as a return of everything in it.
        const Shipment &s = p.shipments[size_t(o.firstShipment)];
        for (int i = o.firstItem; i < o.firstItem + o.itemCount; ++i) {
            Return r;
            r.order = int(&o - p.orders.data());
            r.item = i;
            r.reason = "other";
            r.requestedAt = s.troubleAt;
            r.approvedAt = s.troubleAt;
            r.receivedAt = s.troubleAt + rng.range64(2 * kDay, 5 * kDay);
            r.resolvedAt = r.receivedAt + rng.range64(kDay, 3 * kDay);
            r.status = r.resolvedAt <= now ? "refunded" : (r.receivedAt <= now ? "received" : "in_transit");
            if (r.resolvedAt > now)
                r.resolvedAt = 0;
            const OrderItem &it = p.items[size_t(i)];
            r.refundCents = int64_t(it.priceCents) * it.quantity;
            r.note = "客户拒收，包裹退回仓库后按退货处理";
            r.id = m_world.ids().make(IdSpace::Return, uint32_t(p.index), p.returns.size(), r.requestedAt);
            p.returns.push_back(std::move(r));
        }
        ++c.returnCount;
        return;
    }
    if (o.deliveredAt == 0 || o.deliveredAt > now)
        return;
    const int window = kWindowDays[c.tier];
    for (int i = o.firstItem; i < o.firstItem + o.itemCount; ++i) {
        const OrderItem &it = p.items[size_t(i)];
        const Product &prod = cat.products()[size_t(it.product)];
        const SizeChart *chart = cat.chartOf(prod);
        const bool restricted = isReturnExcluded(prod.category) || prod.finalSale;
        const char *reason = nullptr;
        // Size: likely when the size is a whole size off, rare when it fits.
        if (!restricted && chart && !chart->isOneSize()) {
            const double off = it.residual;
            double pr = 0.004;
            if (off <= -0.5 || off >= 0.5)
                pr = 0.15;
            else if (std::abs(off) > 0.3)
                pr = 0.013;
            if (rng.chance(pr))
                reason = (off < 0 || (off == 0 && rng.chance(0.5))) ? "size_too_small" : "size_too_large";
        }
        if (!reason) {
            const double x = rng.uniform();
            if (restricted) {
                reason = x < 0.012 ? "quality_defect" : (x < 0.015 ? "wrong_item" : nullptr);
            } else if (x < 0.046) {
                reason = "changed_mind";
            } else if (x < 0.064) {
                reason = "quality_defect";
            } else if (x < 0.078) {
                reason = "not_as_described";
            } else if (x < 0.082) {
                reason = "wrong_item";
            } else if (x < 0.087) {
                reason = "other";
            } else if (delayed && x < 0.15) {
                reason = "late_delivery";
            }
        }
        if (!reason)
            continue;
        const std::string_view why(reason);
        const bool faulty = why == "quality_defect" || why == "wrong_item";
        const bool sizing = why == "size_too_small" || why == "size_too_large";
        const double maxDays = faulty ? 90.0 : double(window) - 0.05;
        const double days = std::min(maxDays, rng.logNormal(std::log(faulty ? 8.0 : 1.8), 0.8));
        Return r;
        r.order = int(&o - p.orders.data());
        r.item = i;
        r.reason = reason;
        r.requestedAt = o.deliveredAt + int64_t(days * double(kDay)) + rng.range64(0, kHour);
        if (r.requestedAt > now - 10 * kMinute)
            continue; // not asked yet
        r.inStore = o.channel == InStore || rng.chance(0.08);
        // Exchanges: a size exchange is free once per line if another size is in stock; faults may be swapped.
        int other = it.rightSize != it.size ? it.rightSize : it.size + (why == "size_too_small" ? 1 : -1);
        const bool otherInStock = other >= prod.firstSize && other <= prod.lastSize && rng.chance(0.9);
        if (sizing && !prod.finalSale && otherInStock && rng.chance(0.55)) {
            r.exchange = true;
            r.exchangeSize = other;
        } else if (faulty && chart && rng.chance(0.35)) {
            r.exchange = true;
            r.exchangeSize = it.size;
        }
        // Progress to date.
        const bool quick = r.exchange && c.tier >= Gold;
        const bool cancelled = rng.chance(0.04);
        const bool rejected = !cancelled && !faulty && rng.chance(0.03);
        r.approvedAt = r.requestedAt + (r.inStore ? 0 : rng.range64(10 * kMinute, 20 * kHour));
        const int64_t handed = r.inStore ? r.approvedAt : r.approvedAt + rng.range64(kDay / 2, 3 * kDay);
        r.receivedAt = r.inStore ? r.approvedAt : handed + rng.range64(kDay, 4 * kDay);
        int64_t final = 0;
        const char *finalStatus = "refunded";
        if (cancelled) {
            final = r.approvedAt + rng.range64(kHour, 2 * kDay);
            finalStatus = "cancelled";
        } else if (rejected) {
            final = r.receivedAt + rng.range64(kDay, 2 * kDay);
            finalStatus = "rejected";
        } else if (r.exchange) {
            final =
                quick ? r.approvedAt + rng.range64(2 * kHour, kDay) : r.receivedAt + rng.range64(kDay / 2, 2 * kDay);
            finalStatus = "exchanged";
        } else {
            final = r.receivedAt + (c.tier == Platinum ? rng.range64(4 * kHour, kDay) : rng.range64(kDay, 5 * kDay));
        }
        if (final <= now) {
            r.status = finalStatus;
            r.resolvedAt = final;
        } else if (!cancelled && r.receivedAt <= now) {
            r.status = "received";
        } else if (!cancelled && handed <= now) {
            r.status = "in_transit";
        } else if (r.approvedAt <= now) {
            r.status = "approved";
        } else {
            r.status = "requested";
        }
        if (!r.exchange && active(r)) {
            int64_t refund = int64_t(it.priceCents) * it.quantity;
            const bool customerPaysShipping = c.tier == Regular && !r.inStore && !faulty && why != "not_as_described";
            if (customerPaysShipping)
                refund -= 1200;
            r.refundCents = std::max<int64_t>(0, refund);
        }
        char note[160];
        if (rejected) {
            std::snprintf(note, sizeof note, "仓库质检：吊牌已拆、有穿着痕迹，不符合退货条件，已联系客户寄回");
        } else if (sizing && chart) {
            std::snprintf(note, sizeof note, "客户反馈%s，所购%s码", why == "size_too_small" ? "偏小" : "偏大",
                          chart->rows()[size_t(it.size)].label.c_str());
        } else if (faulty) {
            std::snprintf(note, sizeof note, "%s，客户已上传照片", why == "wrong_item" ? "发错商品" : "质量问题");
        } else {
            note[0] = 0;
        }
        r.note = note;
        if (r.inStore && note[0] == 0)
            r.note = "门店办理";
        r.id = m_world.ids().make(IdSpace::Return, uint32_t(p.index), p.returns.size(), r.requestedAt);
        if (active(r))
            ++c.returnCount;
        p.returns.push_back(std::move(r));
    }
}

void Fulfilment::settleStatus(Order &o)
{
    if (o.status == OrderStatus::Cancelled || o.status == OrderStatus::Pending)
        return;
    const int64_t now = m_world.now();
    const Partition &p = m_partition;
    if (o.channel != InStore) {
        if (o.packedAt == 0 || o.packedAt >= now) {
            o.status = OrderStatus::Paid;
            return;
        }
        const Shipment &first = p.shipments[size_t(o.firstShipment)];
        if (first.shippedAt > now)
            o.status = OrderStatus::Packed;
        else if (o.deliveredAt == 0)
            o.status = OrderStatus::Shipped;
        else
            o.status = now < o.deliveredAt + 15 * kDay ? OrderStatus::Delivered : OrderStatus::Completed;
    }
    // Returns of whole lines (exchanges keep the sale).
    const int index = int(&o - p.orders.data());
    int returned = 0;
    for (auto it = p.returns.rbegin(); it != p.returns.rend() && it->order == index; ++it) {
        if (!it->exchange && active(*it))
            ++returned;
    }
    if (returned > 0)
        o.status = returned >= o.itemCount ? OrderStatus::Returned : OrderStatus::PartiallyReturned;
}

} // namespace panorama::demo
