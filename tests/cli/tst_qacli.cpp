// `panoramactl qa ...` as a user runs it: the real binary, exit codes, JSON on standard output, errors on standard
// error; `qa rules list|get|set` against the real panorama-server.
#include "QaRouteCliRun.h"
#include "SyncTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::testing;

namespace {

const QByteArray kContext = R"("context": {"now": "2026-03-10T10:00:00+08:00", "channel": "chat",
    "customer": {"tier": "gold"},
    "order": {"id": "LL20260301001", "status": "delivered", "category": "tops", "final_sale": false,
              "delivered_at": "2026-02-18T10:00:00+08:00"},
    "conversation": {"messages": [{"role": "customer", "text": "你好", "at": "2026-03-10T09:58:30+08:00"},
                                  {"role": "agent", "text": "您好，很高兴为您服务。", "at": "2026-03-10T09:58:40+08:00"}]}})";

QByteArray checkInput(const QString &message)
{
    return "{\"message\": " + QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
           ", " + kContext + "}";
}

QStringList kinds(const QJsonObject &result)
{
    QStringList out;
    for (const QJsonValue &f : result.value(u"findings"_s).toArray())
        out << f.toObject().value(u"kind"_s).toString();
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(f.fileName()));
    f.write(data);
    return f.fileName();
}

QByteArray defaultRules()
{
    QFile f(QStringLiteral(PANORAMA_SOURCE_DIR "/resources/qa/default_rules.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestQaCli final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkFindsViolationsAndSparesLookAlikes()
    {
        // Outside the gold return window (20 days after delivery): the promise is a violation.
        CtlRun r = panoramactl({u"qa"_s, u"check"_s, u"--json"_s}, checkInput(u"放心，我们支持无条件退款的。"_s));
        QCOMPARE(r.code, 0);
        QVERIFY2(kinds(r.json()).contains(u"promise"_s), r.out.constData());
        // Negated and quoted look-alikes are not.
        r = panoramactl({u"qa"_s, u"check"_s, u"--json"_s}, checkInput(u"抱歉，这个订单无法无条件退款。"_s));
        QCOMPARE(r.code, 0);
        QVERIFY2(!kinds(r.json()).contains(u"promise"_s), r.out.constData());
        r = panoramactl({u"qa"_s, u"check"_s, u"--json"_s},
                        checkInput(u"您提到的“不归我管”确实不对，我来负责处理。"_s));
        QVERIFY2(!kinds(r.json()).contains(u"phrase"_s), r.out.constData());
        // A card number is blocked and never echoed in clear.
        r = panoramactl({u"qa"_s, u"check"_s, u"--json"_s}, checkInput(u"退款到卡号 4111111111111111"_s));
        QCOMPARE(r.code, 0);
        QVERIFY(r.json().value(u"blocked"_s).toBool());
        QVERIFY(!r.out.contains("4111111111111111"));
    }

    void badInputAndUsage()
    {
        CtlRun r = panoramactl({u"qa"_s, u"check"_s, u"--json"_s}, "not json");
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("standard input"));
        QCOMPARE(panoramactl({u"qa"_s, u"frobnicate"_s}).code, 2);
        QCOMPARE(panoramactl({u"qa"_s}).code, 2);
        // The server commands without --server / --user name what they need.
        r = panoramactl({u"qa"_s, u"rules"_s, u"get"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--server"));
    }

    void validateRefusesBadRuleFiles()
    {
        QTemporaryDir dir;
        QJsonObject rules = QJsonDocument::fromJson(defaultRules()).object();
        QCOMPARE(panoramactl({u"qa"_s, u"validate"_s, u"--rules"_s,
                              writeFile(dir, u"ok.json"_s, QJsonDocument(rules).toJson())})
                     .code,
                 0);
        QJsonArray list = rules.value(u"rules"_s).toArray();
        QJsonObject r1 = list[1].toObject();
        r1.insert(u"patterns"_s, QJsonArray{u"退款(("_s});
        list[1] = r1;
        QJsonObject r2 = list[2].toObject();
        r2.insert(u"kind"_s, u"telepathy"_s);
        list[2] = r2;
        rules.insert(u"rules"_s, list);
        const CtlRun r = panoramactl(
            {u"qa"_s, u"validate"_s, u"--rules"_s, writeFile(dir, u"bad.json"_s, QJsonDocument(rules).toJson())});
        QCOMPARE(r.code, 1);
        const QString all = QString::fromUtf8(r.out + r.err);
        QVERIFY2(all.contains(u"rules[1]"_s) && all.contains(u"rules[2]"_s) && all.contains(u"telepathy"_s),
                 qPrintable(all));
    }

    void evalReportsPerKind()
    {
        const CtlRun r = panoramactl({u"qa"_s, u"eval"_s, u"--file"_s,
                                      QStringLiteral(PANORAMA_SOURCE_DIR "/bench/qa/data/qa_labelled.jsonl"),
                                      u"--split"_s, u"test"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QVERIFY2(!o.isEmpty(), r.err.constData());
        const QByteArray text = r.out;
        for (const char *kind : {"promise", "phrase", "sensitive"})
            QVERIFY2(text.contains(kind), kind);
        QVERIFY(text.contains("precision") && text.contains("recall"));
    }

    // qa rules list|get|set against the server: a bad file is refused (exit 1, the cause on stderr) and the rules in
    // force stay; a good file becomes the server's rules.
    void serverRules()
    {
        QTemporaryDir dir;
        Backend backend;
        backend.dataDir = dir.filePath(u"data"_s);
        QVERIFY(addUser(backend, u"sup1"_s, u"supervisor"_s));
        ServerProcess server(backend);
        QVERIFY(server.start());
        const QString url = server.url().toString();
        const QStringList login{u"--user"_s, u"sup1"_s, u"--password-stdin"_s};
        CtlRun r =
            panoramactl(QStringList{u"--server"_s, url, u"qa"_s, u"rules"_s, u"list"_s} + login, "test-password\n");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("revision 0"), r.out.constData());
        QVERIFY(r.out.contains("phrase"));

        QJsonObject rules = QJsonDocument::fromJson(defaultRules()).object();
        QJsonObject bad = rules;
        QJsonArray list = bad.value(u"rules"_s).toArray();
        QJsonObject r0 = list[0].toObject();
        r0.insert(u"severity"_s, u"apocalyptic"_s);
        list[0] = r0;
        bad.insert(u"rules"_s, list);
        r = panoramactl(QStringList{u"--server"_s, url, u"qa"_s, u"rules"_s, u"set"_s,
                                    writeFile(dir, u"bad.json"_s, QJsonDocument(bad).toJson())} +
                            login,
                        "test-password\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("apocalyptic") && r.err.contains("422"), r.err.constData());

        rules.insert(u"version"_s, u"cli-test-7"_s);
        r = panoramactl(QStringList{u"--server"_s, url, u"qa"_s, u"rules"_s, u"set"_s,
                                    writeFile(dir, u"good.json"_s, QJsonDocument(rules).toJson()), u"--json"_s} +
                            login,
                        "test-password\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(u"revision"_s).toInt(), 1);
        const QString out = dir.filePath(u"got.json"_s);
        r = panoramactl(QStringList{u"--server"_s, url, u"qa"_s, u"rules"_s, u"get"_s, u"--out"_s, out} + login,
                        "test-password\n");
        QCOMPARE(r.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"version"_s).toString(), u"cli-test-7"_s);
        // A wrong password is a clear failure.
        r = panoramactl(QStringList{u"--server"_s, url, u"qa"_s, u"rules"_s, u"list"_s} + login, "wrong\n");
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("401"));
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestQaCli)
#include "tst_qacli.moc"
