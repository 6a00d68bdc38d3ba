#pragma once

#include <QDateTime>

namespace panorama::routing {

// The time seam: SLA timers and routing ask a Clock for "now" so that tests can set it (KeePassXC's Clock).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

// Wall-clock time.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    static const SystemClock &instance();
};

// A clock that only moves when told to: for tests and for replaying history.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace panorama::routing
