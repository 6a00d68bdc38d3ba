#include "core/demo/TicketSlots.h"

#include <stdexcept>

namespace panorama::demo {

namespace {

const char *const kNames[] = {
    "name",        "agent",          "order",         "product", "color",     "size",          "new_size",
    "usual_size",  "brand",          "fit_note",      "city",    "address",   "date",          "placed",
    "deadline",    "days",           "tier",          "carrier", "tracking",  "where",         "transit",
    "amount",      "points",         "points_date",   "height",  "weight",    "child_height",  "return_shipping",
    "refund_time", "quick_exchange", "return_status", "store",   "next_tier", "points_needed", "birthday_coupon",
    "this_year",   "expiry_year",    "team"};
static_assert(std::size(kNames) == TicketSlots::Count);

} // namespace

void TicketSlots::clear()
{
    for (std::string &v : m_values)
        v.clear();
}

int TicketSlots::slotIndex(std::string_view name)
{
    for (int i = 0; i < Count; ++i) {
        if (name == kNames[i])
            return i;
    }
    return -1;
}

void TicketSlots::expand(std::string &out, std::string_view tmpl) const
{
    size_t pos = 0;
    while (pos < tmpl.size()) {
        const size_t open = tmpl.find('{', pos);
        if (open == std::string_view::npos) {
            out.append(tmpl.substr(pos));
            return;
        }
        out.append(tmpl.substr(pos, open - pos));
        const size_t close = tmpl.find('}', open);
        if (close == std::string_view::npos)
            throw std::logic_error("unterminated slot in template: " + std::string(tmpl));
        const std::string_view name = tmpl.substr(open + 1, close - open - 1);
        const int slot = slotIndex(name);
        if (slot < 0)
            throw std::logic_error("unknown slot {" + std::string(name) + "} in template: " + std::string(tmpl));
        // A slot value may itself contain slots (tier-dependent sentences mention {tier}).
        const std::string &value = m_values[size_t(slot)];
        if (value.find('{') != std::string::npos)
            expand(out, value);
        else
            out.append(value);
        pos = close + 1;
    }
}

} // namespace panorama::demo
