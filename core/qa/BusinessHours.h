#pragma once

#include <QDateTime>
#include <QList>

// Counts the working time between two instants in a service calendar (China Standard Time): chat runs every day
// 09:00–21:00, tickets Monday–Friday 09:00–18:00 except public holidays (docs/policy.md, service standards).
namespace panorama::qa {

class BusinessHours
{
public:
    BusinessHours(int openHour, int closeHour, bool weekdaysOnly, QList<QDate> holidays = {});
    static BusinessHours chat();
    static BusinessHours tickets(QList<QDate> holidays = {});

    // Working seconds in [from, to); 0 when to <= from.
    qint64 elapsedSeconds(const QDateTime &from, const QDateTime &to) const;

private:
    int m_open;
    int m_close;
    bool m_weekdaysOnly;
    QList<QDate> m_holidays;
};

} // namespace panorama::qa
