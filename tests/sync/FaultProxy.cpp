#include "FaultProxy.h"

#include <QTcpSocket>

namespace panorama::testing {

FaultProxy::FaultProxy(quint16 upstreamPort, quint32 seed, QObject *parent)
    : QObject(parent), m_upstream(upstreamPort), m_random(seed)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

void FaultProxy::setOnline(bool online)
{
    m_online = online;
    if (!online) {
        // Losing the network cuts what is in flight too.
        const auto sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets)
            s->abort();
    }
}

void FaultProxy::accept()
{
    while (QTcpSocket *in = m_server.nextPendingConnection()) {
        if (!m_online) {
            in->abort();
            in->deleteLater();
            continue;
        }
        in->setParent(this);
        auto *out = new QTcpSocket(this);
        auto pending = std::make_shared<QByteArray>();
        connect(out, &QTcpSocket::connected, this, [out, pending] {
            out->write(*pending);
            pending->clear();
        });
        connect(in, &QTcpSocket::readyRead, this, [in, out, pending] {
            if (out->state() == QAbstractSocket::ConnectedState)
                out->write(in->readAll());
            else
                pending->append(in->readAll());
        });
        connect(out, &QTcpSocket::readyRead, this, [this, in, out] {
            const QByteArray data = out->readAll();
            if (m_dropRate > 0 && m_random.generateDouble() < m_dropRate) {
                ++m_dropped; // the server answered (and committed); the client never hears it
                in->abort();
                out->abort();
                return;
            }
            in->write(data);
        });
        auto closeBoth = [in, out] {
            if (in->state() != QAbstractSocket::UnconnectedState)
                in->disconnectFromHost();
            if (out->state() != QAbstractSocket::UnconnectedState)
                out->disconnectFromHost();
            in->deleteLater();
            out->deleteLater();
        };
        connect(in, &QTcpSocket::disconnected, this, closeBoth);
        connect(out, &QTcpSocket::disconnected, this, closeBoth);
        connect(out, &QTcpSocket::errorOccurred, this, [in, out](QAbstractSocket::SocketError) {
            if (out->state() == QAbstractSocket::UnconnectedState)
                in->abort(); // upstream refused (server down): the client sees a network error
        });
        out->connectToHost(QHostAddress::LocalHost, m_upstream);
    }
}

} // namespace panorama::testing
