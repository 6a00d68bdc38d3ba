#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

class QTcpSocket;

namespace panorama::testing {

// A loopback TCP proxy between one client and the server, for fault injection: it can go offline (refuses and cuts
// connections) and drop a share of the server's answers after the server has sent them (so after it committed),
// which forces the client to retry a request the server already applied.
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)
public:
    FaultProxy(quint16 upstreamPort, quint32 seed, QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    void setUpstream(quint16 port) { m_upstream = port; }
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    void setDropRate(double rate) { m_dropRate = rate; }
    int dropped() const { return m_dropped; }

private:
    void accept();
    QTcpServer m_server;
    quint16 m_upstream;
    bool m_online = true;
    double m_dropRate = 0;
    int m_dropped = 0;
    QRandomGenerator m_random;
};

} // namespace panorama::testing
