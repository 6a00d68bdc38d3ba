#include "core/routing/Router.h"

#include "core/routing/RoutingError.h"
#include "core/routing/TextNormalizer.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama::routing {

namespace {

QString num(double v)
{
    return QString::number(v, 'f', 2);
}

QString lowerFirst(QString s)
{
    // "Size problem" reads as "category size problem" in a sentence; acronyms ("VIP") stay as they are.
    if (s.size() > 1 && s.at(0).isUpper() && !s.at(1).isUpper())
        s[0] = s.at(0).toLower();
    return s;
}

bool isLatinWordChar(QChar c)
{
    return c.isLetterOrNumber() && c.unicode() < 0x3000;
}

// A keyword matches as a substring; Latin keywords must also start and end on word boundaries
// ("sue" must not match "issue"), Chinese ones cannot (no spaces).
bool containsKeyword(const QString &text, const QString &keyword)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(keyword, from);
        if (at < 0)
            return false;
        const qsizetype end = at + keyword.size();
        const bool startOk = !isLatinWordChar(keyword.front()) || at == 0 || !isLatinWordChar(text.at(at - 1));
        const bool endOk = !isLatinWordChar(keyword.back()) || end == text.size() || !isLatinWordChar(text.at(end));
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

LocalizedText teamName(const AgentRoster &roster, const QString &teamId)
{
    if (const Team *t = roster.team(teamId))
        return t->name;
    return {teamId, teamId};
}

QString quoted(const QString &s, Language l)
{
    return l == Language::Chinese ? u"“"_s + s + u"”"_s : u"\u201c"_s + s + u"\u201d"_s;
}

} // namespace

struct Router::State
{
    const TicketInput *ticket = nullptr;
    QString normalizedText;
    QString language;
    double confidence = 0.0;
    RoutingDecision decision;
    bool teamDecided = false;
    bool preferAdvisor = false;
    QString preferredAgent;
    QString overflowTeam;
    QString teamRule; // id of the rule that chose the team

    void add(const QString &code, LocalizedText text, QJsonObject facts = {})
    {
        decision.steps.push_back({code, std::move(text), std::move(facts)});
    }
};

Router::Router(Taxonomy taxonomy, RuleSet rules) : m_taxonomy(std::move(taxonomy)), m_rules(std::move(rules))
{
    for (const RoutingRule &r : m_rules.rules()) {
        for (const QString &c : r.when.categories) {
            if (!m_taxonomy.contains(c))
                throw RoutingError(RoutingErrorKind::BadRules,
                                   u"rules %1: rule '%2' names category '%3', which taxonomy %4 does not have"_s.arg(
                                       m_rules.version(), r.id, c, m_taxonomy.id()));
        }
        QStringList keywords;
        for (const QString &k : r.when.textContains)
            keywords.append(TextNormalizer::normalize(k));
        m_normalizedKeywords.push_back(keywords);
    }
}

bool Router::matches(const RoutingRule &rule, const State &s, QString *keyword) const
{
    const RuleCondition &w = rule.when;
    const RoutingDecision &d = s.decision;
    const TicketInput &t = *s.ticket;
    if (!w.categories.isEmpty() && !w.categories.contains(d.category))
        return false;
    if (w.minConfidence && (d.manualTriage || s.confidence < *w.minConfidence))
        return false;
    if (w.needsTriage && *w.needsTriage != d.manualTriage)
        return false;
    if (!w.tiers.isEmpty() && !w.tiers.contains(t.customerTier))
        return false;
    if (w.vip && *w.vip != t.isVip())
        return false;
    if (!w.languages.isEmpty() && !w.languages.contains(s.language))
        return false;
    if (!w.channels.isEmpty() && !w.channels.contains(t.channel))
        return false;
    if (!w.priorities.isEmpty() && !w.priorities.contains(d.priority))
        return false;
    if (w.createdByAgent && *w.createdByAgent != !t.createdByAgentId.isEmpty())
        return false;
    if (!w.textContains.isEmpty()) {
        const qsizetype index = &rule - m_rules.rules().constData();
        const QStringList &keywords = m_normalizedKeywords[size_t(index)];
        for (qsizetype i = 0; i < keywords.size(); ++i) {
            if (containsKeyword(s.normalizedText, keywords.at(i))) {
                *keyword = w.textContains.at(i);
                return true;
            }
        }
        return false;
    }
    return true;
}

RoutingDecision Router::route(const TicketInput &ticket, const std::optional<Prediction> &prediction,
                              const AgentRoster &roster) const
{
    State s;
    s.ticket = &ticket;
    s.language = ticket.effectiveLanguage();
    s.normalizedText = TextNormalizer::normalize(ticket.text());
    RoutingDecision &d = s.decision;
    d.ticketId = ticket.id;
    d.language = s.language;
    d.rulesVersion = m_rules.version();

    // 1. Category: the agent's choice, the classifier's confident answer, or manual triage.
    if (!ticket.presetCategory.isEmpty()) {
        if (!m_taxonomy.contains(ticket.presetCategory))
            throw RoutingError(RoutingErrorKind::BadData, u"ticket %1: category '%2' is not in taxonomy %3"_s.arg(
                                                              ticket.id, ticket.presetCategory, m_taxonomy.id()));
        const Category &c = m_taxonomy.category(ticket.presetCategory);
        d.category = c.id;
        s.confidence = 1.0;
        s.add(u"preset-category"_s,
              {u"category %1 (chosen by the agent)"_s.arg(lowerFirst(c.name.en)),
               u"类别 %1（客服指定）"_s.arg(c.name.zh)},
              {{u"category"_s, c.id}});
    } else if (!prediction) {
        d.manualTriage = true;
        s.add(u"triage"_s, {u"no classifier model loaded"_s, u"未加载分类模型"_s}, {{u"reason"_s, u"no-model"_s}});
    } else {
        d.prediction = prediction;
        s.confidence = prediction->confidence;
        const bool known = m_taxonomy.contains(prediction->label);
        const QString guessEn = known ? lowerFirst(m_taxonomy.category(prediction->label).name.en) : prediction->label;
        const QString guessZh = known ? m_taxonomy.category(prediction->label).name.zh : prediction->label;
        QJsonObject facts{{u"category"_s, prediction->label}, {u"confidence"_s, prediction->confidence}};
        if (prediction->outOfScopeClass) {
            d.manualTriage = true;
            facts.insert(u"reason"_s, u"out-of-scope"_s);
            s.add(u"triage"_s, {u"outside the known categories"_s, u"超出已知类别"_s}, facts);
        } else if (prediction->belowThreshold) {
            d.manualTriage = true;
            facts.insert(u"reason"_s, u"low-confidence"_s);
            facts.insert(u"threshold"_s, prediction->threshold);
            s.add(u"triage"_s,
                  {u"confidence %1 below %2 (best guess %3)"_s.arg(num(prediction->confidence),
                                                                   num(prediction->threshold), guessEn),
                   u"置信度 %1 低于 %2（最可能：%3）"_s.arg(num(prediction->confidence), num(prediction->threshold),
                                                            guessZh)},
                  facts);
        } else if (!known) {
            d.manualTriage = true;
            facts.insert(u"reason"_s, u"unknown-category"_s);
            s.add(u"triage"_s,
                  {u"the model's category '%1' is not in the taxonomy"_s.arg(prediction->label),
                   u"模型类别“%1”不在分类体系中"_s.arg(prediction->label)},
                  facts);
        } else {
            d.category = prediction->label;
            s.add(u"classified"_s,
                  {u"category %1 %2"_s.arg(guessEn, num(prediction->confidence)),
                   u"类别 %1 %2"_s.arg(guessZh, num(prediction->confidence))},
                  facts);
        }
    }
    d.priority = d.category.isEmpty()
                     ? Priority::Normal
                     : priorityFromName(m_taxonomy.category(d.category).defaultPriority).value_or(Priority::Normal);

    // 2. Rules, in order.
    for (const RoutingRule &rule : m_rules.rules()) {
        if (!rule.enabled)
            continue;
        QString keyword;
        if (!matches(rule, s, &keyword))
            continue;
        const RuleAction &a = rule.then;
        const bool decidesTeam = !a.team.isEmpty() && !s.teamDecided;
        d.matchedRules.append(rule.id);
        if (!keyword.isEmpty())
            s.add(u"keyword"_s,
                  {u"mentions %1"_s.arg(quoted(keyword, Language::English)),
                   u"提到%1"_s.arg(quoted(keyword, Language::Chinese))},
                  {{u"keyword"_s, keyword}, {u"rule"_s, rule.id}});
        s.add(u"rule"_s,
              {u"rule %1"_s.arg(quoted(rule.name.en, Language::English)),
               u"规则%1"_s.arg(quoted(rule.name.zh, Language::Chinese))},
              {{u"rule"_s, rule.id}});
        const Priority before = d.priority;
        if (a.priority)
            d.priority = *a.priority;
        if (a.minPriority)
            d.priority = std::max(d.priority, *a.minPriority);
        if (d.priority != before)
            s.add(u"priority"_s,
                  {u"priority %1 → %2"_s.arg(priorityLabel(before, Language::English),
                                             priorityLabel(d.priority, Language::English)),
                   u"优先级 %1 → %2"_s.arg(priorityLabel(before, Language::Chinese),
                                           priorityLabel(d.priority, Language::Chinese))},
                  {{u"from"_s, priorityName(before)}, {u"to"_s, priorityName(d.priority)}, {u"rule"_s, rule.id}});
        for (const QString &skill : a.skills) {
            if (!d.requiredSkills.contains(skill))
                d.requiredSkills.append(skill);
        }
        for (const QString &tag : a.tags) {
            if (!d.tags.contains(tag))
                d.tags.append(tag);
        }
        if (a.dedicatedAdvisor)
            s.preferAdvisor = true;
        if (!a.agent.isEmpty() && s.preferredAgent.isEmpty())
            s.preferredAgent = a.agent;
        if (decidesTeam) {
            d.teamId = a.team;
            s.overflowTeam = a.overflowTeam;
            s.teamDecided = true;
            s.teamRule = rule.id;
            if (!rule.continueAfterMatch)
                break;
        }
    }
    if (!s.teamDecided) {
        d.teamId = d.manualTriage ? m_rules.triageTeam() : m_rules.defaultTeam();
        s.teamRule = d.manualTriage ? u"(triage)"_s : u"(default)"_s;
    }
    const LocalizedText team = teamName(roster, d.teamId);
    s.add(u"team"_s, {u"team %1"_s.arg(team.en), u"团队 %1"_s.arg(team.zh)},
          {{u"team"_s, d.teamId}, {u"nameEn"_s, team.en}, {u"nameZh"_s, team.zh}, {u"rule"_s, s.teamRule}});
    if (!d.requiredSkills.isEmpty())
        s.add(u"skills"_s,
              {u"needs skills: %1"_s.arg(d.requiredSkills.join(u", "_s)),
               u"所需技能：%1"_s.arg(d.requiredSkills.join(u"、"_s))},
              {{u"skills"_s, QJsonArray::fromStringList(d.requiredSkills)}});

    // 3. Who takes it.
    assign(s, roster);
    if (const Team *t = roster.team(d.teamId))
        d.supervisorId = t->supervisorId;
    return std::move(s.decision);
}

void Router::assign(State &s, const AgentRoster &roster) const
{
    RoutingDecision &d = s.decision;
    const TicketInput &t = *s.ticket;
    const bool needLanguage = m_rules.requireLanguage();

    auto unavailable = [](const Agent &a) -> LocalizedText {
        if (!a.online)
            return {u"offline"_s, u"离线"_s};
        return {u"at capacity %1/%2"_s.arg(a.load).arg(a.capacity), u"已满 %1/%2"_s.arg(a.load).arg(a.capacity)};
    };
    auto take = [&](const Agent &a, const QString &code, const LocalizedText &text) {
        d.agentId = a.id;
        s.add(code, text,
              {{u"agent"_s, a.id},
               {u"load"_s, a.load},
               {u"capacity"_s, a.capacity},
               {u"nameEn"_s, a.name.en},
               {u"nameZh"_s, a.name.zh}});
    };

    // The customer's own advisor first: that relationship is the point of the VIP tier.
    if (s.preferAdvisor && !t.dedicatedAdvisorId.isEmpty()) {
        const Agent *advisor = roster.agent(t.dedicatedAdvisorId);
        const QString who = t.isVip() ? u"VIP"_s : u"customer"_s;
        const QString whoZh = t.isVip() ? u"VIP"_s : u"客户"_s;
        if (!advisor) {
            s.add(u"advisor-unavailable"_s,
                  {u"advisor '%1' is not in the roster → team"_s.arg(t.dedicatedAdvisorId),
                   u"专属顾问“%1”不在名册中 → 团队分配"_s.arg(t.dedicatedAdvisorId)},
                  {{u"agent"_s, t.dedicatedAdvisorId}, {u"reason"_s, u"unknown"_s}});
        } else if (advisor->hasCapacity()) {
            d.viaDedicatedAdvisor = true;
            take(*advisor, u"advisor"_s,
                 {u"%1 → advisor %2"_s.arg(who, advisor->name.en), u"%1 → 专属顾问 %2"_s.arg(whoZh, advisor->name.zh)});
            return;
        } else {
            const LocalizedText why = unavailable(*advisor);
            s.add(u"advisor-unavailable"_s,
                  {u"advisor %1 %2 → team"_s.arg(advisor->name.en, why.en),
                   u"专属顾问 %1 %2 → 团队分配"_s.arg(advisor->name.zh, why.zh)},
                  {{u"agent"_s, advisor->id}, {u"reason"_s, advisor->online ? u"capacity"_s : u"offline"_s}});
        }
    }
    if (!s.preferredAgent.isEmpty()) {
        const Agent *a = roster.agent(s.preferredAgent);
        if (a && a->hasCapacity() && a->hasSkills(d.requiredSkills) && (!needLanguage || a->speaks(s.language))) {
            take(*a, u"agent"_s,
                 {u"agent %1 (named by rule, %2/%3)"_s.arg(a->name.en).arg(a->load).arg(a->capacity),
                  u"客服 %1（规则指定，%2/%3）"_s.arg(a->name.zh).arg(a->load).arg(a->capacity)});
            return;
        }
    }

    struct Counts
    {
        int members = 0, offline = 0, full = 0, skills = 0, language = 0;
    };
    auto pick = [&](const QString &teamId, bool needSkills, Counts &c) -> const Agent * {
        const Agent *best = nullptr;
        for (const Agent *a : roster.membersOf(teamId)) {
            ++c.members;
            if (!a->online) {
                ++c.offline;
                continue;
            }
            if (!a->hasCapacity()) {
                ++c.full;
                continue;
            }
            if (needSkills && !a->hasSkills(d.requiredSkills)) {
                ++c.skills;
                continue;
            }
            if (needLanguage && !a->speaks(s.language)) {
                ++c.language;
                continue;
            }
            // Least utilised first, then fewest tickets, then a stable order.
            if (!best || a->utilisation() < best->utilisation() ||
                (a->utilisation() == best->utilisation() &&
                 (a->load < best->load || (a->load == best->load && a->id < best->id))))
                best = a;
        }
        return best;
    };

    Counts counts;
    const Agent *chosen = pick(d.teamId, true, counts);
    if (!chosen && !s.overflowTeam.isEmpty()) {
        // The overflow team is a fallback for volume: it is not held to the primary team's skills.
        Counts overflowCounts;
        if (const Agent *o = pick(s.overflowTeam, false, overflowCounts)) {
            const LocalizedText from = teamName(roster, d.teamId);
            const LocalizedText to = teamName(roster, s.overflowTeam);
            s.add(u"overflow"_s,
                  {u"nobody free in %1 → overflow to %2"_s.arg(from.en, to.en),
                   u"%1 暂无空闲 → 溢出到 %2"_s.arg(from.zh, to.zh)},
                  {{u"from"_s, d.teamId}, {u"to"_s, s.overflowTeam}});
            d.teamId = s.overflowTeam;
            chosen = o;
        }
    }
    if (chosen) {
        take(*chosen, u"agent"_s,
             {u"agent %1 (%2/%3)"_s.arg(chosen->name.en).arg(chosen->load).arg(chosen->capacity),
              u"客服 %1（%2/%3）"_s.arg(chosen->name.zh).arg(chosen->load).arg(chosen->capacity)});
        return;
    }
    const LocalizedText team = teamName(roster, d.teamId);
    s.add(u"queued"_s,
          {u"queued for %1: no agent free (%2 members: %3 offline, %4 at capacity, %5 lack skills, %6 lack %7)"_s
               .arg(team.en)
               .arg(counts.members)
               .arg(counts.offline)
               .arg(counts.full)
               .arg(counts.skills)
               .arg(counts.language)
               .arg(s.language),
           u"在 %1 排队：暂无空闲客服（共 %2 人：离线 %3，满载 %4，技能不符 %5，语言不符 %6）"_s.arg(team.zh)
               .arg(counts.members)
               .arg(counts.offline)
               .arg(counts.full)
               .arg(counts.skills)
               .arg(counts.language)},
          {{u"team"_s, d.teamId},
           {u"members"_s, counts.members},
           {u"offline"_s, counts.offline},
           {u"atCapacity"_s, counts.full},
           {u"lackSkills"_s, counts.skills},
           {u"lackLanguage"_s, counts.language}});
}

} // namespace panorama::routing
