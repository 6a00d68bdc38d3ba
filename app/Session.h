#pragma once

#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"
#include "ui/AgentSession.h"

#include <QUrl>

#include <functional>
#include <memory>

class QThread;

namespace panorama {

// The running session of the workstation (composition root): owns the cache's GUI-thread connection, and, when a
// server is configured, the sync engine on a worker thread with its own connection. Every edit runs on the
// engine's connection (local row + outbox mutation in one transaction) and is pushed at once when online; reads
// stay on the GUI connection. Without a server (a demo cache) edits go to the outbox on the GUI connection and
// stay there.
class Session final : public AgentSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)
public:
    // A cache synced with `server`; `key` opens the engine's own connection to the same file.
    Session(std::unique_ptr<Database> db, const DatabaseKey &key, const QUrl &server, SyncEngine::Options options = {},
            QObject *parent = nullptr);
    // A local cache with no server, signed in as `user` (a staff row of the cache).
    Session(std::unique_ptr<Database> db, const DatabaseKey &key, const SessionUser &user, QObject *parent = nullptr);
    ~Session() override;

    // Signs in (server mode); loggedIn() or loginFailed() follows. Success starts syncing.
    void login(const QString &username, const QString &password);
    bool hasLogin() const;
    void setRefreshToken(const QString &token);

    Database &database() override { return *m_db; }
    SessionUser user() const override { return m_user; }
    QUrl server() const override { return m_server; }
    ConnectionState connectionState() const override { return m_state; }
    QString connectionDetail() const override { return m_detail; }
    qint64 lastSyncAt() const override { return m_lastSync; }
    int pendingChanges() override;
    int rejectedChanges() override;
    QList<OutboxEntry> outbox() override;
    QList<SyncConflict> conflicts() override;
    QSet<QString> pendingRowIds(const QString &table) override;

    void setOnline(bool online) override;
    void syncNow() override;
    void cancelSync() override;

    void createTicket(const LocalEditor::NewTicket &ticket, Done done) override;
    void addMessage(const QString &ticketId, const QString &body, const QString &visibility, Done done) override;
    void setTicketStatus(const QString &ticketId, const QString &status, Done done) override;
    void assignTicket(const QString &ticketId, const QString &assigneeId, const QString &team, Done done) override;
    void setCustomerTag(const QString &customerId, const QString &dimension, const QString &key, const QString &value,
                        Done done) override;
    void resolveConflict(const QString &conflictId, bool keepMine, Done done) override;
    void dismissRejected(const QString &mutationId, Done done) override;
    void editCache(CacheEdit edit, const QStringList &tables, Done done) override;
    void reveal(const QString &table, const QString &rowId, const QString &field, const QString &reason,
                RevealDone done) override;

    static SessionUser userFromJson(const QJsonObject &json);
    // For services that open their own connection to the cache (search), one per thread.
    QString cachePath() const { return m_db->path(); }
    const DatabaseKey &cacheKey() const { return m_key; }

Q_SIGNALS:
    void loggedIn();
    void loginFailed(const QString &message);
    void loginRequired(const QString &reason);
    void refreshTokenChanged(const QString &token);

private:
    using Edit = std::function<QString(LocalEditor &editor)>;
    void runEdit(Edit edit, const QStringList &tables, Done done);
    void onEngineState(SyncEngine::State state);
    void finishEdit(const QString &rowId, const QString &error, const QStringList &tables, const Done &done);
    // Runs `work` with the engine on its thread.
    void onEngine(std::function<void(SyncEngine &engine)> work);

    std::unique_ptr<Database> m_db;
    DatabaseKey m_key;
    std::unique_ptr<Database> m_engineDb;
    QUrl m_server;
    QThread *m_thread = nullptr;
    QObject *m_anchor = nullptr; // lives on the worker thread
    SyncEngine *m_engine = nullptr;
    bool m_hasLogin = false;
    SessionUser m_user;
    ConnectionState m_state = ConnectionState::Offline;
    QString m_detail;
    qint64 m_lastSync = 0;
};

} // namespace panorama
