#pragma once

#include <cstdint>

namespace panorama::demo {

class DemoWorld;
struct Partition;

// Writes a partition's customer-side rows: customers, identities (phone, member ID, device ID, e-mail,
// WeChat open ID per channel), profile tags in three dimensions, memberships and addresses.
class CustomerWriter
{
public:
    CustomerWriter(const DemoWorld &world, Partition &partition);
    void write();

private:
    void writeCustomer(int index);
    void writeIdentities(int index);
    void writeTags(int index);
    void writeMembership(int index);
    void writeAddresses(int index);

    const DemoWorld &m_world;
    Partition &m_partition;
    uint64_t m_identitySeq = 0;
    uint64_t m_tagSeq = 0;
};

} // namespace panorama::demo
