// panoramactl kb against a real profile: the cache key comes from the OS keychain (a real gnome-keyring in its
// own D-Bus session) or from the profile's passphrase, as the workstation opens it; no --key-file needed.
// Also the CLI's clear errors: a wrong passphrase, a malformed import file, a --db without a key.
#include "core/security/ProfileManager.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;

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
    env.remove(u"PANORAMA_PASSPHRASE"_s);
    env.remove(u"PANORAMA_CACHE_KEY"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PANORAMACTL), args);
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("panoramactl did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

ProfileResult createProfile(const QString &dir, KeySourceChoice source, const QString &passphrase = {})
{
    ProfileManager manager;
    manager.setKdfDefaults(KdfParams::interactive());
    std::optional<ProfileResult> result;
    QEventLoop loop;
    manager.create({dir, QUrl(u"http://127.0.0.1:8765"_s), u"store-7"_s, source, passphrase}, [&](ProfileResult r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QByteArray kCorpus =
    R"({"id":"kb-return","type":"article","title":"退货政策","body":"签收后7天内可无理由退货。","lang":"zh","category":"returns"}
{"id":"kb-size","type":"article","title":"尺码选择","body":"根据尺码表选择尺码，偏大可换码。","lang":"zh","category":"sizing"}
{"id":"en-ship","type":"article","title":"Delivery times","body":"Standard delivery takes 2 to 4 days.","lang":"en","category":"shipping"}
)";

QStringList hitIds(const Run &r)
{
    QStringList out;
    for (const QJsonValue &h : r.json().value(u"hits"_s).toArray())
        out.append(h.toObject().value(u"id"_s).toString());
    return out;
}

} // namespace

class TestKbCli final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keychainProfile();
    void passphraseProfile();
    void errorsAreClear();

private:
    QTemporaryDir m_dir;
    QString m_corpus;
};

void TestKbCli::initTestCase()
{
    m_corpus = m_dir.filePath(u"kb.jsonl"_s);
    writeFile(m_corpus, kCorpus);
}

void TestKbCli::keychainProfile()
{
    const QString profile = m_dir.filePath(u"keychain-profile"_s);
    ProfileResult created = createProfile(profile, KeySourceChoice::Keychain);
    QVERIFY2(created.ok(), qPrintable(created.message));
    created.database.reset();
    const Run imp = ctl({u"--profile"_s, profile, u"kb"_s, u"import"_s, m_corpus, u"--json"_s});
    QVERIFY2(imp.code == 0, imp.err.constData());
    const Run found = ctl({u"--profile"_s, profile, u"kb"_s, u"search"_s, u"退貨"_s, u"--json"_s}); // Traditional
    QVERIFY2(found.code == 0, found.err.constData());
    QCOMPARE(hitIds(found).value(0), u"kb-return"_s);
    // The documents went into the profile's own cache (the file the workstation searches), encrypted.
    QFile cache(created.info.cachePath());
    QVERIFY(cache.open(QIODevice::ReadOnly));
    const QByteArray raw = cache.readAll();
    QVERIFY(!raw.startsWith("SQLite format 3"));
    QVERIFY(!raw.contains(u"退货政策"_s.toUtf8()));
}

void TestKbCli::passphraseProfile()
{
    const QString profile = m_dir.filePath(u"passphrase-profile"_s);
    ProfileResult created = createProfile(profile, KeySourceChoice::Passphrase, u"correct horse battery"_s);
    QVERIFY2(created.ok(), qPrintable(created.message));
    created.database.reset();
    const Run imp = ctl({u"--profile"_s, profile, u"kb"_s, u"import"_s, m_corpus, u"--passphrase-stdin"_s},
                        "correct horse battery\n");
    QVERIFY2(imp.code == 0, imp.err.constData());
    const Run found =
        ctl({u"--profile"_s, profile, u"kb"_s, u"search"_s, u"delivery"_s, u"--json"_s, u"--passphrase-stdin"_s},
            "correct horse battery\n");
    QVERIFY2(found.code == 0, found.err.constData());
    QCOMPARE(hitIds(found).value(0), u"en-ship"_s);
    const Run wrong = ctl({u"--profile"_s, profile, u"kb"_s, u"stats"_s, u"--passphrase-stdin"_s}, "wrong\n");
    QVERIFY(wrong.code != 0);
    QVERIFY2(wrong.err.contains("passphrase") || wrong.err.contains("key"), wrong.err.constData());
}

void TestKbCli::errorsAreClear()
{
    const QString profile = m_dir.filePath(u"keychain-profile"_s);
    // A malformed import names the file and the line, and nothing is imported.
    const QString bad = m_dir.filePath(u"bad.jsonl"_s);
    writeFile(bad, R"({"id":"ok","title":"t","body":"b"}
{"id": "broken", "title": )"
                   "\n");
    const Run imp = ctl({u"--profile"_s, profile, u"kb"_s, u"import"_s, bad});
    QVERIFY(imp.code != 0);
    QVERIFY2(imp.err.contains("bad.jsonl") && imp.err.contains(":2"), imp.err.constData());
    // A key file does not go with a profile; a --db needs a key.
    const Run mixed = ctl({u"--profile"_s, profile, u"kb"_s, u"stats"_s, u"--key-file"_s, bad});
    QVERIFY(mixed.code != 0);
    QVERIFY2(mixed.err.contains("--key-file"), mixed.err.constData());
    const Run noKey = ctl({u"kb"_s, u"stats"_s, u"--db"_s, m_dir.filePath(u"x.db"_s)});
    QVERIFY(noKey.code != 0);
    QVERIFY2(noKey.err.contains("no cache key"), noKey.err.constData());
    const Run nothing = ctl({u"kb"_s, u"stats"_s});
    QVERIFY(nothing.code != 0);
    QVERIFY2(nothing.err.contains("--profile"), nothing.err.constData());
}

QTEST_GUILESS_MAIN(TestKbCli)
#include "tst_kbcli.moc"
