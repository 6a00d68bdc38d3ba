#include "server/Notifier.h"

#include "server/ServerCore.h"
#include "server/ServerError.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace panorama::server {

Q_LOGGING_CATEGORY(lcNotify, "panorama.server.notify")

Notifier::Notifier(ServerCore &core, QHttpServer &server, QObject *parent)
    : QObject(parent), m_core(core), m_server(server)
{
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this, &Notifier::accept);
    // Qt 6.4 upgrades only a path that has a route whose handler writes nothing (the responder form); a plain
    // HTTP request to it gets a 400 naming the protocol.
    m_server.route(u"/api/v1/notify"_s, [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0)
            return;
        responder.write(
            QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"bad_request"_s},
                                                               {u"message"_s, u"/api/v1/notify speaks WebSocket"_s}}}}),
            QHttpServerResponder::StatusCode::BadRequest);
    });
    connect(&m_timer, &QTimer::timeout, this, &Notifier::poll);
    m_timer.start(200);
}

Notifier::~Notifier()
{
    for (QWebSocket *s : std::as_const(m_sockets)) {
        s->disconnect(this);
        delete s;
    }
}

void Notifier::accept()
{
    while (m_server.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        if (socket->requestUrl().path() != u"/api/v1/notify"_s) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"unknown WebSocket path"_s);
            continue;
        }
        QByteArray token = QUrlQuery(socket->requestUrl()).queryItemValue(u"access_token"_s).toLatin1();
        const QByteArray authz = socket->request().rawHeader("Authorization");
        if (authz.startsWith("Bearer "))
            token = authz.mid(7).trimmed();
        try {
            m_core.accounts().authenticate(token);
        } catch (const ApiError &e) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, e.message());
            continue;
        } catch (const DbError &e) {
            socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection, u"database unavailable"_s);
            continue;
        }
        QWebSocket *s = socket.release();
        s->setParent(this);
        m_sockets << s;
        connect(s, &QWebSocket::disconnected, this, [this, s] {
            m_sockets.removeOne(s);
            s->deleteLater();
        });
        const QJsonObject hello{{u"type"_s, u"changes"_s}, {u"version"_s, m_version}};
        s->sendTextMessage(QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
    }
}

void Notifier::poll()
{
    qint64 version = 0;
    try {
        version = m_core.db().scalar(u"SELECT value FROM counters WHERE name = 'version'"_s).toLongLong();
    } catch (const DbError &e) {
        qCWarning(lcNotify) << "cannot read the version counter:" << e.message();
        return;
    }
    if (version == m_version)
        return;
    m_version = version;
    const QString msg = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"type"_s, u"changes"_s}, {u"version"_s, version}}).toJson(QJsonDocument::Compact));
    for (QWebSocket *s : std::as_const(m_sockets))
        s->sendTextMessage(msg);
}

} // namespace panorama::server
