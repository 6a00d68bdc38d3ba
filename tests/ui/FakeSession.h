#pragma once

#include "ui/AgentSession.h"

#include <QHash>

namespace panorama {

// A session for widget tests over a sample cache: edits go through the real LocalEditor into the cache's outbox;
// the connection is a switch the test flips; the server's answer to a reveal is scripted. (The real server and
// sync engine are exercised end to end by tst_workstation.)
class FakeSession final : public AgentSession
{
    Q_OBJECT
public:
    FakeSession(Database &db, SessionUser user);

    void setConnection(ConnectionState state);
    // What the "server" answers to the next reveals (granted value and lifetime, or an error).
    void scriptReveal(RevealOutcome outcome) { m_revealAnswer = std::move(outcome); }
    int revealRequests() const { return m_revealRequests; }
    QString lastRevealReason() const { return m_lastReason; }
    void setCanMerge(bool can) { m_canMerge = can; }

    Database &database() override { return m_db; }
    SessionUser user() const override { return m_user; }
    QUrl server() const override { return QUrl(QStringLiteral("http://127.0.0.1:1")); }
    ConnectionState connectionState() const override { return m_state; }
    QString connectionDetail() const override { return {}; }
    qint64 lastSyncAt() const override { return 0; }
    int pendingChanges() override;
    int rejectedChanges() override;
    QList<OutboxEntry> outbox() override;
    QList<SyncConflict> conflicts() override;
    QSet<QString> pendingRowIds(const QString &table) override;
    void setOnline(bool online) override;
    void syncNow() override {}
    void cancelSync() override {}
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
    bool canMergeCustomers() const override { return m_canMerge; }

private:
    void edit(std::function<QString(LocalEditor &)> change, const QStringList &tables, Done done);

    Database &m_db;
    SessionUser m_user;
    ConnectionState m_state = ConnectionState::Offline;
    RevealOutcome m_revealAnswer;
    int m_revealRequests = 0;
    QString m_lastReason;
    bool m_canMerge = false;
};

} // namespace panorama
