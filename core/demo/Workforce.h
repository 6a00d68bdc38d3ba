#pragma once

#include "core/demo/DemoIds.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace panorama::demo {

class IdFactory;

struct Store
{
    Uuid id;
    std::string code;
    std::string name;
    std::string nameEn;
    int city; // index into Geography::cities()
    int64_t openedAt;
};

enum class Team : int
{
    Returns,
    Logistics,
    Sizing,
    Payments,
    Membership,
    Complaints,
    VipAdvisors,
    Count
};
const char *teamKey(Team t);

struct StaffMember
{
    Uuid id;
    std::string username;
    std::string displayName;
    std::string englishName; // "Wei Zhang": how the agent signs English replies
    const char *role;        // agent, supervisor, store_staff, admin
    int team = -1;           // Team, or -1 (store staff, admins)
    int store = -1;
    bool english = false;
    bool traditional = false;
    int64_t hiredAt = 0;
};

// The retailer's people and places: ~40 stores in major cities, service agents in seven teams (returns,
// logistics, sizing — a joint product and service group —, payments, membership, complaints and the platinum
// members' advisors), their supervisors, two staff per store and a few administrators.
class Workforce
{
public:
    Workforce(uint64_t seed, const IdFactory &ids, int64_t now);

    const std::vector<Store> &stores() const { return m_stores; }
    const std::vector<StaffMember> &staff() const { return m_staff; }
    // Stores in a city (indices), possibly none.
    const std::vector<int> &storesIn(int city) const { return m_storesByCity[size_t(city)]; }
    // Agents of a team able to answer in a language; falls back to the whole team.
    const std::vector<int> &agents(Team team, bool english) const;
    const std::vector<int> &supervisors(Team team) const { return m_supervisors[size_t(team)]; }
    const std::vector<int> &advisors() const { return m_agents[size_t(Team::VipAdvisors)][0]; }

    void writeStores(QByteArray &out) const;
    void writeStaff(QByteArray &out) const;

private:
    std::vector<Store> m_stores;
    std::vector<StaffMember> m_staff;
    std::vector<std::vector<int>> m_storesByCity;
    std::vector<int> m_agents[int(Team::Count)][2]; // [team][0: all, 1: English-speaking]
    std::vector<int> m_supervisors[int(Team::Count)];
};

} // namespace panorama::demo
