#include "core/qa/ConversationChecker.h"

#include "core/qa/BusinessHours.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace panorama::qa {

namespace {

bool hasOwnHit(const TextScan &scan, int rule, const QaRule &r)
{
    for (const PhraseHit &h : scan.hits()) {
        if (h.rule == rule && !h.positive && scan.saidAsOwn(r, h))
            return true;
    }
    return false;
}

QString duration(qint64 seconds)
{
    if (seconds < 120)
        return u"%1 s"_s.arg(seconds);
    if (seconds < 7200)
        return u"%1 min"_s.arg(seconds / 60);
    return u"%1 h %2 min"_s.arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

ConversationChecker::ConversationChecker(const QaRuleSet &rules, const QaContext &ctx) : m_rules(rules), m_ctx(ctx)
{
    m_scans.resize(ctx.messages.size());
}

const TextScan &ConversationChecker::customerScan(int i) const
{
    if (!m_scans[i])
        m_scans[i] =
            std::make_shared<TextScan>(m_ctx.messages[i].text, m_rules, QList<RuleKind>{RuleKind::Conversation});
    return *m_scans[i];
}

QaFinding ConversationChecker::finding(const QaRule &rule, LanguageMask lang, int messageIndex) const
{
    QaFinding f;
    f.ruleId = rule.id;
    f.kind = rule.kind;
    f.severity = rule.severity;
    f.message = rule.messageFor(lang);
    f.suggestion = rule.suggestionFor(lang);
    f.policy = rule.policy;
    f.messageIndex = messageIndex;
    return f;
}

QList<QaFinding> ConversationChecker::checkDraft(const TextScan &draft) const
{
    return run(Mode::Draft, &draft);
}

QList<QaFinding> ConversationChecker::checkConversation() const
{
    return run(Mode::Review, nullptr);
}

QList<QaFinding> ConversationChecker::run(Mode mode, const TextScan *draft) const
{
    QList<QaFinding> out;
    const QList<QaRule> &rules = m_rules.rules();
    for (int r = 0; r < rules.size(); ++r) {
        const QaRule &rule = rules[r];
        if (rule.kind != RuleKind::Conversation || !rule.enabled)
            continue;
        if (rule.check == u"greeting" || rule.check == u"closing")
            greetingOrClosing(r, mode, draft, out);
        else if (rule.check == u"first_response_sla")
            firstResponse(r, mode, out);
        else if (rule.check == u"escalation")
            escalation(r, out);
        else if (rule.check == u"sentiment")
            sentiment(r, out);
        else if (rule.check == u"repeat_contact")
            repeatContact(r, out);
    }
    return out;
}

void ConversationChecker::greetingOrClosing(int r, Mode mode, const TextScan *draft, QList<QaFinding> &out) const
{
    const QaRule &rule = m_rules.rules()[r];
    const bool greeting = rule.check == u"greeting";
    int target = -2; // -1: the draft; >= 0: a message index; -2: nothing to check
    const auto &msgs = m_ctx.messages;
    if (mode == Mode::Draft) {
        const bool anyAgent =
            std::any_of(msgs.begin(), msgs.end(), [](const QaMessage &m) { return m.role == QaMessage::Role::Agent; });
        // A greeting is due in the first reply; a closing in the reply that closes the conversation.
        if (greeting ? !anyAgent : m_ctx.conversationClosed)
            target = -1;
    } else {
        for (int i = 0; i < msgs.size(); ++i) {
            if (msgs[i].role != QaMessage::Role::Agent)
                continue;
            if (greeting && target == -2)
                target = i;
            if (!greeting)
                target = i;
        }
        if (!greeting && !m_ctx.conversationClosed)
            target = -2;
    }
    if (target == -2)
        return;
    std::unique_ptr<TextScan> own;
    const TextScan *scan = draft;
    if (target >= 0) {
        own = std::make_unique<TextScan>(msgs[target].text, m_rules, QList<RuleKind>{RuleKind::Conversation});
        scan = own.get();
    }
    if (!scan || hasOwnHit(*scan, r, rule) || !rule.appliesTo(scan->languages() ? scan->languages() : rule.languages))
        return;
    QaFinding f = finding(rule, scan->languages(), target);
    f.reason = greeting ? u"the first reply of the conversation has no greeting"_s
                        : u"the last reply of the conversation has no closing"_s;
    out << f;
}

void ConversationChecker::firstResponse(int r, Mode mode, QList<QaFinding> &out) const
{
    const QaRule &rule = m_rules.rules()[r];
    const auto &msgs = m_ctx.messages;
    int firstCustomer = -1, firstAgent = -1;
    for (int i = 0; i < msgs.size(); ++i) {
        if (msgs[i].role == QaMessage::Role::Customer && firstCustomer < 0)
            firstCustomer = i;
        if (msgs[i].role == QaMessage::Role::Agent && firstCustomer >= 0 && firstAgent < 0)
            firstAgent = i;
    }
    if (firstCustomer < 0 || !msgs[firstCustomer].at.isValid())
        return;
    QDateTime answered;
    if (firstAgent >= 0)
        answered = msgs[firstAgent].at;
    else if (mode == Mode::Draft)
        answered = m_ctx.now; // not answered yet: the draft would be the first response
    if (!answered.isValid())
        return;
    QList<QDate> holidays;
    for (const QJsonValue &v : rule.params.value(u"holidays").toArray())
        holidays << QDate::fromString(v.toString(), Qt::ISODate);
    const bool chat = m_ctx.channel == u"chat";
    const BusinessHours calendar = chat ? BusinessHours::chat() : BusinessHours::tickets(holidays);
    qint64 sla = 0;
    if (chat)
        sla = rule.params.value(u"chat_seconds").toInt(60);
    else if (m_ctx.customerTier == u"platinum")
        sla = qint64(rule.params.value(u"platinum_ticket_hours").toDouble(1) * 3600);
    else
        sla = qint64(rule.params.value(u"ticket_hours").toDouble(4) * 3600);
    const qint64 elapsed = calendar.elapsedSeconds(msgs[firstCustomer].at, answered);
    if (elapsed <= sla)
        return;
    QaFinding f = finding(rule, detectLanguages(msgs[firstCustomer].text), firstAgent);
    f.reason = u"first response after %1 of %2 time; the %3 SLA is %4"_s.arg(
        duration(elapsed), chat ? u"chat"_s : u"business"_s, chat ? u"chat"_s : m_ctx.customerTier + u" ticket"_s,
        duration(sla));
    out << f;
}

void ConversationChecker::escalation(int r, QList<QaFinding> &out) const
{
    const QaRule &rule = m_rules.rules()[r];
    for (int i = 0; i < m_ctx.messages.size(); ++i) {
        if (m_ctx.messages[i].role != QaMessage::Role::Customer)
            continue;
        const TextScan &scan = customerScan(i);
        for (const PhraseHit &h : scan.hits()) {
            if (h.rule != r || h.positive || !scan.saidAsOwn(rule, h))
                continue;
            QaFinding f = finding(rule, scan.languages(), i);
            f.start = h.start;
            f.length = h.end - h.start;
            f.excerpt = scan.original().mid(h.start, f.length).toString();
            f.reason = u"the customer wrote '%1'"_s.arg(f.excerpt);
            out << f;
            break; // one finding per message is enough to route it
        }
    }
}

void ConversationChecker::sentiment(int r, QList<QaFinding> &out) const
{
    const QaRule &rule = m_rules.rules()[r];
    QList<QPair<int, int>> scores; // message index, score
    for (int i = 0; i < m_ctx.messages.size(); ++i) {
        if (m_ctx.messages[i].role != QaMessage::Role::Customer)
            continue;
        const TextScan &scan = customerScan(i);
        int score = 0;
        qsizetype lastEnd = -1;
        for (const PhraseHit &h : scan.hits()) {
            if (h.rule != r || h.start < lastEnd) // overlapping entries count once
                continue;
            lastEnd = h.end;
            const bool negated = scan.analyzer().isNegated(h.start);
            score += (h.positive != negated) ? 1 : -1;
        }
        scores << qMakePair(i, score);
    }
    if (scores.isEmpty())
        return;
    const int last = scores.last().second;
    const int before = scores.size() > 1 ? scores[scores.size() - 2].second : 0;
    // Negative now, and not better than before: the conversation is turning (or staying) sour.
    if (last >= 0 || last > before)
        return;
    const int index = scores.last().first;
    QaFinding f = finding(rule, customerScan(index).languages(), index);
    f.reason = u"sentiment of the customer's last message %1 (previous %2)"_s.arg(last).arg(before);
    out << f;
}

void ConversationChecker::repeatContact(int r, QList<QaFinding> &out) const
{
    const QaRule &rule = m_rules.rules()[r];
    if (m_ctx.orderId.isEmpty())
        return;
    const qint64 window = qint64(rule.params.value(u"window_hours").toDouble(48) * 3600);
    for (const QaPreviousContact &p : m_ctx.previousContacts) {
        if (p.orderId != m_ctx.orderId || !p.at.isValid())
            continue;
        const qint64 ago = p.at.secsTo(m_ctx.now);
        if (ago < 0 || ago > window)
            continue;
        QaFinding f =
            finding(rule, m_ctx.messages.isEmpty() ? rule.languages : detectLanguages(m_ctx.messages.first().text), -1);
        f.reason = u"the customer contacted us about order %1 %2 ago"_s.arg(m_ctx.orderId, duration(ago));
        out << f;
        return;
    }
}

} // namespace panorama::qa
