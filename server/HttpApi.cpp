#include "server/HttpApi.h"

#include "server/RowStore.h"
#include "server/ServerCore.h"
#include "server/ServerError.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QtConcurrent>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace panorama::server {

Q_LOGGING_CATEGORY(lcHttp, "panorama.server.http")

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray header(const QHttpServerRequest &r, const QByteArray &name)
{
    for (const auto &h : r.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

} // namespace

QJsonObject ApiRequest::json() const
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        throw ApiError::badRequest(
            u"the body is not valid JSON: %1 at byte %2"_s.arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        throw ApiError::badRequest(u"the body must be a JSON object"_s);
    return doc.object();
}

HttpApi::HttpApi(ServerCore &core, QObject *parent)
    : QObject(parent), m_core(core), m_rate(core.options().rateLimit, core.options().rateBurst)
{
    m_pool.setMaxThreadCount(core.options().threads);
    m_pool.setExpiryTimeout(-1); // keep workers, and with them their database connections
}

HttpApi::~HttpApi()
{
    m_pool.waitForDone();
}

QHttpServerResponse HttpApi::reply(int status, const QJsonObject &body, bool acceptsGzip, int retryAfter) const
{
    return replyBytes(status, QJsonDocument(body).toJson(QJsonDocument::Compact), acceptsGzip, retryAfter);
}

QHttpServerResponse HttpApi::replyBytes(int status, QByteArray data, bool acceptsGzip, int retryAfter) const
{
    bool zipped = false;
    if (acceptsGzip && data.size() > m_core.options().gzipThreshold) {
        QByteArray z = gzip(data);
        if (!z.isEmpty()) {
            data = std::move(z);
            zipped = true;
        }
    }
    QHttpServerResponse r(QByteArrayLiteral("application/json"), data,
                          static_cast<QHttpServerResponder::StatusCode>(status));
    if (zipped)
        r.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    if (retryAfter > 0)
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    return r;
}

QHttpServerResponse HttpApi::run(const ApiRequest &request, Auth auth, const RawHandler &handler)
{
    try {
        AuthUser user;
        if (auth != Auth::None) {
            user = m_core.accounts().authenticate(request.bearer);
            if (auth == Auth::Admin && !user.isAdmin())
                throw ApiError::forbidden(u"this endpoint is for administrators"_s);
            if (auth == Auth::Supervisor && !user.isSupervisor())
                throw ApiError::forbidden(u"this endpoint is for supervisors"_s);
        }
        return replyBytes(200, handler(request, user), request.acceptsGzip);
    } catch (const ApiError &e) {
        const int retry = e.status() == 429 ? 60 : 0;
        return reply(e.status(), {{u"error"_s, QJsonObject{{u"code"_s, e.code()}, {u"message"_s, e.message()}}}}, false,
                     retry);
    } catch (const DbError &e) {
        qCWarning(lcHttp) << "database error on" << request.path << ":" << e.message();
        return reply(503,
                     {{u"error"_s, QJsonObject{{u"code"_s, u"unavailable"_s},
                                               {u"message"_s, u"the database is unavailable; retry"_s}}}},
                     false, 1);
    } catch (const std::exception &e) {
        qCWarning(lcHttp) << "internal error on" << request.path << ":" << e.what();
        return reply(500, {{u"error"_s, QJsonObject{{u"code"_s, u"internal"_s}, {u"message"_s, u"internal error"_s}}}},
                     false);
    }
}

QFuture<QHttpServerResponse> HttpApi::dispatch(const QHttpServerRequest &request, Auth auth, Handler handler,
                                               QStringList args)
{
    return dispatchRaw(
        request, auth,
        [handler = std::move(handler)](const ApiRequest &r, const AuthUser &u) {
            return QJsonDocument(handler(r, u)).toJson(QJsonDocument::Compact);
        },
        std::move(args));
}

QFuture<QHttpServerResponse> HttpApi::dispatchRaw(const QHttpServerRequest &request, Auth auth, RawHandler handler,
                                                  QStringList args)
{
    ApiRequest r;
    r.path = request.url().path();
    r.query = request.query();
    r.address = request.remoteAddress().toString();
    r.args = std::move(args);
    const QByteArray authz = header(request, "Authorization");
    if (authz.startsWith("Bearer "))
        r.bearer = authz.mid(7).trimmed();
    r.acceptsGzip = header(request, "Accept-Encoding").contains("gzip");
    const qint64 maxBody = m_core.options().maxBody;
    const bool tooLarge = request.body().size() > maxBody;
    if (!tooLarge)
        r.body = request.body();
    // Rate limit per user (a token with a valid signature) or per address.
    const QString subject = r.bearer.isEmpty() ? QString() : m_core.accounts().tokenSubject(r.bearer);
    int retryAfter = 0;
    const bool allowed = m_rate.allow(subject.isEmpty() ? u"a:"_s + r.address : u"u:"_s + subject, &retryAfter);
    return QtConcurrent::run(&m_pool, [this, r, auth, handler, tooLarge, allowed, retryAfter, maxBody]() {
        if (tooLarge)
            return reply(413,
                         {{u"error"_s, QJsonObject{{u"code"_s, u"body_too_large"_s},
                                                   {u"message"_s, u"the body exceeds %1 bytes"_s.arg(maxBody)}}}},
                         false);
        if (!allowed)
            return reply(429,
                         {{u"error"_s, QJsonObject{{u"code"_s, u"rate_limited"_s},
                                                   {u"message"_s, u"too many requests; slow down"_s}}}},
                         false, retryAfter);
        return run(r, auth, handler);
    });
}

void HttpApi::addRoute(QHttpServer &server, const QString &path, int method, Auth auth, Handler handler)
{
    server.route(path, static_cast<QHttpServerRequest::Method>(method),
                 [this, auth, handler](const QHttpServerRequest &req) { return dispatch(req, auth, handler); });
}

void HttpApi::install(QHttpServer &server)
{
    using M = QHttpServerRequest::Method;
    ServerCore &core = m_core;

    server.route(u"/api/v1/health"_s, M::Get, [this](const QHttpServerRequest &req) {
        return dispatch(req, Auth::None, [](const ApiRequest &, const AuthUser &) {
            return QJsonObject{{u"status"_s, u"ok"_s}, {u"version"_s, QStringLiteral(PANORAMA_VERSION)}};
        });
    });
    server.route(u"/api/v1/auth/login"_s, M::Post, [this, &core](const QHttpServerRequest &req) {
        return dispatch(req, Auth::None, [&core](const ApiRequest &r, const AuthUser &) {
            const QJsonObject b = r.json();
            if (!b.value(u"username"_s).isString() || !b.value(u"password"_s).isString())
                throw ApiError::badRequest(u"login needs string fields username and password"_s);
            return core.accounts().login(str(b, "username"), str(b, "password"), str(b, "device"), r.address);
        });
    });
    server.route(u"/api/v1/auth/refresh"_s, M::Post, [this, &core](const QHttpServerRequest &req) {
        return dispatch(req, Auth::None, [&core](const ApiRequest &r, const AuthUser &) {
            return core.accounts().refresh(str(r.json(), "refresh_token"));
        });
    });
    server.route(u"/api/v1/auth/logout"_s, M::Post, [this, &core](const QHttpServerRequest &req) {
        return dispatch(req, Auth::User, [&core](const ApiRequest &r, const AuthUser &u) {
            core.accounts().logout(str(r.json(), "refresh_token"), u.id);
            return QJsonObject{{u"revoked"_s, true}};
        });
    });
    server.route(u"/api/v1/session"_s, M::Get, [this](const QHttpServerRequest &req) {
        return dispatch(req, Auth::User, [](const ApiRequest &, const AuthUser &u) {
            return QJsonObject{{u"user"_s, Accounts::userJson(u)}};
        });
    });
    server.route(u"/api/v1/changes"_s, M::Get, [this, &core](const QHttpServerRequest &req) {
        return dispatchRaw(req, Auth::User, [&core](const ApiRequest &r, const AuthUser &u) {
            const QString limit = r.query.queryItemValue(u"limit"_s);
            bool ok = true;
            const int n = limit.isEmpty() ? ChangeFeed::kDefaultPage : limit.toInt(&ok);
            if (!ok || n <= 0)
                throw ApiError::badRequest(u"limit must be a positive number"_s);
            return core.feed().page(u, r.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded), n);
        });
    });
    server.route(u"/api/v1/push"_s, M::Post, [this, &core](const QHttpServerRequest &req) {
        return dispatch(req, Auth::User, [&core](const ApiRequest &r, const AuthUser &u) {
            const QJsonObject b = r.json();
            if (!b.value(u"mutations"_s).isArray())
                throw ApiError::badRequest(u"push needs an array 'mutations'"_s);
            return QJsonObject{
                {u"results"_s, core.mutations().push(u, str(b, "client_id"), b.value(u"mutations"_s).toArray())}};
        });
    });
    server.route(u"/api/v1/customers/<arg>"_s, M::Get, [this, &core](const QString &id, const QHttpServerRequest &req) {
        return dispatch(
            req, Auth::User,
            [&core](const ApiRequest &r, const AuthUser &u) {
                // Store staff work inside their store; agents and supervisors may look further when online (audited).
                if (u.isStoreStaff() &&
                    !core.policy().inScope(core.db(), u,
                                           RowStore(core.db()).recordedScope(u"customers"_s, r.args.value(0))))
                    throw ApiError::forbidden(u"customer %1 belongs to another store"_s.arg(r.args.value(0)));
                QJsonObject bundle = core.feed().customerBundle(u, r.args.value(0));
                core.audit().record(u.id, u"customer.fetch"_s, u"customers/"_s + r.args.value(0));
                return bundle;
            },
            {id});
    });
    server.route(u"/api/v1/reveal"_s, M::Post, [this, &core](const QHttpServerRequest &req) {
        return dispatch(req, Auth::User,
                        [&core](const ApiRequest &r, const AuthUser &u) { return core.reveal().request(u, r.json()); });
    });
    server.route(u"/api/v1/reveal/pending"_s, M::Get, [this, &core](const QHttpServerRequest &req) {
        return dispatch(req, Auth::Supervisor,
                        [&core](const ApiRequest &, const AuthUser &u) { return core.reveal().pending(u); });
    });
    server.route(u"/api/v1/reveal/<arg>/approve"_s, M::Post,
                 [this, &core](const QString &id, const QHttpServerRequest &req) {
                     return dispatch(req, Auth::Supervisor,
                                     [&core](const ApiRequest &r, const AuthUser &u) {
                                         return core.reveal().approve(u, r.args.value(0));
                                     },
                                     {id});
                 });
    server.route(u"/api/v1/reveal/<arg>"_s, M::Get, [this, &core](const QString &id, const QHttpServerRequest &req) {
        return dispatch(
            req, Auth::User,
            [&core](const ApiRequest &r, const AuthUser &u) { return core.reveal().view(u, r.args.value(0)); }, {id});
    });
    server.route(u"/api/v1/admin/users"_s, M::Get, [this, &core](const QHttpServerRequest &req) {
        return dispatch(req, Auth::Admin, [&core](const ApiRequest &, const AuthUser &) {
            QJsonArray users;
            for (const AuthUser &u : core.accounts().users()) {
                QJsonObject o = Accounts::userJson(u);
                o.insert(u"disabled"_s, u.disabled);
                users.append(o);
            }
            return QJsonObject{{u"users"_s, users}};
        });
    });
    server.route(u"/api/v1/admin/users"_s, M::Post, [this, &core](const QHttpServerRequest &req) {
        return dispatch(req, Auth::Admin, [&core](const ApiRequest &r, const AuthUser &admin) {
            const QJsonObject b = r.json();
            const NewUser nu{str(b, "username"), str(b, "password"), str(b, "role"),        str(b, "store_id"),
                             str(b, "region"),   str(b, "team"),     str(b, "display_name")};
            return QJsonObject{{u"user"_s, Accounts::userJson(core.accounts().addUser(nu, admin.id))}};
        });
    });
    server.route(u"/api/v1/admin/users/<arg>/disable"_s, M::Post,
                 [this, &core](const QString &name, const QHttpServerRequest &req) {
                     return dispatch(req, Auth::Admin,
                                     [&core](const ApiRequest &r, const AuthUser &admin) {
                                         core.accounts().setDisabled(r.args.value(0), true, admin.id);
                                         return QJsonObject{{u"disabled"_s, r.args.value(0)}};
                                     },
                                     {name});
                 });
    server.route(u"/api/v1/admin/audit/verify"_s, M::Get, [this, &core](const QHttpServerRequest &req) {
        return dispatch(req, Auth::Admin, [&core](const ApiRequest &, const AuthUser &) {
            const AuditLog::Verdict v = core.audit().verify();
            return QJsonObject{{u"ok"_s, v.ok},
                               {u"records"_s, v.records},
                               {u"first_bad_seq"_s, v.firstBadSeq},
                               {u"problem"_s, v.problem}};
        });
    });
}

} // namespace panorama::server
