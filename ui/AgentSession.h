#pragma once

#include "core/sync/LocalEditor.h"
#include "core/sync/SyncTypes.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace panorama {

class Database;

// Who is signed in, as the server (or the local demo cache) describes them.
struct SessionUser
{
    QString id; // staff id
    QString username;
    QString displayName;
    QString role; // agent, supervisor, store_staff, admin
    QString team;
    QString storeId;

    bool isSupervisor() const { return role == QLatin1StringView("supervisor") || role == QLatin1StringView("admin"); }
};

enum class ConnectionState
{
    Offline,    // by choice or because the server cannot be reached; edits wait in the outbox
    Connecting, // signing in or reconnecting
    Syncing,    // pushing the outbox and pulling changes
    Online,     // in sync, listening for changes
    Error,      // a permanent problem (login revoked, ...): the detail says what
};

// What the server answered to a reveal request.
struct RevealOutcome
{
    bool granted = false;
    bool pending = false; // waits for a supervisor's approval (payment fields)
    QString value;
    qint64 expiresAt = 0; // ms since epoch
    QString requestId;
    QString error; // why not, in words for the agent
};

// What the workstation's areas need from the running session: the cache to read, who is signed in, the
// connection, and every action that changes data (always through the sync outbox, never a direct write) or asks
// the server. The composition root (app/Session) implements it over core/sync; tests may implement it over a
// sample cache. Results arrive through callbacks from the event loop, never inside the call.
class AgentSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentSession)
public:
    using Done = std::function<void(const QString &rowId, const QString &error)>;
    using RevealDone = std::function<void(const RevealOutcome &outcome)>;

    explicit AgentSession(QObject *parent = nullptr);
    ~AgentSession() override;

    // The GUI thread's read connection to the local cache (models read through it).
    virtual Database &database() = 0;
    virtual SessionUser user() const = 0;
    virtual QUrl server() const = 0; // empty: a local cache with no server (demo)

    virtual ConnectionState connectionState() const = 0;
    virtual QString connectionDetail() const = 0; // the last error, or the server's address
    virtual qint64 lastSyncAt() const = 0;        // ms since epoch, 0: never
    virtual int pendingChanges() = 0;
    virtual int rejectedChanges() = 0;
    virtual QList<OutboxEntry> outbox() = 0;
    virtual QList<SyncConflict> conflicts() = 0;
    virtual QSet<QString> pendingRowIds(const QString &table) = 0; // rows with an unsent local change

    bool isOnline() const
    {
        return connectionState() == ConnectionState::Online || connectionState() == ConnectionState::Syncing;
    }
    // Going online needs a server; going offline keeps every edit in the outbox.
    virtual void setOnline(bool online) = 0;
    virtual void syncNow() = 0;
    virtual void cancelSync() = 0; // stops a long (initial) sync; what was applied stays

    // Edits: the local row and its outbox mutation are written together; done() reports the row id or why not.
    virtual void createTicket(const LocalEditor::NewTicket &ticket, Done done) = 0;
    virtual void addMessage(const QString &ticketId, const QString &body, const QString &visibility, Done done) = 0;
    virtual void setTicketStatus(const QString &ticketId, const QString &status, Done done) = 0;
    virtual void assignTicket(const QString &ticketId, const QString &assigneeId, const QString &team, Done done) = 0;
    virtual void setCustomerTag(const QString &customerId, const QString &dimension, const QString &key,
                                const QString &value, Done done) = 0;
    virtual void resolveConflict(const QString &conflictId, bool keepMine, Done done) = 0;
    virtual void dismissRejected(const QString &mutationId, Done done) = 0;
    // An edit of an engine module (sizing measurements, QA review, routing feedback): `edit` runs on the connection
    // that owns the outbox and writes the local row and its outbox mutation in one transaction, like the edits
    // above; `tables` reload afterwards.
    using CacheEdit = std::function<QString(Database &db)>;
    virtual void editCache(CacheEdit edit, const QStringList &tables, Done done) = 0;

    // Online only: asks the server for a masked value with a reason; refused at once when offline.
    virtual void reveal(const QString &table, const QString &rowId, const QString &field, const QString &reason,
                        RevealDone done) = 0;
    // Merging customer records needs a server mutation the sync protocol does not offer yet.
    virtual bool canMergeCustomers() const { return false; }

Q_SIGNALS:
    void connectionChanged();
    void outboxChanged();
    void conflictsChanged();
    // Rows of these tables changed in the cache (a pull, an edit, a push result): visible models reload.
    void tablesChanged(const QStringList &tables);
    void syncProgress(qint64 done, qint64 total); // total 0: unknown
    void syncFinished();
    void notice(const QString &message); // something the agent should read (a rejected change, ...)
};

} // namespace panorama
