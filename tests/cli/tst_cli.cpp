// panoramactl end to end on real files: demo-data -> cache init (passphrase profile, no keychain) -> cache import
// -> cache stats -> customer find; bad input and a wrong passphrase give clear errors and change nothing.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run ctl(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain: profiles must use a passphrase
    env.remove(u"PANORAMA_PASSPHRASE"_s);
    env.remove(u"PANORAMA_PROFILE"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PANORAMACTL), args);
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000))
        qFatal("panoramactl did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importStatsAndFind();
    void wrongPassphraseChangesNothing();
    void malformedImportChangesNothing();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    QString m_data, m_profile;
    const QByteArray m_pass = "correct horse battery\n";
};

void TestCli::initTestCase()
{
    m_data = m_dir.filePath(u"demo"_s);
    m_profile = m_dir.filePath(u"profile"_s);
    const Run gen = ctl({u"demo-data"_s, u"--out"_s, m_data, u"--seed"_s, u"7"_s, u"--customers"_s, u"300"_s,
                         u"--orders"_s, u"2000"_s, u"--tickets"_s, u"400"_s});
    QVERIFY2(gen.code == 0, gen.err.constData());
    const Run init = ctl({u"--profile"_s, m_profile, u"cache"_s, u"init"_s, u"--account"_s, u"store-7"_s,
                          u"--passphrase-stdin"_s, u"--json"_s},
                         m_pass);
    QVERIFY2(init.code == 0, init.err.constData());
    QCOMPARE(init.json().value(u"key_source"_s).toString(), u"passphrase"_s);
}

void TestCli::importStatsAndFind()
{
    const Run imp =
        ctl({u"--profile"_s, m_profile, u"cache"_s, u"import"_s, m_data, u"--passphrase-stdin"_s, u"--json"_s}, m_pass);
    QVERIFY2(imp.code == 0, imp.err.constData());
    QVERIFY(imp.json().value(u"rows"_s).toInteger() > 2000);

    const Run stats =
        ctl({u"--profile"_s, m_profile, u"cache"_s, u"stats"_s, u"--json"_s, u"--passphrase-stdin"_s}, m_pass);
    QVERIFY2(stats.code == 0, stats.err.constData());
    const QJsonObject tables = stats.json().value(u"tables"_s).toObject();
    QCOMPARE(tables.value(u"customers"_s).toInteger(), 300);
    QCOMPARE(tables.value(u"orders"_s).toInteger(), 2000);
    QCOMPARE(tables.value(u"tickets"_s).toInteger(), 400);
    QVERIFY(stats.json().value(u"library"_s).toString().contains(u"SQLCipher 4"_s));

    // Find the customer of a generated phone number and of a generated order number.
    QString phone, customer, orderNo, orderCustomer;
    QFile ids(QDir(m_data).filePath(u"identities.jsonl"_s));
    QVERIFY(ids.open(QIODevice::ReadOnly));
    while (!ids.atEnd() && phone.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(ids.readLine()).object();
        if (o.value(u"kind"_s).toString() == u"phone"_s) {
            phone = o.value(u"value"_s).toString();
            customer = o.value(u"customer_id"_s).toString();
        }
    }
    QFile orders(QDir(m_data).filePath(u"orders.jsonl"_s));
    QVERIFY(orders.open(QIODevice::ReadOnly));
    const QJsonObject order = QJsonDocument::fromJson(orders.readLine()).object();
    orderNo = order.value(u"order_no"_s).toString();
    orderCustomer = order.value(u"customer_id"_s).toString();

    for (const auto &[query, expected] : {std::pair{phone, customer}, std::pair{orderNo, orderCustomer}}) {
        const Run find = ctl(
            {u"--profile"_s, m_profile, u"customer"_s, u"find"_s, query, u"--json"_s, u"--passphrase-stdin"_s}, m_pass);
        QVERIFY2(find.code == 0, find.err.constData());
        QStringList found;
        for (const QJsonValue &m : find.json().value(u"matches"_s).toArray())
            found << m.toObject().value(u"customer_id"_s).toString();
        QVERIFY2(found.contains(expected), qPrintable(query));
    }
}

void TestCli::wrongPassphraseChangesNothing()
{
    const QString cache = QDir(m_profile).filePath(u"cache.db"_s);
    const QByteArray before = sha256(cache);
    const Run r =
        ctl({u"--profile"_s, m_profile, u"cache"_s, u"stats"_s, u"--passphrase-stdin"_s}, "not the passphrase\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("wrong-key"), r.err.constData());
    QCOMPARE(sha256(cache), before);
}

void TestCli::malformedImportChangesNothing()
{
    const QString bad = m_dir.filePath(u"bad"_s);
    QDir().mkpath(bad);
    QFile f(QDir(bad).filePath(u"customers.jsonl"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"id":"x1","display_name":"新","created_at":1})"
            "\n"
            R"({"id":"x2","display_name":)"
            "\n");
    f.close();
    const Run before =
        ctl({u"--profile"_s, m_profile, u"cache"_s, u"stats"_s, u"--json"_s, u"--passphrase-stdin"_s}, m_pass);
    const Run r = ctl({u"--profile"_s, m_profile, u"cache"_s, u"import"_s, bad, u"--passphrase-stdin"_s}, m_pass);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("customers.jsonl:2"), r.err.constData());
    const Run after =
        ctl({u"--profile"_s, m_profile, u"cache"_s, u"stats"_s, u"--json"_s, u"--passphrase-stdin"_s}, m_pass);
    QCOMPARE(after.json().value(u"rows"_s), before.json().value(u"rows"_s));
}

void TestCli::usageErrors()
{
    QCOMPARE(ctl({u"no-such-command"_s}).code, 2);
    QCOMPARE(ctl({u"cache"_s}).code, 2);
    QCOMPARE(ctl({u"customer"_s, u"find"_s}).code, 2);
    const Run noProfile = ctl({u"cache"_s, u"stats"_s});
    QCOMPARE(noProfile.code, 1);
    QVERIFY(noProfile.err.contains("--profile"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
