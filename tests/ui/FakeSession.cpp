#include "tests/ui/FakeSession.h"

#include "core/sync/SyncError.h"
#include "core/sync/SyncSchema.h"
#include "core/sync/SyncStore.h"

#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace panorama {

FakeSession::FakeSession(Database &db, SessionUser user) : m_db(db), m_user(std::move(user))
{
    SyncSchema::migrate(m_db);
    SyncStore(m_db).setValue(u"user_id"_s, m_user.id);
}

void FakeSession::setConnection(ConnectionState state)
{
    m_state = state;
    Q_EMIT connectionChanged();
}

int FakeSession::pendingChanges()
{
    return SyncStore(m_db).pendingCount();
}

int FakeSession::rejectedChanges()
{
    return SyncStore(m_db).rejectedCount();
}

QList<OutboxEntry> FakeSession::outbox()
{
    return SyncStore(m_db).outbox();
}

QList<SyncConflict> FakeSession::conflicts()
{
    return SyncStore(m_db).conflicts();
}

QSet<QString> FakeSession::pendingRowIds(const QString &table)
{
    QSet<QString> out;
    for (const QString &key : SyncStore(m_db).pendingRows()) {
        if (key.startsWith(table + u'\n'))
            out.insert(key.section(u'\n', 1));
    }
    return out;
}

void FakeSession::setOnline(bool online)
{
    setConnection(online ? ConnectionState::Online : ConnectionState::Offline);
}

void FakeSession::edit(std::function<QString(LocalEditor &)> change, const QStringList &tables, Done done)
{
    editCache(
        [change = std::move(change)](Database &db) {
            LocalEditor editor(db);
            return change(editor);
        },
        tables, std::move(done));
}

void FakeSession::editCache(CacheEdit edit, const QStringList &tables, Done done)
{
    QString id, error;
    try {
        id = edit(m_db);
    } catch (const SyncError &e) {
        error = e.message();
    }
    QTimer::singleShot(0, this, [this, id, error, tables, done] {
        if (error.isEmpty()) {
            Q_EMIT tablesChanged(tables);
            Q_EMIT outboxChanged();
        }
        done(id, error);
    });
}

void FakeSession::createTicket(const LocalEditor::NewTicket &ticket, Done done)
{
    edit([ticket](LocalEditor &e) { return e.createTicket(ticket); }, {u"tickets"_s}, std::move(done));
}

void FakeSession::addMessage(const QString &ticketId, const QString &body, const QString &visibility, Done done)
{
    edit([=](LocalEditor &e) { return e.addNote(ticketId, body, visibility); }, {u"ticket_messages"_s},
         std::move(done));
}

void FakeSession::setTicketStatus(const QString &ticketId, const QString &status, Done done)
{
    edit([=](LocalEditor &e) { return e.setTicketStatus(ticketId, status); }, {u"tickets"_s}, std::move(done));
}

void FakeSession::assignTicket(const QString &ticketId, const QString &assigneeId, const QString &team, Done done)
{
    edit([=](LocalEditor &e) { return e.assignTicket(ticketId, assigneeId, team); }, {u"tickets"_s}, std::move(done));
}

void FakeSession::setCustomerTag(const QString &customerId, const QString &dimension, const QString &key,
                                 const QString &value, Done done)
{
    edit([=](LocalEditor &e) { return e.setCustomerTag(customerId, dimension, key, value); }, {u"tags"_s},
         std::move(done));
}

void FakeSession::resolveConflict(const QString &conflictId, bool keepMine, Done done)
{
    SyncStore(m_db).resolveConflict(conflictId, keepMine ? u"mine"_s : u"theirs"_s);
    QTimer::singleShot(0, this, [this, conflictId, done] {
        Q_EMIT conflictsChanged();
        done(conflictId, {});
    });
}

void FakeSession::dismissRejected(const QString &mutationId, Done done)
{
    const bool ok = SyncStore(m_db).dismiss(mutationId);
    QTimer::singleShot(0, this, [this, mutationId, ok, done] {
        Q_EMIT outboxChanged();
        done(mutationId, ok ? QString() : u"not rejected"_s);
    });
}

void FakeSession::reveal(const QString &, const QString &, const QString &, const QString &reason, RevealDone done)
{
    ++m_revealRequests;
    m_lastReason = reason;
    RevealOutcome o = m_revealAnswer;
    if (!isOnline()) {
        o = {};
        o.error = u"offline"_s;
    }
    QTimer::singleShot(0, this, [done, o] { done(o); });
}

} // namespace panorama
