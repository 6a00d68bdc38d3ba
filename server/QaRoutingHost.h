#pragma once

#include "server/QaService.h"
#include "server/RoutingService.h"

#include <QThread>

#include <atomic>
#include <memory>

class QHttpServer;

namespace panorama::server {

class HttpApi;
class ServerCore;

// Hosts the QA and routing engines in panorama-server: registers their mutation kinds and routes, and runs one
// worker thread that routes new tickets and checks new messages every `intervalMs` (default 200 ms, so a ticket is
// routed well under a second after it is committed) and scans SLA deadlines every few seconds.
class QaRoutingHost final
{
public:
    explicit QaRoutingHost(ServerCore &core);
    ~QaRoutingHost();

    // Mutation kinds must be registered before the server serves pushes; routes with the HTTP API.
    void install(HttpApi &api, QHttpServer &http);
    void start(int intervalMs = 200, int slaEveryMs = 5000);
    void stop();

    QaService &qa() { return m_qa; }
    RoutingService &routing() { return m_routing; }

private:
    ServerCore &m_core;
    QaService m_qa;
    RoutingService m_routing;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
};

} // namespace panorama::server
