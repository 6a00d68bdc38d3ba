// Key material without any keychain: keychain entry names, Argon2id parameters as stored in profile.json,
// passphrase derivation and the key check value.
#include "core/security/KeyCheck.h"
#include "core/security/KeyStore.h"
#include "core/security/PassphraseKey.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;

class TestKeyMaterial final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entryNames_data();
    void entryNames();
    void kdfParamsRoundTrip();
    void kdfParamsRejected_data();
    void kdfParamsRejected();
    void derivationIsDeterministicPerSalt();
    void keyCheckDependsOnTheKey();
};

void TestKeyMaterial::entryNames_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("entry");
    QTest::newRow("https default port") << u"https://Shop.Example.com/"_s << u"agent01"_s
                                        << u"shop.example.com:443/agent01/cache-key"_s;
    QTest::newRow("http default port") << u"http://shop.example"_s << u"agent01"_s
                                       << u"shop.example:80/agent01/cache-key"_s;
    QTest::newRow("explicit port") << u"https://shop.example:8443/api"_s << u"agent01"_s
                                   << u"shop.example:8443/agent01/cache-key"_s;
    QTest::newRow("ipv6") << u"https://[::1]:9000"_s << u"agent01"_s << u"[::1]:9000/agent01/cache-key"_s;
    QTest::newRow("chinese account") << u"https://shop.example"_s << u"客服一组-王芳"_s
                                     << u"shop.example:443/客服一组-王芳/cache-key"_s;
}

void TestKeyMaterial::entryNames()
{
    QFETCH(QString, server);
    QFETCH(QString, account);
    QFETCH(QString, entry);
    QCOMPARE(KeyStore::entryName(QUrl(server), account), entry);
}

void TestKeyMaterial::kdfParamsRoundTrip()
{
    const KdfParams moderate = KdfParams::moderate();
    QCOMPARE(moderate.opsLimit, 3u);
    QCOMPARE(moderate.memLimit, quint64(256) << 20);
    QCOMPARE(moderate.salt.size(), 16);
    QString error;
    const auto back = KdfParams::fromJson(moderate.toJson(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->opsLimit, moderate.opsLimit);
    QCOMPARE(back->memLimit, moderate.memLimit);
    QCOMPARE(back->salt, moderate.salt);
    QVERIFY(KdfParams::interactive().salt != KdfParams::interactive().salt); // fresh salt every time
}

void TestKeyMaterial::kdfParamsRejected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("other algorithm") << u"algorithm"_s << QJsonValue(u"argon2i13"_s) << u"kdf.algorithm"_s;
    QTest::newRow("zero passes") << u"opslimit"_s << QJsonValue(0) << u"kdf.opslimit"_s;
    QTest::newRow("fractional passes") << u"opslimit"_s << QJsonValue(2.5) << u"kdf.opslimit"_s;
    QTest::newRow("too little memory") << u"memlimit"_s << QJsonValue(1024) << u"kdf.memlimit"_s;
    QTest::newRow("absurd memory") << u"memlimit"_s << QJsonValue(1e13) << u"kdf.memlimit"_s;
    QTest::newRow("short salt") << u"salt"_s << QJsonValue(u"AAAA"_s) << u"kdf.salt"_s;
    QTest::newRow("salt not base64") << u"salt"_s << QJsonValue(u"!!!!not base64!!!!!!!!"_s) << u"kdf.salt"_s;
}

void TestKeyMaterial::kdfParamsRejected()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, mentions);
    QJsonObject json = KdfParams::interactive().toJson();
    json.insert(field, value);
    QString error;
    QVERIFY(!KdfParams::fromJson(json, &error).has_value());
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestKeyMaterial::derivationIsDeterministicPerSalt()
{
    const KdfParams params = KdfParams::interactive();
    QString error;
    const QByteArray a = PassphraseKey::derive(u"門市 store 密碼 pass"_s, params, &error);
    QCOMPARE(a.size(), 32);
    QCOMPARE(PassphraseKey::derive(u"門市 store 密碼 pass"_s, params, &error), a);
    QVERIFY(PassphraseKey::derive(u"門市 store 密碼 pasS"_s, params, &error) != a);
    QVERIFY(PassphraseKey::derive(u"門市 store 密碼 pass"_s, params.withNewSalt(), &error) != a);
    QVERIFY(!PassphraseKey::weakness(u"短密码"_s).isEmpty());
    QVERIFY(PassphraseKey::weakness(u"八个字的客服密码"_s).isEmpty()); // 8 characters, 24 UTF-8 bytes
}

void TestKeyMaterial::keyCheckDependsOnTheKey()
{
    const QByteArray k1(32, '\x01');
    QByteArray k2 = k1;
    k2[31] = '\x02';
    const QByteArray c1 = KeyCheck::compute(k1);
    QCOMPARE(c1.size(), 32);
    QCOMPARE(KeyCheck::compute(k1), c1);
    QVERIFY(KeyCheck::compute(k2) != c1);
    QVERIFY(KeyCheck::matches(k1, c1));
    QVERIFY(!KeyCheck::matches(k2, c1));
    QVERIFY(!KeyCheck::matches(k1, c1.left(31)));
    QVERIFY(!c1.contains(k1));
}

QTEST_GUILESS_MAIN(TestKeyMaterial)
#include "tst_keymaterial.moc"
