// Profiles on a machine with no keychain at all (no D-Bus session bus): the keychain says "unavailable"
// within the bounded wait, a passphrase protects the profile instead and the result says so, and every
// failure (wrong passphrase, tampered or truncated cache, broken profile.json) names its cause and leaves
// the files byte for byte as they were. Modes: directory 0700, files 0600.
#include "ProfileTestSupport.h"

#include "core/security/KeyCheck.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::test;

namespace {

const QString kPassphrase = u"客服 Panorama 全景 2024"_s;

QString kindOf(const ProfileResult &r)
{
    return ProfileError::kindName(r.error);
}

void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(offset));
    QVERIFY(f.putChar(char(c ^ 0x10)));
}

} // namespace

class TestProfile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keychainIsUnavailableWithinTheBoundedWait();
    void explicitKeychainProfileFailsClearly();
    void autoWithoutPassphraseAsksForOne();
    void autoFallsBackToPassphraseAndSaysSo();
    void passphraseRoundTrip();
    void passphraseIsNormalised();
    void failuresLeaveTheCacheUntouched_data();
    void failuresLeaveTheCacheUntouched();
    void keychainProfileWithoutKeychain();
    void brokenProfileFiles_data();
    void brokenProfileFiles();
    void createRefusesOccupiedDirectories();
    void badArguments_data();
    void badArguments();

private:
    // A fresh passphrase profile with some Chinese and English rows, closed again; returns its directory.
    QString makeFilledProfile(const QString &name);

    QTemporaryDir m_tmp;
    QTemporaryDir m_runtime;
    ProfileManager m_manager;
};

void TestProfile::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(m_runtime.isValid());
    // No session bus: no address, no X11 display to autolaunch one, no $XDG_RUNTIME_DIR/bus socket.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    m_manager.setKdfDefaults(KdfParams::interactive());
    m_manager.keyStore().setTimeout(std::chrono::seconds(5));
}

void TestProfile::keychainIsUnavailableWithinTheBoundedWait()
{
    KeyStore store;
    store.setTimeout(std::chrono::seconds(5));
    QSignalSpy spy(&store, &KeyStore::finished);
    bool calledInside = true;
    std::optional<KeychainResult> viaCallback;
    const quint64 id =
        store.read(u"shop.example:443/agent/cache-key"_s, [&](const KeychainResult &r) { viaCallback = r; });
    calledInside = viaCallback.has_value();
    QVERIFY(!calledInside);
    QVERIFY(spy.wait(15000)); // a deadline for the test, not a speed claim: 5 s is the store's own bound
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<quint64>(), id);
    const auto result = spy.at(0).at(1).value<KeychainResult>();
    QCOMPARE(KeyStore::statusName(result.status), u"unavailable"_s); // not "timed-out", not "not-found"
    QVERIFY2(result.message.contains(u"D-Bus"_s), qPrintable(result.message));
    QVERIFY(viaCallback.has_value());
    QCOMPARE(viaCallback->status, KeychainStatus::Unavailable);

    const KeychainResult written = awaitKeychain([&](KeyStore::Callback cb) {
        store.write(u"shop.example:443/agent/cache-key"_s, QByteArray(32, 'k'), std::move(cb));
    });
    QCOMPARE(KeyStore::statusName(written.status), u"unavailable"_s);
    const KeychainResult probed = awaitKeychain([&](KeyStore::Callback cb) { store.probe(std::move(cb)); });
    QCOMPARE(KeyStore::statusName(probed.status), u"unavailable"_s);
}

void TestProfile::explicitKeychainProfileFailsClearly()
{
    const QString dir = m_tmp.filePath(u"explicit-keychain"_s);
    const ProfileResult r = createProfile(
        m_manager, {dir, QUrl(u"https://shop.example"_s), u"agent01"_s, KeySourceChoice::Keychain, kPassphrase});
    QCOMPARE(kindOf(r), u"keychain-unavailable"_s);
    QVERIFY2(r.message.contains(u"no keychain is available"_s), qPrintable(r.message));
    QVERIFY(!QFileInfo::exists(dir)); // nothing was created
}

void TestProfile::autoWithoutPassphraseAsksForOne()
{
    const QString dir = m_tmp.filePath(u"auto-no-passphrase"_s);
    const ProfileResult r =
        createProfile(m_manager, {dir, QUrl(u"https://shop.example"_s), u"agent01"_s, KeySourceChoice::Auto, {}});
    QCOMPARE(kindOf(r), u"passphrase-required"_s);
    QVERIFY2(r.message.contains(u"keychain"_s) && r.message.contains(u"passphrase"_s), qPrintable(r.message));
    QVERIFY(!QFileInfo::exists(dir));
}

void TestProfile::autoFallsBackToPassphraseAndSaysSo()
{
    const QString dir = m_tmp.filePath(u"auto/nested/profile"_s);
    ProfileResult r = createProfile(
        m_manager, {dir, QUrl(u"https://shop.example:8443/"_s), u"agent01"_s, KeySourceChoice::Auto, kPassphrase});
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.info.keySource, KeySource::Passphrase);
    QVERIFY(r.info.keychainEntry.isEmpty());
    QCOMPARE(r.notices.size(), 1);
    QVERIFY2(r.notices.first().contains(u"protected by a passphrase instead"_s), qPrintable(r.notices.first()));
    QVERIFY(r.database);
    r.database.reset();

    QCOMPARE(fileMode(dir), 0700u);
    QCOMPARE(fileMode(QDir(dir).filePath(u"profile.json"_s)), 0600u);
    QCOMPARE(fileMode(QDir(dir).filePath(u"cache.db"_s)), 0600u);

    QFile json(QDir(dir).filePath(u"profile.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(o.value(u"version"_s).toInt(), 1);
    QCOMPARE(o.value(u"server"_s).toString(), u"https://shop.example:8443"_s);
    QCOMPARE(o.value(u"account"_s).toString(), u"agent01"_s);
    QCOMPARE(o.value(u"keySource"_s).toString(), u"passphrase"_s);
    const QJsonObject kdf = o.value(u"kdf"_s).toObject();
    QCOMPARE(kdf.value(u"algorithm"_s).toString(), u"argon2id13"_s);
    QCOMPARE(kdf.value(u"opslimit"_s).toInteger(), 2);        // INTERACTIVE, as this test asked
    QCOMPARE(kdf.value(u"memlimit"_s).toInteger(), 67108864); // 64 MiB
    QCOMPARE(QByteArray::fromBase64(kdf.value(u"salt"_s).toString().toLatin1()).size(), 16);
    QVERIFY(!o.contains(u"keychain"_s));
    QVERIFY(!json.readAll().contains(kPassphrase.toUtf8()));
}

QString TestProfile::makeFilledProfile(const QString &name)
{
    const QString dir = m_tmp.filePath(name);
    ProfileResult r = createProfile(
        m_manager, {dir, QUrl(u"https://shop.example"_s), u"agent01"_s, KeySourceChoice::Passphrase, kPassphrase});
    if (!r.ok())
        qFatal("cannot create the profile: %s", qPrintable(r.message));
    Database &db = *r.database;
    db.exec("CREATE TABLE note(id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    Transaction tx(db);
    for (int i = 0; i < 3000; ++i)
        db.query("INSERT INTO note(body) VALUES (?)").bind(1, u"顧客來電 退貨 return request %1 退货"_s.arg(i)).exec();
    tx.commit();
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return dir;
}

void TestProfile::passphraseRoundTrip()
{
    const QString dir = makeFilledProfile(u"roundtrip"_s);
    ProfileResult r = openProfile(m_manager, {dir, kPassphrase, true, false});
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.notices.isEmpty());
    QCOMPARE(r.database->scalar("SELECT count(*) FROM note").toInt(), 3000);
    QCOMPARE(r.database->scalar("SELECT body FROM note WHERE id = 8").toString(),
             u"顧客來電 退貨 return request 7 退货"_s);
    // The key handed back opens a second connection (another thread would do this).
    auto second = Database::open(r.info.cachePath(), r.key);
    QCOMPARE(second->scalar("SELECT count(*) FROM note").toInt(), 3000);
    QVERIFY(KeyCheck::matches(r.key.bytes(), r.info.keyCheck));
}

void TestProfile::passphraseIsNormalised()
{
    const QString nfc = u"Caf\u00e9 客服台 d\u00e9j\u00e0"_s;
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfc != nfd);
    const QString dir = m_tmp.filePath(u"normalised"_s);
    ProfileResult created = createProfile(
        m_manager, {dir, QUrl(u"https://shop.example"_s), u"agent01"_s, KeySourceChoice::Passphrase, nfc});
    QVERIFY2(created.ok(), qPrintable(created.message));
    created.database.reset();
    const ProfileResult opened = openProfile(m_manager, {dir, nfd, false, false});
    QVERIFY2(opened.ok(), qPrintable(opened.message));
}

void TestProfile::failuresLeaveTheCacheUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("wrong passphrase") << u"none"_s << u"客服 Panorama 全景 2025"_s << false << u"wrong-key"_s
                                      << u"passphrase is wrong"_s;
    QTest::newRow("empty passphrase") << u"none"_s << QString() << false << u"passphrase-required"_s
                                      << u"protected by a passphrase"_s;
    QTest::newRow("first page altered") << u"header"_s << kPassphrase << false << u"damaged"_s
                                        << u"first page does not authenticate"_s;
    QTest::newRow("inner page altered") << u"middle"_s << kPassphrase << true << u"damaged"_s << u"integrity check"_s;
    QTest::newRow("truncated") << u"truncate"_s << kPassphrase << false << u"damaged"_s << u"truncated"_s;
    QTest::newRow("truncated, wrong passphrase")
        << u"truncate"_s << u"not the passphrase"_s << false << u"wrong-key"_s << u"passphrase is wrong"_s;
}

void TestProfile::failuresLeaveTheCacheUntouched()
{
    QFETCH(QString, damage);
    QFETCH(QString, passphrase);
    QFETCH(bool, verify);
    QFETCH(QString, kind);
    QFETCH(QString, mentions);

    const QString dir = makeFilledProfile(u"failure-"_s + QString::fromLatin1(QTest::currentDataTag()));
    const QString cache = QDir(dir).filePath(u"cache.db"_s);
    const qint64 size = QFileInfo(cache).size();
    QVERIFY(size > 4096 * 8);
    if (damage == u"header"_s)
        flipByte(cache, 200); // inside page 1's ciphertext
    else if (damage == u"middle"_s)
        flipByte(cache, 4096 * 4 + 1000);
    else if (damage == u"truncate"_s)
        QVERIFY(QFile::resize(cache, size - 4096 - 1500));

    const QByteArray cacheBefore = fileDigest(cache);
    const QByteArray profileBefore = fileDigest(QDir(dir).filePath(u"profile.json"_s));
    const qint64 sizeBefore = QFileInfo(cache).size();

    const ProfileResult r = openProfile(m_manager, {dir, passphrase, verify, false});
    QCOMPARE(kindOf(r), kind);
    QVERIFY2(r.message.contains(mentions), qPrintable(r.message));
    QVERIFY(!r.database);
    QVERIFY(r.key.isPlain()); // no key handed out on failure

    QCOMPARE(QFileInfo(cache).size(), sizeBefore);
    QCOMPARE(fileDigest(cache), cacheBefore);
    QCOMPARE(fileDigest(QDir(dir).filePath(u"profile.json"_s)), profileBefore);
    QCOMPARE(fileMode(cache), 0600u);

    // Without the integrity check an altered inner page still opens, and reading it says "damaged".
    if (damage == u"middle"_s) {
        ProfileResult lazy = openProfile(m_manager, {dir, passphrase, false, false});
        QVERIFY2(lazy.ok(), qPrintable(lazy.message));
        try {
            lazy.database->scalar("SELECT count(*), max(body) FROM note");
            QFAIL("read an altered page without an error");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageErrorKind::Damaged);
        }
        lazy.database.reset();
        QCOMPARE(fileDigest(cache), cacheBefore);
    }
}

void TestProfile::keychainProfileWithoutKeychain()
{
    // A keychain profile made elsewhere (or before the keyring went away), opened here without a keychain.
    const QString dir = m_tmp.filePath(u"keychain-profile"_s);
    QVERIFY(QDir().mkpath(dir));
    const QByteArray key(32, '\x5a');
    ProfileInfo info;
    info.directory = dir;
    info.server = QUrl(u"https://shop.example"_s);
    info.account = u"agent01"_s;
    info.keySource = KeySource::Keychain;
    info.keychainEntry = KeyStore::entryName(info.server, info.account);
    info.keyCheck = KeyCheck::compute(key);
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.createFile();
    Database::open(info.cachePath(), DatabaseKey::raw(key), {.create = true})->exec("CREATE TABLE t(x)");
    const QByteArray before = fileDigest(info.cachePath());

    const ProfileResult r = openProfile(m_manager, {dir, kPassphrase, false, false});
    QCOMPARE(kindOf(r), u"keychain-unavailable"_s);
    QVERIFY2(r.message.contains(u"keeps its key in the keychain"_s), qPrintable(r.message));
    QCOMPARE(fileDigest(info.cachePath()), before);
}

void TestProfile::brokenProfileFiles_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("profile.json truncated") << u"truncate-json"_s << u"invalid-profile"_s << u"not valid JSON"_s;
    QTest::newRow("profile.json missing") << u"remove-json"_s << u"not-found"_s << u"no Panorama profile"_s;
    QTest::newRow("cache.db missing") << u"remove-cache"_s << u"not-found"_s << u"cache.db is missing"_s;
    QTest::newRow("newer format") << u"version-99"_s << u"invalid-profile"_s << u"newer Panorama"_s;
    QTest::newRow("absurd memlimit") << u"memlimit"_s << u"invalid-profile"_s << u"kdf.memlimit"_s;
    QTest::newRow("key check altered") << u"keycheck"_s << u"wrong-key"_s << u"passphrase is wrong"_s;
}

void TestProfile::brokenProfileFiles()
{
    QFETCH(QString, edit);
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    const QString dir = makeFilledProfile(u"broken-"_s + edit);
    const QString json = QDir(dir).filePath(u"profile.json"_s);
    const QString cache = QDir(dir).filePath(u"cache.db"_s);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    QJsonObject o = QJsonDocument::fromJson(original).object();
    QByteArray edited;
    if (edit == u"truncate-json"_s)
        edited = original.left(original.size() / 2);
    else if (edit == u"version-99"_s)
        o.insert(u"version"_s, 99);
    else if (edit == u"memlimit"_s) {
        QJsonObject kdf = o.value(u"kdf"_s).toObject();
        kdf.insert(u"memlimit"_s, 1e15);
        o.insert(u"kdf"_s, kdf);
    } else if (edit == u"keycheck"_s) {
        QJsonObject check = o.value(u"keyCheck"_s).toObject();
        check.insert(u"value"_s, QString::fromLatin1(QByteArray(32, '\x01').toBase64()));
        o.insert(u"keyCheck"_s, check);
    }
    if (edited.isEmpty() && edit != u"remove-json"_s && edit != u"remove-cache"_s)
        edited = QJsonDocument(o).toJson();
    if (edit == u"remove-json"_s)
        QVERIFY(QFile::remove(json));
    else if (edit == u"remove-cache"_s)
        QVERIFY(QFile::remove(cache));
    else {
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(edited);
        f.close();
    }
    const QByteArray cacheBefore = fileDigest(cache);
    const QByteArray jsonBefore = fileDigest(json);

    const ProfileResult r = openProfile(m_manager, {dir, kPassphrase, false, false});
    QCOMPARE(kindOf(r), kind);
    QVERIFY2(r.message.contains(mentions), qPrintable(r.message));
    QCOMPARE(fileDigest(cache), cacheBefore);
    QCOMPARE(fileDigest(json), jsonBefore);
    QCOMPARE(QFileInfo::exists(cache), edit != u"remove-cache"_s); // never re-created
}

void TestProfile::createRefusesOccupiedDirectories()
{
    const QString existing = makeFilledProfile(u"occupied"_s);
    const QByteArray cacheBefore = fileDigest(QDir(existing).filePath(u"cache.db"_s));
    const QByteArray jsonBefore = fileDigest(QDir(existing).filePath(u"profile.json"_s));
    ProfileResult r = createProfile(
        m_manager, {existing, QUrl(u"https://shop.example"_s), u"agent01"_s, KeySourceChoice::Passphrase, kPassphrase});
    QCOMPARE(kindOf(r), u"already-exists"_s);
    QVERIFY2(r.message.contains(u"already holds a Panorama profile"_s), qPrintable(r.message));
    QCOMPARE(fileDigest(QDir(existing).filePath(u"cache.db"_s)), cacheBefore);
    QCOMPARE(fileDigest(QDir(existing).filePath(u"profile.json"_s)), jsonBefore);

    const QString other = m_tmp.filePath(u"not-empty"_s);
    QVERIFY(QDir().mkpath(other));
    QFile note(QDir(other).filePath(u"notes.txt"_s));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("keep me");
    note.close();
    r = createProfile(m_manager,
                      {other, QUrl(u"https://shop.example"_s), u"agent01"_s, KeySourceChoice::Passphrase, kPassphrase});
    QCOMPARE(kindOf(r), u"already-exists"_s);
    QVERIFY2(r.message.contains(u"not empty"_s), qPrintable(r.message));
    QCOMPARE(QDir(other).entryList(QDir::Files), QStringList{u"notes.txt"_s});
}

void TestProfile::badArguments_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no scheme") << u"shop.example"_s << u"agent01"_s << kPassphrase << u"http:// or https://"_s;
    QTest::newRow("ftp") << u"ftp://shop.example"_s << u"agent01"_s << kPassphrase << u"http:// or https://"_s;
    QTest::newRow("empty account") << u"https://shop.example"_s << u"  "_s << kPassphrase << u"account"_s;
    QTest::newRow("slash in account") << u"https://shop.example"_s << u"a/b"_s << kPassphrase << u"'/'"_s;
    QTest::newRow("short passphrase") << u"https://shop.example"_s << u"agent01"_s << u"客服密码"_s << u"at least 8"_s;
}

void TestProfile::badArguments()
{
    QFETCH(QString, server);
    QFETCH(QString, account);
    QFETCH(QString, passphrase);
    QFETCH(QString, mentions);
    const QString dir = m_tmp.filePath(u"bad-"_s + QString::fromLatin1(QTest::currentDataTag()));
    const ProfileResult r =
        createProfile(m_manager, {dir, QUrl(server), account, KeySourceChoice::Passphrase, passphrase});
    QCOMPARE(kindOf(r), u"invalid-argument"_s);
    QVERIFY2(r.message.contains(mentions), qPrintable(r.message));
    QVERIFY(!QFileInfo::exists(dir));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
