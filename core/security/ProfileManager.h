#pragma once

#include "core/security/KeyStore.h"
#include "core/security/PassphraseKey.h"
#include "core/security/ProfileError.h"
#include "core/security/ProfileInfo.h"
#include "core/storage/Database.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace panorama {

enum class KeySourceChoice
{
    Auto,       // the keychain; a passphrase only if no keychain is available (and the result says so)
    Keychain,   // the keychain or an error
    Passphrase, // a passphrase even where a keychain exists
};

struct ProfileCreateRequest
{
    QString directory; // new or empty; created with mode 0700
    QUrl server;       // http(s)://host[:port]
    QString account;
    KeySourceChoice keySource = KeySourceChoice::Auto;
    QString passphrase; // required for Passphrase; for Auto, used only when no keychain is available
};

struct ProfileOpenRequest
{
    QString directory;
    QString passphrase;           // passphrase profiles only
    bool verifyIntegrity = false; // authenticate every page of the cache before reporting success
    bool readOnly = false;
};

// The outcome of create() or open(). On success the cache is open; on failure `error` and `message` say why
// and the cache file is exactly as it was.
struct ProfileResult
{
    ProfileErrorKind error = ProfileErrorKind::None;
    QString message;
    ProfileInfo info;                   // as far as it was read or decided
    DatabaseKey key;                    // to open further connections (one Database per thread)
    std::unique_ptr<Database> database; // the first connection, key verified
    QStringList notices;                // to tell the user even on success (e.g. "protected by a passphrase")

    bool ok() const { return error == ProfileErrorKind::None; }
};

// Creates and opens profiles: gets the key (keychain through KeyStore, or Argon2id on a worker thread), checks
// it against the profile's key check, opens the SQLCipher cache and tells a wrong key from a damaged file.
// Asynchronous: the callback always runs later from the event loop, never inside create()/open(), and never
// after the manager is destroyed. It never creates a key over an existing cache, never overwrites or deletes
// a cache, and never falls back to storing a key in plaintext.
class ProfileManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileManager)

public:
    using Callback = std::function<void(ProfileResult)>;

    explicit ProfileManager(QObject *parent = nullptr);
    ~ProfileManager() override;

    KeyStore &keyStore() { return *m_keyStore; }
    // Argon2id cost for new passphrase profiles (default KdfParams::moderate()); the salt is always fresh.
    void setKdfDefaults(const KdfParams &params) { m_kdfDefaults = params; }

    void create(ProfileCreateRequest request, Callback done);
    void open(ProfileOpenRequest request, Callback done);

private:
    struct CreateState;
    void createWithKeychain(std::shared_ptr<CreateState> state);
    void keychainTrouble(std::shared_ptr<CreateState> state, const KeychainResult &result);
    void createWithPassphrase(std::shared_ptr<CreateState> state);
    void finishCreate(std::shared_ptr<CreateState> state, QByteArray key);

    void openWithKey(std::shared_ptr<ProfileResult> result, const ProfileOpenRequest &request, QByteArray key,
                     Callback done);
    // Runs Argon2id on the thread pool; `then` gets the key (or an error message) back on this thread.
    void deriveKey(const QString &passphrase, const KdfParams &params,
                   std::function<void(QByteArray key, QString error)> then);
    void deliver(Callback done, ProfileResult result);
    void fail(Callback done, ProfileErrorKind kind, const QString &message, ProfileInfo info = {});

    KeyStore *m_keyStore;
    KdfParams m_kdfDefaults;
};

} // namespace panorama
