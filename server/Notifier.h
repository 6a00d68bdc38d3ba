#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QHttpServer;
class QWebSocket;

namespace panorama::server {

class ServerCore;

// Near-real-time: accepts authenticated WebSockets on /api/v1/notify and tells every client when the committed
// change-feed version grows. It watches the version counter (every 200 ms), which also sees commits made by another
// server process on the same PostgreSQL; clients then pull.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)
public:
    Notifier(ServerCore &core, QHttpServer &server, QObject *parent = nullptr);
    ~Notifier() override;

private:
    void accept();
    void poll();

    ServerCore &m_core;
    QHttpServer &m_server;
    QTimer m_timer;
    qint64 m_version = -1;
    QList<QWebSocket *> m_sockets;
};

} // namespace panorama::server
