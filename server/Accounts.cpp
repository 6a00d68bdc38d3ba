#include "server/Accounts.h"

#include "server/AuditLog.h"
#include "server/RowStore.h"
#include "server/ServerDb.h"
#include "server/ServerError.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace panorama::server {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString randomToken()
{
    QByteArray b(32, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(b.size()));
    return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sha256Hex(const QString &s)
{
    return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256).toHex());
}

AuthUser userFrom(QSqlQuery &q)
{
    AuthUser u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.role = q.value(2).toString();
    u.storeId = q.value(3).toString();
    u.region = q.value(4).toString();
    u.team = q.value(5).toString();
    u.displayName = q.value(6).toString();
    u.disabled = q.value(7).toInt() != 0;
    return u;
}

const QString kUserColumns = u"id, username, role, store_id, region, team, display_name, disabled"_s;

} // namespace

Accounts::Accounts(ServerDb &db, AuditLog &audit, Options options) : m_db(db), m_audit(audit), m_options(options)
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
}

QStringList Accounts::roles()
{
    return {u"agent"_s, u"supervisor"_s, u"store_staff"_s, u"admin"_s};
}

QString Accounts::hashPassword(const QString &password)
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw ApiError(500, u"internal"_s, u"out of memory while hashing a password"_s);
    return QString::fromLatin1(out);
}

bool Accounts::verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray pw = password.toUtf8();
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), quint64(pw.size())) == 0;
}

QByteArray Accounts::secret() const
{
    QMutexLocker lock(&m_mutex);
    if (m_secret.isEmpty())
        m_secret = QByteArray::fromHex(
            m_db.scalar(u"SELECT value FROM settings WHERE key = 'token_secret'"_s).toString().toLatin1());
    return m_secret;
}

QString Accounts::issueAccess(const AuthUser &user) const
{
    const qint64 exp = nowMs() + qint64(m_options.accessTtlSeconds) * 1000;
    const QByteArray payload = (user.id + u'|' + QString::number(exp)).toUtf8();
    const QByteArray mac = QMessageAuthenticationCode::hash(payload, secret(), QCryptographicHash::Sha256);
    const auto enc = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QString::fromLatin1(payload.toBase64(enc) + '.' + mac.toBase64(enc));
}

QString Accounts::tokenSubject(const QByteArray &bearer) const
{
    const qsizetype dot = bearer.indexOf('.');
    if (dot <= 0)
        return {};
    const auto opt = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;
    const auto payload = QByteArray::fromBase64Encoding(bearer.left(dot), opt);
    const auto mac = QByteArray::fromBase64Encoding(bearer.mid(dot + 1), opt);
    if (!payload || !mac)
        return {};
    const QByteArray expected = QMessageAuthenticationCode::hash(payload.decoded, secret(), QCryptographicHash::Sha256);
    if (mac.decoded.size() != expected.size() ||
        sodium_memcmp(mac.decoded.constData(), expected.constData(), size_t(expected.size())) != 0)
        return {};
    return QString::fromUtf8(payload.decoded.left(payload.decoded.indexOf('|')));
}

AuthUser Accounts::authenticate(const QByteArray &bearer)
{
    if (bearer.isEmpty())
        throw ApiError::unauthorized(u"unauthorized"_s, u"this request needs an Authorization: Bearer token"_s);
    const QString subject = tokenSubject(bearer);
    if (subject.isEmpty())
        throw ApiError::unauthorized(u"unauthorized"_s, u"the access token is not valid"_s);
    const auto payload = QByteArray::fromBase64(bearer.left(bearer.indexOf('.')), QByteArray::Base64UrlEncoding);
    const qint64 exp = payload.mid(payload.indexOf('|') + 1).toLongLong();
    if (exp < nowMs())
        throw ApiError::unauthorized(u"token_expired"_s, u"the access token has expired; refresh it"_s);
    AuthUser user = userById(subject);
    if (user.id.isEmpty() || user.disabled)
        throw ApiError::unauthorized(u"unauthorized"_s, u"this user does not exist or is disabled"_s);
    return user;
}

AuthUser Accounts::userById(const QString &id)
{
    QSqlQuery &q = m_db.run(u"SELECT %1 FROM users WHERE id = ?"_s.arg(kUserColumns), {id}); // every request
    const AuthUser u = q.next() ? userFrom(q) : AuthUser{};
    q.finish();
    return u;
}

QJsonObject Accounts::userJson(const AuthUser &u)
{
    return {{u"id"_s, u.id},
            {u"username"_s, u.username},
            {u"role"_s, u.role},
            {u"store_id"_s, u.storeId},
            {u"region"_s, u.region},
            {u"team"_s, u.team},
            {u"display_name"_s, u.displayName}};
}

QJsonObject Accounts::issueSession(const AuthUser &user, const QString &device)
{
    const QString refresh = randomToken();
    const qint64 now = nowMs();
    m_db.exec(u"INSERT INTO refresh_tokens (hash, user_id, device, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"_s,
              {sha256Hex(refresh), user.id, device, now, now + qint64(m_options.refreshTtlSeconds) * 1000});
    return {{u"access_token"_s, issueAccess(user)},
            {u"expires_in"_s, m_options.accessTtlSeconds},
            {u"refresh_token"_s, refresh},
            {u"user"_s, userJson(user)},
            {u"lookup_key"_s, m_db.scalar(u"SELECT value FROM settings WHERE key = 'lookup_key'"_s).toString()},
            {u"server_id"_s, m_db.scalar(u"SELECT value FROM settings WHERE key = 'server_id'"_s).toString()}};
}

bool Accounts::throttled(const QString &username, const QString &address, int *retryAfter)
{
    QMutexLocker lock(&m_mutex);
    const qint64 cutoff = nowMs() - qint64(m_options.failureWindowSeconds) * 1000;
    auto recent = [&](const QString &key, int limit) {
        QList<qint64> &times = m_failures[key];
        times.removeIf([cutoff](qint64 t) { return t < cutoff; });
        if (times.size() < limit)
            return false;
        *retryAfter = int((times.first() - cutoff) / 1000) + 1;
        return true;
    };
    return recent(u"u:"_s + username, m_options.maxFailures) || recent(u"a:"_s + address, 4 * m_options.maxFailures);
}

void Accounts::noteFailure(const QString &username, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    m_failures[u"u:"_s + username] << nowMs();
    m_failures[u"a:"_s + address] << nowMs();
}

QJsonObject Accounts::login(const QString &username, const QString &password, const QString &device,
                            const QString &address)
{
    int retryAfter = 0;
    if (throttled(username, address, &retryAfter)) {
        m_audit.record(username, u"login.throttled"_s, username, {}, {{u"address"_s, address}});
        ApiError e(429, u"login_throttled"_s,
                   u"too many failed logins for this user or address; try again in %1 s"_s.arg(retryAfter));
        throw e;
    }
    QSqlQuery q = m_db.exec(u"SELECT %1, password_hash FROM users WHERE username = ?"_s.arg(kUserColumns), {username});
    const bool found = q.next();
    const AuthUser user = found ? userFrom(q) : AuthUser{};
    const QString hash = found ? q.value(8).toString() : QString();
    // Release the statement now: left active it keeps this connection's read snapshot open, and the write below
    // then fails with SQLITE_BUSY (snapshot) whenever another connection committed during the password check.
    q.finish();
    // Verify even for an unknown user so timing does not reveal which user names exist.
    static const QString dummy = hashPassword(u"not a password"_s);
    const bool ok = verifyPassword(found ? hash : dummy, password) && found && !user.disabled;
    if (!ok) {
        noteFailure(username, address);
        m_audit.record(username, u"login.failed"_s, username, {}, {{u"address"_s, address}});
        throw ApiError::unauthorized(u"unauthorized"_s, u"wrong user name or password, or the user is disabled"_s);
    }
    QJsonObject session;
    m_db.write([&] {
        session = issueSession(user, device);
        m_audit.append(user.id, u"login"_s, user.username, {}, {{u"address"_s, address}, {u"device"_s, device}});
    });
    return session;
}

QJsonObject Accounts::refresh(const QString &refreshToken)
{
    QJsonObject session;
    m_db.write([&] {
        QSqlQuery q = m_db.exec(u"SELECT user_id, device, expires_at, revoked_at FROM refresh_tokens WHERE hash = ?"_s,
                                {sha256Hex(refreshToken)});
        // A rotated token stays usable for a short grace period (revoked_at in the future): if the answer carrying
        // its successor was lost, the client can still refresh instead of being logged out.
        if (!q.next() || (!q.value(3).isNull() && q.value(3).toLongLong() <= nowMs()) ||
            q.value(2).toLongLong() < nowMs())
            throw ApiError::unauthorized(u"unauthorized"_s,
                                         u"the refresh token is unknown, revoked or expired; log in again"_s);
        const AuthUser user = userById(q.value(0).toString());
        const QString device = q.value(1).toString();
        if (user.id.isEmpty() || user.disabled)
            throw ApiError::unauthorized(u"unauthorized"_s, u"this user is disabled"_s);
        // Rotation: the old refresh token dies as the new one is issued.
        m_db.exec(u"UPDATE refresh_tokens SET revoked_at = ? WHERE hash = ? AND revoked_at IS NULL"_s,
                  {nowMs() + qint64(m_options.refreshGraceSeconds) * 1000, sha256Hex(refreshToken)});
        session = issueSession(user, device);
    });
    return session;
}

void Accounts::logout(const QString &refreshToken, const QString &actor)
{
    m_db.write([&] {
        m_db.exec(u"UPDATE refresh_tokens SET revoked_at = ? WHERE hash = ? AND user_id = ?"_s,
                  {nowMs(), sha256Hex(refreshToken), actor});
        m_audit.append(actor, u"logout"_s, actor);
    });
}

AuthUser Accounts::addUser(const NewUser &nu, const QString &actor, const QString &staffId)
{
    if (nu.username.trimmed().isEmpty() || nu.username.size() > 64)
        throw ApiError::badRequest(u"a user name must have 1 to 64 characters"_s);
    if (!roles().contains(nu.role))
        throw ApiError::badRequest(u"unknown role '%1' (agent, supervisor, store_staff, admin)"_s.arg(nu.role));
    if (nu.role == u"store_staff"_s && nu.storeId.isEmpty())
        throw ApiError::badRequest(u"a store_staff user needs a store"_s);
    if (nu.password.size() < 8)
        throw ApiError::badRequest(u"a password needs at least 8 characters"_s);
    const QString hash = hashPassword(nu.password);
    AuthUser u;
    m_db.write([&] {
        if (m_db.scalar(u"SELECT 1 FROM users WHERE username = ?"_s, {nu.username}).isValid())
            throw ApiError(409, u"conflict"_s, u"the user '%1' already exists"_s.arg(nu.username));
        // Reuse the staff row of that user name (demo data), or create one.
        QString id = staffId.isEmpty()
                         ? m_db.scalar(u"SELECT id FROM staff WHERE username = ?"_s, {nu.username}).toString()
                         : staffId;
        RowStore rows(m_db);
        const QString display = nu.displayName.isEmpty() ? nu.username : nu.displayName;
        if (id.isEmpty()) {
            id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            rows.insert(u"staff"_s, {{u"id"_s, id},
                                     {u"username"_s, nu.username},
                                     {u"display_name"_s, display},
                                     {u"role"_s, nu.role},
                                     {u"team"_s, nu.team.isEmpty() ? QVariant() : QVariant(nu.team)},
                                     {u"store_id"_s, nu.storeId.isEmpty() ? QVariant() : QVariant(nu.storeId)},
                                     {u"languages"_s, u"[\"zh-CN\",\"en\"]"_s},
                                     {u"skills"_s, u"[]"_s}});
        }
        m_db.exec(u"INSERT INTO users (id, username, password_hash, role, store_id, region, team, display_name,"
                  " disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"_s,
                  {id, nu.username, hash, nu.role, nu.storeId, nu.region, nu.team, display, nowMs()});
        m_audit.append(actor, u"user.add"_s, nu.username, {},
                       {{u"role"_s, nu.role}, {u"store_id"_s, nu.storeId}, {u"region"_s, nu.region}});
        u = userById(id);
    });
    return u;
}

void Accounts::setDisabled(const QString &username, bool disabled, const QString &actor)
{
    m_db.write([&] {
        const QString id = m_db.scalar(u"SELECT id FROM users WHERE username = ?"_s, {username}).toString();
        if (id.isEmpty())
            throw ApiError::notFound(u"no user '%1'"_s.arg(username));
        m_db.exec(u"UPDATE users SET disabled = ? WHERE id = ?"_s, {disabled ? 1 : 0, id});
        if (disabled)
            m_db.exec(u"UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s,
                      {nowMs(), id});
        m_audit.append(actor, disabled ? u"user.disable"_s : u"user.enable"_s, username);
    });
}

QList<AuthUser> Accounts::users()
{
    QList<AuthUser> out;
    QSqlQuery q = m_db.exec(u"SELECT %1 FROM users ORDER BY username"_s.arg(kUserColumns));
    while (q.next())
        out << userFrom(q);
    return out;
}

} // namespace panorama::server
