#pragma once

#include "core/qa/QaTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// What a check returns to the UI and the server: findings with spans into the checked text, plus the reply
// with sensitive numbers masked. Nothing here ever holds a sensitive number in clear.
namespace panorama::qa {

struct QaFinding
{
    QString ruleId;
    RuleKind kind = RuleKind::Phrase;
    Severity severity = Severity::Info;
    QString message;       // for the agent, in the reply's language
    QString policy;        // the policy text the rule enforces
    QString suggestion;    // a compliant wording
    QString reason;        // why it fired here (context facts, classifier score)
    int messageIndex = -1; // -1: the draft; otherwise the index into QaContext::messages
    qsizetype start = -1;  // UTF-16 offset into that text; -1 when the finding is about the conversation
    qsizetype length = 0;
    QString excerpt; // the matched text (masked for sensitive data)

    QJsonObject toJson() const;
};

struct QaCheckResult
{
    QString rulesVersion;
    QList<QaFinding> findings;
    QString maskedText;   // the draft with sensitive numbers masked; equal to the draft when there are none
    bool blocked = false; // a critical finding: the reply must not be sent as it is

    bool hasKind(RuleKind k) const;
    QJsonObject toJson() const;
};

} // namespace panorama::qa
