// The workstation's widgets driven like an agent drives them (keyboard first, by object name), offscreen, over a
// sample cache: global search, customer tabs, the 360° view, reveal (online and refused offline), tickets from an
// order, replies and notes through the outbox, quick replies, queues, the sync status, the shortcut overlay, and
// accessible names on every input.
#include "core/storage/Database.h"
#include "core/sync/SyncStore.h"
#include "models/ConversationModel.h"
#include "models/CustomerSearchModel.h"
#include "models/IdentitiesModel.h"
#include "models/ModelRoles.h"
#include "models/TicketQueueModel.h"
#include "tests/common/SampleCache.h"
#include "tests/ui/FakeSession.h"
#include "ui/Clock.h"
#include "ui/MainWindow.h"
#include "ui/commands/CommandController.h"
#include "ui/customers/CustomerView.h"
#include "ui/customers/CustomersArea.h"
#include "ui/customers/OrderDetailPanel.h"
#include "ui/customers/OrdersPanel.h"
#include "ui/customers/ProfilePanel.h"
#include "ui/reveal/RevealDialog.h"
#include "ui/settings/Settings.h"
#include "ui/settings/Theme.h"
#include "ui/shell/GlobalSearch.h"
#include "ui/shell/ShortcutOverlay.h"
#include "ui/shell/SyncStatus.h"
#include "ui/sync/SyncInbox.h"
#include "ui/tickets/Composer.h"
#include "ui/tickets/NewTicketDialog.h"
#include "ui/tickets/QuickReplyPicker.h"
#ifdef PANORAMA_HAS_QA
#include "ui/tickets/ReplyCheck.h"
#endif
#include "ui/tickets/TicketQueuePanel.h"
#include "ui/tickets/TicketView.h"
#include "ui/tickets/TicketsArea.h"
#ifdef PANORAMA_HAS_SEARCH
#include "core/search/SearchService.h"
#include "models/KnowledgeHitsModel.h"
#include "ui/knowledge/KnowledgeArea.h"
#include "ui/knowledge/KnowledgeIndex.h"
#include "ui/knowledge/ReplySuggestions.h"
#endif

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {

// The sample cache as an agent's cache holds it: phones masked by the server (the blind index keeps the full value).
struct Fixture
{
    Fixture(const QString &role = u"agent"_s)
    {
        cache.db->exec("UPDATE identities SET value = '138****8000' WHERE id = 'i1'");
        session = std::make_unique<FakeSession>(*cache.db,
                                                SessionUser{u"s1"_s, u"lina"_s, u"李娜"_s, role, u"returns"_s, {}});
        settings = Settings::temporary();
        window = std::make_unique<MainWindow>(*session, *settings);
        window->show();
    }
    QAction *command(const QString &id) const { return window->commands()->find(id)->action(); }
    CustomerView *openC1()
    {
        window->openCustomer(u"c1"_s);
        return window->customers()->currentView();
    }

    SampleCache cache;
    std::unique_ptr<FakeSession> session;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;
};

// Types like an agent: ASCII through key presses, Chinese through the input method's commit (as Pinyin input
// methods deliver it).
void type(QWidget *w, const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(w, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}

template <typename T> T *dialog(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<T *>(w); d && d->isVisible() && (name.isEmpty() || d->objectName() == name))
            return d;
    }
    return nullptr;
}

} // namespace

class TestUiWidgets final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void searchAsYouTypeOpensCustomer();
    void searchFindsByOrderNumberAndName();
    void tabsHoldSeveralCustomers();
    void ordersAreLazySortedAndFiltered();
    void orderDetailShowsItemsTrackingReturns();
    void duplicatesShowEvidenceAndMergeSaysWhyNot();
    void revealIsRefusedClearlyOffline();
    void revealNeedsReasonAndShowsValueUntilExpiry();
    void ticketFromAnOrderGoesToTheOutbox();
    void replyAndInternalNoteWithKeyboard();
    void quickReplyFillsVariables();
    void replyIsCheckedAsYouType();
    void queueFiltersAndSlaClock();
    void statusAndAssignmentGoThroughOutbox();
    void syncStatusAndConflictInbox();
    void shortcutOverlayListsCommands();
    void commandsFollowRoleAndSelection();
    void inputsHaveAccessibleNames();
    void settingsApplyTheme();
#ifdef PANORAMA_HAS_SEARCH
    void knowledgeSearchFiltersAndRendersArticles();
    void replySuggestionsFollowTheDraft();
#endif
};

void TestUiWidgets::initTestCase()
{
    Theme::apply(*qApp, Settings::Theme::Light, 0);
}

void TestUiWidgets::init()
{
    Clock::setOffset(0);
}

void TestUiWidgets::searchAsYouTypeOpensCustomer()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_K, Qt::ControlModifier);
    GlobalSearch *search = f.window->search();
    QTRY_VERIFY(search->hasFocus());
    // The agent types the full number the customer reads out; the cache only holds the masked one.
    QTest::keyClicks(search, u"138 0013 8000"_s);
    QTRY_VERIFY(search->resultsVisible());
    QCOMPARE(search->model()->rowCount(), 2); // both records sharing the phone: a likely duplicate
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Up);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(f.window->customers()->currentView());
    CustomerView *v = f.window->customers()->currentView();
    QCOMPARE(v->displayName(), u"张伟"_s);
    QVERIFY(!search->resultsVisible());
    QCOMPARE(f.window->currentArea(), u"customers"_s);
    auto *tier = v->findChild<QLabel *>(u"customerTier"_s);
    QVERIFY(tier);
    QCOMPARE(tier->text(), u"Platinum"_s);
    QCOMPARE(v->findChild<QLabel *>(u"customerPhone"_s)->text(), u"138****8000"_s);

    // Escape closes the list; an unknown value says so.
    search->activate();
    QTest::keyClicks(search, u"99999999999"_s);
    QTRY_COMPARE(search->model()->rowCount(), 0);
    QVERIFY(search->resultsVisible()); // saying that nothing matches
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(!search->resultsVisible());
}

void TestUiWidgets::searchFindsByOrderNumberAndName()
{
    Fixture f;
    GlobalSearch *search = f.window->search();
    search->activate();
    QTest::keyClicks(search, u"LL00000249"_s);
    search->searchNow();
    QCOMPARE(search->model()->rowCount(), 1);
    QCOMPARE(search->model()->customerIdAt(0), u"c1"_s);
    search->activate();
    type(search, u"刘"_s);
    search->searchNow();
    QCOMPARE(search->model()->customerIdAt(0), u"c3"_s);
    QTest::keyClick(search, Qt::Key_Enter);
    QTRY_COMPARE(f.window->customers()->currentView()->customerId(), u"c3"_s);
}

void TestUiWidgets::tabsHoldSeveralCustomers()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    f.window->openCustomer(u"c1"_s);
    f.window->openCustomer(u"c3"_s);
    CustomersArea *area = f.window->customers();
    QCOMPARE(area->openCount(), 2);
    f.window->openCustomer(u"c1"_s); // already open: switch, do not duplicate
    QCOMPARE(area->openCount(), 2);
    QCOMPARE(area->currentView()->customerId(), u"c1"_s);
    QTest::keyClick(area->currentView(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(area->currentView()->customerId(), u"c3"_s);
    QTest::keyClick(area->currentView(), Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(area->openCount(), 1);
    QCOMPARE(area->currentView()->customerId(), u"c1"_s);
    QVERIFY(!area->openCustomer(u"no-such-customer"_s));
    QCOMPARE(area->openCount(), 1);
}

void TestUiWidgets::ordersAreLazySortedAndFiltered()
{
    Fixture f;
    CustomerView *v = f.openC1();
    QTableView *orders = v->orders()->view();
    QCOMPARE(orders->model()->rowCount(), 100); // one page of 250
    orders->scrollToBottom();
    QTRY_VERIFY(orders->model()->rowCount() > 100); // the view asked for more as it scrolled
    orders->sortByColumn(5 /* Total */, Qt::AscendingOrder);
    QCOMPARE(orders->model()->index(0, 5).data(Qt::UserRole + 1).toLongLong(), 1000);
    auto *filter = v->findChild<QComboBox *>(u"orderStatusFilter"_s);
    filter->setCurrentIndex(filter->findData(u"cancelled"_s));
    QCOMPARE(orders->model()->rowCount(), 25);
    QVERIFY(!orders->model()->canFetchMore({}));
}

void TestUiWidgets::orderDetailShowsItemsTrackingReturns()
{
    Fixture f;
    CustomerView *v = f.openC1();
    OrderDetailPanel *detail = v->orders()->detail();
    QVERIFY(!detail->newTicketButton()->isEnabled()); // nothing selected yet
    QVERIFY(v->selectOrder(u"o249"_s));
    QCOMPARE(v->selectedOrderNo(), u"LL00000249"_s);
    QCOMPARE(detail->itemsView()->model()->rowCount(), 1);
    auto *tabs = detail->findChild<QTabWidget *>(u"orderDetailTabs"_s);
    QCOMPARE(tabs->tabText(1), u"Tracking (1)"_s);
    QCOMPARE(tabs->currentIndex(), 2); // the open exchange is what the agent needs first
    QVERIFY(detail->newTicketButton()->isEnabled());
    QVERIFY(v->selectOrder(u"o0"_s)); // on the last page: fetched until found
    QCOMPARE(v->selectedOrderNo(), u"LL00000000"_s);
}

void TestUiWidgets::duplicatesShowEvidenceAndMergeSaysWhyNot()
{
    Fixture f;
    f.session->setOnline(true);
    CustomerView *v = f.openC1();
    QTableView *dups = v->profile()->duplicatesView();
    QCOMPARE(dups->model()->rowCount(), 1);
    QVERIFY(dups->model()->index(0, 1).data().toString().contains(u"Device ID"_s));
    auto *merge = v->findChild<QPushButton *>(u"mergeButton"_s);
    QVERIFY(!merge->isEnabled());
    QVERIFY(merge->toolTip().contains(u"server"_s));
    QVERIFY(!f.command(u"customer.merge"_s)->isEnabled());
    // "Open" opens the other record in a tab of its own.
    v->findChild<QPushButton *>(u"openDuplicateButton"_s)->click();
    QCOMPARE(f.window->customers()->currentView()->customerId(), u"c2"_s);
}

void TestUiWidgets::revealIsRefusedClearlyOffline()
{
    Fixture f;
    f.openC1();
    QAction *reveal = f.command(u"customer.reveal"_s);
    QVERIFY(!reveal->isEnabled());
    QVERIFY(reveal->toolTip().contains(u"offline"_s));
    auto *button = f.window->customers()->currentView()->findChild<QToolButton *>(u"revealPhoneButton"_s);
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled());
    // Even a dialog opened before the connection dropped refuses, and says why.
    f.session->setOnline(true);
    f.window->customers()->revealCurrent();
    auto *d = dialog<RevealDialog>(u"revealDialog"_s);
    QVERIFY(d);
    f.session->setOnline(false);
    auto *status = d->findChild<QLabel *>(u"revealStatus"_s);
    QVERIFY(status->text().contains(u"offline"_s));
    QVERIFY(!d->findChild<QPushButton *>(u"revealButton"_s)->isEnabled());
    QCOMPARE(f.session->revealRequests(), 0);
    d->close();
}

void TestUiWidgets::revealNeedsReasonAndShowsValueUntilExpiry()
{
    Fixture f;
    f.session->setOnline(true);
    CustomerView *v = f.openC1();
    RevealOutcome granted;
    granted.granted = true;
    granted.value = u"13800138000"_s;
    granted.expiresAt = QDateTime::currentMSecsSinceEpoch() + 1500;
    f.session->scriptReveal(granted);
    QVERIFY(f.command(u"customer.reveal"_s)->isEnabled());
    f.command(u"customer.reveal"_s)->trigger();
    auto *d = dialog<RevealDialog>(u"revealDialog"_s);
    QVERIFY(d);
    auto *go = d->findChild<QPushButton *>(u"revealButton"_s);
    QVERIFY(!go->isEnabled()); // a reason first
    auto *reason = d->findChild<QComboBox *>(u"revealReason"_s);
    reason->setCurrentIndex(1);
    QVERIFY(go->isEnabled());
    QTest::keyClicks(d->findChild<QLineEdit *>(u"revealDetails"_s), u"T00000001"_s);
    go->click();
    QTRY_VERIFY(d->findChild<QLabel *>(u"revealValue"_s)->isVisible());
    QCOMPARE(d->findChild<QLabel *>(u"revealValue"_s)->text(), u"13800138000"_s);
    QCOMPARE(f.session->lastRevealReason(), u"Call the customer back: T00000001"_s);
    QCOMPARE(v->findChild<QLabel *>(u"customerPhone"_s)->text(), u"13800138000"_s);
    const IdentitiesModel *ids = v->profile()->identities();
    const QModelIndex value = ids->index(ids->rowOf(u"i1"_s), IdentitiesModel::Value);
    QCOMPARE(value.data().toString(), u"13800138000"_s);
    // The grant expires: masked again everywhere.
    QTRY_COMPARE_WITH_TIMEOUT(value.data().toString(), u"138****8000"_s, 5000);
    QTRY_COMPARE(v->findChild<QLabel *>(u"customerPhone"_s)->text(), u"138****8000"_s);
    QTRY_VERIFY(d->findChild<QLabel *>(u"revealCountdown"_s)->text().contains(u"expired"_s));
    d->close();

    // A refusal from the server is shown in the dialog, not swallowed.
    RevealOutcome refused;
    refused.error = u"identities i1 is outside lina's scope"_s;
    f.session->scriptReveal(refused);
    f.window->customers()->revealCurrent(u"i1"_s);
    d = dialog<RevealDialog>(u"revealDialog"_s);
    d->findChild<QComboBox *>(u"revealReason"_s)->setCurrentIndex(2);
    d->findChild<QPushButton *>(u"revealButton"_s)->click();
    QTRY_VERIFY(d->findChild<QLabel *>(u"revealStatus"_s)->text().contains(u"outside"_s));
    d->close();
}

void TestUiWidgets::ticketFromAnOrderGoesToTheOutbox()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    f.window->openCustomer(u"c3"_s); // no orders
    QVERIFY(!f.command(u"customer.newOrderTicket"_s)->isEnabled());
    QVERIFY(f.command(u"customer.newOrderTicket"_s)->toolTip().contains(u"Select an order"_s));
    QVERIFY(f.command(u"customer.newTicket"_s)->isEnabled()); // a ticket for the customer needs no order
    CustomerView *v = f.openC1();
    QVERIFY(v->selectOrder(u"o249"_s));
    QTRY_VERIFY(f.command(u"customer.newOrderTicket"_s)->isEnabled());
    v->orders()->view()->setFocus();
    QTest::keyClick(v->orders()->view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NewTicketDialog *d = nullptr;
    QTRY_VERIFY((d = dialog<NewTicketDialog>(u"newTicketDialog"_s)));
    QVERIFY(d->windowTitle().contains(u"LL00000249"_s));
    auto *create = d->findChild<QPushButton *>(u"createTicketButton"_s);
    QVERIFY(!create->isEnabled());
    type(d->findChild<QLineEdit *>(u"newTicketSubject"_s), u"换大一码 L"_s);
    auto *category = d->findChild<QComboBox *>(u"newTicketCategory"_s);
    category->setCurrentIndex(category->findData(u"size_problem"_s));
    type(d->findChild<QPlainTextEdit *>(u"newTicketNote"_s), u"客户来电，M码偏小"_s);
    create->click();
    QTRY_COMPARE(f.session->pendingChanges(), 2); // the ticket and its first note
    const QList<OutboxEntry> outbox = f.session->outbox();
    QCOMPARE(outbox.first().kind, u"ticket.create"_s);
    QCOMPARE(outbox.first().set.value(u"order_id"_s).toString(), u"o249"_s);
    QCOMPARE(outbox.first().set.value(u"customer_id"_s).toString(), u"c1"_s);
    QCOMPARE(outbox.first().set.value(u"category"_s).toString(), u"size_problem"_s);
    QCOMPARE(outbox.at(1).kind, u"ticket.note"_s);
    // The new ticket opens, with its provisional number until the server assigns one.
    QTRY_COMPARE(f.window->currentArea(), u"tickets"_s);
    TicketView *tv = f.window->tickets()->ticketView();
    QTRY_VERIFY(tv->ticket().has_value());
    QVERIFY(tv->findChild<QLabel *>(u"ticketTitle"_s)->text().contains(u"换大一码 L"_s));
    QVERIFY(tv->findChild<QLabel *>(u"ticketOrder"_s)->text().contains(u"LL00000249"_s));
    QCOMPARE(tv->findChild<QListView *>(u"conversationView"_s)->model()->rowCount(), 1);
}

void TestUiWidgets::replyAndInternalNoteWithKeyboard()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    f.window->openTicket(u"t1"_s);
    TicketView *tv = f.window->tickets()->ticketView();
    QListView *conversation = tv->findChild<QListView *>(u"conversationView"_s);
    QCOMPARE(conversation->model()->rowCount(), 2);
    QPlainTextEdit *edit = tv->composer()->editor();
    QTest::keyClick(tv, Qt::Key_R, Qt::ControlModifier); // write a reply
    QTRY_VERIFY(edit->hasFocus());
    type(edit, u"您好，已为您登记换L码。"_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(conversation->model()->rowCount(), 3);
    QVERIFY(edit->toPlainText().isEmpty());
    const QModelIndex reply = conversation->model()->index(2, 0);
    QCOMPARE(reply.data(ConversationModel::VisibilityRole).toString(), u"public"_s);
    QVERIFY(reply.data(ConversationModel::PendingRole).toBool()); // not synced yet
    QTest::keyClick(edit, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(tv->composer()->isInternal());
    type(edit, u"库存已锁定"_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(conversation->model()->rowCount(), 4);
    QCOMPARE(conversation->model()->index(3, 0).data(ConversationModel::VisibilityRole).toString(), u"internal"_s);
    QCOMPARE(f.session->pendingChanges(), 2);
    // An empty composer sends nothing.
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(f.session->pendingChanges(), 2);
}

void TestUiWidgets::quickReplyFillsVariables()
{
    Fixture f;
    f.cache.db->exec("INSERT INTO kb_articles(id, slug, language, title, body, category, kind) VALUES"
                     " ('k1', 'qr-hold', 'zh-CN', '查询中请稍候', '好的，{{customer.name}}，正在查询订单 "
                     "{{order.number}}，退款 {{refund.amount}}', 'other', 'quick_reply')");
    f.window->openTicket(u"t1"_s);
    TicketView *tv = f.window->tickets()->ticketView();
    f.command(u"ticket.quickReply"_s)->trigger();
    QuickReplyPicker *picker = nullptr;
    QTRY_VERIFY((picker = dialog<QuickReplyPicker>(u"quickReplyPicker"_s)));
    auto *preview = picker->findChild<QTextBrowser *>(u"quickReplyPreview"_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"张伟"_s));
    QVERIFY(preview->toPlainText().contains(u"LL00000249"_s));
    QVERIFY(picker->findChildren<QLabel *>().size() > 0);
    type(picker->findChild<QLineEdit *>(u"quickReplyFilter"_s), u"查询"_s);
    QTest::keyClick(picker->findChild<QLineEdit *>(u"quickReplyFilter"_s), Qt::Key_Return);
    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(tv->composer()->text(), u"好的，张伟，正在查询订单 LL00000249，退款 {{refund.amount}}"_s);
}

void TestUiWidgets::replyIsCheckedAsYouType()
{
#ifdef PANORAMA_HAS_QA
    Fixture f;
    f.window->openTicket(u"t1"_s);
    TicketView *tv = f.window->tickets()->ticketView();
    ReplyCheck *check = tv->replyCheck();
    QVERIFY(check && check->available());
    QPlainTextEdit *edit = tv->composer()->editor();
    type(edit, u"您好，我们保证全额退款，无条件退货。"_s); // promises nobody may make
    check->checkNow();
    QVERIFY(check->isVisible());
    QVERIFY(check->findingCount() >= 1);
    QVERIFY(check->blocksSending());
    QVERIFY(!tv->composer()->sendButton()->isEnabled());
    QVERIFY(tv->composer()->sendButton()->toolTip().contains(u"critical"_s));
    const QString findings = check->findChild<QLabel *>(u"replyCheckFindings"_s)->text();
    QVERIFY(!findings.isEmpty());
    // The compliant wording clears it and sending is possible again.
    edit->clear();
    type(edit, u"您好，退款需要仓库质检通过后办理，我们会尽快为您处理。"_s);
    check->checkNow();
    QVERIFY(!check->blocksSending());
    QVERIFY(tv->composer()->sendButton()->isEnabled());
    // Internal notes are for colleagues: not checked.
    tv->composer()->setInternal(true);
    edit->clear();
    type(edit, u"无条件退货"_s);
    check->checkNow();
    QVERIFY(!check->blocksSending());
#else
    QSKIP("this build has no QA capability");
#endif
}

void TestUiWidgets::queueFiltersAndSlaClock()
{
    Clock::pretendNowIs(2000); // t1 is due at 1000, t2 far in the future
    Fixture f;
    TicketQueuePanel *queue = f.window->tickets()->queue();
    QCOMPARE(queue->model()->rowCount(), 0); // loads when first shown, not at start-up
    f.window->showArea(u"tickets"_s);
    QCOMPARE(queue->queue(), TicketRepository::Queue::Mine);
    QCOMPARE(queue->model()->rowCount(), 1);
    queue->findChild<QToolButton *>(u"queueUnassigned"_s)->click();
    QCOMPARE(queue->model()->rowCount(), 1);
    QCOMPARE(queue->model()->ticketIdAt(0), u"t2"_s);
    queue->findChild<QToolButton *>(u"queueBreaching"_s)->click();
    QCOMPARE(queue->model()->rowCount(), 1);
    QCOMPARE(queue->model()->ticketIdAt(0), u"t1"_s);
    QVERIFY(queue->model()->index(0, TicketQueueModel::SlaDue).data().toString().contains(u"overdue"_s));
    queue->findChild<QToolButton *>(u"queueOpen"_s)->click();
    QCOMPARE(queue->model()->rowCount(), 2);
    QTest::keyClicks(queue->findChild<QLineEdit *>(u"queueFilter"_s), u"parcel"_s);
    QTRY_COMPARE(queue->model()->rowCount(), 1);
    // Enter on a row opens the ticket and puts the cursor in the composer.
    f.window->showArea(u"tickets"_s);
    queue->view()->setCurrentIndex(queue->model()->index(0, 0));
    QTest::keyClick(queue->view(), Qt::Key_Return);
    QTRY_COMPARE(f.window->tickets()->ticketView()->ticketId(), u"t2"_s);
    auto *sla = f.window->tickets()->ticketView()->findChild<QLabel *>(u"ticketSla"_s);
    QVERIFY(sla->text().startsWith(u"SLA "_s));
}

void TestUiWidgets::statusAndAssignmentGoThroughOutbox()
{
    Fixture f;
    f.window->openTicket(u"t2"_s);
    TicketView *tv = f.window->tickets()->ticketView();
    auto *status = tv->findChild<QComboBox *>(u"ticketStatus"_s);
    QCOMPARE(status->currentData().toString(), u"new"_s);
    f.command(u"ticket.assignMe"_s)->trigger();
    QTRY_COMPARE(f.session->pendingChanges(), 1);
    QTRY_COMPARE(tv->findChild<QComboBox *>(u"ticketAssignee"_s)->currentData().toString(), u"s1"_s);
    f.command(u"ticket.solve"_s)->trigger();
    QTRY_COMPARE(f.session->pendingChanges(), 2);
    QTRY_COMPARE(status->currentData().toString(), u"solved"_s);
    const QList<OutboxEntry> out = f.session->outbox();
    QCOMPARE(out.at(0).kind, u"ticket.assign"_s);
    QCOMPARE(out.at(1).kind, u"ticket.set_status"_s);
    QCOMPARE(out.at(1).base.value(u"status"_s).toString(), u"new"_s); // the base the server checks conflicts on
    // The queue follows the edit: t2 is no longer unassigned.
    f.window->tickets()->queue()->setQueue(TicketRepository::Queue::Unassigned);
    QCOMPARE(f.window->tickets()->queue()->model()->rowCount(), 0);
}

void TestUiWidgets::syncStatusAndConflictInbox()
{
    Fixture f;
    SyncStatus *status = f.window->syncStatus();
    QVERIFY(status->connectionButton()->text().contains(u"Offline"_s));
    f.session->setOnline(true);
    QVERIFY(status->connectionButton()->text().contains(u"Online"_s));
    QVERIFY(!status->conflictsButton()->isVisible());
    f.window->openTicket(u"t1"_s);
    f.command(u"ticket.solve"_s)->trigger();
    QTRY_VERIFY(status->pendingButton()->text().startsWith(u"1 "_s));
    SyncConflict c;
    c.id = u"k1"_s;
    c.mutationId = f.session->outbox().first().id;
    c.table = u"tickets"_s;
    c.rowId = u"t1"_s;
    c.field = u"status"_s;
    c.base = u"open"_s;
    c.mine = u"solved"_s;
    c.theirs = u"pending"_s;
    c.createdAt = 5;
    SyncStore(*f.cache.db).addConflict(c);
    Q_EMIT f.session->conflictsChanged();
    QTRY_VERIFY(status->conflictsButton()->isVisible());
    QVERIFY(status->conflictsButton()->text().contains(u"1"_s));
    status->conflictsButton()->click();
    SyncInbox *inbox = nullptr;
    QTRY_VERIFY((inbox = f.window->findChild<SyncInbox *>()));
    QCOMPARE(inbox->conflictsView()->model()->rowCount(), 1);
    QCOMPARE(inbox->conflictsView()->model()->index(0, 4).data().toString(), u"Solved"_s);
    inbox->findChild<QPushButton *>(u"keepTheirsButton"_s)->click();
    QTRY_COMPARE(inbox->conflictsView()->model()->rowCount(), 0);
    QTRY_VERIFY(!status->conflictsButton()->isVisible());
    inbox->showPage(SyncInbox::Outbox);
    QCOMPARE(inbox->outboxView()->model()->rowCount(), 1);
    inbox->close();
    // Ctrl+Shift+O toggles the connection from anywhere.
    f.command(u"sync.toggle"_s)->trigger();
    QVERIFY(!f.session->isOnline());
}

void TestUiWidgets::shortcutOverlayListsCommands()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_F1);
    ShortcutOverlay *overlay = f.window->shortcutOverlay();
    QTRY_VERIFY(overlay->isVisible());
    const QString text = overlay->text();
    for (const QString &expected : {u"Ctrl+K"_s, u"Find a customer"_s, u"Ctrl+Shift+R"_s, u"Ctrl+Return"_s,
                                    u"Insert a quick reply"_s, u"Ctrl+Shift+C"_s, u"Customer"_s, u"Tickets"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QTest::keyClick(overlay, Qt::Key_Escape);
    QVERIFY(!overlay->isVisible());
    // Every command with a shortcut is in the listing (the overlay is generated from them).
    for (Command *c : f.window->commands()->commands()) {
        if (!c->action()->shortcut().isEmpty())
            QVERIFY2(text.contains(c->action()->text().remove(u'&')), qPrintable(c->id()));
    }
}

void TestUiWidgets::commandsFollowRoleAndSelection()
{
    {
        Fixture agent;
        // An agent reaches their own QA alerts (to acknowledge or dispute) but cannot review them.
        agent.window->showArea(u"qa"_s);
        QCOMPARE(agent.window->currentArea(), u"qa"_s);
        QVERIFY(!agent.command(u"qa.confirm"_s)->isEnabled());
        QVERIFY(agent.command(u"qa.confirm"_s)->toolTip().contains(u"role"_s));
        QVERIFY(!agent.command(u"ticket.solve"_s)->isEnabled()); // no ticket open
        QVERIFY(agent.command(u"ticket.solve"_s)->toolTip().contains(u"Open a ticket first"_s));
        QVERIFY(!agent.command(u"sync.now"_s)->isEnabled()); // offline
        agent.session->setOnline(true);
        QVERIFY(agent.command(u"sync.now"_s)->isEnabled());
    }
    Fixture supervisor(u"supervisor"_s);
    QVERIFY(supervisor.command(u"nav.qa"_s)->isEnabled());
    supervisor.window->showArea(u"qa"_s);
    QCOMPARE(supervisor.window->currentArea(), u"qa"_s);
}

void TestUiWidgets::inputsHaveAccessibleNames()
{
    Fixture f;
    f.openC1();
    f.window->openTicket(u"t1"_s);
    QSet<const QWidget *> buddies;
    for (const QLabel *l : f.window->findChildren<QLabel *>()) {
        if (l->buddy())
            buddies.insert(l->buddy());
    }
    QStringList missing;
    const auto check = [&](const QWidget *w) {
        if (w->accessibleName().isEmpty() && !buddies.contains(w) && !w->objectName().startsWith(u"qt_"_s))
            missing << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                  : w->objectName());
    };
    for (const QWidget *w : f.window->findChildren<QLineEdit *>()) {
        if (!qobject_cast<QComboBox *>(w->parentWidget()) && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            check(w);
    }
    for (const QWidget *w : f.window->findChildren<QComboBox *>())
        check(w);
    for (const QWidget *w : f.window->findChildren<QPlainTextEdit *>())
        check(w);
    for (const QAbstractItemView *w : f.window->findChildren<QAbstractItemView *>()) {
        if (!w->objectName().isEmpty()) // skip the combo boxes' private popups
            check(w);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestUiWidgets::settingsApplyTheme()
{
    auto settings = Settings::temporary();
    QSignalSpy changed(settings.get(), &Settings::changed);
    settings->setTheme(Settings::Theme::Dark);
    settings->setFontPointSize(13);
    settings->setLanguage(u"zh_CN"_s);
    settings->setLanguage(u"klingon"_s); // not offered: back to the system language
    QCOMPARE(settings->language(), QString());
    QCOMPARE(changed.count(), 4);
    Theme::apply(*qApp, settings->theme(), settings->fontPointSize());
    QVERIFY(Theme::isDark());
    QCOMPARE(QApplication::font().pointSize(), 13);
    Theme::apply(*qApp, Settings::Theme::Light, 0);
    QVERIFY(!Theme::isDark());
}

#ifdef PANORAMA_HAS_SEARCH
namespace {

// A small knowledge base in the sample cache: articles in both languages and categories, a quick reply with a
// variable, and a resolved ticket with the customer's words and the agent's answer (a similar case).
struct KnowledgeFixture
{
    KnowledgeFixture()
    {
        cache.db->exec(
            "INSERT INTO kb_articles(id, slug, language, title, body, category, tags, kind) VALUES"
            " ('k1', 'return-fee', 'en', 'Return shipping fee',"
            "  '# Return shipping fee\n\nReturns within **7 days** are free.\n\n- Print the label\n- Drop the parcel',"
            "  'returns', '[\"return\"]', 'article'),"
            " ('k2', 'return-fee', 'zh-CN', '退货运费', '# 退货运费\n\n签收后 **7 天**内退货免运费。', 'returns', '[]',"
            "  'article'),"
            " ('k3', 'invoice', 'en', 'Electronic invoices', '# Electronic invoices\n\nAn invoice is issued"
            "  electronically after delivery.', 'invoice', '[]', 'article'),"
            " ('k4', 'sorry-late', 'en', 'Sorry for the delay', 'Dear {{customer.name}}, sorry your parcel is late;"
            "  we are chasing the courier.', 'shipping', '[]', 'quick_reply')");
        cache.db->exec(
            "INSERT INTO tickets(id, ticket_no, customer_id, subject, category, status, channel, language, created_at,"
            " outcome) VALUES ('t4', 'T00000004', 'c3', 'Parcel late', 'logistics', 'solved', 'web', 'en', 1, "
            "'resolved')");
        cache.db->exec(
            "INSERT INTO ticket_messages(id, ticket_id, author_kind, visibility, body, created_at) VALUES"
            " ('tm41', 't4', 'customer', 'public', 'My parcel is late, the courier has not moved it for days', 1),"
            " ('tm42', 't4', 'agent', 'public', 'I chased the courier; your parcel arrives tomorrow.', 2)");
        session = std::make_unique<FakeSession>(
            *cache.db, SessionUser{u"s1"_s, u"lina"_s, u"李娜"_s, u"agent"_s, u"returns"_s, {}});
        service = std::make_unique<search::SearchService>(cache.dir.filePath(u"c.db"_s),
                                                          DatabaseKey::raw(QByteArray(32, 'r')));
        index = std::make_unique<KnowledgeIndex>(*session, *service);
    }
    QStringList column(const QAbstractItemModel *m, int role) const
    {
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, 0).data(role).toString();
        return out;
    }

    SampleCache cache;
    std::unique_ptr<FakeSession> session;
    std::unique_ptr<search::SearchService> service;
    std::unique_ptr<KnowledgeIndex> index;
};

} // namespace

void TestUiWidgets::knowledgeSearchFiltersAndRendersArticles()
{
    KnowledgeFixture f;
    KnowledgeArea area(*f.index);
    area.resize(1000, 700);
    area.show(); // indexing starts when the area is first shown
    QTRY_VERIFY_WITH_TIMEOUT(area.isIndexed(), 60000);
    QSignalSpy searched(&area, &KnowledgeArea::searched);
    QLineEdit *query = area.queryEdit();
    QTest::keyClicks(query, u"return shipping fee"_s);
    QTRY_VERIFY_WITH_TIMEOUT(searched.count() > 0 && area.hits()->rowCount() > 0, 30000);
    KnowledgeHitsModel *hits = area.hits();
    QCOMPARE(hits->index(0, 0).data(KnowledgeHitsModel::TitleRole).toString(), u"Return shipping fee"_s);
    QVERIFY(hits->index(0, 0).data(KnowledgeHitsModel::SnippetHtmlRole).toString().contains(u"<b>"_s));

    // The best hit is opened, its Markdown rendered: a heading, bold text and a list, no Markdown marks left.
    QTextDocument *doc = area.articleView()->document();
    QVERIFY(doc->toPlainText().contains(u"Returns within 7 days are free."_s));
    QVERIFY(!doc->toPlainText().contains(u"**"_s));
    QCOMPARE(doc->firstBlock().blockFormat().headingLevel(), 1);
    bool list = false;
    for (QTextBlock b = doc->firstBlock(); b.isValid(); b = b.next())
        list = list || b.textList() != nullptr;
    QVERIFY(list);

    // Filters: language, kind, category.
    auto filterBy = [&](QComboBox *box, const QVariant &value) {
        searched.clear();
        box->setCurrentIndex(box->findData(value));
        QTRY_VERIFY_WITH_TIMEOUT(searched.count() > 0, 30000);
    };
    query->setText(u"退货运费 return fee"_s);
    filterBy(area.languageFilter(), u"zh"_s);
    QVERIFY(hits->rowCount() > 0);
    for (const QString &lang : f.column(hits, KnowledgeHitsModel::LanguageRole))
        QCOMPARE(lang, u"zh"_s);
    filterBy(area.languageFilter(), u"en"_s);
    QVERIFY(hits->rowCount() > 0);
    for (const QString &lang : f.column(hits, KnowledgeHitsModel::LanguageRole))
        QCOMPARE(lang, u"en"_s);
    filterBy(area.languageFilter(), QString());
    query->setText(u"sorry parcel late invoice"_s);
    filterBy(area.kindFilter(), int(search::DocType::QuickReply));
    QVERIFY(hits->rowCount() > 0);
    for (const QString &kind : f.column(hits, KnowledgeHitsModel::KindRole))
        QCOMPARE(kind, u"quick_reply"_s);
    filterBy(area.kindFilter(), -1);
    QVERIFY(area.categoryFilter()->findData(u"invoice"_s) > 0); // the categories of what is indexed
    filterBy(area.categoryFilter(), u"invoice"_s);
    QVERIFY(hits->rowCount() > 0);
    for (const QString &category : f.column(hits, KnowledgeHitsModel::CategoryRole))
        QCOMPARE(category, u"invoice"_s);
    filterBy(area.categoryFilter(), QString());

    // A resolved ticket is a similar case: the customer's words and the agent's answer, the answer insertable.
    filterBy(area.kindFilter(), int(search::DocType::Case));
    searched.clear();
    query->clear();
    QTest::keyClicks(query, u"parcel late courier"_s);
    QTRY_VERIFY_WITH_TIMEOUT(searched.count() > 0 && hits->rowCount() > 0, 30000);
    QCOMPARE(hits->index(0, 0).data(IdRole).toString(), u"case:t4"_s);
    QVERIFY(doc->toPlainText().contains(u"the courier has not moved it"_s));
    QSignalSpy insert(&area, &KnowledgeArea::insertRequested);
    area.findChild<QPushButton *>(u"knowledgeInsert"_s)->click();
    QCOMPARE(insert.count(), 1);
    QCOMPARE(insert.first().first().toString(), u"I chased the courier; your parcel arrives tomorrow."_s);
}

void TestUiWidgets::replySuggestionsFollowTheDraft()
{
    KnowledgeFixture f;
    TicketView view(*f.session);
    auto *suggestions = new ReplySuggestions(*f.index);
    suggestions->attach(&view);
    view.resize(1200, 800);
    view.show();
    QSignalSpy updated(suggestions, &ReplySuggestions::updated);
    f.index->ensure(); // articles first, then the similar cases
    QTRY_VERIFY_WITH_TIMEOUT(f.index->hasCases(), 60000);

    // Before anything is typed: suggestions for the ticket's subject (t2 "Where is my parcel", no language set).
    f.session->database().exec("UPDATE tickets SET language = 'en' WHERE id = 't2'");
    view.setTicket(u"t2"_s);
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() > 0, 60000);
    QCOMPARE(updated.last().first().toString(), u"Where is my parcel"_s);

    // The agent writes; after the pause the suggestions follow the draft, grouped by kind, at most a few of each.
    updated.clear();
    QPlainTextEdit *editor = view.composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, u"sorry the parcel is late"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && updated.last().first().toString() == u"sorry the parcel is late"_s,
                             30000);
    KnowledgeHitsModel *hits = suggestions->hits();
    const QStringList kinds = f.column(hits, KnowledgeHitsModel::KindRole);
    QVERIFY(kinds.contains(u"quick_reply"_s));
    QVERIFY(kinds.contains(u"case"_s));
    for (const QString &k : {u"article"_s, u"quick_reply"_s, u"case"_s})
        QVERIFY(kinds.count(k) <= suggestions->perKind());
    QStringList sorted = kinds; // articles, then quick replies, then cases
    std::stable_sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        const QStringList order{u"article"_s, u"quick_reply"_s, u"case"_s};
        return order.indexOf(a) < order.indexOf(b);
    });
    QCOMPARE(kinds, sorted);

    // Results of an older draft never replace newer ones.
    updated.clear();
    suggestions->setDraft(u"electronic invoice after delivery"_s);
    suggestions->searchNow();
    suggestions->setDraft(u"courier has not moved the parcel"_s);
    suggestions->searchNow();
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 30000);
    QCOMPARE(updated.first().first().toString(), u"courier has not moved the parcel"_s);
    QCOMPARE(suggestions->currentQuery(), u"courier has not moved the parcel"_s);

    // Enter on the quick reply puts it into the reply with the customer's name filled in.
    const int quick = f.column(hits, KnowledgeHitsModel::KindRole).indexOf(u"quick_reply"_s);
    QVERIFY(quick >= 0);
    view.composer()->clear();
    suggestions->list()->setCurrentIndex(hits->index(quick, 0));
    QTest::keyClick(suggestions->list(), Qt::Key_Return);
    QVERIFY(view.composer()->text().contains(u"sorry your parcel is late"_s));
    QVERIFY(!view.composer()->text().contains(u"{{customer.name}}"_s));

    // The Knowledge area and the suggestions share the search thread; neither starves the other (a newer request
    // supersedes an older one in the service's queue, whoever asked).
    KnowledgeArea area(*f.index);
    QSignalSpy searched(&area, &KnowledgeArea::searched);
    updated.clear();
    area.queryEdit()->setText(u"electronic invoice"_s);
    area.search();
    suggestions->setDraft(u"the courier lost my parcel"_s);
    suggestions->searchNow();
    QTRY_VERIFY_WITH_TIMEOUT(searched.count() > 0 && !updated.isEmpty(), 30000);
    QCOMPARE(area.hits()->index(0, 0).data(KnowledgeHitsModel::TitleRole).toString(), u"Electronic invoices"_s);

    // A resolved ticket is never suggested as its own similar case.
    updated.clear();
    view.setTicket(u"t4"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 30000);
    QVERIFY(!f.column(hits, IdRole).contains(u"case:t4"_s));
}
#endif

QTEST_MAIN(TestUiWidgets)
#include "tst_uiwidgets.moc"
