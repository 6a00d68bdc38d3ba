#include "core/demo/DemoTime.h"

#include <cstdio>

namespace panorama::demo::DemoTime {

int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const int64_t era = (year >= 0 ? year : year - 399) / 400;
    const int64_t yoe = year - era * 400;
    const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civilFromDays(int64_t z)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (m <= 2)), m, d};
}

namespace {
int64_t floorDiv(int64_t a, int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

int64_t cstMidnight(int year, int month, int day)
{
    return daysFromCivil(year, month, day) * kDay - kCstOffset;
}

Date cstDate(int64_t ms)
{
    return civilFromDays(floorDiv(ms + kCstOffset, kDay));
}

int cstHour(int64_t ms)
{
    const int64_t local = ms + kCstOffset;
    return int((local - floorDiv(local, kDay) * kDay) / kHour);
}

int cstWeekday(int64_t ms)
{
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    const int64_t days = floorDiv(ms + kCstOffset, kDay);
    return int(((days % 7) + 7 + 3) % 7);
}

QByteArray isoDate(const Date &d)
{
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return QByteArray(buf, n);
}

QByteArray isoDate(int64_t ms)
{
    return isoDate(cstDate(ms));
}

QByteArray yymmdd(int64_t ms)
{
    const Date d = cstDate(ms);
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%02d%02d%02d", d.year % 100, d.month, d.day);
    return QByteArray(buf, n);
}

int64_t parseIsoUtc(const QByteArray &text)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    char tail[4] = {};
    const QByteArray t = text.trimmed();
    if (t.size() == 10) {
        if (std::sscanf(t.constData(), "%4d-%2d-%2d", &y, &mo, &d) != 3)
            return -1;
    } else if (std::sscanf(t.constData(), "%4d-%2d-%2dT%2d:%2d:%2d%1s", &y, &mo, &d, &h, &mi, &s, tail) != 7 ||
               (tail[0] != 'Z' && tail[0] != 'z') || t.size() != 20) {
        return -1;
    }
    if (y < 1971 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59)
        return -1;
    if (civilFromDays(daysFromCivil(y, mo, d)).day != d)
        return -1;
    return daysFromCivil(y, mo, d) * kDay + h * kHour + mi * kMinute + s * kSecond;
}

int64_t addBusinessHours(int64_t ms, int hours)
{
    return addBusinessMinutes(ms, hours * 60);
}

int64_t addBusinessMinutes(int64_t ms, int minutes)
{
    int64_t remaining = int64_t(minutes) * kMinute;
    int64_t t = ms;
    if (remaining <= 0)
        remaining = 1; // "as soon as the office is open"
    for (int guard = 0; guard < 64 && remaining > 0; ++guard) {
        const int64_t local = t + kCstOffset;
        const int64_t dayStart = floorDiv(local, kDay) * kDay;
        const int64_t open = dayStart + 9 * kHour;
        const int64_t close = dayStart + 18 * kHour;
        const int weekday = cstWeekday(t);
        if (weekday >= 5 || local >= close) {
            t = dayStart + kDay + 9 * kHour - kCstOffset; // next day's opening
            continue;
        }
        const int64_t start = local < open ? open : local;
        const int64_t available = close - start;
        if (remaining <= available)
            return start + remaining - kCstOffset;
        remaining -= available;
        t = dayStart + kDay + 9 * kHour - kCstOffset;
    }
    return t;
}

} // namespace panorama::demo::DemoTime
