#include "core/routing/SlaPolicy.h"

#include "core/routing/JsonCursor.h"
#include "core/routing/RoutingResources.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama::routing {

namespace {

const QStringList &knownTiers()
{
    static const QStringList tiers{u"regular"_s, u"silver"_s, u"gold"_s, u"platinum"_s};
    return tiers;
}

} // namespace

bool SlaTarget::matches(const QString &tier, Priority priority, const QString &channel) const
{
    return (tiers.isEmpty() || tiers.contains(tier)) && (priorities.isEmpty() || priorities.contains(priority)) &&
           (channels.isEmpty() || channels.contains(channel));
}

SlaPolicy::SlaPolicy() : m_version(u"builtin"_s)
{
    SlaTarget platinum;
    platinum.id = u"platinum"_s;
    platinum.tiers = {u"platinum"_s};
    platinum.firstResponseMinutes = 60;
    platinum.resolutionMinutes = 540;
    SlaTarget standard;
    standard.id = u"standard"_s;
    m_targets = {platinum, standard};
}

const SlaTarget &SlaPolicy::targetFor(const QString &tier, Priority priority, const QString &channel) const
{
    for (const SlaTarget &t : m_targets) {
        if (t.matches(tier, priority, channel))
            return t;
    }
    return m_targets.last(); // unreachable for a validated policy: the last target matches everything
}

QJsonObject SlaPolicy::toJson() const
{
    QJsonArray targets;
    for (const SlaTarget &t : m_targets) {
        QJsonArray prios;
        for (Priority p : t.priorities)
            prios.append(priorityName(p));
        QJsonObject o{{u"id"_s, t.id},
                      {u"firstResponseMinutes"_s, t.firstResponseMinutes},
                      {u"resolutionMinutes"_s, t.resolutionMinutes}};
        if (!t.tiers.isEmpty())
            o.insert(u"tiers"_s, QJsonArray::fromStringList(t.tiers));
        if (!prios.isEmpty())
            o.insert(u"priorities"_s, prios);
        if (!t.channels.isEmpty())
            o.insert(u"channels"_s, QJsonArray::fromStringList(t.channels));
        targets.append(o);
    }
    return {{u"version"_s, m_version},
            {u"calendar"_s, m_calendar.toJson()},
            {u"warnAtFraction"_s, m_warnAt},
            {u"targets"_s, targets}};
}

SlaPolicy SlaPolicy::fromJson(const JsonCursor &root)
{
    root.allowOnly({u"version"_s, u"calendar"_s, u"warnAtFraction"_s, u"targets"_s, u"comment"_s});
    SlaPolicy p;
    p.m_version = root.at(u"version"_s).string();
    p.m_calendar = BusinessCalendar::fromJson(root.at(u"calendar"_s));
    p.m_warnAt = root.numberOr(u"warnAtFraction"_s, 0.75, 0.05, 0.99);
    p.m_targets.clear();
    QSet<QString> ids;
    const JsonCursor targets = root.at(u"targets"_s);
    for (const JsonCursor &c : targets.elements()) {
        c.allowOnly({u"id"_s, u"tiers"_s, u"priorities"_s, u"channels"_s, u"firstResponseMinutes"_s,
                     u"resolutionMinutes"_s, u"comment"_s});
        SlaTarget t;
        t.id = c.at(u"id"_s).identifier();
        if (ids.contains(t.id))
            c.at(u"id"_s).fail(u"duplicate target id '%1'"_s.arg(t.id));
        ids.insert(t.id);
        if (const auto tiers = c.find(u"tiers"_s)) {
            for (const JsonCursor &e : tiers->elements()) {
                const QString tier = e.identifier();
                if (!knownTiers().contains(tier))
                    e.fail(u"unknown tier '%1' (%2)"_s.arg(tier, knownTiers().join(u", "_s)));
                t.tiers.append(tier);
            }
        }
        if (const auto prios = c.find(u"priorities"_s)) {
            for (const JsonCursor &e : prios->elements()) {
                const auto prio = priorityFromName(e.string());
                if (!prio)
                    e.fail(u"unknown priority '%1' (low, normal, high, urgent)"_s.arg(e.string()));
                t.priorities.append(*prio);
            }
        }
        t.channels = c.identifiersOr(u"channels"_s);
        t.firstResponseMinutes = c.at(u"firstResponseMinutes"_s).integer(1, 60 * 24 * 60);
        t.resolutionMinutes = c.at(u"resolutionMinutes"_s).integer(1, 60 * 24 * 365);
        if (t.resolutionMinutes < t.firstResponseMinutes)
            c.at(u"resolutionMinutes"_s).fail(u"resolution target is shorter than the first-response target"_s);
        p.m_targets.append(t);
    }
    if (p.m_targets.isEmpty())
        targets.fail(u"at least one target is required"_s);
    const SlaTarget &last = p.m_targets.last();
    if (!last.tiers.isEmpty() || !last.priorities.isEmpty() || !last.channels.isEmpty())
        targets.elements().last().fail(u"the last target must match every ticket (no tiers, priorities or channels)"_s);
    return p;
}

SlaPolicy SlaPolicy::load(const QString &path)
{
    return fromJson(JsonCursor::load(path));
}

SlaPolicy SlaPolicy::parse(const QByteArray &json, const QString &source)
{
    return fromJson(JsonCursor::parse(json, source));
}

SlaPolicy SlaPolicy::defaults()
{
    return parse(RoutingResources::read(u"sla.json"_s), RoutingResources::path(u"sla.json"_s));
}

} // namespace panorama::routing
