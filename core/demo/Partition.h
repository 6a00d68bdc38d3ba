#pragma once

#include "core/demo/DemoIds.h"
#include "core/demo/DemoOptions.h"
#include "core/demo/PersonNames.h"
#include "core/demo/SizeChart.h"

#include <QByteArray>

#include <array>
#include <string>
#include <vector>

namespace panorama::demo {

enum Channel : uint8_t
{
    Web = 1,
    MiniProgram = 2,
    InStore = 4
};
enum class Language : uint8_t
{
    ZhCN,
    ZhTW,
    En
};
enum class FitPreference : uint8_t
{
    Regular,
    Slim,
    Loose
};
enum Tier : uint8_t
{
    Regular,
    Silver,
    Gold,
    Platinum
};
enum Scenario : uint32_t
{
    WeddingGuest = 1,
    Commuting = 2,
    Outdoor = 4,
    Maternity = 8,
    BusinessTravel = 16,
    Campus = 32,
    Fitness = 64,
    FestivalGifting = 128,
};

struct Address
{
    Uuid id;
    int city = 0;
    int district = 0;
    std::string line;
    std::string recipient;
    std::string phone;
    bool isDefault = false;
    int64_t createdAt = 0;
};

// A customer as the generator knows them, including what the shop never sees (the full body, a child's height).
struct Customer
{
    Uuid id;
    uint64_t globalIndex = 0;
    int64_t createdAt = 0;
    PersonNames::Gender gender = PersonNames::Gender::Female;
    bool genderKnown = true;
    Language language = Language::ZhCN;
    PersonName name;
    std::string displayName; // Traditional characters for zh-TW customers
    int birthYear = 0, birthMonth = 0, birthDay = 0;
    bool birthdayKnown = false;
    int city = 0;
    int homeStore = -1;
    Body body;             // the real body (always known to the generator)
    bool measured = false; // whether the customer entered it in their profile
    FitPreference fit = FitPreference::Regular;
    float childHeight = 0; // 0: no child the customer buys for
    std::string phone;
    std::string memberId;
    std::string email;
    std::string openId;
    std::string deviceId;
    uint8_t channels = 0;
    uint8_t firstChannel = Web;
    double activity = 1;
    double chartReader = 0.3; // chance of choosing by the chart and reviews rather than the usual size
    bool discountSensitive = false;
    bool nightShopper = false;
    uint32_t scenarios = 0;
    double brandWeights[6] = {};
    int duplicateOf = -1; // index in the partition of the person this record duplicates
    bool merged = false;
    bool duplicateByDevice = false;
    std::vector<Address> addresses;
    // Filled from the orders.
    int orderCount = 0;
    int miniOrders = 0;
    int nightOrders = 0;
    int returnCount = 0;
    int64_t spend12mCents = 0;
    int64_t spendTotalCents = 0;
    int64_t firstOrderAt = 0;
    int64_t lastActivityAt = 0;
    Tier tier = Regular;
    int64_t points = 0;
    int64_t tierSince = 0;
    int advisor = -1;
};

enum class OrderStatus : uint8_t
{
    Pending,
    Paid,
    Packed,
    Shipped,
    Delivered,
    Completed,
    Cancelled,
    Returned,
    PartiallyReturned
};

struct OrderItem
{
    Uuid id;
    int product = 0;
    int size = 0;        // row index in the product's chart (0 for one-size items)
    int rightSize = 0;   // what would have fitted the wearer
    double residual = 0; // how far off the chosen size is, in sizes (+ = too large)
    bool forSelf = true;
    int quantity = 1;
    int priceCents = 0;
};

struct Order
{
    Uuid id;
    int customer = 0;
    uint64_t globalIndex = 0;
    std::string orderNo;
    uint8_t channel = Web;
    int store = -1;
    int address = -1; // index in the customer's addresses
    OrderStatus status = OrderStatus::Paid;
    int64_t placedAt = 0;
    int64_t paidAt = 0; // 0: not paid
    int64_t packedAt = 0;
    int64_t deliveredAt = 0; // 0: not (yet) delivered
    int64_t totalCents = 0;
    int shippingCents = 0;
    int couponCents = 0;
    const char *payment = "";
    char last4[5] = {};
    bool express = false;
    int firstItem = 0;
    int itemCount = 0;
    int firstShipment = -1;
    int shipmentCount = 0;
};

enum class ParcelTrouble : uint8_t
{
    None,
    Delay,
    Unreachable,
    Lost,
    Refused
};

// A parcel and the moments of its journey; the tracking events are written from these (docs: shipments.events).
struct Shipment
{
    Uuid id;
    int order = 0;
    bool sf = true; // SF Express, else ZTO
    std::string trackingNo;
    int city = 0; // destination
    int district = 0;
    int64_t labelAt = 0;
    int64_t shippedAt = 0;
    int64_t hubAt = 0;
    int64_t arriveAt = 0;
    int64_t outAt = 0;
    int64_t deliveredAt = 0; // planned delivery; not delivered if 0 (lost) or if later than now
    int64_t troubleAt = 0;
    ParcelTrouble trouble = ParcelTrouble::None;
    uint8_t courier = 0;  // courier's surname, for "王师傅"
    uint8_t signedBy = 0; // self, locker, station, doorman
    bool reship = false;
};

struct Return
{
    Uuid id;
    int order = 0;
    int item = 0;
    bool exchange = false;
    const char *reason = "other";
    const char *status = "requested";
    int64_t requestedAt = 0;
    int64_t resolvedAt = 0;
    int exchangeSize = -1;
    int64_t refundCents = -1;
    std::string note;
    bool inStore = false;
    int64_t approvedAt = 0;
    int64_t receivedAt = 0;
};

// One slice of the customers with everything that hangs off them. Partitions are generated independently
// (each with its own random streams), in parallel, and written in partition order: same seed, same bytes.
struct Partition
{
    int index = 0;
    int64_t firstCustomer = 0; // global index of the first customer
    int64_t customerCount = 0;
    int64_t firstOrder = 0;
    int64_t orderCount = 0;
    int64_t firstTicket = 0;
    int64_t ticketCount = 0;

    std::vector<Customer> customers;
    std::vector<Order> orders;
    std::vector<OrderItem> items;
    std::vector<Shipment> shipments;
    std::vector<Return> returns;

    std::array<QByteArray, kTableCount> out;
    std::array<int64_t, kTableCount> rows{};
    QByteArray &buffer(Table t) { return out[size_t(t)]; }
    void countRows(Table t, int64_t n = 1) { rows[size_t(t)] += n; }
};

} // namespace panorama::demo
