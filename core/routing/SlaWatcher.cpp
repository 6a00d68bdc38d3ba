#include "core/routing/SlaWatcher.h"

namespace panorama::routing {

SlaWatcher::SlaWatcher(SlaMonitor &monitor, QObject *parent) : QObject(parent), m_monitor(monitor)
{
    connect(&m_timer, &QTimer::timeout, this, &SlaWatcher::checkNow);
}

void SlaWatcher::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void SlaWatcher::stop()
{
    m_timer.stop();
}

int SlaWatcher::checkNow()
{
    const QList<SlaAlert> alerts = m_monitor.poll();
    for (const SlaAlert &a : alerts)
        Q_EMIT alertRaised(a);
    return int(alerts.size());
}

} // namespace panorama::routing
