#pragma once

#include <QString>

namespace panorama::server {

class ServerCore;

// `--demo`: once per database, generates the Foundation demo data (panoramactl demo-data), imports it and creates
// one demo user per role (agent, supervisor, store, admin; password "panorama-demo"), each bound to a staff row of
// that role so their queues have tickets. A database already seeded is left alone.
class DemoSeeder final
{
public:
    explicit DemoSeeder(ServerCore &core);
    // Returns a line for the log; throws ApiError when generation or import fails.
    QString seed(int customers);

    static QString demoPassword();

private:
    QString generate(const QString &outDir, int customers);
    ServerCore &m_core;
};

} // namespace panorama::server
