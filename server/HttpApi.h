#pragma once

#include "server/AuthUser.h"
#include "server/RateLimiter.h"

#include <QFuture>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QUrlQuery>

#include <functional>

class QHttpServer;
class QHttpServerRequest;

namespace panorama::server {

class ServerCore;

// What a handler sees of a request: copied out of QHttpServerRequest on the accepting thread, so the handler can
// run on a worker thread.
struct ApiRequest
{
    QString path;
    QUrlQuery query;
    QByteArray bearer;
    bool acceptsGzip = false;
    QByteArray body;
    QString address;
    QStringList args;         // captured path segments
    QJsonObject json() const; // the body as a JSON object; throws ApiError(400) naming the parse error
};

// The JSON API under /api/v1: routes, authentication, body and rate limits, gzip for large answers. Handlers run
// on a thread pool (QFuture), each worker thread with its own database connection.
class HttpApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpApi)
public:
    HttpApi(ServerCore &core, QObject *parent = nullptr);
    ~HttpApi() override;
    void install(QHttpServer &server);

    enum class Auth
    {
        None,
        User,
        Supervisor,
        Admin
    };
    using Handler = std::function<QJsonObject(const ApiRequest &, const AuthUser &)>;
    // A handler that writes its JSON answer itself (large pages of the change feed).
    using RawHandler = std::function<QByteArray(const ApiRequest &, const AuthUser &)>;
    // A route added by an engine module (server/Qa*, server/Routing*): the same authentication, limits, error
    // answers and worker pool as the built-in routes. Path arguments are not supported; use the query or the body.
    void addRoute(QHttpServer &server, const QString &path, int method, Auth auth, Handler handler);

private:
    QFuture<QHttpServerResponse> dispatch(const QHttpServerRequest &request, Auth auth, Handler handler,
                                          QStringList args = {});
    QFuture<QHttpServerResponse> dispatchRaw(const QHttpServerRequest &request, Auth auth, RawHandler handler,
                                             QStringList args = {});
    QHttpServerResponse run(const ApiRequest &request, Auth auth, const RawHandler &handler);
    QHttpServerResponse reply(int status, const QJsonObject &body, bool gzip, int retryAfter = 0) const;
    QHttpServerResponse replyBytes(int status, QByteArray data, bool gzip, int retryAfter = 0) const;

    ServerCore &m_core;
    QThreadPool m_pool;
    RateLimiter m_rate;
};

} // namespace panorama::server
