// Business hours: weekends, public holidays, make-up working days, time zones and SLA policy files.
#include "core/routing/BusinessCalendar.h"
#include "core/routing/JsonCursor.h"
#include "core/routing/RoutingError.h"
#include "core/routing/SlaPolicy.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace {

const QTimeZone Shanghai(QByteArrayLiteral("Asia/Shanghai"));

QDateTime sh(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Shanghai);
}

// The 2026 National Day week as the State Council scheduled it: Oct 1–7 off, Sat Oct 10 worked.
BusinessCalendar nationalDay2026()
{
    BusinessCalendar c;
    for (int d = 1; d <= 7; ++d)
        c.addHoliday(QDate(2026, 10, d));
    c.addWorkingDay(QDate(2026, 9, 20));
    c.addWorkingDay(QDate(2026, 10, 10));
    return c;
}

} // namespace

class TestBusinessCalendar final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addBusinessMinutes_data();
    void addBusinessMinutes();
    void utcInputIsReadInTheCalendarZone();
    void businessSecondsAcrossAWeekend();
    void isOpen();
    void policyTargetsByPriorityAndTier();
    void badPolicyFilesAreRejected_data();
    void badPolicyFilesAreRejected();
    void defaultPolicyFollowsTheServicePolicy();
};

void TestBusinessCalendar::addBusinessMinutes_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QDateTime>("due");
    // 2026-11-27 is a Friday.
    QTest::newRow("friday late, over the weekend") << sh(2026, 11, 27, 17, 30) << 60 << sh(2026, 11, 30, 9, 30);
    QTest::newRow("saturday counts from monday") << sh(2026, 11, 28, 10, 0) << 30 << sh(2026, 11, 30, 9, 30);
    QTest::newRow("sunday night") << sh(2026, 11, 29, 23, 59) << 240 << sh(2026, 11, 30, 13, 0);
    QTest::newRow("before opening") << sh(2026, 11, 27, 8, 0) << 240 << sh(2026, 11, 27, 13, 0);
    QTest::newRow("at closing") << sh(2026, 11, 27, 18, 0) << 1 << sh(2026, 11, 30, 9, 1);
    QTest::newRow("exactly to closing") << sh(2026, 11, 26, 9, 0) << 540 << sh(2026, 11, 26, 18, 0);
    QTest::newRow("one business day") << sh(2026, 11, 26, 17, 0) << 540 << sh(2026, 11, 27, 17, 0);
    QTest::newRow("three days over a weekend") << sh(2026, 11, 26, 16, 0) << 1620 << sh(2026, 12, 1, 16, 0);
    QTest::newRow("zero minutes outside hours") << sh(2026, 11, 28, 12, 0) << 0 << sh(2026, 11, 30, 9, 0);
}

void TestBusinessCalendar::addBusinessMinutes()
{
    QFETCH(QDateTime, start);
    QFETCH(int, minutes);
    QFETCH(QDateTime, due);
    const BusinessCalendar cal;
    QCOMPARE(cal.addBusinessMinutes(start, minutes), due.toUTC());
    // The inverse: exactly `minutes` of business time lie between start and due.
    QCOMPARE(cal.businessSecondsBetween(start, due), qint64(minutes) * 60);
}

void TestBusinessCalendar::utcInputIsReadInTheCalendarZone()
{
    const BusinessCalendar cal;
    // 09:30 UTC is 17:30 in Shanghai on a Friday: the hour runs over the weekend.
    const QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC);
    QCOMPARE(cal.addBusinessMinutes(start, 60), QDateTime(QDate(2026, 11, 30), QTime(1, 30), Qt::UTC));
}

void TestBusinessCalendar::businessSecondsAcrossAWeekend()
{
    const BusinessCalendar cal;
    QCOMPARE(cal.businessSecondsBetween(sh(2026, 11, 27, 17, 0), sh(2026, 11, 30, 10, 0)), qint64(2 * 3600));
    QCOMPARE(cal.businessSecondsBetween(sh(2026, 11, 28, 9, 0), sh(2026, 11, 29, 18, 0)), qint64(0));
    QCOMPARE(cal.businessSecondsBetween(sh(2026, 11, 30, 10, 0), sh(2026, 11, 27, 17, 0)), qint64(0));
}

void TestBusinessCalendar::isOpen()
{
    const BusinessCalendar national = nationalDay2026();
    QVERIFY(national.isOpen(sh(2026, 9, 30, 17, 59)));
    QVERIFY(!national.isOpen(sh(2026, 9, 30, 18, 0)));
    QVERIFY(!national.isOpen(sh(2026, 10, 5, 10, 0))); // Monday, but a public holiday
    QVERIFY(national.isOpen(sh(2026, 10, 10, 10, 0))); // Saturday, but a make-up working day
    QVERIFY(national.isOpen(sh(2026, 9, 20, 9, 0)));   // Sunday make-up working day
    QVERIFY(!national.isOpen(sh(2026, 9, 19, 10, 0))); // an ordinary Saturday

    // Holidays and make-up days in SLA arithmetic: Wednesday 16:00 before the holiday week.
    QCOMPARE(national.addBusinessMinutes(sh(2026, 9, 30, 16, 0), 240), sh(2026, 10, 8, 11, 0).toUTC());
    QCOMPARE(national.addBusinessMinutes(sh(2026, 10, 9, 17, 0), 120), sh(2026, 10, 10, 10, 0).toUTC());
}

void TestBusinessCalendar::policyTargetsByPriorityAndTier()
{
    const SlaPolicy policy = SlaPolicy::parse(R"({
        "version": "t", "calendar": {"timeZone": "Asia/Shanghai"},
        "targets": [
          {"id": "urgent", "priorities": ["urgent"], "firstResponseMinutes": 30, "resolutionMinutes": 540},
          {"id": "platinum", "tiers": ["platinum"], "firstResponseMinutes": 60, "resolutionMinutes": 540},
          {"id": "wechat", "channels": ["wechat"], "firstResponseMinutes": 120, "resolutionMinutes": 540},
          {"id": "standard", "firstResponseMinutes": 240, "resolutionMinutes": 1620}
        ]})",
                                              u"policy.json"_s);
    QCOMPARE(policy.targetFor(u"regular"_s, Priority::Urgent, u"web"_s).id, u"urgent"_s);
    QCOMPARE(policy.targetFor(u"platinum"_s, Priority::Urgent, u"web"_s).id, u"urgent"_s); // order decides
    QCOMPARE(policy.targetFor(u"platinum"_s, Priority::Low, u"web"_s).id, u"platinum"_s);
    QCOMPARE(policy.targetFor(u"gold"_s, Priority::Normal, u"wechat"_s).id, u"wechat"_s);
    QCOMPARE(policy.targetFor(u"gold"_s, Priority::High, u"email"_s).id, u"standard"_s);
    // A JSON round trip keeps the policy.
    const SlaPolicy again = SlaPolicy::fromJson(JsonCursor::parse(QJsonDocument(policy.toJson()).toJson(), u"x"_s));
    QCOMPARE(again.toJson(), policy.toJson());
}

void TestBusinessCalendar::badPolicyFilesAreRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray cal = R"("calendar": {"timeZone": "Asia/Shanghai"})";
    const QByteArray last = R"({"id": "standard", "firstResponseMinutes": 240, "resolutionMinutes": 1620})";
    QTest::newRow("no catch-all")
        << QByteArray(
               R"({"version": "1", )" + cal +
               R"(, "targets": [{"id": "p", "tiers": ["platinum"], "firstResponseMinutes": 60, "resolutionMinutes": 540}]})")
        << u"targets[0]: the last target must match every ticket"_s;
    QTest::newRow("unknown tier")
        << QByteArray(
               R"({"version": "1", )" + cal +
               R"(, "targets": [{"id": "p", "tiers": ["diamond"], "firstResponseMinutes": 60, "resolutionMinutes": 540}, )" +
               last + "]}")
        << u"targets[0].tiers[0]: unknown tier 'diamond'"_s;
    QTest::newRow("resolution before response")
        << QByteArray(R"({"version": "1", )" + cal +
                      R"(, "targets": [{"id": "s", "firstResponseMinutes": 600, "resolutionMinutes": 60}]})")
        << u"targets[0].resolutionMinutes: resolution target is shorter"_s;
    QTest::newRow("bad time") << QByteArray(R"({"version": "1", "calendar": {"opens": "9 o'clock"}, "targets": [)" +
                                            last + "]}")
                              << u"calendar.opens: '9 o'clock' is not a time of day"_s;
    QTest::newRow("closes before opens")
        << QByteArray(R"({"version": "1", "calendar": {"opens": "18:00", "closes": "09:00"}, "targets": [)" + last +
                      "]}")
        << u"'opens' must be before 'closes'"_s;
    QTest::newRow("unknown zone")
        << QByteArray(R"({"version": "1", "calendar": {"timeZone": "Mars/Olympus"}, "targets": [)" + last + "]}")
        << u"calendar.timeZone: unknown time zone 'Mars/Olympus'"_s;
    QTest::newRow("bad holiday")
        << QByteArray(R"({"version": "1", "calendar": {"holidays": ["2026-02-30"]}, "targets": [)" + last + "]}")
        << u"calendar.holidays[0]: '2026-02-30' is not a date"_s;
    QTest::newRow("weekday out of range")
        << QByteArray(R"({"version": "1", "calendar": {"workingDays": [1, 8]}, "targets": [)" + last + "]}")
        << u"calendar.workingDays[1]: 8 is outside [1, 7]"_s;
    QTest::newRow("misspelt key") << QByteArray(R"({"version": "1", )" + cal +
                                                R"(, "warnAtFractoin": 0.5, "targets": [)" + last + "]}")
                                  << u"warnAtFractoin: unknown key; did you mean 'warnAtFraction'?"_s;
    QTest::newRow("not json") << QByteArray("{\"version\": \"1\",\n \"targets\": [}")
                              << u"policy.json:2: invalid JSON"_s;
}

void TestBusinessCalendar::badPolicyFilesAreRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        SlaPolicy::parse(json, u"policy.json"_s);
        QFAIL("the policy was accepted");
    } catch (const RoutingError &e) {
        QCOMPARE(e.kind(), RoutingErrorKind::BadRules);
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        QVERIFY2(e.message().startsWith(u"policy.json"_s), qPrintable(e.message()));
    }
}

void TestBusinessCalendar::defaultPolicyFollowsTheServicePolicy()
{
    // docs/policy.md: tickets 4 business hours, platinum 1 business hour, Mon–Fri 09:00–18:00 Asia/Shanghai.
    const SlaPolicy p = SlaPolicy::defaults();
    QCOMPARE(p.calendar().timeZone().id(), QByteArrayLiteral("Asia/Shanghai"));
    QCOMPARE(p.calendar().opens(), QTime(9, 0));
    QCOMPARE(p.calendar().closes(), QTime(18, 0));
    QCOMPARE(p.targetFor(u"regular"_s, Priority::Normal, u"web"_s).firstResponseMinutes, 240);
    QCOMPARE(p.targetFor(u"platinum"_s, Priority::Normal, u"web"_s).firstResponseMinutes, 60);
    QVERIFY(!p.calendar().isBusinessDay(QDate(2026, 10, 1)));
    QVERIFY(p.calendar().isBusinessDay(QDate(2026, 10, 10)));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
