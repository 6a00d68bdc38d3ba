#pragma once

#include "server/AuthUser.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>

namespace panorama::server {

class AuditLog;
class ServerDb;

struct NewUser
{
    QString username, password, role, storeId, region, team, displayName;
};

// Users, passwords and tokens: Argon2id password hashes (libsodium), short-lived stateless access tokens
// (HMAC-SHA-256 with a secret kept in the database, so several server processes agree), rotating refresh tokens
// of which only SHA-256 hashes are stored, and login throttling per user name and per address.
class Accounts final
{
public:
    struct Options
    {
        int accessTtlSeconds = 15 * 60;
        int refreshTtlSeconds = 30 * 24 * 3600;
        int refreshGraceSeconds = 30; // a rotated refresh token still works this long (lost answers)
        int maxFailures = 5;          // per user name, and 4x that per address, in the window
        int failureWindowSeconds = 15 * 60;
    };
    Accounts(ServerDb &db, AuditLog &audit, Options options);

    // Throws ApiError(401 token_expired / unauthorized) when the token is not valid now.
    AuthUser authenticate(const QByteArray &bearer);
    // The user id inside a token whose signature is valid (expired or not); empty otherwise. No database access.
    QString tokenSubject(const QByteArray &bearer) const;

    QJsonObject login(const QString &username, const QString &password, const QString &device, const QString &address);
    QJsonObject refresh(const QString &refreshToken);
    void logout(const QString &refreshToken, const QString &actor);

    // Also writes the user's staff row, or binds the user to an existing one (staffId).
    AuthUser addUser(const NewUser &user, const QString &actor, const QString &staffId = {});
    void setDisabled(const QString &username, bool disabled, const QString &actor);
    QList<AuthUser> users();
    AuthUser userById(const QString &id);

    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
    static QJsonObject userJson(const AuthUser &user);
    static QStringList roles();

private:
    QString issueAccess(const AuthUser &user) const;
    QJsonObject issueSession(const AuthUser &user, const QString &device);
    bool throttled(const QString &username, const QString &address, int *retryAfter);
    void noteFailure(const QString &username, const QString &address);
    QByteArray secret() const;

    ServerDb &m_db;
    AuditLog &m_audit;
    Options m_options;
    mutable QMutex m_mutex;
    mutable QByteArray m_secret;
    QHash<QString, QList<qint64>> m_failures; // "u:name" / "a:address" -> failure times (ms)
};

} // namespace panorama::server
