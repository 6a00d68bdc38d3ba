#pragma once

#include "core/qa/AhoCorasick.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Answers, for a phrase found in a reply, whether it is really said by the agent: not inside quotation marks,
// not after "you said", not negated ("we cannot promise …"), and whether its sentence makes it conditional on a
// policy condition ("as long as the tags are attached …"). The cue words are data from the rule file.
namespace panorama::qa {

// The compiled cue vocabularies of a rule set ("language" block of the rule file).
class LinguisticCues
{
public:
    enum Type
    {
        Negation,
        ReportedSpeech,
        ConditionMarker,
        PolicyCondition
    };
    // Reads {"negation": [...], "reported_speech": [...], "condition_markers": [...], "policy_conditions": [...],
    //        "negation_window_zh": 12, "negation_window_en": 40}. Returns false with *error on a wrong shape.
    bool load(const QJsonObject &obj, QString *error);
    const AhoCorasick &automaton() const { return m_automaton; }
    int negationWindow(bool cjk) const { return cjk ? m_windowZh : m_windowEn; }

private:
    AhoCorasick m_automaton;
    int m_windowZh = 12;
    int m_windowEn = 40;
};

class ClauseAnalyzer
{
public:
    // original: the reply as typed (for curly quotes); folded: TextNormalizer::fold(original).
    ClauseAnalyzer(QStringView original, QStringView folded, const LinguisticCues &cues);

    bool isQuoted(qsizetype start, qsizetype end) const;
    bool isNegated(qsizetype start) const;
    bool isReportedSpeech(qsizetype start) const;
    bool isConditional(qsizetype start, qsizetype end) const;
    bool hasCue(LinguisticCues::Type type, qsizetype from, qsizetype to) const;
    // Start of the clause (after , ; : etc.) and of the sentence (after . ! ? and newlines) holding pos.
    qsizetype clauseStart(qsizetype pos) const;
    qsizetype sentenceStart(qsizetype pos) const;
    qsizetype sentenceEnd(qsizetype pos) const;

private:
    struct Region
    {
        qsizetype start;
        qsizetype end;
    };
    struct Cue
    {
        qsizetype start;
        qsizetype end;
        LinguisticCues::Type type;
    };
    bool hasCueBefore(LinguisticCues::Type type, qsizetype from, qsizetype pos, qsizetype window) const;

    QStringView m_folded;
    const LinguisticCues &m_cues;
    QList<Region> m_quotes;
    QList<Cue> m_found;
};

} // namespace panorama::qa
