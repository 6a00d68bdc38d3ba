#include "core/sync/ServerApi.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace panorama {

ServerApi::ServerApi(const QUrl &server, QObject *parent)
    : QObject(parent), m_server(server), m_nam(new QNetworkAccessManager(this))
{}

QUrl ServerApi::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_server;
    QString base = u.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + u"/api/v1"_s + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QUrl ServerApi::notifyUrl() const
{
    QUrlQuery q;
    q.addQueryItem(u"access_token"_s, m_accessToken);
    QUrl u = url(u"/notify"_s, q);
    u.setScheme(m_server.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    return u;
}

void ServerApi::track(QNetworkReply *reply, Callback done, bool raw)
{
    connect(reply, &QNetworkReply::finished, this, [reply, raw, done = std::move(done)] {
        reply->deleteLater();
        ApiResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (r.status == 0) {
            r.networkError = true;
            r.code = u"network"_s;
            r.message = reply->errorString();
        } else if (raw && r.ok()) {
            r.body = body;
        } else {
            r.json = QJsonDocument::fromJson(body).object();
            if (!r.ok()) {
                const QJsonObject err = r.json.value(u"error"_s).toObject();
                r.code = err.value(u"code"_s).toString(u"http_%1"_s.arg(r.status));
                r.message = err.value(u"message"_s).toString(reply->errorString());
            }
        }
        done(r);
    });
}

void ServerApi::get(const QString &path, const QUrlQuery &query, Callback done)
{
    fetch(path, query, std::move(done), false);
}

void ServerApi::getRaw(const QString &path, const QUrlQuery &query, Callback done)
{
    fetch(path, query, std::move(done), true);
}

void ServerApi::fetch(const QString &path, const QUrlQuery &query, Callback done, bool raw)
{
    QNetworkRequest req(url(path, query));
    req.setTransferTimeout(m_timeoutMs);
    if (!m_accessToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    track(m_nam->get(req), std::move(done), raw);
}

void ServerApi::post(const QString &path, const QJsonObject &body, Callback done)
{
    QNetworkRequest req(url(path));
    req.setTransferTimeout(m_timeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_accessToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    track(m_nam->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)), std::move(done));
}

void ServerApi::abortAll()
{
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *r : replies)
        r->abort();
}

} // namespace panorama
