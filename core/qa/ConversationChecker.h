#pragma once

#include "core/qa/QaContext.h"
#include "core/qa/QaResult.h"
#include "core/qa/QaRuleSet.h"
#include "core/qa/TextScan.h"

// The conversation-level rules: greeting and closing, first response within the SLA, escalation words and
// negative sentiment in the customer's messages, and a repeat contact about the same order within 48 h.
// Works for a draft (is this the first reply? is the SLA already missed?) and for a finished conversation.
namespace panorama::qa {

class ConversationChecker
{
public:
    ConversationChecker(const QaRuleSet &rules, const QaContext &ctx);

    // While the agent types: draft is the reply being written (it is not in ctx.messages).
    QList<QaFinding> checkDraft(const TextScan &draft) const;
    // After the fact: the whole of ctx.messages, scored for supervisors.
    QList<QaFinding> checkConversation() const;

private:
    enum class Mode
    {
        Draft,
        Review
    };
    QList<QaFinding> run(Mode mode, const TextScan *draft) const;
    void greetingOrClosing(int rule, Mode mode, const TextScan *draft, QList<QaFinding> &out) const;
    void firstResponse(int rule, Mode mode, QList<QaFinding> &out) const;
    void escalation(int rule, QList<QaFinding> &out) const;
    void sentiment(int rule, QList<QaFinding> &out) const;
    void repeatContact(int rule, QList<QaFinding> &out) const;
    QaFinding finding(const QaRule &rule, LanguageMask lang, int messageIndex) const;
    const TextScan &customerScan(int messageIndex) const;

    const QaRuleSet &m_rules;
    const QaContext &m_ctx;
    mutable QList<std::shared_ptr<TextScan>> m_scans; // lazily scanned messages, by index
};

} // namespace panorama::qa
