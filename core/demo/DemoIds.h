#pragma once

#include <cstdint>
#include <string_view>

namespace panorama::demo {

// A UUID in its 36-character text form (what the JSON Lines files carry).
struct Uuid
{
    char text[36];
    std::string_view view() const { return {text, 36}; }
    bool operator==(const Uuid &other) const;
};

// Which table a row belongs to: part of the key that makes every generated id unique.
enum class IdSpace : uint8_t
{
    Store = 1,
    Staff,
    Customer,
    Identity,
    Tag,
    Membership,
    Address,
    SizeChart,
    Product,
    Order,
    OrderItem,
    Shipment,
    Return,
    Ticket,
    TicketMessage,
    KbArticle,
};

// UUIDv7 ids derived from the seed: the first 48 bits are the row's own timestamp (so ids are time-ordered and
// inserts append to the b-tree), the 74 "random" bits are a seed-keyed bijection of (table, partition, sequence),
// so two rows can never share an id and the same seed always gives the same ids.
class IdFactory
{
public:
    explicit IdFactory(uint64_t seed) : m_salt(seed * 0xd1342543de82ef95ULL + 0x5851f42d4c957f2dULL) {}
    Uuid make(IdSpace space, uint32_t partition, uint64_t sequence, int64_t timestampMs) const;

private:
    uint64_t m_salt;
};

} // namespace panorama::demo
