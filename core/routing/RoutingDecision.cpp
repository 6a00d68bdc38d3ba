#include "core/routing/RoutingDecision.h"

#include "core/routing/RoutingError.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace panorama::routing {

QJsonObject ExplanationStep::toJson() const
{
    return {{u"code"_s, code}, {u"text"_s, text.toJson()}, {u"facts"_s, facts}};
}

ExplanationStep ExplanationStep::fromJson(const QJsonObject &o)
{
    const QJsonObject text = o.value(u"text"_s).toObject();
    return {o.value(u"code"_s).toString(),
            {text.value(u"en"_s).toString(), text.value(u"zh"_s).toString()},
            o.value(u"facts"_s).toObject()};
}

const ExplanationStep *RoutingDecision::step(const QString &code) const
{
    for (const ExplanationStep &s : steps) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

QString RoutingDecision::summary(Language language) const
{
    // "<team>: <why this category or triage>; <who>"; the parts come from the steps so that the summary
    // never says something the explanation does not.
    const ExplanationStep *team = step(u"team"_s);
    const ExplanationStep *what = step(u"classified"_s);
    if (!what)
        what = step(u"preset-category"_s);
    if (!what)
        what = step(u"triage"_s);
    const ExplanationStep *escalation = step(u"keyword"_s);
    const ExplanationStep *who = step(u"advisor"_s);
    if (!who)
        who = step(u"agent"_s);
    if (!who)
        who = step(u"queued"_s);

    QStringList parts;
    if (escalation)
        parts.append(escalation->text.in(language));
    if (what)
        parts.append(what->text.in(language));
    if (who)
        parts.append(who->text.in(language));
    const QString separator = language == Language::Chinese ? u"；"_s : u"; "_s;
    const QString colon = language == Language::Chinese ? u"："_s : u": "_s;
    const QString head =
        team ? team->facts.value(language == Language::Chinese ? u"nameZh"_s : u"nameEn"_s).toString() : teamId;
    return head + colon + parts.join(separator);
}

QStringList RoutingDecision::explanation(Language language) const
{
    QStringList lines;
    for (const ExplanationStep &s : steps)
        lines.append(s.text.in(language));
    return lines;
}

QJsonObject RoutingDecision::toJson() const
{
    QJsonArray stepArray;
    for (const ExplanationStep &s : steps)
        stepArray.append(s.toJson());
    QJsonObject o{
        {u"ticket"_s, ticketId},
        {u"language"_s, language},
        {u"category"_s, category.isEmpty() ? QJsonValue() : QJsonValue(category)},
        {u"manualTriage"_s, manualTriage},
        {u"priority"_s, priorityName(priority)},
        {u"team"_s, teamId},
        {u"agent"_s, agentId.isEmpty() ? QJsonValue() : QJsonValue(agentId)},
        {u"supervisor"_s, supervisorId},
        {u"viaDedicatedAdvisor"_s, viaDedicatedAdvisor},
        {u"requiredSkills"_s, QJsonArray::fromStringList(requiredSkills)},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"matchedRules"_s, QJsonArray::fromStringList(matchedRules)},
        {u"summary"_s, QJsonObject{{u"en"_s, summary(Language::English)}, {u"zh"_s, summary(Language::Chinese)}}},
        {u"steps"_s, stepArray},
        {u"sla"_s, sla.toJson()},
        {u"modelVersion"_s, modelVersion},
        {u"rulesVersion"_s, rulesVersion},
        {u"decidedAt"_s, decidedAt.toUTC().toString(Qt::ISODate)}};
    if (prediction)
        o.insert(u"classification"_s, prediction->toJson());
    if (suggestion)
        o.insert(u"suggestion"_s, suggestion->toJson());
    return o;
}

RoutingDecision RoutingDecision::fromJson(const QJsonObject &o)
{
    auto bad = [](const QString &why) {
        throw RoutingError(RoutingErrorKind::BadData, u"routing decision: %1"_s.arg(why));
    };
    RoutingDecision d;
    d.ticketId = o.value(u"ticket"_s).toString();
    d.language = o.value(u"language"_s).toString();
    d.category = o.value(u"category"_s).toString();
    d.manualTriage = o.value(u"manualTriage"_s).toBool();
    const auto priority = priorityFromName(o.value(u"priority"_s).toString());
    if (!priority)
        bad(u"unknown priority '%1'"_s.arg(o.value(u"priority"_s).toString()));
    d.priority = *priority;
    d.teamId = o.value(u"team"_s).toString();
    if (d.teamId.isEmpty())
        bad(u"no team"_s);
    d.agentId = o.value(u"agent"_s).toString();
    d.supervisorId = o.value(u"supervisor"_s).toString();
    d.viaDedicatedAdvisor = o.value(u"viaDedicatedAdvisor"_s).toBool();
    auto strings = [&](const QString &key) {
        QStringList out;
        for (const QJsonValue &v : o.value(key).toArray())
            out.append(v.toString());
        return out;
    };
    d.requiredSkills = strings(u"requiredSkills"_s);
    d.tags = strings(u"tags"_s);
    d.matchedRules = strings(u"matchedRules"_s);
    for (const QJsonValue &v : o.value(u"steps"_s).toArray())
        d.steps.push_back(ExplanationStep::fromJson(v.toObject()));
    if (o.contains(u"classification"_s))
        d.prediction = Prediction::fromJson(o.value(u"classification"_s).toObject());
    if (o.contains(u"suggestion"_s))
        d.suggestion = Suggestion::fromJson(o.value(u"suggestion"_s).toObject());
    d.sla = SlaDeadlines::fromJson(o.value(u"sla"_s).toObject());
    d.modelVersion = o.value(u"modelVersion"_s).toString();
    d.rulesVersion = o.value(u"rulesVersion"_s).toString();
    d.decidedAt = QDateTime::fromString(o.value(u"decidedAt"_s).toString(), Qt::ISODate);
    return d;
}

} // namespace panorama::routing
