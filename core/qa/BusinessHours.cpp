#include "core/qa/BusinessHours.h"

#include <QTimeZone>

#include <algorithm>

namespace panorama::qa {

namespace {
constexpr int ChinaOffsetSeconds = 8 * 3600; // CST has no daylight saving time
}

BusinessHours::BusinessHours(int openHour, int closeHour, bool weekdaysOnly, QList<QDate> holidays)
    : m_open(openHour), m_close(closeHour), m_weekdaysOnly(weekdaysOnly), m_holidays(std::move(holidays))
{}

BusinessHours BusinessHours::chat()
{
    return BusinessHours(9, 21, false);
}

BusinessHours BusinessHours::tickets(QList<QDate> holidays)
{
    return BusinessHours(9, 18, true, std::move(holidays));
}

qint64 BusinessHours::elapsedSeconds(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const QTimeZone cst(ChinaOffsetSeconds);
    const QDateTime a = from.toTimeZone(cst);
    const QDateTime b = to.toTimeZone(cst);
    qint64 total = 0;
    // Bounded: a conversation spans days, not years; cap the walk at a year to stay cheap on bad input.
    const QDate last = std::min(b.date(), a.date().addDays(366));
    for (QDate d = a.date(); d <= last; d = d.addDays(1)) {
        if (m_weekdaysOnly && d.dayOfWeek() > 5)
            continue;
        if (m_holidays.contains(d))
            continue;
        const QDateTime open(d, QTime(m_open, 0), cst);
        const QDateTime close(d, QTime(m_close, 0), cst);
        const QDateTime s = std::max(open, a);
        const QDateTime e = std::min(close, b);
        if (e > s)
            total += s.secsTo(e);
    }
    return total;
}

} // namespace panorama::qa
