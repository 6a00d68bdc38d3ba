#pragma once

#include "core/routing/LocalizedText.h"
#include "core/routing/Priority.h"
#include "core/routing/SlaMonitor.h"
#include "core/routing/Suggestion.h"
#include "core/routing/TextClassifier.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace panorama::routing {

// One reason in a routing explanation, already worded in both languages, with its machine-readable facts.
struct ExplanationStep
{
    QString code;       // classified, triage, rule, priority, team, advisor, advisor-unavailable, agent, queued, ...
    LocalizedText text; // "category size problem 0.93" / "类别 尺码问题 0.93"
    QJsonObject facts;  // {"category": "size_problem", "confidence": 0.93}

    QJsonObject toJson() const;
    static ExplanationStep fromJson(const QJsonObject &obj);
};

// Where a ticket goes and why: category (or manual triage), priority, team, assignee, the rules that fired,
// a suggested answer and the SLA deadlines. Serialisable, so the server can store it and clients can show it.
struct RoutingDecision
{
    QString ticketId;
    QString language;                     // en or zh (the ticket's)
    std::optional<Prediction> prediction; // absent when an agent chose the category
    QString category;                     // empty when the ticket went to manual triage
    bool manualTriage = false;
    Priority priority = Priority::Normal;
    QString teamId;
    QString agentId; // empty: queued for the team
    QString supervisorId;
    bool viaDedicatedAdvisor = false;
    QStringList requiredSkills;
    QStringList tags;
    QStringList matchedRules; // rule ids in evaluation order
    std::vector<ExplanationStep> steps;
    std::optional<Suggestion> suggestion;
    SlaDeadlines sla;
    QString modelVersion;
    QString rulesVersion;
    QDateTime decidedAt;

    // One line: "Size team: category size problem 0.93; VIP → advisor Li Na".
    QString summary(Language language) const;
    // Every step, one per line, in order.
    QStringList explanation(Language language) const;
    const ExplanationStep *step(const QString &code) const;

    QJsonObject toJson() const;
    // Reads a decision written by toJson() (e.g. routed on the server, shown on a client). Throws
    // RoutingError(BadData) when required fields are missing or malformed.
    static RoutingDecision fromJson(const QJsonObject &obj);
};

} // namespace panorama::routing
