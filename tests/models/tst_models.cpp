// Item models under QAbstractItemModelTester: lazy loading, SQL-side sorting and filtering, raw-value role.
#include "models/CustomerSearchModel.h"
#include "models/ModelRoles.h"
#include "models/OrdersModel.h"
#include "models/TicketQueueModel.h"
#include "tests/common/SampleCache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;

class TestModels final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ordersLoadLazily();
    void ordersSortAndFilterInSql();
    void ticketQueue();
    void customerSearch();
    void modelsPassTheTesterWhileFetching();
};

void TestModels::modelsPassTheTesterWhileFetching()
{
    SampleCache c;
    OrdersModel orders(*c.db);
    QAbstractItemModelTester t1(&orders, QAbstractItemModelTester::FailureReportingMode::QtTest);
    orders.setCustomer(u"c1"_s);
    while (orders.canFetchMore({}))
        orders.fetchMore({});
    QCOMPARE(orders.rowCount(), 250);
    orders.sort(OrdersModel::PlacedAt, Qt::AscendingOrder);
    orders.setCustomer(u"c3"_s);
    QCOMPARE(orders.rowCount(), 0);
    TicketQueueModel queue(*c.db);
    QAbstractItemModelTester t2(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.setFilter({TicketRepository::Queue::All, {}, {}, 0, {}});
    QCOMPARE(queue.rowCount(), 3);
    queue.refresh();
    QCOMPARE(queue.rowCount(), 3);
}

void TestModels::ordersLoadLazily()
{
    SampleCache c;
    OrdersModel model(*c.db); // no tester here: it fetches more by itself, and this test counts pages
    model.setCustomer(u"c1"_s);
    QCOMPARE(model.rowCount(), 100); // one page, not 250
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 100);
    QCOMPARE(inserted.first().at(2).toInt(), 199);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // harmless at the end
    QCOMPARE(model.rowCount(), 250);
    const QModelIndex total = model.index(0, OrdersModel::Total);
    QCOMPARE(model.data(total, RawRole).toLongLong(), 1249);
    QVERIFY(model.data(total).toString().contains(u"12.49"_s));
    QCOMPARE(model.data(model.index(0, OrdersModel::OrderNo), IdRole).toString(), u"o249"_s);
}

void TestModels::ordersSortAndFilterInSql()
{
    SampleCache c;
    OrdersModel model(*c.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(u"c1"_s);
    model.sort(OrdersModel::Total, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(0, OrdersModel::Total), RawRole).toLongLong(), 1000);
    model.sort(OrdersModel::Total, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, OrdersModel::Total), RawRole).toLongLong(), 1249);
    model.setStatusFilter(u"cancelled"_s);
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(!model.canFetchMore({}));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.data(model.index(r, OrdersModel::Status), RawRole).toString(), u"cancelled"_s);
}

void TestModels::ticketQueue()
{
    SampleCache c;
    TicketQueueModel model(*c.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({TicketRepository::Queue::Open, u"s1"_s, u"returns"_s, 2000, {}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, TicketQueueModel::TicketNo)).toString(), u"T00000001"_s);
    QCOMPARE(model.data(model.index(1, TicketQueueModel::Assignee), RawRole).toString(), QString());
    QVERIFY(model.data(model.index(0, TicketQueueModel::SlaDue)).toString().contains(u"overdue"_s));
    QVERIFY(model.data(model.index(0, TicketQueueModel::SlaDue), Qt::ForegroundRole).isValid());
    model.setFilter({TicketRepository::Queue::Unassigned, u"s1"_s, u"returns"_s, 2000, {}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.ticketIdAt(0), u"t2"_s);
}

void TestModels::customerSearch()
{
    SampleCache c;
    CustomerSearchModel model(*c.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(u"13800138000"_s);
    QCOMPARE(model.rowCount(), 2); // both records that share the phone
    QCOMPARE(model.data(model.index(0, CustomerSearchModel::MatchedBy), RawRole).toString(), u"phone"_s);
    model.setQuery(u"刘"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.customerIdAt(0), u"c3"_s);
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
