// Rule files: the shipped file loads; bad files are rejected with a clear error and the rules in force stay.
#include "QaTestSupport.h"

#include "core/qa/QaRuleSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::qa;

namespace {

QJsonObject validRule(const QString &id)
{
    return QJsonObject{{u"id"_s, id},
                       {u"kind"_s, u"phrase"_s},
                       {u"severity"_s, u"warning"_s},
                       {u"languages"_s, QJsonArray{u"zh"_s, u"en"_s}},
                       {u"message"_s, u"Do not say it"_s},
                       {u"policy"_s, u"Service standards"_s},
                       {u"suggestion"_s, u"Say this instead"_s},
                       {u"phrases"_s, QJsonArray{u"不归我管"_s}}};
}

QByteArray file(const QJsonArray &rules, const QString &version = u"t1"_s)
{
    return QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"version"_s, version}, {u"rules"_s, rules}}).toJson();
}

} // namespace

class TestQaRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedRulesLoad();
    void shippedRulesAreCompiledIn();
    void badFiles_data();
    void badFiles();
    void badFileKeepsRulesInForce();
    void allErrorsReported();
    void disabledRuleDoesNotFire();
    void regexRuleFiresOnFoldedText();
};

void TestQaRules::shippedRulesLoad()
{
    const auto parsed = QaRuleSet::parseFile(QStringLiteral(PANORAMA_SOURCE_DIR "/resources/qa/default_rules.json"));
    QVERIFY2(parsed.rules, qPrintable(parsed.errors.join(u'\n')));
    QSet<RuleKind> kinds;
    for (const QaRule &r : parsed.rules->rules()) {
        kinds.insert(r.kind);
        QVERIFY2(!r.policy.isEmpty() && !r.message.isEmpty() && !r.suggestion.isEmpty(), qPrintable(r.id));
    }
    QCOMPARE(kinds.size(), 5); // every kind has a default rule
}

void TestQaRules::shippedRulesAreCompiledIn()
{
    QaEngine engine;
    const auto r = engine.loadDefaultRules();
    QVERIFY2(r.ok, qPrintable(r.errors.join(u'\n')));
    QVERIFY(engine.rules()->rules().size() >= 20);
    QString error;
    QVERIFY2(engine.loadDefaultOffensiveModel(&error), qPrintable(error));
}

void TestQaRules::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");
    QJsonObject badRegex = validRule(u"r.regex"_s);
    badRegex.insert(u"patterns"_s, QJsonArray{u"保证(明天"_s});
    QTest::newRow("invalid regex") << file({badRegex})
                                   << u"rules[0] 'r.regex': invalid regex in patterns[0] '保证(明天'"_s;
    QJsonObject unknownKind = validRule(u"r.kind"_s);
    unknownKind.insert(u"kind"_s, u"telepathy"_s);
    QTest::newRow("unknown kind") << file({unknownKind}) << u"rules[0] 'r.kind': unknown kind 'telepathy'"_s;
    QJsonObject badSeverity = validRule(u"r.sev"_s);
    badSeverity.insert(u"severity"_s, u"fatal"_s);
    QTest::newRow("unknown severity") << file({badSeverity}) << u"unknown severity 'fatal'"_s;
    QTest::newRow("duplicate id") << file({validRule(u"dup"_s), validRule(u"dup"_s)})
                                  << u"rules[1] 'dup': duplicate id"_s;
    QJsonObject typo = validRule(u"r.typo"_s);
    typo.insert(u"phrase"_s, QJsonArray{u"x"_s});
    QTest::newRow("unknown field") << file({typo}) << u"unknown field 'phrase'"_s;
    QJsonObject noPolicy = validRule(u"r.policy"_s);
    noPolicy.remove(u"policy"_s);
    QTest::newRow("missing policy") << file({noPolicy}) << u"missing 'policy'"_s;
    QJsonObject promise = validRule(u"r.promise"_s);
    promise.insert(u"kind"_s, u"promise"_s);
    promise.insert(u"violates_when"_s, QJsonArray{u"on_full_moon"_s});
    QTest::newRow("unknown condition") << file({promise}) << u"unknown condition 'on_full_moon'"_s;
    QJsonObject sensitive = validRule(u"r.sens"_s);
    sensitive.insert(u"kind"_s, u"sensitive"_s);
    sensitive.insert(u"detectors"_s, QJsonArray{u"passport"_s});
    QTest::newRow("unknown detector") << file({sensitive}) << u"unknown detector 'passport'"_s;
    QJsonObject conv = validRule(u"r.conv"_s);
    conv.insert(u"kind"_s, u"conversation"_s);
    conv.insert(u"check"_s, u"mood"_s);
    QTest::newRow("unknown check") << file({conv}) << u"unknown check 'mood'"_s;
    QTest::newRow("not json") << QByteArray("{\"rules\": [") << u"not valid JSON"_s;
    QTest::newRow("no rules array") << QByteArray("{\"version\": \"x\"}")
                                    << u"expected an object with a 'rules' array"_s;
    QTest::newRow("future format") << QByteArray("{\"format\": 9, \"version\": \"x\", \"rules\": []}")
                                   << u"unsupported rule file format 9"_s;
    QTest::newRow("no version") << QByteArray("{\"rules\": []}") << u"missing 'version'"_s;
}

void TestQaRules::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    const auto parsed = QaRuleSet::parse(json);
    QVERIFY(!parsed.rules);
    QVERIFY(!parsed.errors.isEmpty());
    QVERIFY2(parsed.errors.join(u'\n').contains(expectedError), qPrintable(parsed.errors.join(u'\n')));
}

void TestQaRules::badFileKeepsRulesInForce()
{
    QaEngine engine;
    QVERIFY(engine.loadRules(file({validRule(u"good"_s)}, u"v1"_s)).ok);
    const QaContext ctx = test::withOpenedConversation(test::orderContext(u"gold"_s, 1));
    QCOMPARE(test::ruleIds(engine.check(u"这个不归我管"_s, ctx)), QStringList{u"good"_s});

    QJsonObject bad = validRule(u"bad"_s);
    bad.insert(u"patterns"_s, QJsonArray{u"[unclosed"_s});
    const auto result = engine.loadRules(file({validRule(u"other"_s), bad}, u"v2"_s));
    QVERIFY(!result.ok);
    QCOMPARE(result.version, u"v1"_s); // still the old set
    QCOMPARE(engine.rules()->version(), u"v1"_s);
    QCOMPARE(test::ruleIds(engine.check(u"这个不归我管"_s, ctx)), QStringList{u"good"_s});

    const auto missing = engine.loadRulesFile(u"/nonexistent/rules.json"_s);
    QVERIFY(!missing.ok);
    QVERIFY(missing.errors.first().contains(u"cannot read rule file /nonexistent/rules.json"_s));
    QCOMPARE(engine.rules()->version(), u"v1"_s);
}

void TestQaRules::allErrorsReported()
{
    QJsonObject a = validRule(u"a"_s);
    a.insert(u"kind"_s, u"nope"_s);
    QJsonObject b = validRule(u"b"_s);
    b.insert(u"patterns"_s, QJsonArray{u"(("_s});
    const auto parsed = QaRuleSet::parse(file({a, validRule(u"ok"_s), b}));
    QVERIFY(!parsed.rules);
    QCOMPARE(parsed.errors.size(), 2);
    QVERIFY(parsed.errors[0].startsWith(u"rules[0] 'a'"_s));
    QVERIFY(parsed.errors[1].startsWith(u"rules[2] 'b'"_s));
}

void TestQaRules::disabledRuleDoesNotFire()
{
    QJsonObject r = validRule(u"off"_s);
    r.insert(u"enabled"_s, false);
    QaEngine engine;
    QVERIFY(engine.loadRules(file({r})).ok);
    QVERIFY(engine.check(u"不归我管"_s, test::orderContext(u"gold"_s, 1)).findings.isEmpty());
}

void TestQaRules::regexRuleFiresOnFoldedText()
{
    QJsonObject r = validRule(u"re"_s);
    r.remove(u"phrases"_s);
    r.insert(u"patterns"_s, QJsonArray{u"保證.{0,3}退款"_s}); // written in Traditional, folded at load
    QaEngine engine;
    const auto loaded = engine.loadRules(file({r}));
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(u'\n')));
    const auto res = engine.check(u"我們保證會退款"_s, test::orderContext(u"gold"_s, 1));
    QCOMPARE(test::ruleIds(res), QStringList{u"re"_s});
    QCOMPARE(res.findings.first().start, 2);
    QCOMPARE(res.findings.first().excerpt, u"保證會退款"_s);
}

QTEST_GUILESS_MAIN(TestQaRules)
#include "tst_qarules.moc"
