#pragma once

#include <QStringList>

class QTextStream;

namespace panorama::server {

class ServerCore;

// The admin subcommands run against the database directly (no HTTP): user add|disable|enable|list, import DIR,
// export --out DIR, audit verify, migrate. Returns the process exit code (0 ok, 1 failure, 2 usage).
int runAdminCommand(ServerCore &core, const QStringList &command, QTextStream &out, QTextStream &err);

} // namespace panorama::server
