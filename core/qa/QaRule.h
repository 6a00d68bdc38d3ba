#pragma once

#include "core/qa/PolicyFacts.h"
#include "core/qa/QaTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

// One quality rule as loaded from the rule file (docs/qa.md lists the fields). A value: the compiled rule set
// owns the automaton that finds its phrases.
namespace panorama::qa {

struct QaRule
{
    QString id;
    RuleKind kind = RuleKind::Phrase;
    Severity severity = Severity::Warning;
    LanguageMask languages = Chinese | English;
    bool enabled = true;
    QHash<QString, QString> message;    // "zh" / "en" → text for the agent
    QHash<QString, QString> suggestion; // "zh" / "en" → a compliant wording
    QString policy;                     // the policy text the rule enforces

    QStringList phrases;                // folded; found with the rule set's automaton
    QStringList exceptions;             // folded; a phrase hit inside one of these is a look-alike, not a violation
    QList<QRegularExpression> patterns; // run on the folded text
    bool negatable = true;              // "we cannot promise …" does not fire
    bool quotable = true;               // text in quotation marks or after "you said" does not fire
    // A sentence that makes the promise conditional ("if …", "as long as …") on a policy condition does not
    // fire: a sentence naming one of exemptConditions when given ("faulty items can be returned"), else a sentence
    // with a condition marker and any of the rule set's policy_conditions.
    bool conditionalExempt = false;
    QStringList exemptConditions;        // folded
    QList<PolicyCondition> violatesWhen; // promise: fires when any holds

    QStringList detectors; // sensitive: phone | id_card | bank_card
    QString check; // conversation: greeting | closing | first_response_sla | escalation | sentiment | repeat_contact
    QStringList positivePhrases; // conversation/sentiment: folded positive words
    QJsonObject params;          // kind-specific numbers (window_hours, sla_*, holidays)
    double threshold = 0.5;      // offensive: classifier probability that fires

    QJsonObject source; // the rule as written, so editing and saving round-trips

    QString messageFor(LanguageMask lang) const;
    QString suggestionFor(LanguageMask lang) const;
    bool appliesTo(LanguageMask textLanguages) const { return (languages & textLanguages) != 0; }
};

} // namespace panorama::qa
