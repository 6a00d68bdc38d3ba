#include "core/routing/BusinessCalendar.h"

#include "core/routing/JsonCursor.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama::routing {

namespace {

// Far enough for any SLA; stops a loop when a calendar has (almost) no business days.
constexpr int MaxDaysScanned = 3660;

QDate parseDate(const JsonCursor &c)
{
    const QDate d = QDate::fromString(c.string(), Qt::ISODate);
    if (!d.isValid())
        c.fail(u"'%1' is not a date (YYYY-MM-DD)"_s.arg(c.string()));
    return d;
}

QTime parseTime(const JsonCursor &c)
{
    const QTime t = QTime::fromString(c.string(), u"HH:mm"_s);
    if (!t.isValid())
        c.fail(u"'%1' is not a time of day (HH:mm)"_s.arg(c.string()));
    return t;
}

QJsonArray datesToJson(const QSet<QDate> &dates)
{
    QList<QDate> sorted(dates.cbegin(), dates.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray out;
    for (const QDate &d : sorted)
        out.append(d.toString(Qt::ISODate));
    return out;
}

} // namespace

BusinessCalendar::BusinessCalendar()
    : m_zone(QByteArrayLiteral("Asia/Shanghai")), m_workingDays{1, 2, 3, 4, 5}, m_open(9, 0), m_close(18, 0)
{}

void BusinessCalendar::setHours(QTime open, QTime close)
{
    m_open = open;
    m_close = close;
}

void BusinessCalendar::setWorkingDays(const QSet<int> &isoDays)
{
    m_workingDays = isoDays;
}

bool BusinessCalendar::isBusinessDay(QDate date) const
{
    if (m_extraWorkingDays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return m_workingDays.contains(date.dayOfWeek());
}

bool BusinessCalendar::isOpen(const QDateTime &t) const
{
    const QDateTime local = t.toTimeZone(m_zone);
    return isBusinessDay(local.date()) && local.time() >= m_open && local.time() < m_close;
}

QDateTime BusinessCalendar::nextOpening(const QDateTime &t) const
{
    QDateTime local = t.toTimeZone(m_zone);
    for (int i = 0; i < MaxDaysScanned; ++i) {
        const QDate day = local.date();
        if (isBusinessDay(day)) {
            const QDateTime open(day, m_open, m_zone);
            const QDateTime close(day, m_close, m_zone);
            if (local < open)
                return open.toUTC();
            if (local < close)
                return local.toUTC();
        }
        local = QDateTime(day.addDays(1), QTime(0, 0), m_zone);
    }
    return {};
}

QDateTime BusinessCalendar::addBusinessMinutes(const QDateTime &start, qint64 minutes) const
{
    qint64 remaining = std::max<qint64>(minutes, 0) * 60;
    QDateTime t = nextOpening(start);
    for (int i = 0; i < MaxDaysScanned && t.isValid(); ++i) {
        const QDateTime local = t.toTimeZone(m_zone);
        const QDateTime close(local.date(), m_close, m_zone);
        const qint64 available = local.secsTo(close);
        if (remaining <= available)
            return local.addSecs(remaining).toUTC();
        remaining -= available;
        t = nextOpening(close);
    }
    return {};
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!(from < to))
        return 0;
    qint64 total = 0;
    QDateTime t = nextOpening(from);
    for (int i = 0; i < MaxDaysScanned && t.isValid() && t < to; ++i) {
        const QDateTime local = t.toTimeZone(m_zone);
        const QDateTime close(local.date(), m_close, m_zone);
        total += local.secsTo(std::min(close, to.toTimeZone(m_zone)));
        t = nextOpening(close);
    }
    return total;
}

QJsonObject BusinessCalendar::toJson() const
{
    QList<int> days(m_workingDays.cbegin(), m_workingDays.cend());
    std::sort(days.begin(), days.end());
    QJsonArray dayArray;
    for (int d : days)
        dayArray.append(d);
    return {
        {u"timeZone"_s, QString::fromUtf8(m_zone.id())}, {u"workingDays"_s, dayArray},
        {u"opens"_s, m_open.toString(u"HH:mm"_s)},       {u"closes"_s, m_close.toString(u"HH:mm"_s)},
        {u"holidays"_s, datesToJson(m_holidays)},        {u"workingWeekendDays"_s, datesToJson(m_extraWorkingDays)}};
}

BusinessCalendar BusinessCalendar::fromJson(const JsonCursor &c)
{
    c.allowOnly({u"timeZone"_s, u"workingDays"_s, u"opens"_s, u"closes"_s, u"holidays"_s, u"workingWeekendDays"_s,
                 u"comment"_s});
    BusinessCalendar cal;
    if (const auto tz = c.find(u"timeZone"_s)) {
        cal.m_zone = QTimeZone(tz->string().toUtf8());
        if (!cal.m_zone.isValid())
            tz->fail(u"unknown time zone '%1'"_s.arg(tz->string()));
    }
    if (const auto days = c.find(u"workingDays"_s)) {
        cal.m_workingDays.clear();
        for (const JsonCursor &d : days->elements())
            cal.m_workingDays.insert(d.integer(1, 7));
    }
    if (const auto o = c.find(u"opens"_s))
        cal.m_open = parseTime(*o);
    if (const auto cl = c.find(u"closes"_s))
        cal.m_close = parseTime(*cl);
    if (!(cal.m_open < cal.m_close))
        c.fail(u"'opens' must be before 'closes' (overnight hours are not supported)"_s);
    if (const auto h = c.find(u"holidays"_s)) {
        for (const JsonCursor &d : h->elements())
            cal.m_holidays.insert(parseDate(d));
    }
    if (const auto w = c.find(u"workingWeekendDays"_s)) {
        for (const JsonCursor &d : w->elements())
            cal.m_extraWorkingDays.insert(parseDate(d));
    }
    if (cal.m_workingDays.isEmpty() && cal.m_extraWorkingDays.isEmpty())
        c.fail(u"a calendar needs at least one working day"_s);
    return cal;
}

} // namespace panorama::routing
