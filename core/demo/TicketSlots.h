#pragma once

#include <array>
#include <string>
#include <string_view>

namespace panorama::demo {

// The values a conversation template can mention, and the expansion of "{slot}" placeholders.
class TicketSlots
{
public:
    enum Slot : int
    {
        Name,
        Agent,
        Order,
        Product,
        Color,
        Size,
        NewSize,
        UsualSize,
        Brand,
        FitNote,
        City,
        Address,
        Date,
        Placed,
        Deadline,
        Days,
        Tier,
        Carrier,
        Tracking,
        Where,
        Transit,
        Amount,
        Points,
        PointsDate,
        Height,
        Weight,
        ChildHeight,
        ReturnShipping,
        RefundTime,
        QuickExchange,
        ReturnStatus,
        Store,
        NextTier,
        PointsNeeded,
        BirthdayCoupon,
        ThisYear,
        ExpiryYear,
        Team,
        Count
    };

    std::string &operator[](Slot s) { return m_values[size_t(s)]; }
    const std::string &operator[](Slot s) const { return m_values[size_t(s)]; }
    void clear();
    // Appends `tmpl` to `out` with every {slot} replaced; throws std::logic_error on an unknown slot name
    // (a typo in a script is a programming error, caught by the tests that expand every template).
    void expand(std::string &out, std::string_view tmpl) const;
    static int slotIndex(std::string_view name);

private:
    std::array<std::string, Count> m_values;
};

} // namespace panorama::demo
