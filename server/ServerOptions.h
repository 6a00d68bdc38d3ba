#pragma once

#include "server/AccessPolicy.h"
#include "server/ServerDb.h"

#include <QHostAddress>
#include <QStringList>

namespace panorama::server {

// Everything the command line configures (docs/server.md lists the options).
struct ServerOptions
{
    DbConfig db;
    QString dataDir;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8765;
    QString portFile; // written with the bound port once listening (tests listen on port 0)
    bool demo = false;
    int demoSize = 2000; // customers; orders and tickets scale with it
    int threads = 8;
    qint64 maxBody = 4 * 1024 * 1024;
    double rateLimit = 100; // requests per second per client (token bucket)
    double rateBurst = 400;
    int accessTtl = 15 * 60;
    int refreshTtl = 30 * 24 * 3600;
    int refreshGrace = 30;
    int revealTtl = 300;
    int gzipThreshold = 16 * 1024;
    AccessPolicy::AgentScope agentScope = AccessPolicy::AgentScope::All;
    QStringList command; // admin subcommand and its arguments (empty: serve)

    // Parses argv (without the program name). Returns an error message, or "" on success.
    QString parse(QStringList args);
    static QString usage();
};

} // namespace panorama::server
