#pragma once

#include "core/routing/BusinessCalendar.h"
#include "core/routing/Priority.h"

#include <QList>
#include <QStringList>

namespace panorama::routing {

// Response and resolution targets for one kind of ticket, in business minutes. Empty lists match anything.
struct SlaTarget
{
    QString id;
    QStringList tiers; // customer tiers (regular, silver, gold, platinum)
    QList<Priority> priorities;
    QStringList channels;
    int firstResponseMinutes = 240;
    int resolutionMinutes = 1620;

    bool matches(const QString &tier, Priority priority, const QString &channel) const;
};

// When an SLA is due, by priority and customer tier, in a business calendar (resources/routing/sla.json).
// Targets are tried in order; the last must match every ticket, so no ticket is ever without an SLA.
class SlaPolicy final
{
public:
    SlaPolicy(); // docs/policy.md: tickets 4 business hours, platinum 1 business hour, Mon–Fri 09:00–18:00

    const BusinessCalendar &calendar() const { return m_calendar; }
    BusinessCalendar &calendar() { return m_calendar; }
    const QList<SlaTarget> &targets() const { return m_targets; }
    // Share of the target after which the assignee and supervisor are warned (e.g. 0.75).
    double warnAtFraction() const { return m_warnAt; }
    const QString &version() const { return m_version; }

    const SlaTarget &targetFor(const QString &tier, Priority priority, const QString &channel) const;

    QJsonObject toJson() const;
    static SlaPolicy fromJson(const JsonCursor &root);
    static SlaPolicy load(const QString &path);
    static SlaPolicy parse(const QByteArray &json, const QString &source);
    static SlaPolicy defaults(); // resources/routing/sla.json

private:
    QString m_version;
    BusinessCalendar m_calendar;
    QList<SlaTarget> m_targets;
    double m_warnAt = 0.75;
};

} // namespace panorama::routing
