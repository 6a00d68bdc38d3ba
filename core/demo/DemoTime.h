#pragma once

#include <QByteArray>

#include <cstdint>

namespace panorama::demo {

// Calendar arithmetic for the generator, in China Standard Time (UTC+8, no daylight saving): order numbers,
// birthdays and the dates quoted in messages are local dates. Pure integer arithmetic (Hinnant's algorithms):
// QDateTime per row would dominate the run time.
namespace DemoTime {

constexpr int64_t kSecond = 1000;
constexpr int64_t kMinute = 60 * kSecond;
constexpr int64_t kHour = 60 * kMinute;
constexpr int64_t kDay = 24 * kHour;
constexpr int64_t kCstOffset = 8 * kHour;

struct Date
{
    int year;
    int month; // 1..12
    int day;   // 1..31
};

int64_t daysFromCivil(int year, int month, int day);
Date civilFromDays(int64_t days);
// Milliseconds since the epoch of 00:00 CST on that date.
int64_t cstMidnight(int year, int month, int day);
Date cstDate(int64_t ms);
int cstHour(int64_t ms);
// 0 = Monday .. 6 = Sunday, in CST.
int cstWeekday(int64_t ms);
// "2026-11-01"
QByteArray isoDate(const Date &d);
QByteArray isoDate(int64_t ms);
// "yyMMdd" of the CST date.
QByteArray yymmdd(int64_t ms);
// "2026-11-01T00:00:00Z" -> ms; -1 if malformed. Accepts a date alone (midnight UTC).
int64_t parseIsoUtc(const QByteArray &text);
// Adds business time (Monday-Friday 09:00-18:00 CST; public holidays are not modelled).
int64_t addBusinessHours(int64_t ms, int hours);
int64_t addBusinessMinutes(int64_t ms, int minutes);

} // namespace DemoTime

} // namespace panorama::demo
