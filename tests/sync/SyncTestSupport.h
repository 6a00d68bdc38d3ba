#pragma once

#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"

#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

// Helpers shared by the sync and server integration tests: the real panorama-server binary on 127.0.0.1 (SQLite or a
// fresh PostgreSQL database), a small generated data set, and clients made of an encrypted cache plus a SyncEngine.
namespace panorama::testing {

QString serverBinary();
// Polls the event loop until pred() holds or ms elapse.
bool waitFor(const std::function<bool()> &pred, int ms = 20000);

// "postgresql://…" of the test cluster (env PANORAMA_TEST_PG_URL or build/pg/url), or "" if there is none.
QString postgresBaseUrl();
// Creates a fresh database on that cluster and returns its URL; "" (with *why set) if it cannot.
QString createPostgresDatabase(QString *why);
void dropPostgresDatabase(const QString &url);

// Where a server keeps its data: a SQLite directory or a PostgreSQL URL.
struct Backend
{
    QString dataDir;
    QString dbUrl;
    QStringList args() const;
};

// The small deterministic data set: 3 stores (S1, S2 in region east, S3 north), staff, `customers` customers spread
// over the stores (every 5th without a store), each with a phone identity, an address, 2 orders and a ticket.
struct Fixture
{
    QStringList storeIds;
    QStringList customerIds;
    QHash<QString, QString> customerStore; // customer -> store id ("" for none)
    QStringList ticketIds;
    QString agentStaffId;
};
Fixture writeFixture(const QString &dir, int customers);

// Runs `panorama-server <backend> ARGS` to completion (admin commands); returns exit code, output in *out.
int runServerCommand(const Backend &backend, const QStringList &args, QString *out = nullptr,
                     const QByteArray &stdinData = {});
bool addUser(const Backend &backend, const QString &username, const QString &role, const QString &store = {},
             const QString &region = {});

// A running panorama-server process.
class ServerProcess
{
public:
    explicit ServerProcess(Backend backend, QStringList extraArgs = {});
    ~ServerProcess();
    bool start(int port = 0); // port 0: any free port (kept across restarts)
    void stop();              // SIGTERM and wait
    void kill();              // SIGKILL
    bool isRunning() const;
    int port() const { return m_port; }
    QUrl url() const;
    QString log() const;

private:
    Backend m_backend;
    QStringList m_extra;
    QTemporaryDir m_tmp;
    std::unique_ptr<QProcess> m_proc;
    int m_port = 0;
};

// One workstation: an encrypted cache file and a SyncEngine on it.
class Client
{
public:
    Client(const QString &path, const QUrl &server, SyncEngine::Options options = {}, const QByteArray &key = {});
    Database &db() { return *m_db; }
    SyncEngine &engine() { return *m_engine; }
    bool login(const QString &username, const QString &password = QStringLiteral("test-password"));
    // Runs one sync cycle to completion; false (with lastError) if it failed.
    bool sync(int timeoutMs = 60000);
    QString lastError() const { return m_error; }
    qint64 count(const char *sql);
    QString text(const char *sql, const QString &bind = {});

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_error;
    bool m_done = false;
    bool m_ok = false;
};

// A direct connection to a backend's server database (for checks behind the server's back), and one number from it
// (-1 if the query fails).
QSqlDatabase serverDb(const Backend &b);
qint64 serverScalar(const Backend &b, const QString &sql);

// Logs in over HTTP and returns the session JSON (access_token, …) or {} on failure.
QJsonObject httpLogin(const QUrl &server, const QString &username,
                      const QString &password = QStringLiteral("test-password"));
struct HttpAnswer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};
HttpAnswer http(const QUrl &server, const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});

} // namespace panorama::testing
