#pragma once

#include "core/qa/ClauseAnalyzer.h"
#include "core/qa/QaRuleSet.h"

// One pass over one text for a rule set: the folded text, its languages, every phrase and regex hit per rule
// (hits inside an exception of the same rule already removed) and the clause analysis to judge them.
namespace panorama::qa {

struct PhraseHit
{
    int rule = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    bool positive = false; // a positive_phrases entry (sentiment)
};

class TextScan
{
public:
    // withPatterns: also run the regexes of rules of these kinds (regexes cost more than the automaton).
    TextScan(QStringView original, const QaRuleSet &rules, const QList<RuleKind> &patternKinds);

    QStringView original() const { return m_original; }
    const QString &folded() const { return m_folded; }
    LanguageMask languages() const { return m_languages; }
    const ClauseAnalyzer &analyzer() const { return m_analyzer; }
    const QList<PhraseHit> &hits() const { return m_hits; }
    QList<PhraseHit> hitsFor(int rule) const;
    // Not in quotation marks or reported speech, not negated, as the rule's flags ask.
    bool saidAsOwn(const QaRule &rule, const PhraseHit &hit) const;
    // The hit's sentence makes it conditional on a policy condition the rule accepts (conditional_exempt).
    bool isConditional(const QaRule &rule, const PhraseHit &hit) const;
    // The language of the text around a hit, for the message shown to the agent.
    LanguageMask hitLanguage(const PhraseHit &hit) const;

private:
    QStringView m_original;
    QString m_folded;
    LanguageMask m_languages;
    ClauseAnalyzer m_analyzer;
    QList<PhraseHit> m_hits;
    QList<PhraseHit> m_conditions; // exempt-condition phrases found, per rule
};

} // namespace panorama::qa
