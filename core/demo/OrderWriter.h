#pragma once

#include <cstdint>

namespace panorama::demo {

class DemoWorld;
class JsonLineWriter;
struct Partition;
struct Shipment;

// Writes a partition's orders, order items, shipments (with their tracking events as a JSON array, in Chinese
// as the carriers report them, only those that happened before "now") and returns.
class OrderWriter
{
public:
    OrderWriter(const DemoWorld &world, Partition &partition);
    void write();

    // The status a parcel shows at `now` (label_created ... delivered, exception, returned_to_sender).
    static const char *shipmentStatus(const Shipment &s, int64_t now);

private:
    void writeOrders();
    void writeItems();
    void writeShipments();
    void writeEvents(JsonLineWriter &w, const Shipment &s);
    void writeReturns();

    const DemoWorld &m_world;
    Partition &m_partition;
};

} // namespace panorama::demo
