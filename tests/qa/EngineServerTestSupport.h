#pragma once

// Helpers shared by the server-side QA and routing tests (tests/qa/tst_qaserver, tests/routing/tst_routingserver):
// read the change feed as a user, push one mutation.
#include "SyncTestSupport.h"

#include "core/sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace panorama::testing {

// Every row of `table` the user receives, as objects (the whole feed from the start, page by page; a row changed
// twice appears with its latest values).
inline QList<QJsonObject> feedRows(const QUrl &url, const QString &token, const QString &table)
{
    QList<QJsonObject> out;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const HttpAnswer a = http(url, "GET",
                                  QStringLiteral("/api/v1/changes?limit=5000&cursor=") +
                                      QString::fromLatin1(QUrl::toPercentEncoding(cursor)),
                                  {}, token);
        if (a.status != 200)
            return out;
        for (const QJsonValue &t : a.json.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject o = t.toObject();
            if (o.value(QStringLiteral("table")).toString() != table)
                continue;
            const QJsonArray cols = o.value(QStringLiteral("columns")).toArray();
            for (const QJsonValue &r : o.value(QStringLiteral("rows")).toArray()) {
                QJsonObject row;
                const QJsonArray values = r.toArray();
                for (int i = 0; i < cols.size(); ++i)
                    row.insert(cols[i].toString(), values[i]);
                out << row;
            }
        }
        cursor = a.json.value(QStringLiteral("cursor")).toString();
        if (!a.json.value(QStringLiteral("more")).toBool())
            break;
    }
    return out;
}

// One mutation (a fresh mutation id and client id) → its result.
inline QJsonObject pushOne(const QUrl &url, const QString &token, QJsonObject mutation)
{
    mutation.insert(QStringLiteral("id"), SyncProtocol::uuidV7());
    const QJsonObject body{{QStringLiteral("client_id"), SyncProtocol::uuidV7()},
                           {QStringLiteral("mutations"), QJsonArray{mutation}}};
    return http(url, "POST", QStringLiteral("/api/v1/push"), QJsonDocument(body).toJson(), token)
        .json.value(QStringLiteral("results"))
        .toArray()
        .at(0)
        .toObject();
}

// A real panorama-server on SQLite with the sync tests' fixture imported and one user per (name, role).
struct EngineServerEnv
{
    QTemporaryDir dir;
    Backend backend;
    Fixture fx;
    std::unique_ptr<ServerProcess> server;

    // "" when the server runs, else what went wrong (with the server's log).
    QString start(int customers, const QList<std::pair<QString, QString>> &users)
    {
        backend.dataDir = dir.filePath(QStringLiteral("data"));
        fx = writeFixture(dir.filePath(QStringLiteral("fixture")), customers);
        QString out;
        if (runServerCommand(backend, {QStringLiteral("import"), dir.filePath(QStringLiteral("fixture"))}, &out) != 0)
            return QStringLiteral("import failed: ") + out;
        for (const auto &[name, role] : users) {
            if (!addUser(backend, name, role))
                return QStringLiteral("cannot add user ") + name;
        }
        server = std::make_unique<ServerProcess>(backend);
        return server->start() ? QString() : QStringLiteral("the server did not start: ") + server->log();
    }

    // An access token for a user added by start(), or "" (the server's log is printed then).
    QString token(const QString &user) const
    {
        const QString t = httpLogin(server->url(), user).value(QStringLiteral("access_token")).toString();
        if (t.isEmpty())
            qWarning("login as %s failed; server log:\n%s", qPrintable(user), qPrintable(server->log()));
        return t;
    }

    ~EngineServerEnv()
    {
        if (server)
            server->stop();
    }
};

} // namespace panorama::testing
