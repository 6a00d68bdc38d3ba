#pragma once

#include "core/demo/DemoRandom.h"
#include "core/demo/TicketPlanner.h"
#include "core/demo/TicketSlots.h"

#include <string>
#include <vector>

namespace panorama::demo {

class DemoWorld;
class JsonLineWriter;
struct Customer;
struct Partition;
struct Script;

// Writes the planned tickets and their messages: fills the conversation's slots from the customer, order,
// return and parcel (dates, sizes, tier-specific policy sentences), picks status, team, agent and SLA from the
// ticket's age and the member's tier, and writes 2-6 messages in the customer's language (Traditional Chinese
// for zh-TW customers), including system routing notes and internal notes.
class TicketWriter
{
public:
    TicketWriter(const DemoWorld &world, Partition &partition);
    void write(const std::vector<TicketPlan> &plans);

private:
    struct Message
    {
        const char *author; // customer, agent, system
        int staff = -1;     // author for agent messages
        bool internal = false;
        int64_t at = 0;
        std::string body;
    };

    void fillSlots(const TicketPlan &plan, const Script &script, bool english, Rng &rng);
    void writeTicket(const TicketPlan &plan, Rng &rng);
    std::string text(const char *tmpl, bool traditional);
    std::string pickText(const std::vector<const char *> &options, Rng &rng, bool traditional);

    const DemoWorld &m_world;
    Partition &m_partition;
    TicketSlots m_slots;
    uint64_t m_messageSeq = 0;
    std::string m_scratch;
};

} // namespace panorama::demo
