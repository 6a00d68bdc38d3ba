// `panoramactl route ...` as a user runs it: the real binary, exit codes and JSON. Covers train → classify with the
// model, eval on a held-out half of the seed tickets, rule-file checks, and SLA deadlines across the 2026 Spring
// Festival (the State Council schedule: 15–23 February off, Saturday 14 February a working day).
#include "QaRouteCliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::testing;

namespace {

const QString kSeed = QStringLiteral(PANORAMA_SOURCE_DIR "/resources/routing/seed_tickets.csv");

} // namespace

class TestRouteCli final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void trainThenClassifyWithTheModel()
    {
        const QString model = m_dir.filePath(u"seed.model"_s);
        CtlRun r = panoramactl({u"route"_s, u"train"_s, u"--data"_s, kSeed, u"--out"_s, model, u"--json"_s});
        QCOMPARE(r.code, 0);
        QFile f(model);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(8) == "PNRMODEL");
        r = panoramactl(
            {u"route"_s, u"classify"_s, u"--model"_s, model, u"--json"_s, u"快递三天了还没到，物流不更新"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(u"category"_s).toString(), u"logistics"_s);
        // VIP with an advisor: the explanation says so.
        r = panoramactl({u"route"_s, u"classify"_s, u"--model"_s, model, u"--tier"_s, u"platinum"_s, u"--json"_s,
                         u"裤子尺码偏小，想换大一码"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(u"category"_s).toString(), u"size_problem"_s);
        QVERIFY(QJsonDocument(r.json()).toJson().contains("vip"));
        // A file that is not a model is refused with the reason.
        r = panoramactl({u"route"_s, u"classify"_s, u"--model"_s, kSeed, u"--json"_s, u"hello"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void evalOnHeldOutHalf()
    {
        QFile in(kSeed);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QByteArray train = lines[0] + '\n', test = lines[0] + '\n';
        for (int i = 1; i < lines.size(); ++i) {
            if (!lines[i].trimmed().isEmpty())
                (i % 2 ? train : test) += lines[i] + '\n';
        }
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(m_dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write");
            f.write(data);
            return f.fileName();
        };
        const CtlRun r = panoramactl({u"route"_s, u"eval"_s, u"--train"_s, write(u"train.csv"_s, train), u"--test"_s,
                                      write(u"test.csv"_s, test), u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"examples"_s).toInt(), 120);
        const double accuracy = o.value(u"accuracy"_s).toDouble();
        // 12 examples per class to learn from: far from production accuracy, but far above chance (0.1).
        QVERIFY2(accuracy > 0.3 && accuracy <= 1.0, qPrintable(QString::number(accuracy)));
        QVERIFY(o.contains(u"macroF1"_s));
        QCOMPARE(panoramactl({u"route"_s, u"eval"_s, u"--train"_s, kSeed}).code, 2);
    }

    void checkRefusesBadRules()
    {
        QFile shipped(QStringLiteral(PANORAMA_SOURCE_DIR "/resources/routing/rules.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray rules = shipped.readAll();
        QVERIFY(rules.contains(R"("when": {"vip": true})"));
        rules.replace(R"("when": {"vip": true})", R"("when": {"tiers": ["diamond"]})");
        QFile f(m_dir.filePath(u"rules.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(rules);
        f.close();
        const CtlRun r = panoramactl({u"route"_s, u"check"_s, f.fileName()});
        QCOMPARE(r.code, 1);
        const QByteArray all = r.out + r.err;
        QVERIFY2(all.contains("rules[2].when.tiers[0]: unknown tier 'diamond'"), all.constData());
        QCOMPARE(
            panoramactl({u"route"_s, u"check"_s, QStringLiteral(PANORAMA_SOURCE_DIR "/resources/routing/rules.json")})
                .code,
            0);
        QCOMPARE(panoramactl({u"route"_s, u"nonsense"_s}).code, 2);
    }

    void slaAcrossSpringFestival()
    {
        // Friday 13 Feb 17:00: one hour on Friday, then the make-up Saturday 14 Feb → due Saturday 12:00.
        CtlRun r = panoramactl({u"route"_s, u"sla"_s, u"--at"_s, u"2026-02-13T17:00:00+08:00"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(u"firstResponseDue"_s).toString(), u"2026-02-14T04:00:00Z"_s);
        // Saturday 14 Feb 17:00: one hour that day, then nine days off → Tuesday 24 Feb 12:00.
        r = panoramactl({u"route"_s, u"sla"_s, u"--at"_s, u"2026-02-14T17:00:00+08:00"_s, u"--json"_s});
        QCOMPARE(r.json().value(u"firstResponseDue"_s).toString(), u"2026-02-24T04:00:00Z"_s);
        // National Day: Wednesday 30 Sep 17:00 → 1 h, then 1–7 Oct off (Thu 8 Oct is the next working day).
        r = panoramactl({u"route"_s, u"sla"_s, u"--at"_s, u"2026-09-30T17:00:00+08:00"_s, u"--json"_s});
        QCOMPARE(r.json().value(u"firstResponseDue"_s).toString(), u"2026-10-08T04:00:00Z"_s);
    }

    // The server commands need --server and a login.
    void serverCommandsNeedAServer()
    {
        CtlRun r = panoramactl({u"route"_s, u"rules"_s, u"list"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--server"));
        r = panoramactl({u"route"_s, u"retrain"_s});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestRouteCli)
#include "tst_routecli.moc"
