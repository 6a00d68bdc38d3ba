// Keychain profiles against a real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/with-keyring.sh): the key is stored and read back, entries are namespaced by server and account,
// a missing or replaced entry is reported as such with the cache untouched, and a keychain that stops
// answering is cut off by the bounded wait.
#include "ProfileTestSupport.h"

#include "core/security/KeyCheck.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDir>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::test;

namespace {

QString kindOf(const ProfileResult &r)
{
    return ProfileError::kindName(r.error);
}

// Sends SIGCONT to a stopped Secret Service even if an assertion returns early.
struct ResumeOnExit
{
    pid_t pid;
    ~ResumeOnExit()
    {
        if (pid > 0)
            ::kill(pid, SIGCONT);
    }
};

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void secretServiceIsThere();
    void binarySecretRoundTrip();
    void keychainProfileRoundTrip();
    void entriesAreNamespaced();
    void autoPrefersTheKeychain();
    void existingEntryIsReusedNotReplaced();
    void replacedEntryIsAWrongKey();
    void missingEntryIsReportedAndNothingChanges();
    void silentKeychainIsCutOffByTheBoundedWait();

private:
    ProfileResult createKeychainProfile(const QString &name, const QString &server, const QString &account,
                                        KeySourceChoice choice = KeySourceChoice::Keychain);
    KeychainResult readEntry(const QString &entry);

    QTemporaryDir m_tmp;
    ProfileManager m_manager;
};

void TestKeychain::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run me through tests/with-keyring.sh");
    m_manager.setKdfDefaults(KdfParams::interactive());
    m_manager.keyStore().setTimeout(std::chrono::seconds(20));
}

ProfileResult TestKeychain::createKeychainProfile(const QString &name, const QString &server, const QString &account,
                                                  KeySourceChoice choice)
{
    return createProfile(m_manager, {m_tmp.filePath(name), QUrl(server), account, choice, u"fallback-passphrase"_s});
}

KeychainResult TestKeychain::readEntry(const QString &entry)
{
    return awaitKeychain([&](KeyStore::Callback cb) { m_manager.keyStore().read(entry, std::move(cb)); });
}

void TestKeychain::secretServiceIsThere()
{
    const KeychainResult r = awaitKeychain([&](KeyStore::Callback cb) { m_manager.keyStore().probe(std::move(cb)); });
    QVERIFY2(r.ok(), qPrintable(r.message));
}

void TestKeychain::binarySecretRoundTrip()
{
    KeyStore &store = m_manager.keyStore();
    const QString entry = u"roundtrip.example:443/测试/cache-key"_s;
    QByteArray secret(32, '\0');
    for (int i = 0; i < secret.size(); ++i)
        secret[i] = char(i * 37); // zero bytes and high bytes included
    KeychainResult r = awaitKeychain([&](KeyStore::Callback cb) { store.write(entry, secret, std::move(cb)); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = readEntry(entry);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, secret);
    r = awaitKeychain([&](KeyStore::Callback cb) { store.remove(entry, std::move(cb)); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = readEntry(entry);
    QCOMPARE(KeyStore::statusName(r.status), u"not-found"_s);
}

void TestKeychain::keychainProfileRoundTrip()
{
    ProfileResult created = createKeychainProfile(u"a"_s, u"https://shop-a.example:8443"_s, u"agent01"_s);
    QVERIFY2(created.ok(), qPrintable(created.message));
    QCOMPARE(created.info.keySource, KeySource::Keychain);
    QCOMPARE(created.info.keychainEntry, u"shop-a.example:8443/agent01/cache-key"_s);
    QVERIFY(created.notices.isEmpty());
    created.database->exec("CREATE TABLE t(v TEXT)");
    created.database->query("INSERT INTO t VALUES (?)").bind(1, u"繁體 简体 English"_s).exec();
    created.database.reset();

    const QString dir = m_tmp.filePath(u"a"_s);
    QCOMPARE(fileMode(dir), 0700u);
    QCOMPARE(fileMode(QDir(dir).filePath(u"cache.db"_s)), 0600u);
    QCOMPARE(fileMode(QDir(dir).filePath(u"profile.json"_s)), 0600u);

    // The keychain holds the raw 32-byte key, and it is the one the profile's key check vouches for.
    const KeychainResult stored = readEntry(created.info.keychainEntry);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.secret.size(), 32);
    QVERIFY(KeyCheck::matches(stored.secret, created.info.keyCheck));
    QFile json(QDir(dir).filePath(u"profile.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray profileText = json.readAll();
    QVERIFY(!profileText.contains(stored.secret.toBase64()));
    QVERIFY(!profileText.contains(stored.secret.toHex()));

    ProfileResult opened = openProfile(m_manager, {dir, {}, true, false});
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(opened.database->scalar("SELECT v FROM t").toString(), u"繁體 简体 English"_s);
}

void TestKeychain::entriesAreNamespaced()
{
    ProfileResult b = createKeychainProfile(u"b"_s, u"https://shop-b.example"_s, u"agent01"_s);
    ProfileResult c = createKeychainProfile(u"c"_s, u"https://shop-b.example"_s, u"agent02"_s);
    QVERIFY2(b.ok(), qPrintable(b.message));
    QVERIFY2(c.ok(), qPrintable(c.message));
    QCOMPARE(b.info.keychainEntry, u"shop-b.example:443/agent01/cache-key"_s);
    QCOMPARE(c.info.keychainEntry, u"shop-b.example:443/agent02/cache-key"_s);
    const KeychainResult keyA = readEntry(u"shop-a.example:8443/agent01/cache-key"_s);
    const KeychainResult keyB = readEntry(b.info.keychainEntry);
    const KeychainResult keyC = readEntry(c.info.keychainEntry);
    QVERIFY(keyA.ok() && keyB.ok() && keyC.ok());
    QVERIFY(keyA.secret != keyB.secret);
    QVERIFY(keyB.secret != keyC.secret);
    QVERIFY(keyA.secret != keyC.secret);
    b.database.reset();
    c.database.reset();
    QVERIFY(openProfile(m_manager, {m_tmp.filePath(u"b"_s), {}, false, false}).ok());
    QVERIFY(openProfile(m_manager, {m_tmp.filePath(u"c"_s), {}, false, false}).ok());
}

void TestKeychain::autoPrefersTheKeychain()
{
    const ProfileResult r =
        createKeychainProfile(u"auto"_s, u"https://shop-auto.example"_s, u"agent01"_s, KeySourceChoice::Auto);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.info.keySource, KeySource::Keychain); // the passphrase given as a fallback was not used
    QVERIFY(!r.info.kdf.has_value());
    QVERIFY(r.notices.isEmpty());
}

void TestKeychain::existingEntryIsReusedNotReplaced()
{
    const KeychainResult before = readEntry(u"shop-a.example:8443/agent01/cache-key"_s);
    QVERIFY(before.ok());
    ProfileResult again = createKeychainProfile(u"a-second-install"_s, u"https://shop-a.example:8443"_s, u"agent01"_s);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.notices.size(), 1);
    QVERIFY(again.notices.first().contains(u"reused"_s));
    QCOMPARE(readEntry(again.info.keychainEntry).secret, before.secret);
    // The first profile still opens: its key was not replaced.
    QVERIFY(openProfile(m_manager, {m_tmp.filePath(u"a"_s), {}, false, false}).ok());
}

void TestKeychain::replacedEntryIsAWrongKey()
{
    const QString dir = m_tmp.filePath(u"b"_s);
    const QString entry = u"shop-b.example:443/agent01/cache-key"_s;
    const KeychainResult original = readEntry(entry);
    QVERIFY(original.ok());
    const QByteArray cacheBefore = fileDigest(QDir(dir).filePath(u"cache.db"_s));
    KeyStore &store = m_manager.keyStore();
    KeychainResult w =
        awaitKeychain([&](KeyStore::Callback cb) { store.write(entry, QByteArray(32, '\x42'), std::move(cb)); });
    QVERIFY2(w.ok(), qPrintable(w.message));

    const ProfileResult r = openProfile(m_manager, {dir, {}, false, false});
    QCOMPARE(kindOf(r), u"wrong-key"_s);
    QVERIFY2(r.message.contains(u"does not match"_s), qPrintable(r.message));
    QCOMPARE(fileDigest(QDir(dir).filePath(u"cache.db"_s)), cacheBefore);

    w = awaitKeychain([&](KeyStore::Callback cb) { store.write(entry, original.secret, std::move(cb)); });
    QVERIFY(w.ok());
    QVERIFY(openProfile(m_manager, {dir, {}, false, false}).ok());
}

void TestKeychain::missingEntryIsReportedAndNothingChanges()
{
    const QString dir = m_tmp.filePath(u"c"_s);
    const QString cache = QDir(dir).filePath(u"cache.db"_s);
    const QString json = QDir(dir).filePath(u"profile.json"_s);
    const QByteArray cacheBefore = fileDigest(cache);
    const QByteArray jsonBefore = fileDigest(json);
    const KeychainResult removed = awaitKeychain([&](KeyStore::Callback cb) {
        m_manager.keyStore().remove(u"shop-b.example:443/agent02/cache-key"_s, std::move(cb));
    });
    QVERIFY2(removed.ok(), qPrintable(removed.message));

    const ProfileResult r = openProfile(m_manager, {dir, {}, false, false});
    QCOMPARE(kindOf(r), u"keychain-entry-missing"_s);
    QVERIFY2(r.message.contains(u"missing from the keychain"_s) && r.message.contains(u"cannot be opened"_s),
             qPrintable(r.message));
    QVERIFY(!r.database);
    QCOMPARE(fileDigest(cache), cacheBefore);
    QCOMPARE(fileDigest(json), jsonBefore);
    // Opening did not quietly create a new key either.
    QCOMPARE(KeyStore::statusName(readEntry(u"shop-b.example:443/agent02/cache-key"_s).status), u"not-found"_s);
    // And creating over the existing profile is refused, so no new key lands over the old cache.
    const ProfileResult recreate = createKeychainProfile(u"c"_s, u"https://shop-b.example"_s, u"agent02"_s);
    QCOMPARE(kindOf(recreate), u"already-exists"_s);
    QCOMPARE(KeyStore::statusName(readEntry(u"shop-b.example:443/agent02/cache-key"_s).status), u"not-found"_s);
    QCOMPARE(fileDigest(cache), cacheBefore);
}

void TestKeychain::silentKeychainIsCutOffByTheBoundedWait()
{
    // Freeze the real Secret Service (our own private gnome-keyring): it stays on the bus but answers nothing.
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    QVERIFY(bus);
    const QDBusReply<uint> pid = bus->servicePid(u"org.freedesktop.secrets"_s);
    QVERIFY2(pid.isValid() && pid.value() > 1, qPrintable(pid.error().message()));
    KeyStore store;
    store.setTimeout(std::chrono::seconds(2));
    {
        ResumeOnExit resume{pid_t(pid.value())};
        QCOMPARE(::kill(pid_t(pid.value()), SIGSTOP), 0);
        const KeychainResult r = awaitKeychain(
            [&](KeyStore::Callback cb) { store.read(u"shop-a.example:8443/agent01/cache-key"_s, std::move(cb)); },
            30000);
        QCOMPARE(KeyStore::statusName(r.status), u"timed-out"_s);
        QVERIFY2(r.message.contains(u"did not answer within 2 s"_s), qPrintable(r.message));
    }
    // Once it answers again, the abandoned request completes harmlessly and new ones work.
    const KeychainResult again = readEntry(u"shop-a.example:8443/agent01/cache-key"_s);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.secret.size(), 32);
    QTest::qWait(200); // let the abandoned job's late answer arrive while we are still here
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
