#pragma once

#include "core/qa/AhoCorasick.h"
#include "core/qa/ClauseAnalyzer.h"
#include "core/qa/PolicyFacts.h"
#include "core/qa/QaRule.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

#include <memory>

// An immutable, validated and compiled set of rules: one Aho–Corasick automaton over every phrase and exception
// of every rule, precompiled regexes, the policy facts and cue vocabularies. Built only through parse(), which
// either accepts the whole file or rejects it with every problem named (the engine then keeps the old set).
namespace panorama::qa {

class QaRuleSet
{
public:
    static constexpr int FormatVersion = 1;

    struct ParseResult
    {
        std::shared_ptr<const QaRuleSet> rules; // null when errors is not empty
        QStringList errors;
    };
    static ParseResult parse(const QByteArray &json);
    static ParseResult parseFile(const QString &path);

    const QString &version() const { return m_version; }
    const QList<QaRule> &rules() const { return m_rules; }
    const PolicyFacts &facts() const { return m_facts; }
    const LinguisticCues &cues() const { return m_cues; }
    const AhoCorasick &phraseAutomaton() const { return m_phrases; }
    // Automaton ids pack the rule index and whether the entry is an exception.
    static int decodeRule(int id) { return id >> 2; }
    static int decodeEntry(int id) { return id & 3; } // 0 phrase, 1 exception, 2 positive phrase, 3 exempt condition
    qsizetype enabledCount() const;
    // The rule file as loaded (rules as written), for the supervisor's editor and for syncing.
    QJsonDocument toJson() const;

private:
    QaRuleSet() = default;
    friend class QaRuleParser;

    QString m_version;
    QList<QaRule> m_rules;
    PolicyFacts m_facts;
    LinguisticCues m_cues;
    AhoCorasick m_phrases;
    QJsonObject m_source;
};

} // namespace panorama::qa
