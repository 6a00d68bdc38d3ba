#include "core/sync/SyncEngine.h"

#include "core/storage/Database.h"
#include "core/sync/JsonScan.h"
#include "core/sync/RowApplier.h"
#include "core/sync/ServerApi.h"
#include "core/sync/SyncError.h"
#include "core/sync/SyncSchema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace panorama {

Q_LOGGING_CATEGORY(lcSync, "panorama.sync")

SyncEngine::SyncEngine(Database &db, const QUrl &server, QObject *parent) : SyncEngine(db, server, Options{}, parent) {}

SyncEngine::SyncEngine(Database &db, const QUrl &server, Options options, QObject *parent)
    : QObject(parent), m_db(db), m_server(server), m_options(options), m_store(db), m_editor(db),
      m_api(new ServerApi(server, this)), m_backoff(options.backoffBaseMs, options.backoffMaxMs, options.seed),
      m_retryTimer(this), m_pollTimer(this), m_notifyDebounce(this), // children: they follow moveToThread()
      m_pushBatch(options.pushBatch)
{
    SyncSchema::migrate(m_db);
    m_api->setTimeout(options.requestTimeoutMs);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::runCycle);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_notifyDebounce.setSingleShot(true);
    m_notifyDebounce.setInterval(30);
    connect(&m_notifyDebounce, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine()
{
    if (m_socket)
        m_socket->abort();
}

QString SyncEngine::stateName(State state)
{
    switch (state) {
    case State::Offline:
        return u"offline"_s;
    case State::Connecting:
        return u"connecting"_s;
    case State::Syncing:
        return u"syncing"_s;
    case State::Idle:
        return u"idle"_s;
    case State::Error:
        return u"error"_s;
    }
    return {};
}

void SyncEngine::setState(State state, const QString &error)
{
    if (!error.isEmpty())
        m_lastError = error;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QList<OutboxEntry> SyncEngine::outbox()
{
    return m_store.outbox();
}

QList<SyncConflict> SyncEngine::conflicts()
{
    return m_store.conflicts();
}

QJsonObject SyncEngine::user() const
{
    SyncStore store(m_db);
    return QJsonDocument::fromJson(store.value(u"user"_s).toUtf8()).object();
}

bool SyncEngine::resolveConflict(const QString &conflictId, bool keepMine)
{
    const SyncConflict c = m_store.conflict(conflictId);
    if (c.id.isEmpty())
        return false;
    Transaction tx(m_db);
    if (keepMine) {
        // The kind is derived from the table: the same mutation that produced the conflict.
        const QString kind = c.table == u"tags"_s        ? u"customer.set_tag"_s
                             : c.table == u"customers"_s ? u"customer.set_measurements"_s
                             : c.field == u"status"_s    ? u"ticket.set_status"_s
                                                         : u"ticket.assign"_s;
        m_editor.reapply(kind, c.table, c.rowId, c.field, c.mine);
    }
    m_store.resolveConflict(c.id, keepMine ? u"mine"_s : u"theirs"_s);
    tx.commit();
    Q_EMIT conflictsChanged();
    if (keepMine)
        Q_EMIT outboxChanged();
    return true;
}

bool SyncEngine::dismissRejected(const QString &mutationId)
{
    const bool done = m_store.dismiss(mutationId);
    if (done)
        Q_EMIT outboxChanged();
    return done;
}

void SyncEngine::setRefreshToken(const QString &token)
{
    m_refreshToken = token;
    m_accessExpiresAt = 0;
}

void SyncEngine::adoptSession(const QJsonObject &s)
{
    m_api->setAccessToken(s.value(u"access_token"_s).toString());
    m_accessExpiresAt = QDateTime::currentMSecsSinceEpoch() + qint64(s.value(u"expires_in"_s).toInt()) * 1000;
    const QString refresh = s.value(u"refresh_token"_s).toString();
    if (!refresh.isEmpty() && refresh != m_refreshToken) {
        m_refreshToken = refresh;
        Q_EMIT refreshTokenChanged(refresh);
    }
}

void SyncEngine::login(const QString &username, const QString &password, const QString &device)
{
    setState(State::Connecting);
    m_api->setAccessToken({});
    m_api->post(u"/auth/login"_s, {{u"username"_s, username}, {u"password"_s, password}, {u"device"_s, device}},
                [this](const ApiResult &r) {
                    if (!r.ok()) {
                        setState(r.transient() ? State::Offline : State::Error, r.message);
                        Q_EMIT loginFailed(r.message);
                        return;
                    }
                    const QJsonObject user = r.json.value(u"user"_s).toObject();
                    const QString lookupKey = r.json.value(u"lookup_key"_s).toString();
                    try {
                        Transaction tx(m_db);
                        const QString previousServer = m_store.value(u"server_id"_s);
                        const QString serverId = r.json.value(u"server_id"_s).toString();
                        if (!previousServer.isEmpty() && previousServer != serverId)
                            throw SyncError(SyncError::Kind::Validation,
                                            u"this cache was synced with another server; use a new profile"_s);
                        const QString previousUser = m_store.value(u"user_id"_s);
                        if (!previousUser.isEmpty() && previousUser != user.value(u"id"_s).toString() &&
                            m_store.pendingCount() > 0)
                            throw SyncError(SyncError::Kind::Validation,
                                            u"this cache holds unsynced changes of another user"_s);
                        m_store.setValue(u"server_id"_s, serverId);
                        m_store.setValue(u"user_id"_s, user.value(u"id"_s).toString());
                        m_store.setValue(u"user"_s,
                                         QString::fromUtf8(QJsonDocument(user).toJson(QJsonDocument::Compact)));
                        m_db.query("INSERT INTO meta(key, value) VALUES ('lookup_key', ?) ON CONFLICT(key) DO UPDATE "
                                   "SET value = excluded.value")
                            .bind(1, lookupKey)
                            .exec();
                        m_db.query("INSERT INTO meta(key, value) VALUES ('profile_server', ?) ON CONFLICT(key) DO "
                                   "UPDATE SET value = excluded.value")
                            .bind(1, m_server.toString())
                            .exec();
                        tx.commit();
                    } catch (const SyncError &e) {
                        setState(State::Error, e.message());
                        Q_EMIT loginFailed(e.message());
                        return;
                    }
                    adoptSession(r.json);
                    setState(State::Idle);
                    Q_EMIT loggedIn(user);
                });
}

void SyncEngine::logout()
{
    const QString token = m_refreshToken;
    auto finish = [this] {
        m_refreshToken.clear();
        m_api->setAccessToken({});
        m_accessExpiresAt = 0;
        stop();
        Q_EMIT refreshTokenChanged({});
        Q_EMIT loggedOut();
    };
    if (token.isEmpty()) {
        finish();
        return;
    }
    withAccess([this, token, finish] {
        m_api->post(u"/auth/logout"_s, {{u"refresh_token"_s, token}}, [finish](const ApiResult &) { finish(); });
    });
}

void SyncEngine::start()
{
    m_started = true;
    if (m_options.keepRunning && m_options.pollIntervalMs > 0)
        m_pollTimer.start(m_options.pollIntervalMs);
    syncNow();
}

void SyncEngine::stop()
{
    m_started = false;
    m_retryTimer.stop();
    m_pollTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_api->abortAll();
    setState(State::Offline);
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    runCycle();
}

void SyncEngine::withAccess(std::function<void()> then)
{
    if (!m_api->accessToken().isEmpty() && m_accessExpiresAt > QDateTime::currentMSecsSinceEpoch() + 10000) {
        then();
        return;
    }
    if (m_refreshToken.isEmpty()) {
        m_running = false;
        setState(State::Error, u"not logged in"_s);
        Q_EMIT loginRequired(u"not logged in"_s);
        Q_EMIT syncFailed(u"not logged in: run login first"_s);
        return;
    }
    setState(State::Connecting);
    m_api->setAccessToken({});
    m_api->post(u"/auth/refresh"_s, {{u"refresh_token"_s, m_refreshToken}}, [this, then](const ApiResult &r) {
        if (r.ok()) {
            adoptSession(r.json);
            then();
            return;
        }
        if (r.transient()) {
            failCycle(r, u"connecting"_s);
            return;
        }
        m_running = false;
        m_refreshToken.clear();
        Q_EMIT refreshTokenChanged({});
        setState(State::Error, r.message);
        Q_EMIT loginRequired(r.message);
        Q_EMIT syncFailed(u"log in again: "_s + r.message);
    });
}

void SyncEngine::runCycle()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_report = {};
    m_total = 0;
    m_clock.start();
    withAccess([this] {
        setState(State::Syncing);
        pushNext();
    });
}

void SyncEngine::pushNext()
{
    const QList<OutboxEntry> batch = m_store.pending(m_pushBatch);
    if (batch.isEmpty()) {
        pullNext();
        return;
    }
    m_store.countAttempt(batch);
    QJsonArray mutations;
    for (const OutboxEntry &e : batch)
        mutations.append(e.toMutation());
    m_api->post(u"/push"_s, {{u"client_id"_s, m_store.clientId()}, {u"mutations"_s, mutations}},
                [this, batch](const ApiResult &r) { handlePush(batch, r); });
}

void SyncEngine::handlePush(const QList<OutboxEntry> &batch, const ApiResult &r)
{
    if (r.status == 401 && r.code == u"token_expired"_s) {
        m_accessExpiresAt = 0;
        withAccess([this] { pushNext(); });
        return;
    }
    if (r.status == 400 || r.status == 413) {
        // The server refuses the batch as such. Narrow it down to the one mutation it cannot take, and keep that
        // one as rejected (visible in the outbox) instead of blocking every later change behind it.
        if (batch.size() > 1) {
            m_pushBatch = 1;
            pushNext();
            return;
        }
        Transaction tx(m_db);
        m_store.markRejected(batch.first().id, r.code, r.message);
        tx.commit();
        ++m_report.rejected;
        Q_EMIT mutationRejected(batch.first().id, r.code, r.message);
        Q_EMIT outboxChanged();
        pushNext();
        return;
    }
    if (!r.ok()) {
        failCycle(r, u"pushing"_s);
        return;
    }
    const QJsonArray results = r.json.value(u"results"_s).toArray();
    if (results.size() != batch.size()) {
        failCycle(ApiResult{r.status,
                            false,
                            {},
                            u"protocol"_s,
                            u"the server answered %1 results for %2 mutations"_s.arg(results.size()).arg(batch.size()),
                            {}},
                  u"pushing"_s);
        return;
    }
    try {
        storeResults(batch, results);
    } catch (const std::exception &e) {
        failCycle(ApiResult{0, false, {}, u"storage"_s, QString::fromUtf8(e.what()), {}}, u"storing push results"_s);
        return;
    }
    m_pushBatch = m_options.pushBatch;
    pushNext();
}

void SyncEngine::storeResults(const QList<OutboxEntry> &batch, const QJsonArray &results)
{
    QStringList rejectedIds;
    QList<QStringList> rejections;
    bool newConflicts = false;
    {
        Transaction tx(m_db);
        RowApplier rows(m_db, m_store);
        for (int i = 0; i < batch.size(); ++i) {
            const OutboxEntry &e = batch[i];
            const QJsonObject res = results[i].toObject();
            const QString status = res.value(u"status"_s).toString();
            ++m_report.pushed;
            if (res.value(u"duplicate"_s).toBool())
                ++m_report.duplicates;
            if (status == u"rejected"_s) {
                m_store.markRejected(e.id, res.value(u"code"_s).toString(), res.value(u"message"_s).toString());
                ++m_report.rejected;
                rejections << QStringList{e.id, res.value(u"code"_s).toString(), res.value(u"message"_s).toString()};
                if (!res.contains(u"row"_s) && e.base.isEmpty()) {
                    // A refused creation: the row never existed on the server. Its content stays in the outbox.
                    const QByteArray del = "DELETE FROM " + e.table.toUtf8() + " WHERE id = ? AND server_version = 0";
                    m_db.query(del.constData()).bind(1, e.rowId).exec();
                }
            } else {
                m_store.remove(e.id);
                if (status == u"conflict"_s) {
                    for (const QJsonValue &cv : res.value(u"conflicts"_s).toArray()) {
                        const QJsonObject c = cv.toObject();
                        m_store.addConflict({e.id + u':' + c.value(u"field"_s).toString(), e.id, e.table, e.rowId,
                                             c.value(u"field"_s).toString(), c.value(u"base"_s), c.value(u"mine"_s),
                                             c.value(u"theirs"_s), QDateTime::currentMSecsSinceEpoch()});
                        ++m_report.conflicts;
                        newConflicts = true;
                    }
                } else {
                    ++m_report.applied;
                }
            }
            if (res.contains(u"row"_s))
                rows.applyRow(res.value(u"row"_s).toObject());
        }
        rows.rebaseTouched();
        tx.commit();
        if (!rows.touchedTables().isEmpty())
            Q_EMIT rowsChanged(QStringList(rows.touchedTables().begin(), rows.touchedTables().end()));
    }
    for (const QStringList &rj : std::as_const(rejections))
        Q_EMIT mutationRejected(rj[0], rj[1], rj[2]);
    Q_EMIT outboxChanged();
    if (newConflicts)
        Q_EMIT conflictsChanged();
}

void SyncEngine::pullNext()
{
    pullFrom(m_store.value(u"cursor"_s));
}

void SyncEngine::pullFrom(const QString &cursor)
{
    QUrlQuery q;
    q.addQueryItem(u"cursor"_s, cursor);
    q.addQueryItem(u"limit"_s, QString::number(m_options.pageSize));
    const quint64 generation = m_pullGeneration;
    m_api->getRaw(u"/changes"_s, q, [this, generation](const ApiResult &r) {
        if (generation == m_pullGeneration) // else: a prefetch of a page whose predecessor failed
            handlePage(r);
    });
}

void SyncEngine::handlePage(const ApiResult &r)
{
    if (r.status == 401 && r.code == u"token_expired"_s) {
        m_accessExpiresAt = 0;
        withAccess([this] { pullNext(); });
        return;
    }
    if (!r.ok()) {
        failCycle(r, u"pulling"_s);
        return;
    }
    // The page's small fields first; "tables" is kept as a span of the body and applied without a QJsonDocument.
    QJsonObject meta;
    const char *tablesBegin = nullptr, *tablesEnd = nullptr;
    {
        JsonScan scan(r.body);
        JsonScan::Token key;
        if (scan.enterObject()) {
            while (scan.nextKey(&key)) {
                const QByteArray k(key.data, key.size);
                const JsonScan::Token v = scan.value();
                if (k == "tables") {
                    tablesBegin = v.data;
                    tablesEnd = v.data + v.size;
                } else {
                    meta.insert(QString::fromUtf8(k), v.toJson());
                }
            }
        }
        if (!scan.ok() || !tablesBegin || !meta.value(u"cursor"_s).isString()) {
            failCycle(ApiResult{0, false, {}, u"protocol"_s, u"the server sent a malformed page"_s, {}}, u"pulling"_s);
            return;
        }
    }
    const bool more = meta.value(u"more"_s).toBool();
    // Pipelining: ask for the next page now, so the server builds it while this one is applied. It is used only
    // if this page commits (the generation changes otherwise).
    if (more)
        pullFrom(meta.value(u"cursor"_s).toString());
    QStringList tables;
    try {
        Transaction tx(m_db);
        RowApplier rows(m_db, m_store);
        if (meta.value(u"reset"_s).toBool()) {
            rows.dropSyncedRows();
            m_report.reset = true;
        }
        rows.applyTables(tablesBegin, tablesEnd);
        rows.rebaseTouched();
        // The cursor moves in the same transaction as the rows: a crash leaves both or neither.
        m_store.setValue(u"cursor"_s, meta.value(u"cursor"_s).toString());
        tx.commit();
        tables = QStringList(rows.touchedTables().begin(), rows.touchedTables().end());
    } catch (const std::exception &e) {
        failCycle(ApiResult{0, false, {}, u"storage"_s, QString::fromUtf8(e.what()), {}}, u"applying a page"_s);
        return;
    }
    ++m_report.pages;
    m_report.pulledRows += meta.value(u"count"_s).toInteger();
    if (meta.contains(u"total"_s))
        m_total = meta.value(u"total"_s).toInteger();
    Q_EMIT progress(m_report.pulledRows, std::max(m_total, m_report.pulledRows));
    if (!tables.isEmpty())
        Q_EMIT rowsChanged(tables);
    if (!more)
        finishCycle();
}

void SyncEngine::finishCycle()
{
    m_report.milliseconds = m_clock.elapsed();
    m_lastReport = m_report;
    m_running = false;
    m_backoff.reset();
    setState(State::Idle);
    Q_EMIT syncFinished(m_lastReport);
    if (m_started && m_options.keepRunning && m_options.notifications && !m_socket)
        openNotifications();
    if (m_again || m_store.pendingCount() > 0) {
        m_again = false;
        if (m_options.keepRunning)
            QTimer::singleShot(0, this, &SyncEngine::syncNow);
    }
}

void SyncEngine::failCycle(const ApiResult &r, const QString &what)
{
    m_running = false;
    ++m_pullGeneration; // a page prefetched by this cycle is not applied
    const QString message = u"%1: %2"_s.arg(what, r.message.isEmpty() ? r.code : r.message);
    qCInfo(lcSync) << "sync failed while" << message;
    setState(r.transient() ? State::Offline : State::Error, message);
    Q_EMIT syncFailed(message);
    if (m_options.keepRunning && m_started)
        scheduleRetry();
}

void SyncEngine::scheduleRetry()
{
    m_retryTimer.start(m_backoff.next());
}

void SyncEngine::openNotifications()
{
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &) { m_notifyDebounce.start(); });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_socket)
            return;
        m_socket->deleteLater();
        m_socket = nullptr; // reopened after the next successful cycle
    });
    m_socket->open(m_api->notifyUrl());
}

void SyncEngine::reveal(const QString &table, const QString &rowId, const QString &field, const QString &reason,
                        Reply done)
{
    withAccess([this, table, rowId, field, reason, done] {
        m_api->post(u"/reveal"_s,
                    {{u"table"_s, table}, {u"row_id"_s, rowId}, {u"field"_s, field}, {u"reason"_s, reason}},
                    [done](const ApiResult &r) { done(r.json, r.ok() ? QString() : r.message); });
    });
}

void SyncEngine::fetchCustomer(const QString &customerId, Reply done)
{
    withAccess([this, customerId, done] {
        m_api->get(u"/customers/"_s + customerId, {}, [this, done](const ApiResult &r) {
            if (!r.ok()) {
                done({}, r.message);
                return;
            }
            try {
                Transaction tx(m_db);
                RowApplier rows(m_db, m_store);
                for (const QJsonValue &block : r.json.value(u"tables"_s).toArray())
                    rows.applyBlock(block.toObject());
                rows.rebaseTouched();
                tx.commit();
                Q_EMIT rowsChanged(QStringList(rows.touchedTables().begin(), rows.touchedTables().end()));
            } catch (const std::exception &e) {
                done({}, QString::fromUtf8(e.what()));
                return;
            }
            done(r.json, {});
        });
    });
}

} // namespace panorama
