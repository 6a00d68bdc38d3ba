// Unit tests of the client sync library without a server: ids, backoff, the outbox written in the same transaction
// as the local change, validation that leaves nothing behind, and the version guard and rebase of RowApplier.
#include "core/storage/Database.h"
#include "core/sync/Backoff.h"
#include "core/sync/LocalEditor.h"
#include "core/sync/RowApplier.h"
#include "core/sync/SyncError.h"
#include "core/sync/SyncProtocol.h"
#include "core/sync/SyncSchema.h"
#include "core/sync/SyncStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;

class TestSyncUnit final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> openCache(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name), DatabaseKey::raw(QByteArray(32, 'k')), {.create = true});
        SyncSchema::migrate(*db);
        db->exec("INSERT INTO customers(id, server_version, display_name, name_key, created_at)"
                 " VALUES ('c1', 5, '王芳', '王芳', 1)");
        db->exec("INSERT INTO tickets(id, server_version, ticket_no, subject, status, channel, created_at)"
                 " VALUES ('t1', 7, 'T00000001', 'size', 'open', 'phone', 1)");
        return db;
    }
    static QJsonObject ticketBlock(qint64 version, const QString &status)
    {
        return {{u"table"_s, u"tickets"_s},
                {u"columns"_s, QJsonArray{u"id"_s, u"server_version"_s, u"ticket_no"_s, u"subject"_s, u"status"_s,
                                          u"channel"_s, u"created_at"_s, u"column_from_the_future"_s}},
                {u"rows"_s,
                 QJsonArray{QJsonArray{u"t1"_s, version, u"T00000001"_s, u"size"_s, status, u"phone"_s, 1, 42}}}};
    }

private Q_SLOTS:
    void idsAreStable()
    {
        const QString a = SyncProtocol::tagId(u"c1"_s, u"behavior"_s, u"prefers"_s);
        QCOMPARE(a, SyncProtocol::tagId(u"c1"_s, u"behavior"_s, u"prefers"_s));
        QVERIFY(a != SyncProtocol::tagId(u"c1"_s, u"behavior"_s, u"prefers2"_s));
        QVERIFY(SyncProtocol::isUuid(a));
        QCOMPARE(a.at(14), u'8');
        const QString u1 = SyncProtocol::uuidV7();
        QTest::qWait(2);
        const QString u2 = SyncProtocol::uuidV7();
        QVERIFY(u1 < u2);
        QCOMPARE(u1.at(14), u'7');
        QVERIFY(!SyncProtocol::isUuid(u"not-a-uuid"_s));
    }

    void backoffGrowsWithJitter()
    {
        Backoff b(100, 2000, 42);
        QList<int> delays;
        for (int i = 0; i < 8; ++i)
            delays << b.next();
        QVERIFY(delays[0] >= 50 && delays[0] <= 100);
        QVERIFY(delays[3] >= 400 && delays[3] <= 800);
        for (int i = 5; i < 8; ++i)
            QVERIFY(delays[i] >= 1000 && delays[i] <= 2000);
        Backoff same(100, 2000, 42), other(100, 2000, 43);
        QList<int> a, c;
        for (int i = 0; i < 8; ++i) {
            a << same.next();
            c << other.next();
        }
        QCOMPARE(a, delays);
        QVERIFY(a != c);
        b.reset();
        QVERIFY(b.next() <= 100);
    }

    void editWritesRowAndOutboxTogether()
    {
        auto db = openCache(u"edit.db"_s);
        LocalEditor ed(*db);
        ed.setTicketStatus(u"t1"_s, u"pending"_s);
        SyncStore store(*db);
        const QList<OutboxEntry> out = store.outbox();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].base.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(out[0].set.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(db->scalar("SELECT status FROM tickets WHERE id = 't1'").toString(), u"pending"_s);
        // Invalid edits change nothing at all.
        QVERIFY_THROWS_EXCEPTION(SyncError, ed.setTicketStatus(u"t1"_s, u"bogus"_s));
        QVERIFY_THROWS_EXCEPTION(SyncError, ed.setCustomerMeasurements(u"c1"_s, {{u"height_cm"_s, 900}}));
        QVERIFY_THROWS_EXCEPTION(SyncError, ed.setTicketStatus(u"missing"_s, u"open"_s));
        QVERIFY_THROWS_EXCEPTION(SyncError, ed.addNote(u"t1"_s, u"   "_s));
        QCOMPARE(store.outbox().size(), 1);
        QCOMPARE(db->scalar("SELECT status FROM tickets WHERE id = 't1'").toString(), u"pending"_s);
    }

    void pulledRowsRespectVersionsAndRebase()
    {
        auto db = openCache(u"apply.db"_s);
        SyncStore store(*db);
        LocalEditor ed(*db);
        {
            RowApplier rows(*db, store);
            QCOMPARE(rows.applyBlock(ticketBlock(6, u"closed"_s)), 0); // older than the cache: ignored
            QCOMPARE(rows.applyBlock(ticketBlock(9, u"solved"_s)), 1);
        }
        QCOMPARE(db->scalar("SELECT status FROM tickets WHERE id = 't1'").toString(), u"solved"_s);
        // A pending local edit survives a newer server row.
        ed.setTicketStatus(u"t1"_s, u"on_hold"_s);
        {
            Transaction tx(*db);
            RowApplier rows(*db, store);
            QCOMPARE(rows.applyBlock(ticketBlock(12, u"open"_s)), 1);
            rows.rebaseTouched();
            tx.commit();
        }
        QCOMPARE(db->scalar("SELECT status FROM tickets WHERE id = 't1'").toString(), u"on_hold"_s);
        QCOMPARE(db->scalar("SELECT server_version FROM tickets WHERE id = 't1'").toLongLong(), 12);
        // A reset drops synced rows but keeps the ones with pending changes.
        {
            RowApplier rows(*db, store);
            rows.dropSyncedRows();
        }
        QCOMPARE(db->scalar("SELECT count(*) FROM tickets").toInt(), 1);
        QCOMPARE(db->scalar("SELECT count(*) FROM customers").toInt(), 0);
    }

    // The page reader applies rows from the JSON text itself: escapes, non-ASCII, numbers, nulls and JSON columns
    // must land as the server wrote them; older versions are ignored; malformed pages are refused.
    void pageTextAppliesLikeJson()
    {
        auto db = openCache(u"scan.db"_s);
        SyncStore store(*db);
        const QByteArray page = "[{\"table\":\"tickets\",\"columns\":[\"id\",\"server_version\",\"ticket_no\","
                                "\"subject\",\"status\",\"channel\","
                                "\"created_at\",\"column_from_the_future\"],\"rows\":["
                                "[\"t1\",3,\"T1\",\"old\",\"closed\",\"phone\",1,1],"
                                "[\"t2\",8,\"T2\",\"say \\\"hi\\\"\\\\n\\u00e9 \\u5c3a\\u7801 "
                                "\\ud83d\\ude00\",\"open\",\"web\",1767225600000,{\"x\":[1]}]]}]";
        {
            Transaction tx(*db);
            RowApplier rows(*db, store);
            QCOMPARE(rows.applyTables(page.constData(), page.constData() + page.size()), 1); // t1 is older
            tx.commit();
        }
        QCOMPARE(db->scalar("SELECT subject FROM tickets WHERE id = 't1'").toString(), u"size"_s);
        QCOMPARE(db->scalar("SELECT subject FROM tickets WHERE id = 't2'").toString(),
                 u"say \"hi\"\\n\u00e9 \u5c3a\u7801 \U0001F600"_s);
        QCOMPARE(db->scalar("SELECT created_at FROM tickets WHERE id = 't2'").toLongLong(), 1767225600000LL);
        QCOMPARE(db->scalar("SELECT typeof(created_at) FROM tickets WHERE id = 't2'").toString(), u"integer"_s);
        const QList<QByteArray> bad = {QByteArray("[{\"table\":\"tickets\",\"columns\":[\"id\"],\"rows\":[[\"t3\","),
                                       QByteArray("[{\"rows\":[[\"t3\",1]],\"table\":\"tickets\"}]"),
                                       QByteArray("{\"table\":\"tickets\"}")};
        for (const QByteArray &b : bad) {
            RowApplier rows(*db, store);
            QVERIFY_THROWS_EXCEPTION(SyncError, rows.applyTables(b.constData(), b.constData() + b.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncUnit)
#include "tst_sync_unit.moc"
