#pragma once

#include "core/routing/Clock.h"
#include "core/routing/SlaPolicy.h"

#include <QHash>
#include <QJsonArray>

namespace panorama::routing {

enum class SlaMilestone
{
    FirstResponse,
    Resolution
};

// The deadlines of one ticket, fixed when its timer starts.
struct SlaDeadlines
{
    QString targetId;
    QDateTime startedAt;
    QDateTime firstResponseDue;
    QDateTime firstResponseWarnAt;
    QDateTime resolutionDue;
    QDateTime resolutionWarnAt;
    int firstResponseMinutes = 0;
    int resolutionMinutes = 0;

    bool isValid() const { return startedAt.isValid(); }
    QJsonObject toJson() const;
    static SlaDeadlines fromJson(const QJsonObject &obj);
    // Deadlines for a ticket that starts at `start` (business minutes in the policy's calendar).
    static SlaDeadlines compute(const SlaPolicy &policy, const QString &tier, Priority priority, const QString &channel,
                                const QDateTime &start);
};

// A warning (the target is `warnAtFraction` used up) or a breach, addressed to the assignee and the supervisor.
struct SlaAlert
{
    enum class Kind
    {
        Warning,
        Breach
    };

    Kind kind = Kind::Warning;
    SlaMilestone milestone = SlaMilestone::FirstResponse;
    QString ticketId;
    QDateTime due;
    QDateTime raisedAt;
    qint64 businessMinutesLeft = 0; // 0 for breaches
    QStringList recipients;         // agent ids: the assignee (if any) then the supervisor (if any)

    QString message(Language language, const QTimeZone &zone) const;
    QJsonObject toJson() const;
};

// A ticket whose SLA is being watched.
struct SlaTicket
{
    QString ticketId;
    QString assigneeId;
    QString supervisorId;
    SlaDeadlines deadlines;
    QDateTime firstRespondedAt;
    QDateTime resolvedAt;
    QDateTime pausedAt; // waiting for the customer: the resolution clock stops
    bool warnedFirstResponse = false;
    bool breachedFirstResponse = false;
    bool warnedResolution = false;
    bool breachedResolution = false;

    QJsonObject toJson() const;
    static SlaTicket fromJson(const QJsonObject &obj);
};

enum class SlaState
{
    OnTrack,
    Warning,
    Breached,
    Met,
    MetLate,
    Paused
};

// SLA timers for the open tickets: computes deadlines in business time, stops clocks on first response and
// resolution, pauses while waiting for the customer, and reports each warning and breach exactly once.
// Time comes only from the injected Clock. Not thread-safe (owned by one thread, e.g. through SlaWatcher).
class SlaMonitor final
{
public:
    SlaMonitor(SlaPolicy policy, const Clock &clock);

    // Starts (or restarts) the timers of a ticket; `createdAt` defaults to now.
    const SlaDeadlines &start(const QString &ticketId, const QString &tier, Priority priority, const QString &channel,
                              const QString &assigneeId, const QString &supervisorId, QDateTime createdAt = {});
    // Throws RoutingError(Misuse) for an unknown ticket.
    void reassign(const QString &ticketId, const QString &assigneeId, const QString &supervisorId);
    void recordFirstResponse(const QString &ticketId, QDateTime at = {});
    void resolve(const QString &ticketId, QDateTime at = {});
    void pause(const QString &ticketId, QDateTime at = {});
    void resume(const QString &ticketId, QDateTime at = {});
    void forget(const QString &ticketId) { m_tickets.remove(ticketId); }

    // Alerts that became due since the previous poll (each warning and breach once per ticket and milestone).
    QList<SlaAlert> poll();

    SlaState state(const QString &ticketId, SlaMilestone milestone) const;
    // Business seconds until the milestone is due (negative once overdue), at the clock's now.
    qint64 businessSecondsLeft(const QString &ticketId, SlaMilestone milestone) const;
    const SlaTicket &ticket(const QString &ticketId) const;
    bool isTracking(const QString &ticketId) const { return m_tickets.contains(ticketId); }
    const SlaPolicy &policy() const { return m_policy; }

    // Persistence of the tracked tickets (a client restart resumes the same timers).
    QJsonArray toJson() const;
    void restore(const QJsonArray &tickets);

private:
    SlaTicket &find(const QString &ticketId);
    QDateTime at(const QDateTime &t) const { return t.isValid() ? t.toUTC() : m_clock.now(); }

    SlaPolicy m_policy;
    const Clock &m_clock;
    QHash<QString, SlaTicket> m_tickets;
};

} // namespace panorama::routing
