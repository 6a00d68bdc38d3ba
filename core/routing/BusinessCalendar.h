#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace panorama::routing {

class JsonCursor;

// Business hours in one time zone: weekly opening hours, public holidays and the make-up working days China
// schedules on weekends (调休). SLA targets are counted in this calendar's minutes.
class BusinessCalendar final
{
public:
    BusinessCalendar(); // Mon–Fri 09:00–18:00 Asia/Shanghai, no holidays (docs/policy.md)

    bool isBusinessDay(QDate date) const;
    // Whether `t` falls inside business hours.
    bool isOpen(const QDateTime &t) const;
    // `start` plus `minutes` of business time; starting outside hours counts from the next opening.
    QDateTime addBusinessMinutes(const QDateTime &start, qint64 minutes) const;
    // Business seconds in [from, to); 0 when to <= from.
    qint64 businessSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // The first instant at or after `t` that is inside business hours.
    QDateTime nextOpening(const QDateTime &t) const;

    const QTimeZone &timeZone() const { return m_zone; }
    QTime opens() const { return m_open; }
    QTime closes() const { return m_close; }

    void setHours(QTime open, QTime close);
    void setWorkingDays(const QSet<int> &isoDays); // 1 = Monday … 7 = Sunday
    void addHoliday(QDate date) { m_holidays.insert(date); }
    void addWorkingDay(QDate date) { m_extraWorkingDays.insert(date); }

    QJsonObject toJson() const;
    // {"timeZone", "workingDays": [1..7], "opens": "09:00", "closes": "18:00", "holidays": [...],
    //  "workingWeekendDays": [...]}; throws RoutingError(BadRules) naming the field.
    static BusinessCalendar fromJson(const JsonCursor &c);

private:
    QTimeZone m_zone;
    QSet<int> m_workingDays;
    QTime m_open;
    QTime m_close;
    QSet<QDate> m_holidays;
    QSet<QDate> m_extraWorkingDays;
};

} // namespace panorama::routing
