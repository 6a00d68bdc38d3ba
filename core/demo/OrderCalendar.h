#pragma once

#include <cstdint>
#include <vector>

namespace panorama::demo {

class Rng;

// When people shop: two years of days weighted by growth, weekends and the retail calendar (Double 11 with its
// midnight rush, 618, Double 12, 520, Qixi, a dip over the Spring Festival), and hours of the day in CST with an
// evening peak (night shoppers stay up later; stores open 10:00-22:00).
class OrderCalendar
{
public:
    explicit OrderCalendar(int64_t now, int days = 730);

    int64_t start() const { return m_start; }
    int64_t now() const { return m_now; }
    // A moment in [max(from, start), now), drawn from the calendar.
    int64_t sample(Rng &rng, int64_t from, bool nightShopper, bool inStore) const;
    // True around the big shopping festivals (prices are lower then).
    bool isFestival(int64_t ms) const;

private:
    int dayIndex(int64_t ms) const;

    int64_t m_now;
    int64_t m_start; // CST midnight of the first day
    std::vector<double> m_cumulative;
    std::vector<uint8_t> m_festival;
};

} // namespace panorama::demo
