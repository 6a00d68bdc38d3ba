// The engines in the workstation, driven like an agent and a supervisor drive them, offscreen over the sample cache
// (plus a size chart, size returns and QA alerts): the sizing panel from a customer, an order line and a ticket,
// answering as the inputs change and saving measurements through the outbox; the size-chart flags on the
// dashboard; the reply check underlining, rewording, blocking and asking for a reason to override; the QA queue
// with its filters, verdicts, agent responses and per-rule precision; routing in the ticket view with the agent's
// category correction and the supervisor's rules editor.
#include "core/sizing/SizeRecommender.h"
#include "core/storage/Database.h"
#include "core/sync/SyncStore.h"
#include "models/QaAlertEdits.h"
#include "models/QaQueueModel.h"
#include "models/SizingData.h"
#include "tests/common/SampleCache.h"
#include "tests/ui/FakeSession.h"
#include "ui/Clock.h"
#include "ui/MainWindow.h"
#include "ui/areas/DashboardArea.h"
#include "ui/areas/QaAlertsArea.h"
#include "ui/commands/CommandController.h"
#include "ui/customers/CustomerView.h"
#include "ui/customers/CustomersArea.h"
#include "ui/customers/OrdersPanel.h"
#include "ui/routing/RoutingAdminDialog.h"
#include "ui/routing/RoutingStrip.h"
#include "ui/settings/Settings.h"
#include "ui/settings/Theme.h"
#include "ui/sizing/SizingArea.h"
#include "ui/sizing/SizingFlagsPanel.h"
#include "ui/sizing/SizingPanel.h"
#include "ui/tickets/Composer.h"
#include "ui/tickets/ReplyCheck.h"
#include "ui/tickets/TicketView.h"
#include "ui/tickets/TicketsArea.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {

// A chart for p1 (chest leads for outerwear), 90 of c1's M purchases returned as too small (so p1 "runs small"
// and its chart is flagged), and QA alerts for two agents.
void addEngineData(Database &db)
{
    db.exec(R"(INSERT INTO size_charts(id, brand, category, gender, sizes) VALUES ('sc1', 'Lumen', 'outerwear',
        'female', '[{"size":"S","chest":[80,86],"waist":[62,68],"hips":[86,92],"height":[155,162]},
                    {"size":"M","chest":[86,92],"waist":[68,74],"hips":[92,98],"height":[160,167]},
                    {"size":"L","chest":[92,98],"waist":[74,80],"hips":[98,104],"height":[165,172]},
                    {"size":"XL","chest":[98,104],"waist":[80,86],"hips":[104,110],"height":[170,177]}]'))");
    db.exec("UPDATE products SET size_chart_id = 'sc1' WHERE id = 'p1'");
    for (int i = 1; i <= 99; ++i) {
        if (i % 10 == 0)
            continue; // cancelled orders
        Query q = db.query("INSERT INTO returns(id, order_id, order_item_id, kind, reason_code, status, requested_at)"
                           " VALUES (?1, ?2, ?3, 'return', 'size_too_small', 'refunded', 1700000000000)");
        q.bindAll(u"rs%1"_s.arg(i), u"o%1"_s.arg(i), u"oi%1"_s.arg(i));
        q.exec();
    }
    // 刘洋 (c3) bought M of p1 twice and sent both back as too small.
    db.exec(R"(INSERT INTO orders(id, order_no, customer_id, channel, status, placed_at, total_cents) VALUES
        ('o900', 'LL90000000', 'c3', 'web', 'completed', 1750000000000, 1000),
        ('o901', 'LL90000001', 'c3', 'web', 'completed', 1760000000000, 1000))");
    db.exec(R"(INSERT INTO order_items(id, order_id, product_id, sku, size, quantity, price_cents) VALUES
        ('oi900', 'o900', 'p1', 'SKU1', 'M', 1, 1000), ('oi901', 'o901', 'p1', 'SKU1', 'M', 1, 1000))");
    db.exec(R"(INSERT INTO returns(id, order_id, order_item_id, kind, reason_code, status, requested_at) VALUES
        ('r900', 'o900', 'oi900', 'return', 'size_too_small', 'refunded', 1750000000000),
        ('r901', 'o901', 'oi901', 'return', 'size_too_small', 'refunded', 1760000000000))");
    db.exec(R"(INSERT INTO staff(id, username, display_name, role, team) VALUES ('s9', 'zhou', '周敏', 'supervisor',
        'returns'))");
    db.exec("UPDATE ticket_messages SET created_at = 1800000000000 + created_at * 1000");
    db.exec(R"(INSERT INTO ticket_messages(id, ticket_id, author_kind, author_id, visibility, body, created_at) VALUES
        ('tm3', 't1', 'agent', 's1', 'public', '这个我不知道，换码的事您问仓库吧。', 1800000060000))");
    db.exec(R"(INSERT INTO qa_alerts(id, ticket_id, message_id, rule_id, rule_kind, severity, agent_id, team, status,
        detail, created_at) VALUES
        ('a1', 't1', 'tm3', 'phrase.dont_know', 'phrase', 'warning', 's1', 'returns', 'open',
         '{"message":"不要对顾客说“不知道”","excerpt":"不知道","policy":"服务用语规范：不推诿"}', 1800000000100),
        ('a2', 't2', NULL, 'promise.no_reason_return', 'promise', 'critical', 's2', 'logistics', 'open',
         '{"message":"无理由退货不符合政策"}', 1800000000200))");
    db.exec(R"(INSERT INTO qa_alerts(id, ticket_id, rule_id, rule_kind, severity, agent_id, team, status, verdict,
        review_note, created_at) VALUES ('a3', 't3', 'phrase.dont_know', 'phrase', 'warning', 's2', 'logistics',
        'dismissed', 'dismissed', '引用了顾客的话', 1600000000300))");
}

struct Fixture
{
    explicit Fixture(const QString &role = u"agent"_s, const QString &id = u"s1"_s)
    {
        addEngineData(*cache.db);
        session = std::make_unique<FakeSession>(*cache.db, SessionUser{id, id, id, role, u"returns"_s, {}});
        settings = Settings::temporary();
        window = std::make_unique<MainWindow>(*session, *settings);
        window->show();
    }
    QAction *command(const QString &commandId) const { return window->commands()->find(commandId)->action(); }
    SizingPanel *sizing() const { return qobject_cast<SizingArea *>(window->area(u"sizing"_s))->panel(); }
    QList<OutboxEntry> outbox(const QString &kind) const
    {
        QList<OutboxEntry> out;
        for (const OutboxEntry &e : session->outbox()) {
            if (e.kind == kind)
                out << e;
        }
        return out;
    }

    SampleCache cache;
    std::unique_ptr<FakeSession> session;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;
};

void type(QWidget *w, const QString &text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}

// Accepts the next modal dialog with this object name after filling its reason.
void answerNextDialog(const QString &name, const QString &reason, bool *seen)
{
    QTimer::singleShot(0, qApp, [name, reason, seen] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *d = qobject_cast<QDialog *>(w);
            if (!d || !d->isVisible() || d->objectName() != name)
                continue;
            *seen = true;
            if (reason.isEmpty()) {
                d->reject();
                return;
            }
            d->findChild<QPlainTextEdit *>()->setPlainText(reason);
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            return;
        }
        answerNextDialog(name, reason, seen); // not shown yet
    });
}

// With PANORAMA_SCREENSHOTS=DIR the window is saved there (docs/screenshots is made this way).
void shoot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("PANORAMA_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(window->grab().save(dir + u'/' + name));
}

QString scalar(Database &db, const QString &sql)
{
    return db.scalar(sql.toUtf8().constData()).toString();
}

} // namespace

class TestEngines final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void sizingFromAnOrderLineAnswersAsInputsChange();
    void sizingEvidenceMovesTheAnswer();
    void sizingSavesMeasurementsThroughTheOutbox();
    void sizingFromATicketAndForANewCaller();
    void dashboardShowsChartFlags();
    void replyCheckUnderlinesAndRewords();
    void overridingAWarningAsksForAReason();
    void qaQueueFiltersReviewsAndPrecision();
    void agentAnswersTheirOwnAlert();
    void ticketShowsRoutingAndTakesACorrection();
    void supervisorSeesQueueLoadAndValidatesRules();
};

void TestEngines::initTestCase()
{
    Theme::apply(*qApp, Settings::Theme::Light, 0);
}

void TestEngines::init()
{
    Clock::pretendNowIs(1800000100000);
}

void TestEngines::sizingFromAnOrderLineAnswersAsInputsChange()
{
    Fixture f;
    f.window->openCustomer(u"c1"_s);
    CustomerView *view = f.window->customers()->currentView();
    QVERIFY(view->selectOrder(u"o249"_s));
    // The button in the customer view runs the same command as Ctrl+Shift+Z.
    auto *button = view->findChild<QToolButton *>(u"sizingButton"_s);
    QVERIFY(button);
    button->click();
    QCOMPARE(f.window->currentArea(), u"sizing"_s);
    SizingPanel *panel = f.sizing();
    QCOMPARE(panel->customerId(), u"c1"_s);
    QCOMPARE(panel->productId(), u"p1"_s);
    // Pre-filled from the profile: height known, weight not, so no answer yet and the panel says what to ask.
    QCOMPARE(panel->findChild<QDoubleSpinBox *>(u"sizingHeight"_s)->value(), 175.5);
    QVERIFY(!panel->recommendation());
    QVERIFY(panel->errorText().contains(u"weight"_s));

    auto *weight = panel->findChild<QDoubleSpinBox *>(u"sizingWeight"_s);
    weight->setFocus();
    QTest::keyClick(weight, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(weight, u"70"_s);
    QTRY_VERIFY(panel->recommendation().has_value());
    const sizing::Recommendation first = *panel->recommendation();
    QVERIFY(QStringList({u"S"_s, u"M"_s, u"L"_s, u"XL"_s}).contains(first.size));
    QVERIFY(first.confidence > 0 && first.confidence <= 1);
    QCOMPARE(panel->findChild<QLabel *>(u"sizingSize"_s)->text(), first.size);
    QCOMPARE(panel->findChild<QLabel *>(u"sizingExplanation"_s)->text(), first.explanation);
    QVERIFY(!first.explanation.isEmpty());
    if (!first.runnerUp.isEmpty())
        QVERIFY(panel->findChild<QLabel *>(u"sizingRunnerUp"_s)->text().contains(first.runnerUp));

    shoot(f.window.get(), u"sizing-panel.png"_s);
    // The panel asks the engine exactly what the inputs say: the same request gives the same answer.
    SizingData data(*f.cache.db);
    sizing::SizeRecommender engine;
    engine.setOffsets(data.storeOffsets());
    sizing::SizeRequest request;
    request.body = panel->body();
    request.chart = *data.chart(u"p1"_s);
    request.history = data.history(u"c1"_s);
    request.today = QDateTime::fromMSecsSinceEpoch(Clock::now()).date();
    const sizing::Recommendation direct = engine.recommend(request);
    QCOMPARE(first.size, direct.size);
    QCOMPARE(first.confidence, direct.confidence);

    // A chest beyond the chart: the answer moves to the last size and warns.
    auto *chest = panel->findChild<QDoubleSpinBox *>(u"sizingChest"_s);
    chest->setValue(130);
    QVERIFY(panel->recommendation());
    QVERIFY2(panel->recommendation()->size == u"XL"_s,
             QJsonDocument(panel->recommendation()->toJson()).toJson().constData());
    QVERIFY(panel->recommendation()->hasWarning(sizing::WarningKind::OutsideChart));
    QVERIFY(!panel->findChild<QLabel *>(u"sizingWarnings"_s)->text().isEmpty());
    // Bad input is said plainly, not answered.
    panel->findChild<QDoubleSpinBox *>(u"sizingHeight"_s)->setValue(30);
    QVERIFY(!panel->recommendation());
    QVERIFY2(panel->errorText().contains(u"height"_s), qPrintable(panel->errorText()));
    QCOMPARE(panel->findChild<QLabel *>(u"sizingExplanation"_s)->text(), panel->errorText());
}

void TestEngines::sizingEvidenceMovesTheAnswer()
{
    Fixture f;
    f.window->openCustomer(u"c3"_s);
    f.command(u"sizing.open"_s)->trigger();
    SizingPanel *panel = f.sizing();
    QCOMPARE(panel->customerId(), u"c3"_s);
    QCOMPARE(panel->productId(), u"p1"_s); // the latest sized purchase
    sizing::Body body;
    body.heightCm = 170;
    body.weightKg = 62;
    body.chestCm = 89;
    panel->setBody(body);
    QVERIFY(panel->recommendation());
    const double withHistory = panel->recommendation()->expectedPosition;
    QVERIFY(panel->recommendation()->reasons.size() >= 2);
    // The same body for a caller without the customer's "M was too small" returns: the answer is smaller.
    f.window->findChild<QPushButton *>(u"sizingNewCaller"_s)->click();
    QVERIFY(panel->customerId().isEmpty());
    const int p1 = panel->findChild<QComboBox *>(u"sizingProduct"_s)->findData(u"p1"_s);
    QCOMPARE(p1, -1); // a new caller has no purchases to pick from
    panel->setCustomer({}, u"p1"_s);
    panel->setBody(body);
    QVERIFY(panel->recommendation());
    QVERIFY2(panel->recommendation()->expectedPosition < withHistory,
             qPrintable(u"%1 vs %2"_s.arg(panel->recommendation()->expectedPosition).arg(withHistory)));
    // A loose fit moves it up again.
    const double regular = panel->recommendation()->expectedPosition;
    auto *fit = panel->findChild<QComboBox *>(u"sizingFit"_s);
    fit->setCurrentIndex(fit->findData(int(sizing::FitPreference::Loose)));
    QVERIFY(panel->recommendation()->expectedPosition > regular);
}

void TestEngines::sizingSavesMeasurementsThroughTheOutbox()
{
    Fixture f;
    f.window->openCustomer(u"c1"_s);
    f.command(u"sizing.open"_s)->trigger();
    SizingPanel *panel = f.sizing();
    auto *save = panel->findChild<QPushButton *>(u"sizingSave"_s);
    QVERIFY(!save->isEnabled()); // nothing changed yet
    panel->findChild<QDoubleSpinBox *>(u"sizingWeight"_s)->setValue(71.5);
    panel->findChild<QDoubleSpinBox *>(u"sizingWaist"_s)->setValue(82);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE(f.outbox(u"customer.set_measurements"_s).size(), 1);
    const OutboxEntry e = f.outbox(u"customer.set_measurements"_s).first();
    QCOMPARE(e.rowId, u"c1"_s);
    QCOMPARE(e.set.value(u"weight_kg"_s).toDouble(), 71.5);
    QCOMPARE(e.set.value(u"waist_cm"_s).toDouble(), 82.0);
    QVERIFY(!e.set.contains(u"height_cm"_s)); // unchanged fields are not sent
    QCOMPARE(scalar(*f.cache.db, u"SELECT weight_kg FROM customers WHERE id = 'c1'"_s), u"71.5"_s);
    QTRY_VERIFY(!save->isEnabled()); // the profile holds them now
    // A new caller has no profile to save to.
    panel->setCustomer({});
    panel->findChild<QDoubleSpinBox *>(u"sizingWeight"_s)->setValue(60);
    QVERIFY(!save->isEnabled());
}

void TestEngines::sizingFromATicketAndForANewCaller()
{
    Fixture f;
    f.window->openTicket(u"t1"_s);
    TicketView *tv = f.window->tickets()->ticketView();
    auto *button = tv->findChild<QToolButton *>(u"sizingButton"_s);
    QVERIFY(button);
    button->click();
    QCOMPARE(f.window->currentArea(), u"sizing"_s);
    QCOMPARE(f.sizing()->customerId(), u"c1"_s);
    QCOMPARE(f.sizing()->productId(), u"p1"_s); // the ticket's order
    // Without a customer the published charts remain, and the man's chart is there to pick.
    f.sizing()->setCustomer({});
    QVERIFY(f.sizing()->findChild<QComboBox *>(u"sizingProduct"_s)->findData(u"preset:men"_s) >= 0);
}

void TestEngines::dashboardShowsChartFlags()
{
    Fixture f(u"supervisor"_s, u"s9"_s);
    f.window->showArea(u"dashboard"_s);
    auto *flags = f.window->findChild<SizingFlagsPanel *>(u"sizingFlags"_s);
    QVERIFY(flags);
    QCOMPARE(flags->flags().size(), 1);
    const SizingChartFlag flag = flags->flags().first();
    QCOMPARE(flag.flag.productId, u"p1"_s);
    QCOMPARE(flag.flag.direction, u"runs_small"_s);
    QVERIFY(flag.flag.steps > 0);
    QVERIFY(flag.flag.cm.has_value()); // the chart turns sizes into centimetres of chest
    const QString text = flags->findChild<QLabel *>(u"sizingFlagsList"_s)->text();
    QVERIFY(text.contains(u"羊毛大衣"_s));
    QVERIFY(text.contains(u"runs small"_s));
    // Without the returns nothing is flagged.
    f.cache.db->exec("DELETE FROM returns WHERE id LIKE 'rs%'");
    flags->refresh();
    QCOMPARE(flags->flags().size(), 1); // nothing said the returns changed: the last count stands
    Q_EMIT f.session->tablesChanged({u"returns"_s});
    flags->refresh();
    QVERIFY(flags->flags().isEmpty());
}

void TestEngines::replyCheckUnderlinesAndRewords()
{
    Fixture f;
    f.window->openTicket(u"t1"_s);
    TicketView *tv = f.window->tickets()->ticketView();
    ReplyCheck *check = tv->replyCheck();
    QPlainTextEdit *edit = tv->composer()->editor();
    edit->setFocus();
    type(edit, u"您好，请拨打13912345678联系我。"_s);
    // Checked on the change itself, no timer: underlined at once and sending is blocked.
    QVERIFY(check->blocksSending());
    QVERIFY(!tv->composer()->sendButton()->isEnabled());
    const QList<QTextEdit::ExtraSelection> marks = edit->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectedText(), u"13912345678"_s);
    QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    const int at = int(edit->toPlainText().indexOf(u"139"_s));
    QVERIFY(check->explainAt(at).contains(u"Policy"_s));
    QVERIFY(check->explainAt(0).isEmpty()); // "您好" is fine
    // One click masks the number: nothing critical is left, sending is possible.
    int index = -1;
    for (int i = 0; i < check->result().findings.size(); ++i) {
        if (check->result().findings.at(i).kind == qa::RuleKind::Sensitive)
            index = i;
    }
    QVERIFY(index >= 0);
    emit check->findChild<QLabel *>(u"replyCheckFindings"_s)->linkActivated(u"fix:%1"_s.arg(index));
    QVERIFY(!edit->toPlainText().contains(u"13912345678"_s));
    QVERIFY(!check->blocksSending());
    QVERIFY(tv->composer()->sendButton()->isEnabled());
    // A rude phrase gets its compliant wording in one click.
    edit->clear();
    type(edit, u"您好，这个我不知道。"_s);
    QVERIFY(!check->warnings().isEmpty());
    const qa::QaFinding warning = check->warnings().first();
    int warningIndex = -1;
    for (int i = 0; i < check->result().findings.size(); ++i) {
        if (check->result().findings.at(i).ruleId == warning.ruleId)
            warningIndex = i;
    }
    QVERIFY(check->applySuggestion(warningIndex));
    QVERIFY(edit->toPlainText().contains(warning.suggestion));
    QVERIFY(check->warnings().isEmpty());
}

void TestEngines::overridingAWarningAsksForAReason()
{
    Fixture f;
    f.window->openTicket(u"t1"_s);
    TicketView *tv = f.window->tickets()->ticketView();
    QPlainTextEdit *edit = tv->composer()->editor();
    type(edit, u"您好，这个我不知道。"_s);
    QVERIFY(!tv->replyCheck()->warnings().isEmpty());
    QVERIFY(tv->composer()->sendButton()->isEnabled()); // a warning does not block
    const int before = int(f.session->outbox().size());
    // Going back to the text sends nothing.
    bool seen = false;
    answerNextDialog(u"qaOverrideDialog"_s, {}, &seen);
    tv->composer()->sendButton()->click();
    QVERIFY(seen);
    QCOMPARE(f.session->outbox().size(), before);
    // With a reason the reply is sent and the supervisors get an alert carrying it.
    seen = false;
    answerNextDialog(u"qaOverrideDialog"_s, u"顾客问的是未上市的款式"_s, &seen);
    tv->composer()->sendButton()->click();
    QVERIFY(seen);
    // The reply and the reason as an internal note go through the outbox; the alert is there at once, with the id
    // the server gives the same finding when it checks the synced reply (so it is replaced, not duplicated).
    QTRY_COMPARE(f.outbox(u"ticket.note"_s).size(), 2);
    const QList<OutboxEntry> notes = f.outbox(u"ticket.note"_s);
    QCOMPARE(notes.at(0).set.value(u"visibility"_s).toString(), u"public"_s);
    QCOMPARE(notes.at(1).set.value(u"visibility"_s).toString(), u"internal"_s);
    QVERIFY(notes.at(1).set.value(u"body"_s).toString().contains(u"顾客问的是未上市的款式"_s));
    const QString reply = notes.at(0).rowId;
    const qsizetype start = notes.at(0).set.value(u"body"_s).toString().indexOf(u"不知道"_s);
    const QString alertId = QaAlertEdits::serverAlertId(reply, u"phrase.dont_know"_s, start);
    QTRY_COMPARE(scalar(*f.cache.db, u"SELECT rule_id FROM qa_alerts WHERE id = '%1'"_s.arg(alertId)),
                 u"phrase.dont_know"_s);
    const QString detail = scalar(*f.cache.db, u"SELECT detail FROM qa_alerts WHERE id = '%1'"_s.arg(alertId));
    QCOMPARE(QJsonDocument::fromJson(detail.toUtf8()).object().value(u"override_reason"_s).toString(),
             u"顾客问的是未上市的款式"_s);
    QCOMPARE(scalar(*f.cache.db, u"SELECT agent_id || '/' || message_id FROM qa_alerts WHERE id = '%1'"_s.arg(alertId)),
             u"s1/"_s + reply);
}

void TestEngines::qaQueueFiltersReviewsAndPrecision()
{
    Fixture f(u"supervisor"_s, u"s9"_s);
    f.window->showArea(u"qa"_s);
    auto *area = qobject_cast<QaAlertsArea *>(f.window->area(u"qa"_s));
    QaQueueModel *model = area->model();
    QCOMPARE(model->rowCount(), 2); // not reviewed yet: a1, a2 (critical first)
    QCOMPARE(model->alertAt(0)->id, u"a2"_s);
    // Filters: agent, team, rule, severity, dates.
    auto choose = [&](const QString &name, const QString &value) {
        auto *box = area->findChild<QComboBox *>(name);
        box->setCurrentIndex(box->findData(value));
        emit box->activated(box->currentIndex());
    };
    choose(u"qaAgentFilter"_s, u"s1"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->alertAt(0)->id, u"a1"_s);
    choose(u"qaAgentFilter"_s, QString());
    choose(u"qaTeamFilter"_s, u"logistics"_s);
    QCOMPARE(model->rowCount(), 1);
    choose(u"qaStatusFilter"_s, QString());
    QCOMPARE(model->rowCount(), 2); // a2 and the reviewed a3
    choose(u"qaRuleFilter"_s, u"phrase.dont_know"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->alertAt(0)->id, u"a3"_s);
    choose(u"qaRuleFilter"_s, QString());
    choose(u"qaTeamFilter"_s, QString());
    QaQueueModel::Filter warningsSince;
    warningsSince.severity = u"warning"_s;
    warningsSince.fromMs = 1700000000000;
    model->setFilter(warningsSince);
    QCOMPARE(model->rowCount(), 1); // a3 is older
    choose(u"qaStatusFilter"_s, u"unreviewed"_s);

    // The finding in its conversation.
    QTableView *view = area->findChild<QTableView *>(u"qaAlertsView"_s);
    view->selectRow(model->rowOf(u"a1"_s));
    const QString detail = area->findChild<QTextBrowser *>(u"qaAlertDetail"_s)->toPlainText();
    QVERIFY(detail.contains(u"不要对顾客说“不知道”"_s));
    QVERIFY(detail.contains(u"M码小了"_s));            // the customer's message before it
    QVERIFY(detail.contains(u"换码的事您问仓库吧"_s)); // the flagged reply

    // Dismissing needs a reason; confirming takes a coaching note.
    QAction *dismiss = f.command(u"qa.dismiss"_s);
    QVERIFY(!dismiss->isEnabled());
    auto *note = area->findChild<QPlainTextEdit *>(u"qaNote"_s);
    note->setPlainText(u"回答前先查库存"_s);
    QVERIFY(dismiss->isEnabled());
    QVERIFY(!f.command(u"qa.acknowledge"_s)->isEnabled()); // not the supervisor's alert
    shoot(f.window.get(), u"qa-queue.png"_s);
    f.command(u"qa.confirm"_s)->trigger();
    QTRY_COMPARE(f.outbox(u"qa_alert.review"_s).size(), 1);
    const OutboxEntry review = f.outbox(u"qa_alert.review"_s).first();
    QCOMPARE(review.rowId, u"a1"_s);
    QCOMPARE(review.set.value(u"verdict"_s).toString(), u"confirmed"_s);
    QCOMPARE(review.set.value(u"note"_s).toString(), u"回答前先查库存"_s);
    QCOMPARE(
        scalar(*f.cache.db, u"SELECT verdict || '/' || status || '/' || reviewed_by FROM qa_alerts WHERE id = 'a1'"_s),
        u"confirmed/confirmed/s9"_s);
    QTRY_COMPARE(model->rowCount(), 1); // left the "not reviewed" queue

    // Per-rule precision: phrase.dont_know was dismissed once and confirmed once.
    const QList<QaRulePrecision> precision = model->precision();
    const auto dontKnow = std::find_if(precision.begin(), precision.end(),
                                       [](const QaRulePrecision &p) { return p.ruleId == u"phrase.dont_know"_s; });
    QVERIFY(dontKnow != precision.end());
    QCOMPARE(dontKnow->reviewed, 2);
    QCOMPARE(dontKnow->confirmed, 1);
    QCOMPARE(dontKnow->precision(), 0.5);
    QVERIFY(area->findChild<QTextBrowser *>(u"qaPrecision"_s)->toPlainText().contains(u"50 %"_s));

    // Dismissing a2 as a false positive with its reason.
    view->selectRow(model->rowOf(u"a2"_s));
    note->setPlainText(u"条件承诺，符合政策"_s);
    f.command(u"qa.dismiss"_s)->trigger();
    QTRY_COMPARE(f.outbox(u"qa_alert.review"_s).size(), 2);
    QCOMPARE(scalar(*f.cache.db, u"SELECT verdict || '/' || review_note FROM qa_alerts WHERE id = 'a2'"_s),
             u"dismissed/条件承诺，符合政策"_s);
}

void TestEngines::agentAnswersTheirOwnAlert()
{
    Fixture f;
    f.window->showArea(u"qa"_s);
    QCOMPARE(f.window->currentArea(), u"qa"_s);
    QVERIFY(!f.command(u"qa.confirm"_s)->isEnabled()); // role-gated
    auto *area = qobject_cast<QaAlertsArea *>(f.window->area(u"qa"_s));
    QTableView *view = area->findChild<QTableView *>(u"qaAlertsView"_s);
    view->selectRow(area->model()->rowOf(u"a2"_s)); // another agent's
    QVERIFY(!f.command(u"qa.acknowledge"_s)->isEnabled());
    view->selectRow(area->model()->rowOf(u"a1"_s));
    QVERIFY(f.command(u"qa.acknowledge"_s)->isEnabled());
    QVERIFY(!f.command(u"qa.dispute"_s)->isEnabled()); // needs a note
    area->findChild<QPlainTextEdit *>(u"qaNote"_s)->setPlainText(u"我引用的是顾客的原话"_s);
    QVERIFY(f.command(u"qa.dispute"_s)->isEnabled());
    f.command(u"qa.dispute"_s)->trigger();
    QTRY_COMPARE(f.outbox(u"qa_alert.respond"_s).size(), 1);
    QCOMPARE(f.outbox(u"qa_alert.respond"_s).first().set.value(u"response"_s).toString(), u"disputed"_s);
    QCOMPARE(scalar(*f.cache.db, u"SELECT status || '/' || agent_note FROM qa_alerts WHERE id = 'a1'"_s),
             u"disputed/我引用的是顾客的原话"_s);
}

void TestEngines::ticketShowsRoutingAndTakesACorrection()
{
    Fixture f;
    f.window->openTicket(u"t2"_s); // "Where is my parcel": nothing stored, routed here
    TicketView *tv = f.window->tickets()->ticketView();
    RoutingStrip *strip = tv->routing();
    QVERIFY(strip);
    QCOMPARE(strip->view().source, u"local"_s);
    QVERIFY(!strip->view().summary.isEmpty());
    QVERIFY(strip->view().manualTriage || strip->view().confidence > 0);
    QVERIFY(!strip->findChild<QLabel *>(u"routingExplanation"_s)->text().isEmpty());
    // A stored explanation is shown as the server wrote it.
    f.cache.db->exec("UPDATE tickets SET routing_explanation = '尺码组：类别 尺码问题 0.93', category_confidence = 0.93"
                     " WHERE id = 't1'");
    f.window->openTicket(u"t1"_s);
    QCOMPARE(strip->view().source, u"server"_s);
    QCOMPARE(strip->view().summary, u"尺码组：类别 尺码问题 0.93"_s);
    QVERIFY(strip->findChild<QLabel *>(u"routingConfidence"_s)->text().contains(u"0.93"_s));
    // A repeated question's suggested answer goes into the reply with one click.
    f.cache.db->exec(R"(UPDATE tickets SET suggestion = '{"source":"quick-reply","id":"qr-exchange",
        "title":{"en":"Exchange for another size","zh":"换尺码"},"answer":"您好，已为您登记换码，新尺码发出后短信通知您。",
        "similarity":0.8}' WHERE id = 't1')");
    f.window->openTicket(u"t2"_s); // "where is my parcel" is a repeated question: the router here may suggest one
    auto *suggestion = strip->findChild<QToolButton *>(u"routingSuggestion"_s);
    QCOMPARE(suggestion->isHidden(), strip->view().suggestion.isEmpty());
    f.window->openTicket(u"t1"_s);
    QCOMPARE(strip->view().suggestionTitle, u"Exchange for another size"_s);
    QVERIFY(!suggestion->isHidden());
    suggestion->click();
    QCOMPARE(tv->composer()->text(), u"您好，已为您登记换码，新尺码发出后短信通知您。"_s);
    // The agent corrects the category: stored through the outbox as training data.
    auto *correct = strip->findChild<QToolButton *>(u"routingCorrect"_s);
    QAction *returns = correct->menu()->findChild<QAction *>(u"category:return_exchange"_s);
    QVERIFY(returns);
    returns->trigger();
    QTRY_COMPARE(f.outbox(u"ticket.correct_category"_s).size(), 1);
    const OutboxEntry e = f.outbox(u"ticket.correct_category"_s).first();
    QCOMPARE(e.rowId, u"t1"_s);
    QCOMPARE(e.base.value(u"category"_s).toString(), u"size_problem"_s);
    QCOMPARE(e.set.value(u"category"_s).toString(), u"return_exchange"_s);
    QCOMPARE(scalar(*f.cache.db, u"SELECT category || '/' || category_source FROM tickets WHERE id = 't1'"_s),
             u"return_exchange/agent"_s);
    QTRY_COMPARE(strip->view().source, u"agent"_s);
}

void TestEngines::supervisorSeesQueueLoadAndValidatesRules()
{
    {
        Fixture agent;
        QVERIFY(!agent.command(u"routing.admin"_s)->isEnabled());
    }
    Fixture f(u"supervisor"_s, u"s9"_s);
    QAction *admin = f.command(u"routing.admin"_s);
    QVERIFY(admin->isEnabled());
    admin->trigger();
    auto *dialog = f.window->findChild<RoutingAdminDialog *>(u"routingAdminDialog"_s);
    QVERIFY(dialog);
    QTableWidget *load = dialog->loadTable();
    QVERIFY(load->rowCount() >= 1);
    QCOMPARE(load->item(0, 0)->text(), u"returns"_s); // t1 is open in returns
    QVERIFY(dialog->problems().isEmpty());            // the shipped rules are valid
    QPlainTextEdit *editor = dialog->rulesEditor();
    QString json = editor->toPlainText();
    json.replace(u"\"size_problem\""_s, u"\"size_problme\""_s);
    editor->setPlainText(json);
    QTRY_VERIFY(!dialog->problems().isEmpty());
    QVERIFY(dialog->problems().join(u'\n').contains(u"size_problme"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"routingRulesVerdict"_s)->text().contains(u"size_problme"_s));
    editor->setPlainText(u"{ not json"_s);
    QTRY_VERIFY(!dialog->problems().isEmpty());
    dialog->close();
}

QTEST_MAIN(TestEngines)
#include "tst_engines.moc"
