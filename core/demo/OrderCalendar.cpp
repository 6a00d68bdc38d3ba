#include "core/demo/OrderCalendar.h"

#include "core/demo/DemoRandom.h"
#include "core/demo/DemoTime.h"

#include <algorithm>

namespace panorama::demo {

using namespace DemoTime;

namespace {

// Relative order volume per CST hour 0..23.
constexpr double kHours[] = {3.0, 1.5, 0.8, 0.4, 0.3, 0.3, 0.6, 1.5, 2.5, 3.5, 4.5, 4.5,
                             4.5, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 5.0, 6.5, 7.5, 6.5, 4.5};

// Spring Festival (first day of the lunar year) for the years the generator may cover.
struct LunarNewYear
{
    int year, month, day;
};
constexpr LunarNewYear kSpringFestival[] = {{2020, 1, 25}, {2021, 2, 12}, {2022, 2, 1},  {2023, 1, 22},
                                            {2024, 2, 10}, {2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6},
                                            {2028, 1, 26}, {2029, 2, 13}, {2030, 2, 3}};

int hourFor(Rng &rng, bool night, bool store)
{
    double w[24];
    double total = 0;
    for (int h = 0; h < 24; ++h) {
        w[h] = kHours[h];
        if (night && (h >= 22 || h <= 2))
            w[h] *= 3.0;
        if (store)
            w[h] = (h >= 10 && h < 22) ? (h >= 14 && h <= 20 ? 5.0 : 3.0) : 0.0;
        total += w[h];
    }
    double x = rng.uniform() * total;
    for (int h = 0; h < 24; ++h) {
        if (x < w[h])
            return h;
        x -= w[h];
    }
    return 21;
}

} // namespace

OrderCalendar::OrderCalendar(int64_t now, int days) : m_now(now)
{
    const Date today = cstDate(now);
    const int64_t todayStart = cstMidnight(today.year, today.month, today.day);
    m_start = todayStart - int64_t(days - 1) * kDay;
    double total = 0;
    for (int i = 0; i < days; ++i) {
        const int64_t dayMs = m_start + int64_t(i) * kDay;
        const Date d = cstDate(dayMs);
        double w = 1.0 + 0.6 * double(i) / days; // the shop grows
        if (cstWeekday(dayMs) >= 5)
            w *= 1.15;
        bool festival = false;
        if (d.month == 11 && d.day <= 11) {
            w *= d.day == 11 ? 9.0 : (d.day >= 9 ? 3.0 : 2.0);
            festival = true;
        } else if (d.month == 6 && d.day <= 18) {
            w *= d.day == 18 ? 5.0 : 1.8;
            festival = true;
        } else if (d.month == 12 && d.day == 12) {
            w *= 3.0;
            festival = true;
        } else if (d.month == 5 && d.day == 20) {
            w *= 1.6;
        } else if (d.month == 3 && d.day == 8) {
            w *= 1.8; // 女神节
        }
        for (const LunarNewYear &ny : kSpringFestival) {
            const int64_t diff = daysFromCivil(d.year, d.month, d.day) - daysFromCivil(ny.year, ny.month, ny.day);
            if (diff >= -7 && diff <= 6)
                w *= 0.45; // couriers stop, people travel home
            else if (diff >= -25 && diff < -7)
                w *= 1.3; // new clothes for the new year
        }
        total += w;
        m_cumulative.push_back(total);
        m_festival.push_back(festival ? 1 : 0);
    }
}

int OrderCalendar::dayIndex(int64_t ms) const
{
    if (ms <= m_start)
        return 0;
    return std::min(int((ms - m_start) / kDay), int(m_cumulative.size()) - 1);
}

bool OrderCalendar::isFestival(int64_t ms) const
{
    if (ms < m_start)
        return false;
    return m_festival[size_t(dayIndex(ms))] != 0;
}

int64_t OrderCalendar::sample(Rng &rng, int64_t from, bool nightShopper, bool inStore) const
{
    const int64_t lowest = std::max(from, m_start);
    if (lowest >= m_now - kMinute)
        return m_now - kMinute;
    const int first = dayIndex(lowest);
    const double base = first == 0 ? 0.0 : m_cumulative[size_t(first - 1)];
    for (int attempt = 0; attempt < 8; ++attempt) {
        const double x = base + rng.uniform() * (m_cumulative.back() - base);
        const int day = int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
        const int64_t dayStart = m_start + int64_t(std::min(day, int(m_cumulative.size()) - 1)) * kDay;
        const Date d = cstDate(dayStart);
        // The Double 11 midnight rush: deposits paid, balances due at 00:00.
        int hour = (d.month == 11 && d.day == 11 && rng.chance(0.3)) ? 0 : hourFor(rng, nightShopper, inStore);
        const int64_t t = dayStart + int64_t(hour) * kHour + rng.range64(0, kHour - 1);
        if (t >= lowest && t < m_now)
            return t;
    }
    return lowest + rng.range64(0, m_now - lowest - 1);
}

} // namespace panorama::demo
