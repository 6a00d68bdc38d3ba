// An agent's day against the real panorama-server on loopback, through the real workstation (sign-in dialog,
// encrypted profile, sync engine on its thread, widgets): sign in, initial sync, search by phone, open the customer,
// reveal the masked phone with a reason (and see it masked again when the grant expires), create a ticket from an
// order, go offline, edit, come back, and find the edits on the server.
#include "app/ProfileLogin.h"
#include "app/Session.h"
#include "app/Workstation.h"
#include "core/demo/DemoGenerator.h"
#include "models/ConversationModel.h"
#include "models/CustomerSearchModel.h"
#include "models/IdentitiesModel.h"
#include "tests/ui/ServerProcess.h"
#include "ui/MainWindow.h"
#include "ui/customers/CustomerView.h"
#include "ui/customers/CustomersArea.h"
#include "ui/customers/OrdersPanel.h"
#include "ui/customers/ProfilePanel.h"
#include "ui/login/LoginDialog.h"
#include "ui/reveal/RevealDialog.h"
#include "ui/shell/GlobalSearch.h"
#include "ui/shell/SyncStatus.h"
#include "ui/tickets/Composer.h"
#include "ui/tickets/NewTicketDialog.h"
#include "ui/tickets/TicketView.h"
#include "ui/tickets/TicketsArea.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {

constexpr int kSlow = 180000; // the machine may be shared: generous waits, the test is about behaviour

QList<QJsonObject> readJsonl(const QString &file)
{
    QList<QJsonObject> rows;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            rows << QJsonDocument::fromJson(line).object();
    }
    return rows;
}

template <typename T> T *visibleDialog(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<T *>(w); d && d->isVisible() && d->objectName() == name)
            return d;
    }
    return nullptr;
}

void type(QWidget *w, const QString &text)
{
    QInputMethodEvent commit; // Chinese arrives from the input method as a committed string
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}

} // namespace

class TestWorkstation final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signInAndInitialSync();
    void searchByPhoneAndOpenCustomer();
    void revealMaskedPhoneWithReason();
    void createTicketFromOrder();
    void offlineEditsSyncWhenBackOnline();
    void cleanupTestCase();

private:
    QString exported(const QString &table);

    QTemporaryDir m_tmp;
    ServerProcess m_server;
    QString m_username, m_team, m_staffName;
    QString m_phone, m_customerId;
    QStringList m_customerPhones;
    const QString m_password = u"correct horse 42"_s;
    std::unique_ptr<Workstation> m_ws;
    QString m_ticketId;
};

void TestWorkstation::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFile::exists(ServerProcess::executable()), "build the panorama-server target first");
    const QString jsonl = m_tmp.filePath(u"jsonl"_s);
    demo::DemoOptions options;
    options.seed = 11;
    options.customers = 300;
    options.orders = 1500;
    options.tickets = 400;
    options.threads = 1;
    demo::DemoGenerator(options).run(jsonl, true);

    // An agent of the demo staff (so "Mine" and message authors are real), and a customer with orders and a phone.
    for (const QJsonObject &s : readJsonl(jsonl + u"/staff.jsonl"_s)) {
        if (s.value(u"role"_s).toString() == u"agent"_s && !s.value(u"team"_s).toString().isEmpty()) {
            m_username = s.value(u"username"_s).toString();
            m_team = s.value(u"team"_s).toString();
            m_staffName = s.value(u"display_name"_s).toString();
            break;
        }
    }
    QVERIFY(!m_username.isEmpty());
    QHash<QString, int> orders;
    for (const QJsonObject &o : readJsonl(jsonl + u"/orders.jsonl"_s))
        ++orders[o.value(u"customer_id"_s).toString()];
    const QList<QJsonObject> identities = readJsonl(jsonl + u"/identities.jsonl"_s);
    for (const QJsonObject &i : identities) {
        const QString customer = i.value(u"customer_id"_s).toString();
        if (i.value(u"kind"_s).toString() == u"phone"_s && orders.value(customer) >= 3) {
            m_phone = i.value(u"value"_s).toString();
            m_customerId = customer;
            break;
        }
    }
    QVERIFY(!m_phone.isEmpty());
    for (const QJsonObject &i : identities) {
        if (i.value(u"customer_id"_s).toString() == m_customerId && i.value(u"kind"_s).toString() == u"phone"_s)
            m_customerPhones << i.value(u"value"_s).toString();
    }

    QString problem = m_server.admin({u"import"_s, jsonl});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = m_server.admin({u"user"_s, u"add"_s, u"--username"_s, m_username, u"--role"_s, u"agent"_s, u"--team"_s,
                              m_team, u"--display-name"_s, m_staffName, u"--password-stdin"_s},
                             m_password.toUtf8() + '\n');
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = m_server.start({u"--reveal-ttl"_s, u"8"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestWorkstation::signInAndInitialSync()
{
    StartupOptions o;
    o.server = m_server.url();
    o.settingsFile = m_tmp.filePath(u"panorama.ini"_s);
    o.profilesRoot = m_tmp.filePath(u"profiles"_s);
    m_ws = std::make_unique<Workstation>(o);
    m_ws->setKdf(KdfParams::interactive());
    QSignalSpy ready(m_ws.get(), &Workstation::ready);
    m_ws->start();
    LoginDialog *login = m_ws->login()->dialog();
    QTRY_VERIFY(login->isVisible());
    QCOMPARE(login->server().port(), m_server.url().port());
    auto *account = login->findChild<QLineEdit *>(u"loginAccount"_s);
    auto *password = login->findChild<QLineEdit *>(u"loginPassword"_s);
    auto *signIn = login->findChild<QPushButton *>(u"signInButton"_s);
    QTest::keyClicks(account, m_username);
    QTest::keyClicks(password, u"wrong password"_s);
    signIn->click();
    // No keychain in a test session: the cache gets a passphrase (asked for), else the keychain holds its key.
    auto *passphrase = login->findChild<QLineEdit *>(u"loginPassphrase"_s);
    auto *status = login->findChild<QLabel *>(u"loginStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(passphrase->isVisible() || status->text().contains(u"failed"_s), kSlow);
    if (passphrase->isVisible()) {
        QVERIFY(status->text().contains(u"passphrase"_s));
        QTest::keyClicks(passphrase, u"cache passphrase 8"_s);
        signIn->click();
    }
    // The profile opens; the server refuses the wrong password and says so.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Sign-in failed"_s), kSlow);
    QCOMPARE(ready.count(), 0);
    password->clear();
    QTest::keyClicks(password, m_password);
    signIn->click();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kSlow);
    MainWindow *w = m_ws->window();
    Session *s = m_ws->session();
    QVERIFY(w && s);
    QCOMPARE(s->user().username, m_username);
    QCOMPARE(s->user().displayName, m_staffName);
    // The initial sync brings the cache; progress and the state are visible meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(s->lastSyncAt() > 0, kSlow);
    QTRY_COMPARE_WITH_TIMEOUT(int(s->connectionState()), int(ConnectionState::Online), kSlow);
    QVERIFY(w->syncStatus()->connectionButton()->text().contains(u"Online"_s));
    QVERIFY(w->syncStatus()->findChild<QLabel *>(u"lastSyncLabel"_s)->text().contains(u"just now"_s));
    QVERIFY(QFile::exists(m_tmp.filePath(u"profiles"_s)));
}

void TestWorkstation::searchByPhoneAndOpenCustomer()
{
    QVERIFY(m_ws && m_ws->window() && m_ws->session()->lastSyncAt() > 0);
    MainWindow *w = m_ws->window();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
    GlobalSearch *search = w->search();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, m_phone); // the full number, as the customer reads it out
    QTRY_VERIFY(search->model()->rowCount() > 0);
    QCOMPARE(search->model()->customerIdAt(0), m_customerId);
    QCOMPARE(search->model()->index(0, CustomerSearchModel::MatchedBy).data(Qt::UserRole + 1).toString(), u"phone"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(w->customers()->currentView());
    CustomerView *v = w->customers()->currentView();
    QCOMPARE(v->customerId(), m_customerId);
    // The server masked the phone for an agent.
    const QString shown = v->findChild<QLabel *>(u"customerPhone"_s)->text();
    QVERIFY2(shown.contains(u"****"_s), qPrintable(shown));
    QVERIFY(v->orders()->view()->model()->rowCount() >= 3);
}

void TestWorkstation::revealMaskedPhoneWithReason()
{
    MainWindow *w = m_ws->window();
    CustomerView *v = w->customers()->currentView();
    QVERIFY(v);
    v->orders()->view()->setFocus();
    QTest::keyClick(v->orders()->view(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    RevealDialog *d = nullptr;
    QTRY_VERIFY((d = visibleDialog<RevealDialog>(u"revealDialog"_s)));
    auto *go = d->findChild<QPushButton *>(u"revealButton"_s);
    QVERIFY(!go->isEnabled());
    d->findChild<QComboBox *>(u"revealReason"_s)->setCurrentIndex(1); // call the customer back
    QTest::keyClicks(d->findChild<QLineEdit *>(u"revealDetails"_s), u"e2e test"_s);
    go->click();
    auto *value = d->findChild<QLabel *>(u"revealValue"_s);
    QTRY_VERIFY_WITH_TIMEOUT(value->isVisible(), kSlow);
    QVERIFY2(m_customerPhones.contains(value->text()), qPrintable(value->text()));
    const QString revealed = value->text();
    QCOMPARE(v->findChild<QLabel *>(u"customerPhone"_s)->text(), revealed);
    d->close();
    // The grant lasts 8 s on this server; then the mask is back.
    QTRY_VERIFY_WITH_TIMEOUT(v->findChild<QLabel *>(u"customerPhone"_s)->text().contains(u"****"_s), 30000);
    // The server recorded who asked and why, in its hash-chained audit log.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
        db.setDatabaseName(QDir(m_server.dataDir()).filePath(u"panorama-server.db"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=15000"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'reveal.request' AND reason LIKE "
                       "'%e2e test%' AND subject LIKE 'identities%'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
    }
    QSqlDatabase::removeDatabase(u"audit"_s);
}

void TestWorkstation::createTicketFromOrder()
{
    MainWindow *w = m_ws->window();
    Session *s = m_ws->session();
    CustomerView *v = w->customers()->currentView();
    QVERIFY(v);
    w->activateWindow(); // the reveal dialog had the focus
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTableView *orders = v->orders()->view();
    orders->setFocus();
    orders->setCurrentIndex(orders->model()->index(0, 0));
    const QString orderId = v->selectedOrderId();
    QVERIFY(!orderId.isEmpty());
    QTest::keyClick(orders, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NewTicketDialog *d = nullptr;
    QTRY_VERIFY((d = visibleDialog<NewTicketDialog>(u"newTicketDialog"_s)));
    type(d->findChild<QLineEdit *>(u"newTicketSubject"_s), u"尺码偏小，申请换大一码"_s);
    d->findChild<QPushButton *>(u"createTicketButton"_s)->click();
    // Online: the ticket leaves at once and comes back with the number the server assigned.
    QTRY_VERIFY_WITH_TIMEOUT(w->tickets()->ticketView()->ticket().has_value(), kSlow);
    m_ticketId = w->tickets()->ticketView()->ticketId();
    QTRY_COMPARE_WITH_TIMEOUT(s->pendingChanges(), 0, kSlow);
    QTRY_VERIFY_WITH_TIMEOUT(w->tickets()->ticketView()->ticket()->ticketNo.startsWith(u'T'), kSlow);
    bool onServer = false;
    for (const QJsonObject &t : readJsonl(exported(u"tickets"_s))) {
        onServer =
            onServer || (t.value(u"id"_s).toString() == m_ticketId && t.value(u"order_id"_s).toString() == orderId &&
                         t.value(u"customer_id"_s).toString() == m_customerId);
    }
    QVERIFY(onServer);
}

void TestWorkstation::offlineEditsSyncWhenBackOnline()
{
    MainWindow *w = m_ws->window();
    Session *s = m_ws->session();
    QVERIFY(!m_ticketId.isEmpty());
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    w->openTicket(m_ticketId);
    QTest::keyClick(w, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier); // go offline
    QTRY_COMPARE_WITH_TIMEOUT(int(s->connectionState()), int(ConnectionState::Offline), kSlow);
    QVERIFY(w->syncStatus()->connectionButton()->text().contains(u"Offline"_s));

    TicketView *tv = w->tickets()->ticketView();
    QPlainTextEdit *edit = tv->composer()->editor();
    edit->setFocus();
    type(edit, u"已为您登记换L码，新尺码发出后短信通知您。"_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(s->pendingChanges(), 1);
    QTest::keyClick(edit, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier); // pending: waiting for the customer
    QTRY_COMPARE(s->pendingChanges(), 2);
    QTRY_VERIFY(w->syncStatus()->pendingButton()->text().startsWith(u"2 "_s));
    auto *conversation = tv->findChild<QListView *>(u"conversationView"_s);
    const int last = conversation->model()->rowCount() - 1;
    QVERIFY(conversation->model()->index(last, 0).data(ConversationModel::PendingRole).toBool());
    // Nothing reached the server while offline.
    for (const QJsonObject &m : readJsonl(exported(u"ticket_messages"_s)))
        QVERIFY(m.value(u"ticket_id"_s).toString() != m_ticketId || !m.value(u"body"_s).toString().contains(u"L码"_s));

    QTest::keyClick(w, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier); // back online
    QTRY_COMPARE_WITH_TIMEOUT(s->pendingChanges(), 0, kSlow);
    QTRY_COMPARE_WITH_TIMEOUT(int(s->connectionState()), int(ConnectionState::Online), kSlow);
    QTRY_VERIFY(!conversation->model()
                     ->index(conversation->model()->rowCount() - 1, 0)
                     .data(ConversationModel::PendingRole)
                     .toBool());
    QVERIFY(w->syncStatus()->pendingButton()->text().startsWith(u"0 "_s));
    bool message = false, status = false;
    for (const QJsonObject &m : readJsonl(exported(u"ticket_messages"_s))) {
        message = message || (m.value(u"ticket_id"_s).toString() == m_ticketId &&
                              m.value(u"body"_s).toString().contains(u"已为您登记换L码"_s) &&
                              m.value(u"visibility"_s).toString() == u"public"_s);
    }
    for (const QJsonObject &t : readJsonl(exported(u"tickets"_s))) {
        status =
            status || (t.value(u"id"_s).toString() == m_ticketId && t.value(u"status"_s).toString() == u"pending"_s);
    }
    QVERIFY(message);
    QVERIFY(status);
}

void TestWorkstation::cleanupTestCase()
{
    m_ws.reset();
    m_server.stop();
}

QString TestWorkstation::exported(const QString &table)
{
    // The server's own export (an audited admin command), read beside the running server.
    const QString dir = m_tmp.filePath(u"export-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
    const QString problem = m_server.admin({u"export"_s, u"--out"_s, dir});
    if (!problem.isEmpty())
        qWarning("export failed: %s", qPrintable(problem));
    return QDir(dir).filePath(table + u".jsonl"_s);
}

QTEST_MAIN(TestWorkstation)
#include "tst_workstation.moc"
