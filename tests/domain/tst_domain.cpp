// Domain schema ladder and lookup normalisation.
#include "core/domain/DomainSchema.h"
#include "core/domain/Normalize.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;

class TestDomain final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemaMigratesOnceAndHasEverySyncedTable();
    void syncColumnsAndChecks();
    void phone_data();
    void phone();
    void nameKey_data();
    void nameKey();
    void identityHashIsKeyedAndNormalised();
};

void TestDomain::schemaMigratesOnceAndHasEverySyncedTable()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"c.db"_s), DatabaseKey::raw(QByteArray(32, 'k')), {.create = true});
    QCOMPARE(DomainSchema::migrate(*db), DomainSchema::migrator().latestVersion());
    QCOMPARE(DomainSchema::migrate(*db), 0);
    for (const QString &table : DomainSchema::syncedTables()) {
        Query q = db->query("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
        q.bind(1, table);
        QVERIFY(q.next());
        QVERIFY2(q->integer(0) == 1, qPrintable(table));
    }
}

void TestDomain::syncColumnsAndChecks()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"c.db"_s), DatabaseKey::raw(QByteArray(32, 'k')), {.create = true});
    DomainSchema::migrate(*db);
    for (const QString &table : DomainSchema::syncedTables()) {
        QStringList columns;
        Query q = db->query("SELECT name FROM pragma_table_info(?)");
        q.bind(1, table);
        while (q.next())
            columns << q->text(0);
        for (const char *c : {"id", "server_version", "updated_at", "deleted"})
            QVERIFY2(columns.contains(QLatin1StringView(c)), qPrintable(table + u'.' + QLatin1StringView(c)));
    }
    // CHECK constraints reject values outside the vocabularies.
    QVERIFY_THROWS_EXCEPTION(StorageError, db->exec("INSERT INTO memberships(id, customer_id, tier, since) "
                                                    "VALUES ('m1', 'c1', 'diamond', '2020-01-01')"));
    db->exec("INSERT INTO memberships(id, customer_id, tier, since) VALUES ('m1', 'c1', 'gold', '2020-01-01')");
}

void TestDomain::phone_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"13800138000"_s << u"13800138000"_s;
    QTest::newRow("dashes and spaces") << u"138-0013 8000"_s << u"13800138000"_s;
    QTest::newRow("+86") << u"+86 138 0013 8000"_s << u"13800138000"_s;
    QTest::newRow("0086") << u"008613800138000"_s << u"13800138000"_s;
    QTest::newRow("full width") << u"１３８００１３８０００"_s << u"13800138000"_s;
}

void TestDomain::phone()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(Normalize::phone(raw), expected);
}

void TestDomain::nameKey_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("latin") << u"Zhang Wei"_s << u"zhangwei"_s;
    QTest::newRow("han") << u"张 伟"_s << u"张伟"_s;
    QTest::newRow("full width latin") << u"ＺＨＡＮＧ"_s << u"zhang"_s;
    QTest::newRow("middle dot") << u"阿依古丽·买买提"_s << u"阿依古丽买买提"_s;
}

void TestDomain::nameKey()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(Normalize::nameKey(raw), expected);
}

void TestDomain::identityHashIsKeyedAndNormalised()
{
    const QByteArray key1(32, 'a');
    const QByteArray key2(32, 'b');
    const QString h = Normalize::identityHash(u"phone", u"+86 138-0013-8000", key1);
    QCOMPARE(h.size(), 32);
    QCOMPARE(Normalize::identityHash(u"phone", u"13800138000", key1), h);
    QVERIFY(Normalize::identityHash(u"phone", u"13800138000", key2) != h);
    QVERIFY(Normalize::identityHash(u"member_id", u"13800138000", key1) != h);
    QCOMPARE(Normalize::identityHash(u"email", u" Li.Na@Example.com ", key1),
             Normalize::identityHash(u"email", u"li.na@example.com", key1));
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
