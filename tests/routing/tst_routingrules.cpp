// Rule, taxonomy and roster files: the shipped defaults are sound, bad files are refused with the file, the
// path to the value and the cause, and cross-checks find unknown categories, teams and unreachable rules.
#include "core/routing/AgentRoster.h"
#include "core/routing/JsonCursor.h"
#include "core/routing/QuickReplyIndex.h"
#include "core/routing/RoutingError.h"
#include "core/routing/RoutingRules.h"
#include "core/routing/Taxonomy.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace {

QByteArray rules(const QByteArray &ruleList)
{
    return R"({"version": "1", "triageTeam": "triage", "defaultTeam": "general", "rules": [)" + ruleList + "]}";
}

QByteArray rule(const QByteArray &body)
{
    return R"({"id": "r1", "name": {"en": "R", "zh": "规"}, )" + body + "}";
}

} // namespace

class TestRoutingRules final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreSound();
    void badRuleFilesAreRejected_data();
    void badRuleFilesAreRejected();
    void crossChecks();
    void roundTrip();
    void badTaxonomyAndRosterFiles_data();
    void badTaxonomyAndRosterFiles();
};

void TestRoutingRules::defaultsAreSound()
{
    const Taxonomy taxonomy = Taxonomy::defaults();
    QCOMPARE(taxonomy.ids(), (QStringList{u"return_exchange"_s, u"size_problem"_s, u"logistics"_s, u"payment_invoice"_s,
                                          u"membership_points"_s, u"product_quality"_s, u"complaint"_s, u"account"_s,
                                          u"presale_question"_s, u"other"_s}));
    QCOMPARE(taxonomy.category(u"size_problem"_s).name.zh, u"尺码问题"_s);
    const AgentRoster roster = AgentRoster::example();
    const RuleSet defaults = RuleSet::defaults();
    QCOMPARE(defaults.check(taxonomy, &roster), QStringList{});
    QVERIFY(defaults.rules().size() >= 10);
    QCOMPARE(defaults.rules().first().id, u"legal-or-media-threat"_s);
    QVERIFY(!QuickReplyIndex::defaults().replies().isEmpty());
}

void TestRoutingRules::badRuleFilesAreRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{\n\"version\": \"1\",\n\"rules\": [,]}")
                              << u"rules.json:3: invalid JSON"_s;
    QTest::newRow("top level array") << QByteArray("[]") << u"(top level): expected an object, found an array"_s;
    QTest::newRow("missing triage team") << QByteArray(R"({"version": "1", "defaultTeam": "general", "rules": []})")
                                         << u"triageTeam: required value is missing"_s;
    QTest::newRow("misspelt condition")
        << rules(rule(R"("when": {"categroies": ["size_problem"]}, "then": {"team": "size-squad"})"))
        << u"rules[0].when.categroies: unknown key; did you mean 'categories'?"_s;
    QTest::newRow("unknown key, no hint") << rules(rule(R"("then": {"team": "a", "escalate": true})"))
                                          << u"rules[0].then.escalate: unknown key (allowed: "_s;
    QTest::newRow("unknown tier")
        << rules(rule(R"("when": {"tiers": ["diamond"]}, "then": {"team": "a"})"))
        << u"rules[0].when.tiers[0]: unknown tier 'diamond' (regular, silver, gold, platinum)"_s;
    QTest::newRow("unknown language") << rules(rule(R"("when": {"languages": ["fr"]}, "then": {"team": "a"})"))
                                      << u"rules[0].when.languages[0]: unknown language 'fr'"_s;
    QTest::newRow("unknown channel") << rules(rule(R"("when": {"channels": ["fax"]}, "then": {"team": "a"})"))
                                     << u"rules[0].when.channels[0]: unknown channel 'fax'"_s;
    QTest::newRow("empty list") << rules(rule(R"("when": {"categories": []}, "then": {"team": "a"})"))
                                << u"rules[0].when.categories: an empty list never matches"_s;
    QTest::newRow("confidence out of range") << rules(rule(R"("when": {"minConfidence": 1.5}, "then": {"team": "a"})"))
                                             << u"rules[0].when.minConfidence: 1.5 is outside [0, 1]"_s;
    QTest::newRow("wrong type") << rules(rule(R"("when": {"vip": "yes"}, "then": {"team": "a"})"))
                                << u"rules[0].when.vip: expected true or false, found a string"_s;
    QTest::newRow("unknown priority") << rules(rule(R"("then": {"team": "a", "priority": "asap"})"))
                                      << u"rules[0].then.priority: unknown priority 'asap'"_s;
    QTest::newRow("both priorities") << rules(rule(R"("then": {"priority": "high", "minPriority": "high"})"))
                                     << u"rules[0].then.minPriority: use either 'priority' or 'minPriority'"_s;
    QTest::newRow("overflow without team") << rules(rule(R"("then": {"overflowTeam": "general", "tags": ["x"]})"))
                                           << u"rules[0].then.overflowTeam: an overflow team needs a 'team'"_s;
    QTest::newRow("action does nothing") << rules(rule(R"("when": {"vip": true}, "then": {})"))
                                         << u"rules[0].then: the action does nothing"_s;
    QTest::newRow("missing then") << rules(rule(R"("when": {"vip": true})"))
                                  << u"rules[0].then: required value is missing"_s;
    QTest::newRow("bad id") << rules(R"({"id": "Size Rule", "name": {"en": "R", "zh": "规"}, "then": {"team": "a"}})")
                            << u"rules[0].id: 'Size Rule' is not a valid id"_s;
    QTest::newRow("duplicate id") << rules(rule(R"("then": {"team": "a"})") + "," + rule(R"("then": {"team": "b"})"))
                                  << u"rules[1].id: duplicate rule id 'r1'"_s;
    QTest::newRow("name without chinese") << rules(R"({"id": "r", "name": {"en": "R"}, "then": {"team": "a"}})")
                                          << u"rules[0].name.zh: required value is missing"_s;
    QTest::newRow("empty keyword") << rules(rule(R"("when": {"textContains": ["12315", " "]}, "then": {"team": "a"})"))
                                   << u"rules[0].when.textContains[1]: must not be empty"_s;
}

void TestRoutingRules::badRuleFilesAreRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        RuleSet::parse(json, u"rules.json"_s);
        QFAIL("the rule file was accepted");
    } catch (const RoutingError &e) {
        QCOMPARE(e.kind(), RoutingErrorKind::BadRules);
        QVERIFY2(e.message().startsWith(u"rules.json"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
}

void TestRoutingRules::crossChecks()
{
    const Taxonomy taxonomy = Taxonomy::defaults();
    const AgentRoster roster = AgentRoster::example();
    const RuleSet s = RuleSet::parse(rules(R"(
        {"id": "catch-all", "name": {"en": "All", "zh": "全部"}, "then": {"team": "general"}},
        {"id": "late", "name": {"en": "Late", "zh": "晚"}, "when": {"categories": ["sizes"]}, "then": {"team": "nowhere"}},
        {"id": "skills", "name": {"en": "Skills", "zh": "技能"}, "then": {"team": "logistics", "skills": ["forklift"]}},
        {"id": "agent", "name": {"en": "Agent", "zh": "客服"}, "then": {"agent": "nobody"}},
        {"id": "off", "name": {"en": "Off", "zh": "关"}, "enabled": false, "then": {"team": "nowhere-either"}})"),
                                     u"rules.json"_s);
    const QStringList problems = s.check(taxonomy, &roster);
    QCOMPARE(problems.size(), 7);
    QVERIFY(problems.contains(
        u"rule 'late' can never match: rule 'catch-all' before it matches every ticket and ends the evaluation"_s));
    QVERIFY(problems.contains(u"rule 'late': team 'nowhere' is not a team of the roster"_s));
    QVERIFY(problems.contains(u"rule 'skills': nobody in team 'logistics' has the skills forklift"_s));
    QVERIFY(problems.contains(u"rule 'agent': agent 'nobody' is not in the roster"_s));
    bool category = false;
    for (const QString &p : problems)
        category = category || p.startsWith(u"rule 'late': category 'sizes' is not in taxonomy lumen-retail"_s);
    QVERIFY(category);
    // Without a roster only the taxonomy is checked (and reachability).
    QCOMPARE(s.check(taxonomy).size(), 4);
}

void TestRoutingRules::roundTrip()
{
    const RuleSet defaults = RuleSet::defaults();
    const QByteArray json = QJsonDocument(defaults.toJson()).toJson();
    const RuleSet again = RuleSet::parse(json, u"again.json"_s);
    QCOMPARE(again.toJson(), defaults.toJson());
    const Taxonomy t = Taxonomy::defaults();
    QCOMPARE(Taxonomy::parse(QJsonDocument(t.toJson()).toJson(), u"t"_s).toJson(), t.toJson());
    const AgentRoster r = AgentRoster::example();
    QCOMPARE(AgentRoster::parse(QJsonDocument(r.toJson()).toJson(), u"r"_s).toJson(), r.toJson());
}

void TestRoutingRules::badTaxonomyAndRosterFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray cat = R"({"id": "a", "name": {"en": "A", "zh": "甲"}})";
    QTest::newRow("taxonomy: one category")
        << u"taxonomy"_s << QByteArray(R"({"id": "t", "version": "1", "fallback": "a", "categories": [)" + cat + "]}")
        << u"categories: a taxonomy needs at least two categories"_s;
    QTest::newRow("taxonomy: duplicate")
        << u"taxonomy"_s
        << QByteArray(R"({"id": "t", "version": "1", "fallback": "a", "categories": [)" + cat + "," + cat + "]}")
        << u"categories[1].id: duplicate category id 'a'"_s;
    QTest::newRow("taxonomy: fallback") << u"taxonomy"_s
                                        << QByteArray(
                                               R"({"id": "t", "version": "1", "fallback": "z", "categories": [)" + cat +
                                               R"(, {"id": "b", "name": {"en": "B", "zh": "乙"}}]})")
                                        << u"fallback: fallback 'z' is not one of the categories"_s;
    QTest::newRow("taxonomy: priority")
        << u"taxonomy"_s
        << QByteArray(R"({"id": "t", "version": "1", "fallback": "a", "categories": [)" + cat +
                      R"(, {"id": "b", "name": {"en": "B", "zh": "乙"}, "defaultPriority": "p0"}]})")
        << u"categories[1].defaultPriority: unknown priority 'p0'"_s;
    const QByteArray team = R"({"id": "t1", "name": {"en": "T", "zh": "组"}})";
    QTest::newRow("roster: unknown team")
        << u"roster"_s
        << QByteArray(
               R"({"teams": [)" + team +
               R"(], "agents": [{"id": "a", "name": {"en": "A", "zh": "甲"}, "teams": ["t2"], "languages": ["zh"]}]})")
        << u"agents[0].teams[0]: unknown team 't2'"_s;
    QTest::newRow("roster: no language")
        << u"roster"_s
        << QByteArray(
               R"({"teams": [)" + team +
               R"(], "agents": [{"id": "a", "name": {"en": "A", "zh": "甲"}, "teams": ["t1"], "languages": []}]})")
        << u"agents[0].languages: an agent needs at least one language"_s;
    QTest::newRow("roster: negative capacity")
        << u"roster"_s
        << QByteArray(
               R"({"teams": [)" + team +
               R"(], "agents": [{"id": "a", "name": {"en": "A", "zh": "甲"}, "teams": ["t1"], "languages": ["en"], "capacity": -1}]})")
        << u"agents[0].capacity: -1 is outside [0, 1000]"_s;
    QTest::newRow("roster: unknown supervisor")
        << u"roster"_s
        << QByteArray(
               R"({"teams": [{"id": "t1", "name": {"en": "T", "zh": "组"}, "supervisor": "ghost"}], "agents": []})")
        << u"teams[0].supervisor: unknown agent 'ghost'"_s;
}

void TestRoutingRules::badTaxonomyAndRosterFiles()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        if (kind == u"taxonomy"_s)
            Taxonomy::parse(json, u"file.json"_s);
        else
            AgentRoster::parse(json, u"file.json"_s);
        QFAIL("accepted");
    } catch (const RoutingError &e) {
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestRoutingRules)
#include "tst_routingrules.moc"
