#pragma once

#include "core/sync/Backoff.h"
#include "core/sync/LocalEditor.h"
#include "core/sync/SyncStore.h"
#include "core/sync/SyncTypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace panorama {

class Database;
class ServerApi;
struct ApiResult;

// The client side of sync (docs/sync-protocol.md), shared by the workstation and panoramactl: logs in, pushes the
// outbox in order and pulls the change feed into the cache, listens for change notifications, and retries with
// backoff when the server is unreachable. Lives in one thread with its Database connection (in the GUI: a worker
// thread); all results come back as signals. Never holds the refresh token anywhere but in memory: the owner
// stores it (keychain) when refreshTokenChanged() fires and hands it back with setRefreshToken().
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)
public:
    enum class State
    {
        Offline,
        Connecting,
        Syncing,
        Idle,
        Error
    };
    Q_ENUM(State)

    struct Options
    {
        int pageSize = 2000;
        int pushBatch = 100;
        int backoffBaseMs = 500;
        int backoffMaxMs = 60000;
        int requestTimeoutMs = 30000;
        int pollIntervalMs = 30000; // fallback when no notification socket is open
        bool notifications = true;  // WebSocket /api/v1/notify
        bool keepRunning = true;    // false: one cycle per syncNow(), no retries (panoramactl sync)
        quint32 seed = 0;           // backoff jitter seed (0: random)
    };

    SyncEngine(Database &db, const QUrl &server, Options options, QObject *parent = nullptr);
    SyncEngine(Database &db, const QUrl &server, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    static QString stateName(State state);
    QString lastError() const { return m_lastError; }
    const SyncReport &lastReport() const { return m_lastReport; }
    const QUrl &server() const { return m_server; }

    // Offline edits and bookkeeping, on the engine's connection.
    LocalEditor &editor() { return m_editor; }
    QList<OutboxEntry> outbox();
    QList<SyncConflict> conflicts();
    // keepMine: a new mutation puts the local value over the server's; otherwise the server's value stays.
    bool resolveConflict(const QString &conflictId, bool keepMine);
    bool dismissRejected(const QString &mutationId);
    QJsonObject user() const; // the logged-in user as the server described it ({} if never logged in)

    // Session.
    bool hasSession() const { return !m_refreshToken.isEmpty(); }
    void setRefreshToken(const QString &token);
    void login(const QString &username, const QString &password, const QString &device);
    void logout();

    // Going online: start() syncs now and keeps the cache in sync; stop() goes offline (the outbox keeps filling).
    void start();
    void stop();
    void syncNow();

    // Online-only requests. The callback gets the server's JSON or an error message.
    using Reply = std::function<void(const QJsonObject &result, const QString &error)>;
    void reveal(const QString &table, const QString &rowId, const QString &field, const QString &reason, Reply done);
    void fetchCustomer(const QString &customerId, Reply done);

Q_SIGNALS:
    void stateChanged(panorama::SyncEngine::State state);
    void progress(qint64 rowsApplied, qint64 rowsTotal);
    void syncFinished(const panorama::SyncReport &report);
    void syncFailed(const QString &message);
    void rowsChanged(const QStringList &tables);
    void outboxChanged();
    void conflictsChanged();
    void mutationRejected(const QString &mutationId, const QString &code, const QString &message);
    void loggedIn(const QJsonObject &user);
    void loginFailed(const QString &message);
    void loginRequired(const QString &reason);
    void refreshTokenChanged(const QString &token); // "" after logout
    void loggedOut();

private:
    void setState(State state, const QString &error = {});
    void runCycle();
    void withAccess(std::function<void()> then);
    void pushNext();
    void handlePush(const QList<OutboxEntry> &batch, const ApiResult &r);
    void storeResults(const QList<OutboxEntry> &batch, const QJsonArray &results);
    void pullNext();
    void pullFrom(const QString &cursor);
    void handlePage(const ApiResult &r);
    void finishCycle();
    void failCycle(const ApiResult &r, const QString &what);
    void adoptSession(const QJsonObject &session);
    void openNotifications();
    void scheduleRetry();

    Database &m_db;
    QUrl m_server;
    Options m_options;
    SyncStore m_store;
    LocalEditor m_editor;
    ServerApi *m_api;
    Backoff m_backoff;
    QTimer m_retryTimer;
    QTimer m_pollTimer;
    QTimer m_notifyDebounce;
    QWebSocket *m_socket = nullptr;

    State m_state = State::Offline;
    QString m_lastError;
    QString m_refreshToken;
    qint64 m_accessExpiresAt = 0;
    bool m_running = false;       // a cycle is in flight
    quint64 m_pullGeneration = 0; // bumped when a page fails: a prefetched next page is then dropped
    bool m_again = false;         // another cycle was asked for meanwhile
    bool m_started = false;
    int m_pushBatch = 100;
    SyncReport m_report;
    SyncReport m_lastReport;
    qint64 m_total = 0;
    QElapsedTimer m_clock;
};

} // namespace panorama
