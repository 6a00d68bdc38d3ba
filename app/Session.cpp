#include "app/Session.h"

#include "core/sync/SyncError.h"
#include "core/sync/SyncSchema.h"
#include "core/sync/SyncStore.h"

#include <QDateTime>
#include <QHostInfo>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

QString errorText(const std::exception &e)
{
    if (const auto *s = dynamic_cast<const SyncError *>(&e))
        return s->message();
    if (const auto *s = dynamic_cast<const StorageError *>(&e))
        return s->message();
    return QString::fromUtf8(e.what());
}

} // namespace

Session::Session(std::unique_ptr<Database> db, const DatabaseKey &key, const QUrl &server, SyncEngine::Options options,
                 QObject *parent)
    : AgentSession(parent), m_db(std::move(db)), m_key(key), m_server(server)
{
    SyncSchema::migrate(*m_db);
    m_engineDb = Database::open(m_db->path(), key);
    m_thread = new QThread(this);
    m_thread->setObjectName(u"sync"_s);
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread->start();
    // The engine (its sockets and timers) must be born on the thread it lives on.
    QJsonObject user;
    QString lastSync;
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            m_engine = new SyncEngine(*m_engineDb, server, options);
            user = m_engine->user();
            lastSync = SyncStore(*m_engineDb).value(u"ui_last_sync_at"_s);
        },
        Qt::BlockingQueuedConnection);
    m_user = userFromJson(user);
    m_lastSync = lastSync.toLongLong();

    connect(m_engine, &SyncEngine::stateChanged, this, &Session::onEngineState);
    connect(m_engine, &SyncEngine::progress, this, &Session::syncProgress);
    connect(m_engine, &SyncEngine::syncFinished, this, [this] {
        m_lastSync = QDateTime::currentMSecsSinceEpoch();
        // Remembered in the cache (on the engine's connection) so "last sync" survives a restart.
        QMetaObject::invokeMethod(m_anchor, [db = m_engineDb.get(), at = m_lastSync] {
            try {
                SyncStore(*db).setValue(u"ui_last_sync_at"_s, QString::number(at));
            } catch (const std::exception &) {
                // bookkeeping only: a busy cache must not fail the sync
            }
        });
        Q_EMIT outboxChanged();
        Q_EMIT syncFinished();
        Q_EMIT connectionChanged();
    });
    connect(m_engine, &SyncEngine::syncFailed, this, [this](const QString &message) {
        m_detail = message;
        Q_EMIT syncFinished();
        Q_EMIT connectionChanged();
    });
    connect(m_engine, &SyncEngine::rowsChanged, this, &Session::tablesChanged);
    connect(m_engine, &SyncEngine::outboxChanged, this, &Session::outboxChanged);
    connect(m_engine, &SyncEngine::conflictsChanged, this, &Session::conflictsChanged);
    connect(m_engine, &SyncEngine::mutationRejected, this,
            [this](const QString &, const QString &code, const QString &message) {
                Q_EMIT notice(tr("The server refused a change (%1): %2").arg(code, message));
                Q_EMIT outboxChanged();
            });
    connect(m_engine, &SyncEngine::loggedIn, this, [this](const QJsonObject &json) {
        m_user = userFromJson(json);
        m_hasLogin = true;
        m_detail.clear();
        Q_EMIT loggedIn();
        Q_EMIT connectionChanged();
        onEngine([](SyncEngine &e) { e.start(); });
    });
    connect(m_engine, &SyncEngine::loginFailed, this, [this](const QString &message) {
        m_detail = message;
        Q_EMIT loginFailed(message);
        Q_EMIT connectionChanged();
    });
    connect(m_engine, &SyncEngine::loginRequired, this, [this](const QString &reason) {
        m_hasLogin = false;
        m_detail = reason;
        Q_EMIT loginRequired(reason);
        Q_EMIT connectionChanged();
    });
    connect(m_engine, &SyncEngine::refreshTokenChanged, this, [this](const QString &token) {
        m_hasLogin = !token.isEmpty();
        Q_EMIT refreshTokenChanged(token);
    });
}

Session::Session(std::unique_ptr<Database> db, const DatabaseKey &key, const SessionUser &user, QObject *parent)
    : AgentSession(parent), m_db(std::move(db)), m_key(key), m_user(user)
{
    SyncSchema::migrate(*m_db);
    // Messages written here are authored by this user (LocalEditor reads the id from the sync state).
    SyncStore(*m_db).setValue(u"user_id"_s, user.id);
}

Session::~Session()
{
    if (m_thread) {
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                m_engine->stop();
                delete m_engine;
                m_engine = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
}

SessionUser Session::userFromJson(const QJsonObject &json)
{
    return {json.value(u"id"_s).toString(),           json.value(u"username"_s).toString(),
            json.value(u"display_name"_s).toString(), json.value(u"role"_s).toString(),
            json.value(u"team"_s).toString(),         json.value(u"store_id"_s).toString()};
}

void Session::onEngine(std::function<void(SyncEngine &engine)> work)
{
    if (!m_engine)
        return;
    QMetaObject::invokeMethod(m_anchor, [engine = m_engine, work = std::move(work)] { work(*engine); });
}

void Session::onEngineState(SyncEngine::State state)
{
    switch (state) {
    case SyncEngine::State::Offline:
        m_state = ConnectionState::Offline;
        break;
    case SyncEngine::State::Connecting:
        m_state = ConnectionState::Connecting;
        break;
    case SyncEngine::State::Syncing:
        m_state = ConnectionState::Syncing;
        break;
    case SyncEngine::State::Idle:
        m_state = ConnectionState::Online;
        m_detail.clear();
        break;
    case SyncEngine::State::Error:
        m_state = ConnectionState::Error;
        break;
    }
    Q_EMIT connectionChanged();
}

void Session::login(const QString &username, const QString &password)
{
    const QString device = QHostInfo::localHostName();
    onEngine([username, password, device](SyncEngine &e) { e.login(username, password, device); });
}

bool Session::hasLogin() const
{
    return m_hasLogin;
}

void Session::setRefreshToken(const QString &token)
{
    m_hasLogin = !token.isEmpty();
    onEngine([token](SyncEngine &e) { e.setRefreshToken(token); });
}

int Session::pendingChanges()
{
    return SyncStore(*m_db).pendingCount();
}

int Session::rejectedChanges()
{
    return SyncStore(*m_db).rejectedCount();
}

QList<OutboxEntry> Session::outbox()
{
    return SyncStore(*m_db).outbox();
}

QList<SyncConflict> Session::conflicts()
{
    return SyncStore(*m_db).conflicts();
}

QSet<QString> Session::pendingRowIds(const QString &table)
{
    QSet<QString> out;
    const QString prefix = table + u'\n';
    for (const QString &key : SyncStore(*m_db).pendingRows()) {
        if (key.startsWith(prefix))
            out.insert(key.mid(prefix.size()));
    }
    return out;
}

void Session::setOnline(bool online)
{
    if (!m_engine)
        return;
    if (!online) {
        onEngine([](SyncEngine &e) { e.stop(); });
        return;
    }
    if (!m_hasLogin) {
        Q_EMIT loginRequired(tr("Sign in to go online."));
        return;
    }
    onEngine([](SyncEngine &e) { e.start(); });
}

void Session::syncNow()
{
    onEngine([](SyncEngine &e) { e.syncNow(); });
}

void Session::cancelSync()
{
    onEngine([](SyncEngine &e) { e.stop(); });
}

void Session::finishEdit(const QString &rowId, const QString &error, const QStringList &tables, const Done &done)
{
    if (error.isEmpty()) {
        Q_EMIT tablesChanged(tables);
        Q_EMIT outboxChanged();
    }
    if (done)
        done(rowId, error);
}

void Session::runEdit(Edit edit, const QStringList &tables, Done done)
{
    editCache(
        [edit = std::move(edit)](Database &db) {
            LocalEditor editor(db);
            return edit(editor);
        },
        tables, std::move(done));
}

void Session::editCache(CacheEdit edit, const QStringList &tables, Done done)
{
    if (!m_engine) {
        // No server: the outbox on the GUI connection. Still reported later, as the interface promises.
        QString id, error;
        try {
            id = edit(*m_db);
        } catch (const std::exception &e) {
            error = errorText(e);
        }
        QTimer::singleShot(0, this, [this, id, error, tables, done] { finishEdit(id, error, tables, done); });
        return;
    }
    const bool push = isOnline();
    QMetaObject::invokeMethod(m_anchor, [this, engine = m_engine, db = m_engineDb.get(), edit, tables, done, push] {
        QString id, error;
        try {
            id = edit(*db); // the engine's own connection, on its thread
        } catch (const std::exception &e) {
            error = errorText(e);
        }
        if (error.isEmpty() && push)
            engine->syncNow(); // online: the change leaves at once
        // `this` outlives every job: the destructor waits for this thread.
        QMetaObject::invokeMethod(this, [this, id, error, tables, done] { finishEdit(id, error, tables, done); });
    });
}

void Session::createTicket(const LocalEditor::NewTicket &ticket, Done done)
{
    runEdit([ticket](LocalEditor &e) { return e.createTicket(ticket); }, {u"tickets"_s}, std::move(done));
}

void Session::addMessage(const QString &ticketId, const QString &body, const QString &visibility, Done done)
{
    runEdit([=](LocalEditor &e) { return e.addNote(ticketId, body, visibility); }, {u"ticket_messages"_s},
            std::move(done));
}

void Session::setTicketStatus(const QString &ticketId, const QString &status, Done done)
{
    runEdit([=](LocalEditor &e) { return e.setTicketStatus(ticketId, status); }, {u"tickets"_s}, std::move(done));
}

void Session::assignTicket(const QString &ticketId, const QString &assigneeId, const QString &team, Done done)
{
    runEdit([=](LocalEditor &e) { return e.assignTicket(ticketId, assigneeId, team); }, {u"tickets"_s},
            std::move(done));
}

void Session::setCustomerTag(const QString &customerId, const QString &dimension, const QString &key,
                             const QString &value, Done done)
{
    runEdit([=](LocalEditor &e) { return e.setCustomerTag(customerId, dimension, key, value); }, {u"tags"_s},
            std::move(done));
}

void Session::resolveConflict(const QString &conflictId, bool keepMine, Done done)
{
    if (!m_engine) {
        QTimer::singleShot(0, this, [done] { done({}, tr("This cache has no server, so it has no conflicts.")); });
        return;
    }
    const SyncConflict c = SyncStore(*m_db).conflict(conflictId);
    const QStringList tables = c.table.isEmpty() ? QStringList() : QStringList{c.table};
    QMetaObject::invokeMethod(m_anchor, [this, engine = m_engine, conflictId, keepMine, tables, done] {
        QString error;
        try {
            if (!engine->resolveConflict(conflictId, keepMine))
                error = tr("That conflict is already resolved.");
            else if (keepMine && engine->state() != SyncEngine::State::Offline)
                engine->syncNow();
        } catch (const std::exception &e) {
            error = errorText(e);
        }
        QMetaObject::invokeMethod(this, [this, conflictId, error, tables, done] {
            Q_EMIT conflictsChanged();
            finishEdit(conflictId, error, tables, done);
        });
    });
}

void Session::dismissRejected(const QString &mutationId, Done done)
{
    if (!m_engine) {
        const bool ok = SyncStore(*m_db).dismiss(mutationId);
        QTimer::singleShot(0, this, [this, mutationId, ok, done] {
            finishEdit(mutationId, ok ? QString() : tr("That change is not refused (or already dismissed)."), {}, done);
        });
        return;
    }
    QMetaObject::invokeMethod(m_anchor, [this, engine = m_engine, mutationId, done] {
        const bool ok = engine->dismissRejected(mutationId);
        QMetaObject::invokeMethod(this, [this, mutationId, ok, done] {
            finishEdit(mutationId, ok ? QString() : tr("That change is not refused (or already dismissed)."), {}, done);
        });
    });
}

void Session::reveal(const QString &table, const QString &rowId, const QString &field, const QString &reason,
                     RevealDone done)
{
    auto refuse = [this, done](const QString &why) {
        QTimer::singleShot(0, this, [done, why] {
            RevealOutcome o;
            o.error = why;
            done(o);
        });
    };
    if (!m_engine)
        return refuse(tr("This cache has no server. Revealing needs the server, which checks and records every "
                         "request."));
    if (!isOnline())
        return refuse(tr("You are offline. Revealing needs the server, which checks and records every request."));
    QMetaObject::invokeMethod(m_anchor, [this, engine = m_engine, table, rowId, field, reason, done] {
        engine->reveal(table, rowId, field, reason, [this, done](const QJsonObject &result, const QString &error) {
            RevealOutcome o;
            o.error = error;
            if (error.isEmpty()) {
                o.requestId = result.value(u"id"_s).toString();
                const QString status = result.value(u"status"_s).toString();
                o.granted = status == u"granted"_s;
                o.pending = status == u"pending"_s;
                o.value = result.value(u"value"_s).toString();
                o.expiresAt = qint64(result.value(u"expires_at"_s).toDouble());
            }
            QMetaObject::invokeMethod(this, [done, o] { done(o); });
        });
    });
}

} // namespace panorama
