#include "core/routing/SlaMonitor.h"

#include "core/routing/RoutingError.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::routing {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODate).toUTC();
}

QString milestoneName(SlaMilestone m)
{
    return m == SlaMilestone::FirstResponse ? u"firstResponse"_s : u"resolution"_s;
}

} // namespace

QJsonObject SlaDeadlines::toJson() const
{
    return {{u"target"_s, targetId},
            {u"startedAt"_s, iso(startedAt)},
            {u"firstResponseDue"_s, iso(firstResponseDue)},
            {u"firstResponseWarnAt"_s, iso(firstResponseWarnAt)},
            {u"resolutionDue"_s, iso(resolutionDue)},
            {u"resolutionWarnAt"_s, iso(resolutionWarnAt)},
            {u"firstResponseMinutes"_s, firstResponseMinutes},
            {u"resolutionMinutes"_s, resolutionMinutes}};
}

SlaDeadlines SlaDeadlines::fromJson(const QJsonObject &o)
{
    SlaDeadlines d;
    d.targetId = o.value(u"target"_s).toString();
    d.startedAt = fromIso(o.value(u"startedAt"_s));
    d.firstResponseDue = fromIso(o.value(u"firstResponseDue"_s));
    d.firstResponseWarnAt = fromIso(o.value(u"firstResponseWarnAt"_s));
    d.resolutionDue = fromIso(o.value(u"resolutionDue"_s));
    d.resolutionWarnAt = fromIso(o.value(u"resolutionWarnAt"_s));
    d.firstResponseMinutes = o.value(u"firstResponseMinutes"_s).toInt();
    d.resolutionMinutes = o.value(u"resolutionMinutes"_s).toInt();
    return d;
}

SlaDeadlines SlaDeadlines::compute(const SlaPolicy &policy, const QString &tier, Priority priority,
                                   const QString &channel, const QDateTime &start)
{
    const SlaTarget &t = policy.targetFor(tier, priority, channel);
    const BusinessCalendar &cal = policy.calendar();
    const double warn = policy.warnAtFraction();
    SlaDeadlines d;
    d.targetId = t.id;
    d.startedAt = start.toUTC();
    d.firstResponseMinutes = t.firstResponseMinutes;
    d.resolutionMinutes = t.resolutionMinutes;
    d.firstResponseDue = cal.addBusinessMinutes(start, t.firstResponseMinutes);
    d.firstResponseWarnAt = cal.addBusinessMinutes(start, qint64(std::floor(t.firstResponseMinutes * warn)));
    d.resolutionDue = cal.addBusinessMinutes(start, t.resolutionMinutes);
    d.resolutionWarnAt = cal.addBusinessMinutes(start, qint64(std::floor(t.resolutionMinutes * warn)));
    return d;
}

QString SlaAlert::message(Language language, const QTimeZone &zone) const
{
    const QDateTime local = due.toTimeZone(zone);
    const QString when = local.toString(u"yyyy-MM-dd HH:mm"_s);
    const bool first = milestone == SlaMilestone::FirstResponse;
    if (language == Language::Chinese) {
        const QString what = first ? u"首次响应"_s : u"解决"_s;
        if (kind == Kind::Breach)
            return u"工单 %1：%2已超时（截止 %3）"_s.arg(ticketId, what, when);
        return u"工单 %1：%2将于 %3 到期（剩余 %4 个工作分钟）"_s.arg(ticketId, what, when).arg(businessMinutesLeft);
    }
    const QString what = first ? u"first response"_s : u"resolution"_s;
    if (kind == Kind::Breach)
        return u"Ticket %1: %2 overdue (was due %3)"_s.arg(ticketId, what, when);
    return u"Ticket %1: %2 due %3 (%4 business minutes left)"_s.arg(ticketId, what, when).arg(businessMinutesLeft);
}

QJsonObject SlaAlert::toJson() const
{
    return {{u"kind"_s, kind == Kind::Breach ? u"breach"_s : u"warning"_s},
            {u"milestone"_s, milestoneName(milestone)},
            {u"ticket"_s, ticketId},
            {u"due"_s, iso(due)},
            {u"raisedAt"_s, iso(raisedAt)},
            {u"businessMinutesLeft"_s, businessMinutesLeft},
            {u"recipients"_s, QJsonArray::fromStringList(recipients)}};
}

QJsonObject SlaTicket::toJson() const
{
    return {{u"ticket"_s, ticketId},
            {u"assignee"_s, assigneeId},
            {u"supervisor"_s, supervisorId},
            {u"deadlines"_s, deadlines.toJson()},
            {u"firstRespondedAt"_s, iso(firstRespondedAt)},
            {u"resolvedAt"_s, iso(resolvedAt)},
            {u"pausedAt"_s, iso(pausedAt)},
            {u"warnedFirstResponse"_s, warnedFirstResponse},
            {u"breachedFirstResponse"_s, breachedFirstResponse},
            {u"warnedResolution"_s, warnedResolution},
            {u"breachedResolution"_s, breachedResolution}};
}

SlaTicket SlaTicket::fromJson(const QJsonObject &o)
{
    SlaTicket t;
    t.ticketId = o.value(u"ticket"_s).toString();
    t.assigneeId = o.value(u"assignee"_s).toString();
    t.supervisorId = o.value(u"supervisor"_s).toString();
    t.deadlines = SlaDeadlines::fromJson(o.value(u"deadlines"_s).toObject());
    t.firstRespondedAt = fromIso(o.value(u"firstRespondedAt"_s));
    t.resolvedAt = fromIso(o.value(u"resolvedAt"_s));
    t.pausedAt = fromIso(o.value(u"pausedAt"_s));
    t.warnedFirstResponse = o.value(u"warnedFirstResponse"_s).toBool();
    t.breachedFirstResponse = o.value(u"breachedFirstResponse"_s).toBool();
    t.warnedResolution = o.value(u"warnedResolution"_s).toBool();
    t.breachedResolution = o.value(u"breachedResolution"_s).toBool();
    return t;
}

SlaMonitor::SlaMonitor(SlaPolicy policy, const Clock &clock) : m_policy(std::move(policy)), m_clock(clock) {}

SlaTicket &SlaMonitor::find(const QString &ticketId)
{
    const auto it = m_tickets.find(ticketId);
    if (it == m_tickets.end())
        throw RoutingError(RoutingErrorKind::Misuse, u"no SLA timer for ticket '%1'"_s.arg(ticketId));
    return it.value();
}

const SlaTicket &SlaMonitor::ticket(const QString &ticketId) const
{
    return const_cast<SlaMonitor *>(this)->find(ticketId);
}

const SlaDeadlines &SlaMonitor::start(const QString &ticketId, const QString &tier, Priority priority,
                                      const QString &channel, const QString &assigneeId, const QString &supervisorId,
                                      QDateTime createdAt)
{
    SlaTicket t;
    t.ticketId = ticketId;
    t.assigneeId = assigneeId;
    t.supervisorId = supervisorId;
    t.deadlines = SlaDeadlines::compute(m_policy, tier, priority, channel, at(createdAt));
    return (m_tickets[ticketId] = t).deadlines;
}

void SlaMonitor::reassign(const QString &ticketId, const QString &assigneeId, const QString &supervisorId)
{
    SlaTicket &t = find(ticketId);
    t.assigneeId = assigneeId;
    t.supervisorId = supervisorId;
}

void SlaMonitor::recordFirstResponse(const QString &ticketId, QDateTime when)
{
    SlaTicket &t = find(ticketId);
    if (!t.firstRespondedAt.isValid())
        t.firstRespondedAt = at(when);
}

void SlaMonitor::resolve(const QString &ticketId, QDateTime when)
{
    SlaTicket &t = find(ticketId);
    if (t.pausedAt.isValid())
        resume(ticketId, when);
    t.resolvedAt = at(when);
    if (!t.firstRespondedAt.isValid())
        t.firstRespondedAt = t.resolvedAt; // resolving answers the customer
}

void SlaMonitor::pause(const QString &ticketId, QDateTime when)
{
    SlaTicket &t = find(ticketId);
    if (!t.pausedAt.isValid() && !t.resolvedAt.isValid())
        t.pausedAt = at(when);
}

void SlaMonitor::resume(const QString &ticketId, QDateTime when)
{
    SlaTicket &t = find(ticketId);
    if (!t.pausedAt.isValid())
        return;
    // The business time spent waiting for the customer moves the resolution deadline (and its warning) out.
    const BusinessCalendar &cal = m_policy.calendar();
    const qint64 pausedSecs = cal.businessSecondsBetween(t.pausedAt, at(when));
    const qint64 minutes = (pausedSecs + 59) / 60;
    if (minutes > 0 && !t.breachedResolution) {
        t.deadlines.resolutionDue = cal.addBusinessMinutes(t.deadlines.resolutionDue, minutes);
        if (!t.warnedResolution)
            t.deadlines.resolutionWarnAt = cal.addBusinessMinutes(t.deadlines.resolutionWarnAt, minutes);
    }
    t.pausedAt = {};
}

QList<SlaAlert> SlaMonitor::poll()
{
    const QDateTime now = m_clock.now();
    QList<SlaAlert> alerts;
    auto raise = [&](SlaTicket &t, SlaAlert::Kind kind, SlaMilestone m, const QDateTime &due) {
        SlaAlert a;
        a.kind = kind;
        a.milestone = m;
        a.ticketId = t.ticketId;
        a.due = due;
        a.raisedAt = now;
        a.businessMinutesLeft =
            kind == SlaAlert::Kind::Breach ? 0 : m_policy.calendar().businessSecondsBetween(now, due) / 60;
        if (!t.assigneeId.isEmpty())
            a.recipients.append(t.assigneeId);
        if (!t.supervisorId.isEmpty() && t.supervisorId != t.assigneeId)
            a.recipients.append(t.supervisorId);
        alerts.append(a);
    };
    for (SlaTicket &t : m_tickets) {
        const SlaDeadlines &d = t.deadlines;
        if (!t.firstRespondedAt.isValid()) {
            if (!t.breachedFirstResponse && now > d.firstResponseDue) {
                t.breachedFirstResponse = t.warnedFirstResponse = true;
                raise(t, SlaAlert::Kind::Breach, SlaMilestone::FirstResponse, d.firstResponseDue);
            } else if (!t.warnedFirstResponse && now >= d.firstResponseWarnAt) {
                t.warnedFirstResponse = true;
                raise(t, SlaAlert::Kind::Warning, SlaMilestone::FirstResponse, d.firstResponseDue);
            }
        }
        if (!t.resolvedAt.isValid() && !t.pausedAt.isValid()) {
            if (!t.breachedResolution && now > d.resolutionDue) {
                t.breachedResolution = t.warnedResolution = true;
                raise(t, SlaAlert::Kind::Breach, SlaMilestone::Resolution, d.resolutionDue);
            } else if (!t.warnedResolution && now >= d.resolutionWarnAt) {
                t.warnedResolution = true;
                raise(t, SlaAlert::Kind::Warning, SlaMilestone::Resolution, d.resolutionDue);
            }
        }
    }
    // Deterministic order for the UI and for tests: most urgent first.
    std::sort(alerts.begin(), alerts.end(), [](const SlaAlert &a, const SlaAlert &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.ticketId < b.ticketId;
    });
    return alerts;
}

SlaState SlaMonitor::state(const QString &ticketId, SlaMilestone m) const
{
    const SlaTicket &t = ticket(ticketId);
    const bool first = m == SlaMilestone::FirstResponse;
    const QDateTime done = first ? t.firstRespondedAt : t.resolvedAt;
    const QDateTime due = first ? t.deadlines.firstResponseDue : t.deadlines.resolutionDue;
    if (done.isValid())
        return done <= due ? SlaState::Met : SlaState::MetLate;
    if (!first && t.pausedAt.isValid())
        return SlaState::Paused;
    const QDateTime now = m_clock.now();
    if (now > due) // the due instant itself still counts as in time, as a response at it would
        return SlaState::Breached;
    if (now >= (first ? t.deadlines.firstResponseWarnAt : t.deadlines.resolutionWarnAt))
        return SlaState::Warning;
    return SlaState::OnTrack;
}

qint64 SlaMonitor::businessSecondsLeft(const QString &ticketId, SlaMilestone m) const
{
    const SlaTicket &t = ticket(ticketId);
    const QDateTime due = m == SlaMilestone::FirstResponse ? t.deadlines.firstResponseDue : t.deadlines.resolutionDue;
    const QDateTime now = m_clock.now();
    const BusinessCalendar &cal = m_policy.calendar();
    return now <= due ? cal.businessSecondsBetween(now, due) : -cal.businessSecondsBetween(due, now);
}

QJsonArray SlaMonitor::toJson() const
{
    QStringList ids = m_tickets.keys();
    ids.sort();
    QJsonArray out;
    for (const QString &id : ids)
        out.append(m_tickets.value(id).toJson());
    return out;
}

void SlaMonitor::restore(const QJsonArray &tickets)
{
    m_tickets.clear();
    for (const QJsonValue &v : tickets) {
        const SlaTicket t = SlaTicket::fromJson(v.toObject());
        if (!t.ticketId.isEmpty() && t.deadlines.isValid())
            m_tickets.insert(t.ticketId, t);
    }
}

} // namespace panorama::routing
