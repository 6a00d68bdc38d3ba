#include "server/ServerOptions.h"

#include "server/ServerError.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace panorama::server {

QString ServerOptions::usage()
{
    return uR"(usage: panorama-server [--data DIR | --db postgresql://USER@HOST:PORT/DB] [options] [COMMAND]

Serving (no COMMAND):
  --listen HOST:PORT        address to bind (default 127.0.0.1:8765; port 0 picks a free port)
  --port-file FILE          write the bound port to FILE once listening
  --demo                    seed demo data and demo users once (idempotent)
  --demo-size N             demo customers (default 2000; orders x5, tickets x1)
  --threads N               request worker threads, each with its own database connection (default 8)
  --max-body BYTES          largest request body (default 4194304)
  --rate-limit N            requests per second per client (default 100; burst 4x)
  --access-ttl S            access token lifetime in seconds (default 900)
  --refresh-ttl S           refresh token lifetime in seconds (default 2592000)
  --refresh-grace S         a rotated refresh token still works this long (default 30; lost answers)
  --reveal-ttl S            how long a reveal grant lasts (default 300)
  --agent-scope all|region  what agents receive (default all)

Commands:
  user add --username U --role R [--store ID] [--region R] [--team T] [--display-name N] --password-stdin
  user disable U | user enable U | user list [--json]
  import DIR                load <table>.jsonl files (JSON Lines)
  export --out DIR          write every domain table as <table>.jsonl (audited)
  audit verify              check the audit log's hash chain
  migrate                   apply pending schema migrations and exit
)"_s;
}

QString ServerOptions::parse(QStringList args)
{
    QString dbUrl;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (!a.startsWith(u"--"_s) || !command.isEmpty()) {
            command << a;
            continue;
        }
        auto value = [&](QString *out) {
            if (args.isEmpty())
                return false;
            *out = args.takeFirst();
            return true;
        };
        QString v;
        bool ok = true;
        if (a == u"--demo"_s) {
            demo = true;
        } else if (a == u"--data"_s && value(&v)) {
            dataDir = v;
        } else if (a == u"--db"_s && value(&v)) {
            dbUrl = v;
        } else if (a == u"--listen"_s && value(&v)) {
            const qsizetype colon = v.lastIndexOf(u':');
            if (colon <= 0)
                return u"--listen expects HOST:PORT, got '%1'"_s.arg(v);
            listenAddress = QHostAddress(v.left(colon));
            const int p = v.mid(colon + 1).toInt(&ok);
            if (listenAddress.isNull() || !ok || p < 0 || p > 65535)
                return u"--listen expects HOST:PORT with a numeric address, got '%1'"_s.arg(v);
            port = quint16(p);
        } else if (a == u"--port-file"_s && value(&v)) {
            portFile = v;
        } else if (a == u"--demo-size"_s && value(&v)) {
            demoSize = v.toInt(&ok);
            ok = ok && demoSize > 0;
        } else if (a == u"--threads"_s && value(&v)) {
            threads = v.toInt(&ok);
            ok = ok && threads > 0 && threads <= 256;
        } else if (a == u"--max-body"_s && value(&v)) {
            maxBody = v.toLongLong(&ok);
            ok = ok && maxBody > 0;
        } else if (a == u"--rate-limit"_s && value(&v)) {
            rateLimit = v.toDouble(&ok);
            ok = ok && rateLimit > 0;
            rateBurst = rateLimit * 4;
        } else if (a == u"--access-ttl"_s && value(&v)) {
            accessTtl = v.toInt(&ok);
            ok = ok && accessTtl > 0;
        } else if (a == u"--refresh-ttl"_s && value(&v)) {
            refreshTtl = v.toInt(&ok);
            ok = ok && refreshTtl > 0;
        } else if (a == u"--refresh-grace"_s && value(&v)) {
            refreshGrace = v.toInt(&ok);
            ok = ok && refreshGrace >= 0;
        } else if (a == u"--reveal-ttl"_s && value(&v)) {
            revealTtl = v.toInt(&ok);
            ok = ok && revealTtl > 0;
        } else if (a == u"--agent-scope"_s && value(&v)) {
            if (v != u"all"_s && v != u"region"_s)
                return u"--agent-scope is all or region, got '%1'"_s.arg(v);
            agentScope = v == u"all"_s ? AccessPolicy::AgentScope::All : AccessPolicy::AgentScope::Region;
        } else if (a == u"--help"_s) {
            return u"help"_s;
        } else {
            return u"unknown or incomplete option %1"_s.arg(a);
        }
        if (!ok)
            return u"bad value for %1: '%2'"_s.arg(a, v);
    }
    if (!dbUrl.isEmpty() && !dataDir.isEmpty())
        return u"give either --data DIR (SQLite) or --db URL (PostgreSQL), not both"_s;
    try {
        if (!dbUrl.isEmpty()) {
            db = DbConfig::fromUrl(dbUrl);
        } else {
            if (dataDir.isEmpty())
                return u"give --data DIR (SQLite) or --db postgresql://... (PostgreSQL)"_s;
            if (!QDir().mkpath(dataDir))
                return u"cannot create the data directory %1"_s.arg(dataDir);
            db = DbConfig::sqlite(QDir(dataDir).filePath(u"panorama-server.db"_s));
        }
    } catch (const DbError &e) {
        return e.message();
    }
    return {};
}

} // namespace panorama::server
