// Routing rules applied: order, continue, capacity and load, VIP advisor, language, skills, overflow, triage,
// keywords, and the explanation in English and Chinese.
#include "core/routing/Router.h"
#include "core/routing/RoutingError.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace {

const QByteArray RosterJson = R"({
  "teams": [
    {"id": "triage", "name": {"en": "Manual triage", "zh": "人工分拣组"}, "supervisor": "boss"},
    {"id": "size-squad", "name": {"en": "Size team", "zh": "尺码组"}, "supervisor": "boss"},
    {"id": "after-sales", "name": {"en": "After-sales team", "zh": "售后组"}, "supervisor": "boss"},
    {"id": "complaints", "name": {"en": "Complaint team", "zh": "投诉组"}, "supervisor": "boss"},
    {"id": "general", "name": {"en": "General service", "zh": "综合客服组"}},
    {"id": "vip-advisors", "name": {"en": "VIP advisors", "zh": "VIP 专属顾问组"}}
  ],
  "agents": [
    {"id": "boss", "name": {"en": "Zhao Min", "zh": "赵敏"}, "teams": ["triage"], "languages": ["zh", "en"], "capacity": 4},
    {"id": "li-na", "name": {"en": "Li Na", "zh": "李娜"}, "teams": ["vip-advisors"], "languages": ["zh", "en"], "capacity": 2},
    {"id": "wang-fang", "name": {"en": "Wang Fang", "zh": "王芳"}, "teams": ["size-squad"], "skills": ["sizing"], "languages": ["zh", "en"], "capacity": 4, "load": 2},
    {"id": "zhang-wei", "name": {"en": "Zhang Wei", "zh": "张伟"}, "teams": ["size-squad"], "skills": ["sizing"], "languages": ["zh"], "capacity": 6, "load": 1},
    {"id": "intern", "name": {"en": "Xiao Liu", "zh": "小刘"}, "teams": ["size-squad"], "languages": ["zh", "en"], "capacity": 6},
    {"id": "liu-yang", "name": {"en": "Liu Yang", "zh": "刘洋"}, "teams": ["after-sales"], "languages": ["zh"], "capacity": 8, "load": 3},
    {"id": "xu-jing", "name": {"en": "Xu Jing", "zh": "徐静"}, "teams": ["complaints"], "languages": ["zh", "en"], "capacity": 5},
    {"id": "tang-yu", "name": {"en": "Tang Yu", "zh": "唐宇"}, "teams": ["general"], "languages": ["zh", "en"], "capacity": 10}
  ]})";

const QByteArray RulesJson = R"({
  "version": "test-1", "triageTeam": "triage", "defaultTeam": "general",
  "rules": [
    {"id": "threat", "name": {"en": "Legal threat", "zh": "法律威胁"},
     "when": {"textContains": ["12315", "律师", "sue", "lawyer"]}, "then": {"team": "complaints", "priority": "urgent"}},
    {"id": "vip", "name": {"en": "VIP: dedicated advisor", "zh": "VIP 专属顾问"},
     "when": {"vip": true}, "then": {"dedicatedAdvisor": true, "minPriority": "high"}},
    {"id": "triage", "name": {"en": "Manual triage", "zh": "人工分拣"}, "when": {"needsTriage": true}, "then": {"team": "triage"}},
    {"id": "size", "name": {"en": "Size problem", "zh": "尺码问题"},
     "when": {"categories": ["size_problem"]}, "then": {"team": "size-squad", "skills": ["sizing"], "overflowTeam": "after-sales"}},
    {"id": "returns-first", "name": {"en": "Returns", "zh": "退换货"},
     "when": {"categories": ["return_exchange"]}, "then": {"team": "after-sales", "tags": ["returns"]}, "continue": true},
    {"id": "returns-gold", "name": {"en": "Gold returns", "zh": "金卡退换"},
     "when": {"categories": ["return_exchange"], "tiers": ["gold"]}, "then": {"team": "general", "minPriority": "high"}},
    {"id": "english-complaints", "name": {"en": "English complaints", "zh": "英文投诉"},
     "when": {"categories": ["complaint"], "languages": ["en"]}, "then": {"team": "general"}},
    {"id": "complaints", "name": {"en": "Complaint", "zh": "投诉"},
     "when": {"categories": ["complaint"]}, "then": {"team": "complaints"}}
  ]})";

Prediction predicted(const QString &label, double confidence, double threshold = 0.5)
{
    Prediction p;
    p.label = label;
    p.confidence = confidence;
    p.threshold = threshold;
    p.belowThreshold = confidence < threshold;
    p.alternatives = {{label, confidence, 0.0}};
    return p;
}

TicketInput ticket(const QString &text)
{
    TicketInput t;
    t.id = u"T-1"_s;
    t.body = text;
    return t;
}

} // namespace

class TestRouter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void vipGoesToTheDedicatedAdvisor();
    void vipAdvisorAtCapacityFallsBackToTheTeam();
    void vipAdvisorOfflineFallsBackToTheTeam();
    void leastLoadedQualifiedAgentIsChosen();
    void capacityIsRespectedAcrossTickets();
    void overflowWhenTheTeamIsFull();
    void queuedWhenNobodyCanTakeIt();
    void languageSelectsTheAgent();
    void languageRuleSelectsTheTeam();
    void firstRuleWithATeamWins();
    void continueKeepsTheTeamButAppliesModifiers();
    void keywordsEscalateWholeWordsOnly_data();
    void keywordsEscalateWholeWordsOnly();
    void lowConfidenceGoesToTriage();
    void noRuleMatchedGoesToTheDefaultTeam();
    void presetCategorySkipsTheClassifier();
    void explanationIsComplete();
    void rulesNamingUnknownCategoriesAreRefused();

private:
    std::optional<Router> m_router;
    AgentRoster m_roster;
};

void TestRouter::init()
{
    m_router.emplace(Taxonomy::defaults(), RuleSet::parse(RulesJson, u"rules.json"_s));
    m_roster = AgentRoster::parse(RosterJson, u"roster.json"_s);
}

void TestRouter::vipGoesToTheDedicatedAdvisor()
{
    TicketInput t = ticket(u"这条裤子买小了，能换大一码吗"_s);
    t.customerTier = u"platinum"_s;
    t.dedicatedAdvisorId = u"li-na"_s;
    const RoutingDecision d = m_router->route(t, predicted(u"size_problem"_s, 0.93), m_roster);
    QCOMPARE(d.summary(Language::English), u"Size team: category size problem 0.93; VIP → advisor Li Na"_s);
    QCOMPARE(d.summary(Language::Chinese), u"尺码组：类别 尺码问题 0.93；VIP → 专属顾问 李娜"_s);
    QCOMPARE(d.teamId, u"size-squad"_s);
    QCOMPARE(d.agentId, u"li-na"_s);
    QVERIFY(d.viaDedicatedAdvisor);
    QCOMPARE(d.priority, Priority::High);
    QCOMPARE(d.matchedRules, (QStringList{u"vip"_s, u"size"_s}));
    QCOMPARE(d.supervisorId, u"boss"_s);
}

void TestRouter::vipAdvisorAtCapacityFallsBackToTheTeam()
{
    m_roster.setLoad(u"li-na"_s, 2);
    TicketInput t = ticket(u"size too small"_s);
    t.highValue = true; // high value counts as VIP below platinum
    t.dedicatedAdvisorId = u"li-na"_s;
    const RoutingDecision d = m_router->route(t, predicted(u"size_problem"_s, 0.8), m_roster);
    QCOMPARE(d.agentId, u"wang-fang"_s); // speaks English, has the sizing skill
    QVERIFY(!d.viaDedicatedAdvisor);
    QVERIFY(d.step(u"advisor-unavailable"_s));
    QCOMPARE(d.step(u"advisor-unavailable"_s)->text.en, u"advisor Li Na at capacity 2/2 → team"_s);
    QCOMPARE(d.step(u"advisor-unavailable"_s)->text.zh, u"专属顾问 李娜 已满 2/2 → 团队分配"_s);
    QCOMPARE(d.summary(Language::English), u"Size team: category size problem 0.80; agent Wang Fang (2/4)"_s);
}

void TestRouter::vipAdvisorOfflineFallsBackToTheTeam()
{
    m_roster.setOnline(u"li-na"_s, false);
    TicketInput t = ticket(u"尺码不对"_s);
    t.customerTier = u"platinum"_s;
    t.dedicatedAdvisorId = u"li-na"_s;
    const RoutingDecision d = m_router->route(t, predicted(u"size_problem"_s, 0.9), m_roster);
    QCOMPARE(d.step(u"advisor-unavailable"_s)->text.en, u"advisor Li Na offline → team"_s);
    QCOMPARE(d.agentId, u"zhang-wei"_s); // 1/6 is less utilised than Wang Fang's 2/4
}

void TestRouter::leastLoadedQualifiedAgentIsChosen()
{
    // The intern has no load at all but lacks the sizing skill; Zhang Wei (1/6) beats Wang Fang (2/4).
    const RoutingDecision d = m_router->route(ticket(u"裤子太长了"_s), predicted(u"size_problem"_s, 0.9), m_roster);
    QCOMPARE(d.agentId, u"zhang-wei"_s);
    QCOMPARE(d.requiredSkills, QStringList{u"sizing"_s});
    QCOMPARE(d.step(u"agent"_s)->text.en, u"agent Zhang Wei (1/6)"_s);
    QCOMPARE(d.step(u"agent"_s)->text.zh, u"客服 张伟（1/6）"_s);
}

void TestRouter::capacityIsRespectedAcrossTickets()
{
    // Book each decision: the load spreads by utilisation and nobody exceeds capacity.
    QStringList order;
    for (int i = 0; i < 7; ++i) {
        const RoutingDecision d = m_router->route(ticket(u"尺码偏小"_s), predicted(u"size_problem"_s, 0.9), m_roster);
        order.append(d.agentId.isEmpty() ? u"-"_s : d.agentId);
        if (!d.agentId.isEmpty())
            m_roster.addLoad(d.agentId, 1);
    }
    // Start: Zhang 1/6 (.17), Wang 2/4 (.5). Zhang takes until 3/6 (.5) ties with Wang 2/4: fewer tickets wins.
    QCOMPARE(order.join(u' '), u"zhang-wei zhang-wei wang-fang zhang-wei zhang-wei wang-fang zhang-wei"_s);
    QCOMPARE(m_roster.agent(u"wang-fang"_s)->load, 4);
    QCOMPARE(m_roster.agent(u"zhang-wei"_s)->load, 6);
}

void TestRouter::overflowWhenTheTeamIsFull()
{
    m_roster.setLoad(u"wang-fang"_s, 4);
    m_roster.setLoad(u"zhang-wei"_s, 6);
    const RoutingDecision d = m_router->route(ticket(u"尺码偏小"_s), predicted(u"size_problem"_s, 0.9), m_roster);
    QCOMPARE(d.teamId, u"after-sales"_s);
    QCOMPARE(d.agentId, u"liu-yang"_s);
    // The overflow team is a fallback: it is not held to the primary team's skills.
    QCOMPARE(d.step(u"overflow"_s)->text.en, u"nobody free in Size team → overflow to After-sales team"_s);
}

void TestRouter::queuedWhenNobodyCanTakeIt()
{
    m_roster.setLoad(u"wang-fang"_s, 4);
    m_roster.setOnline(u"zhang-wei"_s, false);
    m_roster.setLoad(u"liu-yang"_s, 8);
    const RoutingDecision d = m_router->route(ticket(u"尺码偏小"_s), predicted(u"size_problem"_s, 0.9), m_roster);
    QCOMPARE(d.teamId, u"size-squad"_s);
    QVERIFY(d.agentId.isEmpty());
    const ExplanationStep *q = d.step(u"queued"_s);
    QVERIFY(q);
    QCOMPARE(q->facts.value(u"members"_s).toInt(), 3);
    QCOMPARE(q->facts.value(u"offline"_s).toInt(), 1);
    QCOMPARE(q->facts.value(u"atCapacity"_s).toInt(), 1);
    QCOMPARE(q->facts.value(u"lackSkills"_s).toInt(), 1);
    QCOMPARE(q->text.zh, u"在 尺码组 排队：暂无空闲客服（共 3 人：离线 1，满载 1，技能不符 1，语言不符 0）"_s);
    QCOMPARE(d.toJson().value(u"agent"_s), QJsonValue(QJsonValue::Null));
}

void TestRouter::languageSelectsTheAgent()
{
    // Same category and load; the English ticket skips Zhang Wei, who reads only Chinese.
    const RoutingDecision en =
        m_router->route(ticket(u"The trousers are too long"_s), predicted(u"size_problem"_s, 0.9), m_roster);
    QCOMPARE(en.language, u"en"_s);
    QCOMPARE(en.agentId, u"wang-fang"_s);
    const RoutingDecision zh = m_router->route(ticket(u"裤子太长了"_s), predicted(u"size_problem"_s, 0.9), m_roster);
    QCOMPARE(zh.language, u"zh"_s);
    QCOMPARE(zh.agentId, u"zhang-wei"_s);
    // Nobody in after-sales speaks English: the ticket waits rather than going to someone who cannot read it.
    const RoutingDecision ret =
        m_router->route(ticket(u"I want to return this"_s), predicted(u"return_exchange"_s, 0.9), m_roster);
    QCOMPARE(ret.teamId, u"after-sales"_s);
    QVERIFY(ret.agentId.isEmpty());
    QCOMPARE(ret.step(u"queued"_s)->facts.value(u"lackLanguage"_s).toInt(), 1);
}

void TestRouter::languageRuleSelectsTheTeam()
{
    const RoutingDecision en =
        m_router->route(ticket(u"Your service is terrible"_s), predicted(u"complaint"_s, 0.9), m_roster);
    QCOMPARE(en.teamId, u"general"_s);
    QCOMPARE(en.matchedRules, QStringList{u"english-complaints"_s});
    const RoutingDecision zh = m_router->route(ticket(u"服务太差了"_s), predicted(u"complaint"_s, 0.9), m_roster);
    QCOMPARE(zh.teamId, u"complaints"_s);
    QCOMPARE(zh.matchedRules, QStringList{u"complaints"_s});
}

void TestRouter::firstRuleWithATeamWins()
{
    // A complaint that threatens 12315: the threat rule comes first and ends the evaluation.
    const RoutingDecision d =
        m_router->route(ticket(u"再不处理我就打12315"_s), predicted(u"complaint"_s, 0.9), m_roster);
    QCOMPARE(d.matchedRules, QStringList{u"threat"_s});
    QCOMPARE(d.teamId, u"complaints"_s);
    QCOMPARE(d.priority, Priority::Urgent);
    QCOMPARE(d.summary(Language::English),
             u"Complaint team: mentions “12315”; category complaint 0.90; agent Xu Jing (0/5)"_s);
}

void TestRouter::continueKeepsTheTeamButAppliesModifiers()
{
    TicketInput t = ticket(u"我要退货"_s);
    t.customerTier = u"gold"_s;
    const RoutingDecision d = m_router->route(t, predicted(u"return_exchange"_s, 0.9), m_roster);
    // returns-first continues; returns-gold matches too: its priority applies, its team does not.
    QCOMPARE(d.matchedRules, (QStringList{u"returns-first"_s, u"returns-gold"_s}));
    QCOMPARE(d.teamId, u"after-sales"_s);
    QCOMPARE(d.priority, Priority::High);
    QCOMPARE(d.tags, QStringList{u"returns"_s});
}

void TestRouter::keywordsEscalateWholeWordsOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("escalated");
    QTest::newRow("english word") << u"I will sue you"_s << true;
    QTest::newRow("inside a word") << u"There is an issue with my order"_s << false;
    QTest::newRow("case and width") << u"my ＬＡＷＹＥＲ will call"_s << true;
    QTest::newRow("chinese") << u"我已经联系了律师"_s << true;
    QTest::newRow("traditional") << u"我已經聯繫了律師"_s << true;
    QTest::newRow("digits glued to chinese") << u"我要打12315投诉"_s << true;
    QTest::newRow("longer number") << u"订单号123150"_s << false;
}

void TestRouter::keywordsEscalateWholeWordsOnly()
{
    QFETCH(QString, text);
    QFETCH(bool, escalated);
    const RoutingDecision d = m_router->route(ticket(text), predicted(u"logistics"_s, 0.9), m_roster);
    QCOMPARE(d.matchedRules.contains(u"threat"_s), escalated);
}

void TestRouter::lowConfidenceGoesToTriage()
{
    const RoutingDecision d = m_router->route(ticket(u"嗯嗯"_s), predicted(u"other"_s, 0.41, 0.6), m_roster);
    QVERIFY(d.manualTriage);
    QVERIFY(d.category.isEmpty());
    QCOMPARE(d.teamId, u"triage"_s);
    QCOMPARE(d.summary(Language::English),
             u"Manual triage: confidence 0.41 below 0.60 (best guess other); agent Zhao Min (0/4)"_s);
    QCOMPARE(d.summary(Language::Chinese), u"人工分拣组：置信度 0.41 低于 0.60（最可能：其他）；客服 赵敏（0/4）"_s);
    // A confident prediction of the same text is not triaged.
    QVERIFY(!m_router->route(ticket(u"嗯嗯"_s), predicted(u"other"_s, 0.7, 0.6), m_roster).manualTriage);
}

void TestRouter::noRuleMatchedGoesToTheDefaultTeam()
{
    const RoutingDecision d =
        m_router->route(ticket(u"where is my parcel"_s), predicted(u"logistics"_s, 0.9), m_roster);
    QCOMPARE(d.teamId, u"general"_s);
    QVERIFY(d.matchedRules.isEmpty());
    QCOMPARE(d.step(u"team"_s)->facts.value(u"rule"_s).toString(), u"(default)"_s);
}

void TestRouter::presetCategorySkipsTheClassifier()
{
    TicketInput t = ticket(u"客户来电，要求换码"_s);
    t.presetCategory = u"size_problem"_s;
    t.createdByAgentId = u"tang-yu"_s;
    const RoutingDecision d = m_router->route(t, std::nullopt, m_roster);
    QCOMPARE(d.category, u"size_problem"_s);
    QVERIFY(!d.prediction);
    QCOMPARE(d.step(u"preset-category"_s)->text.zh, u"类别 尺码问题（客服指定）"_s);
    // Without a preset category and without a classifier, the ticket goes to triage.
    const RoutingDecision none = m_router->route(ticket(u"hello"_s), std::nullopt, m_roster);
    QVERIFY(none.manualTriage);
    QCOMPARE(none.teamId, u"triage"_s);
}

void TestRouter::explanationIsComplete()
{
    TicketInput t = ticket(u"这条裤子买小了"_s);
    t.customerTier = u"platinum"_s;
    t.dedicatedAdvisorId = u"li-na"_s;
    const RoutingDecision d = m_router->route(t, predicted(u"size_problem"_s, 0.93), m_roster);
    QCOMPARE(d.explanation(Language::English),
             (QStringList{u"category size problem 0.93"_s, u"rule “VIP: dedicated advisor”"_s,
                          u"priority normal → high"_s, u"rule “Size problem”"_s, u"team Size team"_s,
                          u"needs skills: sizing"_s, u"VIP → advisor Li Na"_s}));
    QCOMPARE(d.explanation(Language::Chinese),
             (QStringList{u"类别 尺码问题 0.93"_s, u"规则“VIP 专属顾问”"_s, u"优先级 普通 → 高"_s, u"规则“尺码问题”"_s,
                          u"团队 尺码组"_s, u"所需技能：sizing"_s, u"VIP → 专属顾问 李娜"_s}));
    const QJsonObject json = d.toJson();
    QCOMPARE(json.value(u"summary"_s).toObject().value(u"zh"_s).toString(), d.summary(Language::Chinese));
    QCOMPARE(json.value(u"steps"_s).toArray().size(), 7);
}

void TestRouter::rulesNamingUnknownCategoriesAreRefused()
{
    const QByteArray bad = R"({"version": "x", "triageTeam": "triage", "defaultTeam": "general", "rules": [
        {"id": "r", "name": {"en": "R", "zh": "R"}, "when": {"categories": ["sizes"]}, "then": {"team": "general"}}]})";
    try {
        Router(Taxonomy::defaults(), RuleSet::parse(bad, u"bad.json"_s));
        QFAIL("accepted");
    } catch (const RoutingError &e) {
        QVERIFY2(e.message().contains(u"rule 'r' names category 'sizes'"_s), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
