// SLA timers on a manual clock: warnings and breaches once each, to the assignee and the supervisor, in
// business time across a weekend; first response, resolution, pauses and persistence.
#include "core/routing/SlaMonitor.h"
#include "core/routing/SlaWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace {

const QTimeZone Shanghai(QByteArrayLiteral("Asia/Shanghai"));

QDateTime sh(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Shanghai);
}

QString describe(const QList<SlaAlert> &alerts)
{
    QStringList out;
    for (const SlaAlert &a : alerts)
        out.append(u"%1 %2 %3 -> %4"_s.arg(a.ticketId, a.kind == SlaAlert::Kind::Breach ? u"breach"_s : u"warning"_s,
                                           a.milestone == SlaMilestone::FirstResponse ? u"first"_s : u"resolution"_s,
                                           a.recipients.join(u',')));
    return out.join(u"; "_s);
}

} // namespace

class TestSlaMonitor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void warningThenBreachOnceEach();
    void weekendDoesNotCount();
    void firstResponseStopsItsClock();
    void unassignedTicketsAlertTheSupervisor();
    void pauseMovesTheResolutionDeadline();
    void persistenceKeepsTimersAndAlertState();
    void watcherEmitsAlerts();
    void messagesInBothLanguages();
};

void TestSlaMonitor::warningThenBreachOnceEach()
{
    ManualClock clock(sh(2026, 11, 27, 16, 0)); // Friday
    SlaMonitor m(SlaPolicy(), clock);           // built-in: platinum 60 min, warning at 75 %
    const SlaDeadlines &d = m.start(u"T-1"_s, u"platinum"_s, Priority::High, u"web"_s, u"li-na"_s, u"qian-hui"_s);
    QCOMPARE(d.firstResponseDue, sh(2026, 11, 27, 17, 0).toUTC());
    QCOMPARE(d.firstResponseWarnAt, sh(2026, 11, 27, 16, 45).toUTC());

    clock.set(sh(2026, 11, 27, 16, 44));
    QVERIFY(m.poll().isEmpty());
    QCOMPARE(m.state(u"T-1"_s, SlaMilestone::FirstResponse), SlaState::OnTrack);
    clock.set(sh(2026, 11, 27, 16, 45));
    QList<SlaAlert> alerts = m.poll();
    QCOMPARE(describe(alerts), u"T-1 warning first -> li-na,qian-hui"_s);
    QCOMPARE(alerts.first().businessMinutesLeft, 15);
    QCOMPARE(m.state(u"T-1"_s, SlaMilestone::FirstResponse), SlaState::Warning);
    QVERIFY(m.poll().isEmpty());        // once
    clock.set(sh(2026, 11, 27, 17, 0)); // the due instant itself is still in time
    QVERIFY(m.poll().isEmpty());
    QCOMPARE(m.businessSecondsLeft(u"T-1"_s, SlaMilestone::FirstResponse), qint64(0));
    clock.set(sh(2026, 11, 27, 17, 1));
    QCOMPARE(describe(m.poll()), u"T-1 breach first -> li-na,qian-hui"_s);
    QCOMPARE(m.state(u"T-1"_s, SlaMilestone::FirstResponse), SlaState::Breached);
    QVERIFY(m.poll().isEmpty());
    QCOMPARE(m.businessSecondsLeft(u"T-1"_s, SlaMilestone::FirstResponse), qint64(-60));
    clock.set(sh(2026, 11, 30, 9, 30)); // Monday: overdue by 1 h Friday + 30 min Monday
    QCOMPARE(m.businessSecondsLeft(u"T-1"_s, SlaMilestone::FirstResponse), qint64(-90 * 60));
}

void TestSlaMonitor::weekendDoesNotCount()
{
    ManualClock clock(sh(2026, 11, 27, 17, 0)); // Friday 17:00, standard: 4 business hours
    SlaMonitor m(SlaPolicy(), clock);
    const SlaDeadlines d = m.start(u"T-2"_s, u"regular"_s, Priority::Normal, u"email"_s, u"tang-yu"_s, u"zhao-min"_s);
    QCOMPARE(d.firstResponseDue, sh(2026, 11, 30, 12, 0).toUTC());
    QCOMPARE(d.firstResponseWarnAt, sh(2026, 11, 30, 11, 0).toUTC());

    clock.set(sh(2026, 11, 28, 12, 0)); // Saturday noon: wall-clock time has passed, business time has not
    QVERIFY(m.poll().isEmpty());
    QCOMPARE(m.businessSecondsLeft(u"T-2"_s, SlaMilestone::FirstResponse), qint64(3 * 3600));
    clock.set(sh(2026, 11, 30, 10, 59));
    QVERIFY(m.poll().isEmpty());
    clock.set(sh(2026, 11, 30, 11, 0));
    QCOMPARE(describe(m.poll()), u"T-2 warning first -> tang-yu,zhao-min"_s);
}

void TestSlaMonitor::firstResponseStopsItsClock()
{
    ManualClock clock(sh(2026, 11, 23, 9, 0)); // Monday
    SlaMonitor m(SlaPolicy(), clock);
    m.start(u"T-3"_s, u"regular"_s, Priority::Normal, u"web"_s, u"a"_s, u"s"_s);
    clock.set(sh(2026, 11, 23, 10, 0));
    m.recordFirstResponse(u"T-3"_s);
    clock.set(sh(2026, 11, 23, 17, 0)); // past the 4 h first-response target
    QVERIFY(m.poll().isEmpty());
    QCOMPARE(m.state(u"T-3"_s, SlaMilestone::FirstResponse), SlaState::Met);
    // Resolution (27 business hours = 3 days): due Wednesday 18:00; warning after 75 %.
    clock.set(sh(2026, 11, 26, 9, 0));
    QCOMPARE(describe(m.poll()), u"T-3 breach resolution -> a,s"_s); // a breach supersedes the missed warning
    m.resolve(u"T-3"_s);
    QCOMPARE(m.state(u"T-3"_s, SlaMilestone::Resolution), SlaState::MetLate);
}

void TestSlaMonitor::unassignedTicketsAlertTheSupervisor()
{
    ManualClock clock(sh(2026, 11, 23, 9, 0));
    SlaMonitor m(SlaPolicy(), clock);
    m.start(u"T-4"_s, u"regular"_s, Priority::Normal, u"web"_s, QString(), u"zhao-min"_s);
    clock.set(sh(2026, 11, 23, 12, 0));
    QCOMPARE(describe(m.poll()), u"T-4 warning first -> zhao-min"_s);
    m.reassign(u"T-4"_s, u"tang-yu"_s, u"zhao-min"_s);
    clock.set(sh(2026, 11, 23, 13, 1));
    QCOMPARE(describe(m.poll()), u"T-4 breach first -> tang-yu,zhao-min"_s);
}

void TestSlaMonitor::pauseMovesTheResolutionDeadline()
{
    ManualClock clock(sh(2026, 11, 23, 9, 0));
    SlaMonitor m(SlaPolicy(), clock);
    m.start(u"T-5"_s, u"regular"_s, Priority::Normal, u"web"_s, u"a"_s, u"s"_s);
    const QDateTime due = m.ticket(u"T-5"_s).deadlines.resolutionDue;
    QCOMPARE(due, sh(2026, 11, 25, 18, 0).toUTC());
    clock.set(sh(2026, 11, 23, 10, 0));
    m.recordFirstResponse(u"T-5"_s);
    m.pause(u"T-5"_s); // waiting for the customer's photos
    QCOMPARE(m.state(u"T-5"_s, SlaMilestone::Resolution), SlaState::Paused);
    clock.set(sh(2026, 11, 27, 17, 0)); // Friday: past the original deadline, but paused
    QVERIFY(m.poll().isEmpty());
    clock.set(sh(2026, 11, 30, 10, 0)); // Monday 10:00: paused for five business days
    m.resume(u"T-5"_s);
    const qint64 pausedSecs =
        SlaPolicy().calendar().businessSecondsBetween(sh(2026, 11, 23, 10, 0), sh(2026, 11, 30, 10, 0));
    QCOMPARE(pausedSecs, qint64(5 * 9 * 3600));
    QCOMPARE(m.ticket(u"T-5"_s).deadlines.resolutionDue, SlaPolicy().calendar().addBusinessMinutes(due, 5 * 9 * 60));
    QCOMPARE(m.state(u"T-5"_s, SlaMilestone::Resolution), SlaState::OnTrack);
}

void TestSlaMonitor::persistenceKeepsTimersAndAlertState()
{
    ManualClock clock(sh(2026, 11, 27, 16, 0));
    SlaMonitor m(SlaPolicy(), clock);
    m.start(u"T-6"_s, u"platinum"_s, Priority::High, u"web"_s, u"li-na"_s, u"qian-hui"_s);
    clock.set(sh(2026, 11, 27, 16, 50));
    QCOMPARE(m.poll().size(), 1); // the warning

    SlaMonitor restored(SlaPolicy(), clock);
    restored.restore(m.toJson());
    QCOMPARE(restored.toJson(), m.toJson());
    QVERIFY(restored.poll().isEmpty()); // the warning is not repeated after a restart
    clock.set(sh(2026, 11, 27, 17, 1));
    QCOMPARE(describe(restored.poll()), u"T-6 breach first -> li-na,qian-hui"_s);
}

void TestSlaMonitor::watcherEmitsAlerts()
{
    ManualClock clock(sh(2026, 11, 23, 9, 0));
    SlaMonitor m(SlaPolicy(), clock);
    m.start(u"T-7"_s, u"regular"_s, Priority::Normal, u"web"_s, u"a"_s, u"s"_s);
    m.start(u"T-8"_s, u"platinum"_s, Priority::Normal, u"web"_s, u"b"_s, u"s"_s);
    SlaWatcher watcher(m);
    QSignalSpy spy(&watcher, &SlaWatcher::alertRaised);
    clock.set(sh(2026, 11, 23, 10, 1)); // platinum breached (60 min); regular not yet warned (180 min)
    QCOMPARE(watcher.checkNow(), 1);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SlaAlert>().ticketId, u"T-8"_s);
    clock.set(sh(2026, 11, 23, 16, 0)); // T-7 first response breached (13:00), T-8 resolution warned (15:45)
    QCOMPARE(watcher.checkNow(), 2);
    QCOMPARE(spy.count(), 3);
}

void TestSlaMonitor::messagesInBothLanguages()
{
    SlaAlert a;
    a.kind = SlaAlert::Kind::Warning;
    a.milestone = SlaMilestone::FirstResponse;
    a.ticketId = u"T-9"_s;
    a.due = sh(2026, 11, 30, 9, 30).toUTC();
    a.businessMinutesLeft = 15;
    QCOMPARE(a.message(Language::English, Shanghai),
             u"Ticket T-9: first response due 2026-11-30 09:30 (15 business minutes left)"_s);
    QCOMPARE(a.message(Language::Chinese, Shanghai),
             u"工单 T-9：首次响应将于 2026-11-30 09:30 到期（剩余 15 个工作分钟）"_s);
    a.kind = SlaAlert::Kind::Breach;
    a.milestone = SlaMilestone::Resolution;
    QCOMPARE(a.message(Language::English, Shanghai), u"Ticket T-9: resolution overdue (was due 2026-11-30 09:30)"_s);
    QCOMPARE(a.message(Language::Chinese, Shanghai), u"工单 T-9：解决已超时（截止 2026-11-30 09:30）"_s);
}

QTEST_GUILESS_MAIN(TestSlaMonitor)
#include "tst_slamonitor.moc"
