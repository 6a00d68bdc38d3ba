#pragma once

#include "core/routing/SlaMonitor.h"

#include <QObject>
#include <QTimer>

namespace panorama::routing {

// Drives an SlaMonitor from a timer on the owning thread and emits each alert as a signal, so that the UI
// (notification area, supervisor dashboard) only listens.
class SlaWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaWatcher)
public:
    explicit SlaWatcher(SlaMonitor &monitor, QObject *parent = nullptr);

    void start(std::chrono::milliseconds interval = std::chrono::seconds(30));
    void stop();
    SlaMonitor &monitor() { return m_monitor; }

public Q_SLOTS:
    // Polls at once (also called by the timer); returns how many alerts were emitted.
    int checkNow();

Q_SIGNALS:
    void alertRaised(const panorama::routing::SlaAlert &alert);

private:
    SlaMonitor &m_monitor;
    QTimer m_timer;
};

} // namespace panorama::routing
