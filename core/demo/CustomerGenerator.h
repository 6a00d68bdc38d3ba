#pragma once

namespace panorama::demo {

class DemoWorld;
struct Partition;

// Creates a partition's customers: who they are (names, phone, identities, city, addresses), their bodies and
// shopping habits, and the duplicate registrations the workstation should suggest merging. After the orders
// exist, assigns membership tiers and points from what they spent.
class CustomerGenerator
{
public:
    CustomerGenerator(const DemoWorld &world, Partition &partition);

    void generatePeople();
    void assignMemberships();

private:
    void makePerson(int index);
    void makeDuplicate(int index, int original);
    void makeAddresses(int index);
    void makeIdentifiers(int index);

    const DemoWorld &m_world;
    Partition &m_partition;
};

} // namespace panorama::demo
