#include "server/QaRoutingHost.h"

#include "server/HttpApi.h"
#include "server/QaRoutingConfigs.h"
#include "server/ServerCore.h"
#include "server/ServerError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace panorama::server {

QaRoutingHost::QaRoutingHost(ServerCore &core) : m_core(core), m_qa(core), m_routing(core)
{
    m_qa.registerMutations(core.mutations());
    m_routing.registerMutations(core.mutations());
}

QaRoutingHost::~QaRoutingHost()
{
    stop();
}

void QaRoutingHost::install(HttpApi &api, QHttpServer &http)
{
    m_qa.installRoutes(api, http);
    m_routing.installRoutes(api, http);
    // What a client compares at each sync: the versions in force (revision 0 = the shipped defaults).
    api.addRoute(http, u"/api/v1/engines"_s, int(QHttpServerRequest::Method::Get), HttpApi::Auth::User,
                 [this](const ApiRequest &, const AuthUser &) {
                     return QJsonObject{
                         {u"qa_rules"_s, m_qa.rulesJson(false)},
                         {u"routing_rules"_s, m_routing.rulesJson(false)},
                         {u"routing_model"_s,
                          EngineConfigs::current(m_core.db(), EngineConfigs::kRoutingModel, false).toJson(false)}};
                 });
}

void QaRoutingHost::start(int intervalMs, int slaEveryMs)
{
    if (m_thread)
        return;
    m_stop = false;
    m_thread.reset(QThread::create([this, intervalMs, slaEveryMs] {
        QElapsedTimer sinceSla;
        sinceSla.start();
        bool first = true;
        while (!m_stop) {
            bool busy = false;
            try {
                // Routing first: a new ticket's first message is then checked with the assignee known.
                busy = m_routing.poll() > 0;
                busy = m_qa.poll(200) > 0 || busy; // small batches: new tickets wait at most one batch
                if (first || sinceSla.elapsed() >= slaEveryMs) {
                    m_routing.scanSla(QDateTime::currentDateTimeUtc());
                    sinceSla.restart();
                    first = false;
                }
            } catch (const ApiError &e) {
                // Another server process took the same batch; the next round continues after it.
                if (e.status() != 409)
                    qWarning("panorama-server: engines: %s", qPrintable(e.message()));
            } catch (const DbError &e) {
                qWarning("panorama-server: engines: %s", qPrintable(e.message()));
            } catch (const std::exception &e) {
                qWarning("panorama-server: engines: %s", e.what());
            }
            if (!busy) // a backlog (an import) is worked through without pausing
                QThread::msleep(ulong(intervalMs));
        }
    }));
    m_thread->setObjectName(u"engines"_s);
    m_thread->start();
}

void QaRoutingHost::stop()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    m_thread.reset();
}

} // namespace panorama::server
