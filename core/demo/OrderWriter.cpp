#include "core/demo/OrderWriter.h"

#include "core/demo/DemoTime.h"
#include "core/demo/DemoWorld.h"
#include "core/demo/Geography.h"
#include "core/demo/JsonLineWriter.h"
#include "core/demo/Partition.h"

#include <algorithm>
#include <string>

namespace panorama::demo {

using namespace DemoTime;

namespace {

const char *const kStatus[] = {"pending",   "paid",      "packed",   "shipped",           "delivered",
                               "completed", "cancelled", "returned", "partially_returned"};
const char *const kCourierSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
const char *const kSigned[] = {"已签收，签收人：本人", "已签收，已放入丰巢智能柜，取件码已短信通知",
                               "已签收，由菜鸟驿站代收，请凭取件码领取", "已签收，由门卫代收"};

} // namespace

OrderWriter::OrderWriter(const DemoWorld &world, Partition &partition) : m_world(world), m_partition(partition) {}

void OrderWriter::write()
{
    writeOrders();
    writeItems();
    writeShipments();
    writeReturns();
}

void OrderWriter::writeOrders()
{
    Partition &p = m_partition;
    JsonLineWriter w(p.buffer(Table::Orders));
    const int64_t now = m_world.now();
    for (const Order &o : p.orders) {
        const Customer &c = p.customers[size_t(o.customer)];
        int64_t updated = o.paidAt ? o.paidAt : o.placedAt;
        if (o.deliveredAt && o.deliveredAt <= now)
            updated = std::max(updated, o.deliveredAt);
        if (o.status == OrderStatus::Completed)
            updated = std::min(now, std::max(updated, o.deliveredAt + 15 * kDay));
        if (o.status == OrderStatus::Cancelled && !o.paidAt)
            updated = std::min(now, o.placedAt + 30 * kMinute);
        w.beginSynced(o.id, updated);
        w.text("order_no", o.orderNo);
        w.id("customer_id", c.id);
        w.text("channel", o.channel == MiniProgram ? "mini_program" : (o.channel == InStore ? "store" : "web"));
        w.idOrNull("store_id", o.store >= 0 ? &m_world.workforce().stores()[size_t(o.store)].id : nullptr);
        w.text("status", kStatus[int(o.status)]);
        w.integer("placed_at", o.placedAt);
        if (o.paidAt)
            w.integer("paid_at", o.paidAt);
        else
            w.null("paid_at");
        w.integer("total_cents", o.totalCents);
        w.text("currency", "CNY");
        w.text("payment_method", o.payment);
        w.textOrNull("payment_last4", o.last4);
        w.idOrNull("address_id", o.address >= 0 ? &c.addresses[size_t(o.address)].id : nullptr);
        w.endRow();
    }
    p.countRows(Table::Orders, int64_t(p.orders.size()));
}

void OrderWriter::writeItems()
{
    Partition &p = m_partition;
    JsonLineWriter w(p.buffer(Table::OrderItems));
    const Catalogue &cat = m_world.catalogue();
    for (const Order &o : p.orders) {
        for (int i = o.firstItem; i < o.firstItem + o.itemCount; ++i) {
            const OrderItem &it = p.items[size_t(i)];
            const Product &prod = cat.products()[size_t(it.product)];
            const SizeChart *chart = cat.chartOf(prod);
            w.beginSynced(it.id, o.placedAt);
            w.id("order_id", o.id);
            w.id("product_id", prod.id);
            w.text("sku", prod.sku);
            w.text("size", chart ? chart->rows()[size_t(it.size)].label : std::string("F"));
            w.integer("quantity", it.quantity);
            w.integer("price_cents", it.priceCents);
            w.endRow();
        }
    }
    p.countRows(Table::OrderItems, int64_t(p.items.size()));
}

const char *OrderWriter::shipmentStatus(const Shipment &s, int64_t now)
{
    if (s.trouble == ParcelTrouble::Refused && s.troubleAt <= now)
        return s.troubleAt + 3 * kDay <= now ? "returned_to_sender" : "exception";
    if (s.trouble == ParcelTrouble::Lost && s.troubleAt <= now)
        return "exception";
    if (s.deliveredAt && s.deliveredAt <= now)
        return "delivered";
    if (s.trouble != ParcelTrouble::None && s.troubleAt <= now &&
        (s.trouble == ParcelTrouble::Delay ? s.arriveAt > now : s.outAt + kDay > now))
        return "exception";
    if (s.outAt && s.outAt <= now)
        return "out_for_delivery";
    if (s.shippedAt <= now)
        return "in_transit";
    return "label_created";
}

void OrderWriter::writeEvents(JsonLineWriter &w, const Shipment &s)
{
    const int64_t now = m_world.now();
    const City &city = Geography::cities()[size_t(s.city)];
    const std::string place = std::string(city.name) + city.districts[size_t(s.district)];
    const std::string carrier = s.sf ? "顺丰速运" : "中通快递";
    const std::string warehouse = Geography::warehouseFor(city);
    const std::string hub = Geography::hubFor(city);
    auto event = [&](int64_t at, const char *status, const std::string &location, const std::string &text) {
        if (at == 0 || at > now)
            return;
        w.openObject();
        w.integer("at", at);
        w.text("status", status);
        w.text("location", location);
        w.text("description", text);
        w.closeObject();
    };
    w.openArray("events");
    event(s.labelAt, "label_created", warehouse,
          s.reship ? "补发包裹已打包出库，等待揽收" : "绫光仓库已打包出库，等待揽收");
    event(s.shippedAt, "in_transit", warehouse, carrier + "已揽收");
    event(s.hubAt, "in_transit", hub, "快件已到达【" + hub + "】");
    if (s.trouble == ParcelTrouble::Delay)
        event(s.troubleAt, "exception", hub, "受天气及件量影响，快件转运延误，请耐心等待");
    if (s.trouble == ParcelTrouble::Lost) {
        event(s.troubleAt, "exception", hub, "快件转运异常，正在核实中");
    } else {
        event(s.arriveAt, "in_transit", place, "快件已到达【" + place + "营业点】");
        const std::string courier = std::string("派件员：") + kCourierSurnames[s.courier] + "师傅，正在为您派件";
        event(s.outAt, "out_for_delivery", place, courier);
        if (s.trouble == ParcelTrouble::Unreachable) {
            event(s.troubleAt, "exception", place, "收件人电话无人接听，快件将于次日再次派送");
            event(s.deliveredAt - 2 * kHour, "out_for_delivery", place, courier);
        }
        if (s.trouble == ParcelTrouble::Refused) {
            event(s.troubleAt, "exception", place, "收件人拒收，快件退回中");
            event(s.troubleAt + 3 * kDay, "returned_to_sender", warehouse, "快件已退回发件人");
        } else {
            event(s.deliveredAt, "delivered", place, kSigned[s.signedBy]);
        }
    }
    w.closeArray();
}

void OrderWriter::writeShipments()
{
    Partition &p = m_partition;
    JsonLineWriter w(p.buffer(Table::Shipments));
    const int64_t now = m_world.now();
    for (const Shipment &s : p.shipments) {
        const char *status = shipmentStatus(s, now);
        const bool delivered = s.deliveredAt && s.deliveredAt <= now;
        int64_t updated = s.labelAt;
        for (int64_t t : {s.shippedAt, s.hubAt, s.arriveAt, s.outAt, s.troubleAt, s.deliveredAt}) {
            if (t && t <= now)
                updated = std::max(updated, t);
        }
        if (s.trouble == ParcelTrouble::Refused && s.troubleAt + 3 * kDay <= now)
            updated = s.troubleAt + 3 * kDay;
        w.beginSynced(s.id, updated);
        w.id("order_id", p.orders[size_t(s.order)].id);
        w.text("carrier", s.sf ? "SF" : "ZTO");
        w.text("tracking_no", s.trackingNo);
        w.text("status", status);
        if (s.shippedAt <= now)
            w.integer("shipped_at", s.shippedAt);
        else
            w.null("shipped_at");
        if (delivered)
            w.integer("delivered_at", s.deliveredAt);
        else
            w.null("delivered_at");
        writeEvents(w, s);
        w.endRow();
    }
    p.countRows(Table::Shipments, int64_t(p.shipments.size()));
}

void OrderWriter::writeReturns()
{
    Partition &p = m_partition;
    JsonLineWriter w(p.buffer(Table::Returns));
    const Catalogue &cat = m_world.catalogue();
    for (const Return &r : p.returns) {
        const Order &o = p.orders[size_t(r.order)];
        const OrderItem &it = p.items[size_t(r.item)];
        w.beginSynced(r.id, r.resolvedAt ? r.resolvedAt : r.requestedAt);
        w.id("order_id", o.id);
        w.id("order_item_id", it.id);
        w.text("kind", r.exchange ? "exchange" : "return");
        w.text("reason_code", r.reason);
        w.text("status", r.status);
        w.integer("requested_at", r.requestedAt);
        if (r.resolvedAt)
            w.integer("resolved_at", r.resolvedAt);
        else
            w.null("resolved_at");
        const SizeChart *chart = cat.chartOf(cat.products()[size_t(it.product)]);
        if (r.exchange && chart)
            w.text("exchange_size", chart->rows()[size_t(r.exchangeSize)].label);
        else if (r.exchange)
            w.text("exchange_size", "F");
        else
            w.null("exchange_size");
        if (r.refundCents >= 0)
            w.integer("refund_cents", r.refundCents);
        else
            w.null("refund_cents");
        w.textOrNull("note", r.note);
        w.endRow();
    }
    p.countRows(Table::Returns, int64_t(p.returns.size()));
}

} // namespace panorama::demo
