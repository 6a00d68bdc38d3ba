#pragma once

#include "core/security/PassphraseKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace panorama {

enum class KeySource
{
    Keychain,   // a random 256-bit key in the OS keychain
    Passphrase, // Argon2id(passphrase, salt) with the parameters below
};

// One profile (server + account) as stored in <directory>/profile.json, next to its cache file cache.db.
// Holds no secret: the key lives in the keychain or in the user's head; the key check only verifies it.
struct ProfileInfo
{
    static constexpr int FormatVersion = 1;

    QString directory;
    QUrl server;
    QString account;
    KeySource keySource = KeySource::Keychain;
    QString keychainEntry;        // keychain profiles: the namespaced entry (service KeyStore::serviceName())
    std::optional<KdfParams> kdf; // passphrase profiles
    QByteArray keyCheck;          // KeyCheck::compute(key)
    QDateTime createdAt;

    QString profilePath() const;
    QString cachePath() const;
    static QString profileFileName() { return QStringLiteral("profile.json"); }
    static QString cacheFileName() { return QStringLiteral("cache.db"); }

    static QString keySourceName(KeySource source);
    // Without a trailing slash or an empty path, so the same server is written the same way.
    static QUrl normalizedServer(const QUrl &server);
    // Empty if the server URL (http/https with a host) and account (non-empty, no '/', no control
    // characters) are acceptable, else why not.
    static QString problemWith(const QUrl &server, const QString &account);

    QJsonObject toJson() const;
    // Reads and validates <directory>/profile.json; throws ProfileError(NotFound / InvalidProfile / Io).
    static ProfileInfo load(const QString &directory);
    // Writes profile.json with mode 0600, never over an existing file; throws ProfileError on failure.
    void createFile() const;
};

} // namespace panorama
