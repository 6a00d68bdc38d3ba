#pragma once

#include <QString>

#include <exception>

namespace panorama {

// Why a profile could not be created or opened, in terms a user (and a test) can act on. Whatever the
// kind, the cache file was neither overwritten nor deleted.
enum class ProfileErrorKind
{
    None,
    InvalidArgument,      // bad server URL, empty account, weak passphrase
    AlreadyExists,        // create() into a directory that already holds a profile or other files
    NotFound,             // no profile.json in the directory, or the cache file is missing
    InvalidProfile,       // profile.json unreadable, malformed, or from a newer Panorama
    PassphraseRequired,   // a passphrase profile (or a keychain-less machine) and no passphrase given
    KeychainUnavailable,  // no keychain service (no D-Bus session / no Secret Service)
    KeychainDenied,       // the keychain is locked or refused access
    KeychainEntryMissing, // the keychain answered but holds no key for this profile
    KeychainTimeout,      // the keychain did not answer within the bounded wait
    KeychainFailed,       // any other keychain error
    WrongKey,             // the key does not match the profile's key check (wrong passphrase / foreign entry)
    Damaged,              // the key is right but the cache file is truncated or altered
    Busy,                 // another process holds the cache's lock
    Io,                   // the directory or a file cannot be created, read or written
    Failed,               // anything else (a bug, a storage misuse)
};

// Thrown inside the security layer and handed to callers as a ProfileResult.
class ProfileError final : public std::exception
{
public:
    ProfileError(ProfileErrorKind kind, QString message);

    ProfileErrorKind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

    // "wrong-key", "keychain-entry-missing", ...: stable names for the CLI's JSON and for tests.
    static QString kindName(ProfileErrorKind kind);

private:
    ProfileErrorKind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace panorama
