// The 360° view's and the ticket view's item models under QAbstractItemModelTester: what they show, what the raw
// role holds, and how reveals and conflicts are presented.
#include "core/domain/CustomerRepository.h"
#include "core/domain/TicketRepository.h"
#include "models/AddressesModel.h"
#include "models/ConversationModel.h"
#include "models/CustomerTicketsModel.h"
#include "models/IdentitiesModel.h"
#include "models/MergeSuggestionsModel.h"
#include "models/ModelRoles.h"
#include "models/OrderItemsModel.h"
#include "models/ReturnsModel.h"
#include "models/ShipmentsModel.h"
#include "models/SyncModels.h"
#include "models/TagsModel.h"
#include "models/TimelineModel.h"
#include "tests/common/SampleCache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::QtTest;
}

class TestRecordModels final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identitiesShowRevealUntilExpiry();
    void addressesRevealPerField();
    void tagsGroupByDimension();
    void timelineTranslatesReturns();
    void orderDetailModels();
    void mergeSuggestionsSpellOutEvidence();
    void customerTicketsOpenFirst();
    void conversationRoles();
    void conflictsAndOutbox();
};

void TestRecordModels::identitiesShowRevealUntilExpiry()
{
    SampleCache c;
    IdentitiesModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    QList<IdentityRecord> ids = CustomerRepository(*c.db).identities(u"c1"_s);
    QVERIFY(ids.size() >= 2);
    const auto phone =
        std::find_if(ids.begin(), ids.end(), [](const IdentityRecord &i) { return i.kind == u"phone"_s; });
    QVERIFY(phone != ids.end());
    phone->value = u"138****8000"_s; // as the server sends it to an agent
    const QString masked = phone->id;
    model.setIdentities(ids);
    const int row = model.rowOf(masked);
    QVERIFY(row >= 0);
    const QModelIndex value = model.index(row, IdentitiesModel::Value);
    QCOMPARE(value.data().toString(), u"138****8000"_s);
    QVERIFY(value.data(IdentitiesModel::MaskedRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRevealed(masked, u"13800138000"_s, 5000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(value.data().toString(), u"13800138000"_s);
    QVERIFY(!value.data(IdentitiesModel::MaskedRole).toBool());
    QCOMPARE(value.data(IdentitiesModel::RevealedUntilRole).toLongLong(), 5000);
    QVERIFY(value.data(Qt::ToolTipRole).toString().contains(u"Revealed until"_s));

    QCOMPARE(model.expire(4999), 0); // not yet
    QCOMPARE(value.data().toString(), u"13800138000"_s);
    QCOMPARE(model.expire(5000), 1);
    QCOMPARE(value.data().toString(), u"138****8000"_s);
    QVERIFY(value.data(IdentitiesModel::MaskedRole).toBool());

    model.setRevealed(u"no-such-id"_s, u"x"_s, 1); // ignored
    QCOMPARE(model.expire(10), 0);
    QCOMPARE(model.index(row, IdentitiesModel::Kind).data(RawRole).toString(), u"phone"_s);
    QCOMPARE(model.index(row, IdentitiesModel::Kind).data().toString(), u"Phone"_s);
}

void TestRecordModels::addressesRevealPerField()
{
    AddressesModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    AddressRecord a;
    a.id = u"a1"_s;
    a.recipient = u"张伟"_s;
    a.phone = u"138****8000"_s;
    a.line = u"南京路****"_s;
    a.province = u"上海"_s;
    a.city = u"上海"_s;
    a.isDefault = true;
    model.setAddresses({a});
    const QModelIndex phone = model.index(0, AddressesModel::Phone);
    const QModelIndex line = model.index(0, AddressesModel::Line);
    QCOMPARE(phone.data(AddressesModel::FieldRole).toString(), u"phone"_s);
    QCOMPARE(line.data(AddressesModel::FieldRole).toString(), u"line"_s);
    QCOMPARE(model.index(0, AddressesModel::Recipient).data(AddressesModel::FieldRole).toString(), QString());
    QVERIFY(phone.data(AddressesModel::MaskedRole).toBool());
    model.setRevealed(u"a1"_s, u"phone"_s, u"13800138000"_s, 100);
    QCOMPARE(phone.data().toString(), u"13800138000"_s);
    QCOMPARE(line.data().toString(), u"南京路****"_s); // only the field that was revealed
    QVERIFY(!phone.data(AddressesModel::MaskedRole).toBool());
    QCOMPARE(model.expire(100), 1);
    QCOMPARE(phone.data().toString(), u"138****8000"_s);
}

void TestRecordModels::tagsGroupByDimension()
{
    TagsModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    QCOMPARE(model.rowCount(), 3); // the three dimensions, even when empty
    TagRecord t1{u"t1"_s, u"behavior"_s, u"style"_s, u"minimal"_s, 0.4, u"system"_s};
    TagRecord t2{u"t2"_s, u"behavior"_s, u"channel"_s, u"mini_program"_s, 0.9, u"agent"_s};
    TagRecord t3{u"t3"_s, u"scenario"_s, u"gift"_s, u"yes"_s, 1.0, u"import"_s};
    TagRecord odd{u"t4"_s, u"unknown_dimension"_s, u"x"_s, u"y"_s, 1.0, u"system"_s};
    model.setTags({t1, t2, t3, odd});
    QCOMPARE(model.tagCount(), 3); // a tag of an unknown dimension is not shown under a wrong heading
    const QModelIndex basic = model.index(0, 0);
    const QModelIndex behavior = model.index(1, 0);
    QCOMPARE(model.rowCount(basic), 0);
    QCOMPARE(model.rowCount(behavior), 2);
    QCOMPARE(behavior.data(RawRole).toString(), u"behavior"_s);
    QVERIFY(behavior.data().toString().contains(u"(2)"_s));
    // Strongest first within a group.
    QCOMPARE(model.index(0, TagsModel::Tag, behavior).data().toString(), u"channel"_s);
    QCOMPARE(model.tagAt(model.index(1, 0, behavior))->id, u"t1"_s);
    QCOMPARE(model.tagAt(behavior), nullptr);
    QCOMPARE(model.parent(model.index(0, 2, behavior)), behavior);
    QCOMPARE(model.index(0, TagsModel::Source, model.index(2, 0)).data().toString(), u"Import"_s);
}

void TestRecordModels::timelineTranslatesReturns()
{
    SampleCache c;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setEntries(CustomerRepository(*c.db).timeline(u"c1"_s, 400));
    QVERIFY(model.rowCount() > 250); // orders, the exchange, the ticket
    bool sawReturn = false, sawTicket = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString kind = model.index(r, TimelineModel::Kind).data(RawRole).toString();
        if (kind == u"return"_s) {
            sawReturn = true;
            QCOMPARE(model.index(r, TimelineModel::Detail).data(RawRole).toString(),
                     u"exchange size_too_small requested"_s);
            QCOMPARE(model.index(r, TimelineModel::Detail).data().toString(), u"Exchange Too small Requested"_s);
            QCOMPARE(model.index(r, 0).data(TimelineModel::RefRole).toString(), u"o249"_s);
        }
        if (kind == u"ticket"_s) {
            sawTicket = true;
            QCOMPARE(model.index(r, TimelineModel::Detail).data().toString(), u"换大一码"_s); // as typed
            QCOMPARE(model.index(r, 0).data(IdRole).toString(), u"t1"_s);
        }
    }
    QVERIFY(sawReturn);
    QVERIFY(sawTicket);
    // Newest first.
    QVERIFY(model.index(0, TimelineModel::When).data(RawRole).toLongLong() >=
            model.index(1, TimelineModel::When).data(RawRole).toLongLong());
}

void TestRecordModels::orderDetailModels()
{
    SampleCache c;
    const auto detail = CustomerRepository(*c.db).orderDetail(u"o249"_s);
    QVERIFY(detail);
    OrderItemsModel items;
    QAbstractItemModelTester t1(&items, kFatal);
    items.setRows(detail->items);
    QCOMPARE(items.rowCount(), 1);
    QCOMPARE(items.index(0, OrderItemsModel::Product).data().toString(), u"羊毛大衣"_s);
    QCOMPARE(items.index(0, OrderItemsModel::Size).data().toString(), u"M"_s);
    QCOMPARE(items.index(0, OrderItemsModel::Price).data(RawRole).toLongLong(), 1249);

    ShipmentsModel ships;
    QAbstractItemModelTester t2(&ships, kFatal);
    ships.setShipments(detail->shipments);
    QCOMPARE(ships.rowCount(), 1);
    const QModelIndex parcel = ships.index(0, 0);
    QCOMPARE(ships.index(0, ShipmentsModel::Where).data().toString(), u"SF SF1"_s);
    QCOMPARE(ships.rowCount(parcel), 2);
    // The newest tracking event comes first.
    QCOMPARE(ships.index(0, ShipmentsModel::Where, parcel).data().toString(), u"上海"_s);
    QCOMPARE(ships.index(0, ShipmentsModel::Status, parcel).data().toString(), u"Delivered"_s);
    QCOMPARE(ships.index(1, ShipmentsModel::Status, parcel).data(RawRole).toString(), u"in_transit"_s);

    ReturnsModel returns;
    QAbstractItemModelTester t3(&returns, kFatal);
    returns.setReturns(detail->returns, {{u"oi249"_s, u"羊毛大衣 (M)"_s}});
    QCOMPARE(returns.rowCount(), 1);
    QCOMPARE(returns.index(0, ReturnsModel::Item).data().toString(), u"羊毛大衣 (M)"_s);
    QCOMPARE(returns.index(0, ReturnsModel::Reason).data().toString(), u"Too small"_s);
    QCOMPARE(returns.index(0, ReturnsModel::Outcome).data().toString(), u"new size L"_s);
    QCOMPARE(returns.index(0, ReturnsModel::Outcome).data(RawRole).toString(), u"L"_s);
}

void TestRecordModels::mergeSuggestionsSpellOutEvidence()
{
    SampleCache c;
    MergeSuggestionsModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setSuggestions(CustomerRepository(*c.db).mergeSuggestions(u"c1"_s));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), u"c2"_s);
    const QString evidence = model.index(0, MergeSuggestionsModel::Evidence).data().toString();
    QVERIFY2(evidence.contains(u"Phone"_s) && evidence.contains(u"Device ID"_s), qPrintable(evidence));
    QVERIFY2(evidence.contains(u"Store"_s) && evidence.contains(u"Web shop"_s), qPrintable(evidence));
    QCOMPARE(model.index(0, MergeSuggestionsModel::Evidence).data(RawRole).toStringList().size(), 2);
    QCOMPARE(MergeSuggestionsModel::evidenceText(u"not in the usual form"_s), u"not in the usual form"_s);
}

void TestRecordModels::customerTicketsOpenFirst()
{
    SampleCache c;
    CustomerTicketsModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setTickets(TicketRepository(*c.db).forCustomer(u"c3"_s, 10));
    QCOMPARE(model.rowCount(), 2);
    // t2 (new) before t3 (closed) although t3 is older: open work first.
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), u"t2"_s);
    QCOMPARE(model.index(1, CustomerTicketsModel::Status).data().toString(), u"Closed"_s);
}

void TestRecordModels::conversationRoles()
{
    SampleCache c;
    ConversationModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setMessages(TicketRepository(*c.db).messages(u"t1"_s), {u"tm2"_s});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    const QModelIndex note = model.index(1, 0);
    QCOMPARE(first.data().toString(), u"M码小了"_s); // oldest first
    QCOMPARE(first.data(ConversationModel::AuthorKindRole).toString(), u"customer"_s);
    QVERIFY(!first.data(ConversationModel::PendingRole).toBool());
    QCOMPARE(note.data(ConversationModel::VisibilityRole).toString(), u"internal"_s);
    QCOMPARE(note.data(ConversationModel::AuthorNameRole).toString(), u"李娜"_s);
    QVERIFY(note.data(ConversationModel::PendingRole).toBool());
    QVERIFY(note.data(Qt::AccessibleTextRole).toString().contains(u"Internal note"_s));
}

void TestRecordModels::conflictsAndOutbox()
{
    ConflictsModel conflicts;
    QAbstractItemModelTester t1(&conflicts, kFatal);
    SyncConflict c;
    c.id = u"k1"_s;
    c.table = u"tickets"_s;
    c.rowId = u"0190aaaa-bbbb-7ccc-8ddd-eeeeffff0001"_s;
    c.field = u"status"_s;
    c.base = u"open"_s;
    c.mine = u"solved"_s;
    c.theirs = u"pending"_s;
    c.createdAt = 1;
    conflicts.setConflicts({c});
    QCOMPARE(conflicts.index(0, ConflictsModel::Field).data().toString(), u"Status"_s);
    QCOMPARE(conflicts.index(0, ConflictsModel::Mine).data().toString(), u"Solved"_s);
    QCOMPARE(conflicts.index(0, ConflictsModel::Theirs).data().toString(), u"Pending"_s);
    QCOMPARE(conflicts.index(0, ConflictsModel::Theirs).data(RawRole).toString(), u"pending"_s);
    QCOMPARE(conflicts.index(0, 0).data(IdRole).toString(), u"k1"_s);
    QCOMPARE(ConflictsModel::valueText(QJsonValue::Null), u"(empty)"_s);

    OutboxModel outbox;
    QAbstractItemModelTester t2(&outbox, kFatal);
    OutboxEntry e;
    e.id = u"m1"_s;
    e.kind = u"ticket.set_status"_s;
    e.table = u"tickets"_s;
    e.rowId = c.rowId;
    e.state = u"rejected"_s;
    e.errorCode = u"forbidden"_s;
    e.errorMessage = u"agents cannot close tickets of another team"_s;
    outbox.setEntries({e});
    QCOMPARE(outbox.index(0, OutboxModel::Change).data().toString(), u"Ticket status"_s);
    QCOMPARE(outbox.index(0, OutboxModel::State).data().toString(), u"Rejected"_s);
    QCOMPARE(outbox.index(0, OutboxModel::Reason).data().toString(), e.errorMessage);
    QCOMPARE(outbox.index(0, OutboxModel::Reason).data(RawRole).toString(), u"forbidden"_s);
    QCOMPARE(OutboxModel::kindText(u"something.new"_s), u"something.new"_s);
}

QTEST_MAIN(TestRecordModels)
#include "tst_recordmodels.moc"
