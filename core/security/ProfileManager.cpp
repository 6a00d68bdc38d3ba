#include "core/security/ProfileManager.h"

#include "core/security/KeyCheck.h"
#include "core/security/SecureBytes.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

struct Derived
{
    QByteArray key;
    QString error;
};

// A profile goes into a new or empty directory, so it never mixes with (or clobbers) anything else.
void checkTargetDirectory(const QString &dir)
{
    if (dir.isEmpty())
        throw ProfileError(ProfileErrorKind::InvalidArgument, u"no profile directory given"_s);
    const QFileInfo info(dir);
    if (!info.exists())
        return;
    if (!info.isDir())
        throw ProfileError(ProfileErrorKind::AlreadyExists, u"%1 exists and is not a directory"_s.arg(dir));
    const QDir d(dir);
    if (d.exists(ProfileInfo::profileFileName()))
        throw ProfileError(ProfileErrorKind::AlreadyExists,
                           u"%1 already holds a Panorama profile; it was left as it is (open it, or choose "
                           "another directory)"_s.arg(dir));
    if (!d.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty())
        throw ProfileError(ProfileErrorKind::AlreadyExists,
                           u"%1 is not empty; choose a new or empty directory for the profile"_s.arg(dir));
}

// Creates the directory (and its parents) and makes it private to the user: 0700.
void makePrivateDirectory(const QString &dir)
{
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        throw ProfileError(ProfileErrorKind::Io, u"cannot create the parent directory of %1"_s.arg(dir));
    const QByteArray native = QFile::encodeName(absolute);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        throw ProfileError(ProfileErrorKind::Io,
                           u"cannot create %1: %2"_s.arg(dir, QString::fromLocal8Bit(std::strerror(errno))));
    if (::chmod(native.constData(), 0700) != 0)
        throw ProfileError(ProfileErrorKind::Io, u"cannot make %1 private (mode 0700): %2"_s.arg(
                                                     dir, QString::fromLocal8Bit(std::strerror(errno))));
}

ProfileErrorKind kindFor(const StorageError &e)
{
    switch (e.kind()) {
    case StorageErrorKind::Io:
        return ProfileErrorKind::Io;
    case StorageErrorKind::WrongKey:
    case StorageErrorKind::Damaged:
        return ProfileErrorKind::Damaged;
    case StorageErrorKind::Busy:
        return ProfileErrorKind::Busy;
    case StorageErrorKind::Constraint:
    case StorageErrorKind::Schema:
    case StorageErrorKind::Misuse:
        break;
    }
    return ProfileErrorKind::Failed;
}

} // namespace

struct ProfileManager::CreateState
{
    ProfileCreateRequest request;
    Callback done;
    ProfileInfo info;
    QStringList notices;
};

ProfileManager::ProfileManager(QObject *parent)
    : QObject(parent), m_keyStore(new KeyStore(this)), m_kdfDefaults(KdfParams::moderate())
{}

ProfileManager::~ProfileManager() = default;

void ProfileManager::deliver(Callback done, ProfileResult result)
{
    // Always from the event loop: a caller may start an operation and connect things after the call returns.
    auto shared = std::make_shared<ProfileResult>(std::move(result));
    QMetaObject::invokeMethod(
        this, [done = std::move(done), shared] { done(std::move(*shared)); }, Qt::QueuedConnection);
}

void ProfileManager::fail(Callback done, ProfileErrorKind kind, const QString &message, ProfileInfo info)
{
    ProfileResult result;
    result.error = kind;
    result.message = message;
    result.info = std::move(info);
    deliver(std::move(done), std::move(result));
}

void ProfileManager::deriveKey(const QString &passphrase, const KdfParams &params,
                               std::function<void(QByteArray key, QString error)> then)
{
    auto *watcher = new QFutureWatcher<Derived>(this);
    connect(watcher, &QFutureWatcher<Derived>::finished, this, [watcher, then = std::move(then)] {
        Derived derived = watcher->result();
        watcher->deleteLater();
        then(derived.key, derived.error);
        SecureBytes::wipe(derived.key);
    });
    watcher->setFuture(QtConcurrent::run([passphrase, params] {
        Derived derived;
        derived.key = PassphraseKey::derive(passphrase, params, &derived.error);
        return derived;
    }));
}

// ---- create ----------------------------------------------------------------------------------------------

void ProfileManager::create(ProfileCreateRequest request, Callback done)
{
    auto state = std::make_shared<CreateState>();
    state->request = std::move(request);
    state->done = std::move(done);
    ProfileInfo &info = state->info;
    info.directory = state->request.directory;
    info.server = ProfileInfo::normalizedServer(state->request.server);
    info.account = state->request.account;
    try {
        if (const QString problem = ProfileInfo::problemWith(info.server, info.account); !problem.isEmpty())
            throw ProfileError(ProfileErrorKind::InvalidArgument, problem);
        checkTargetDirectory(info.directory);
        if (state->request.keySource == KeySourceChoice::Passphrase) {
            if (state->request.passphrase.isEmpty())
                throw ProfileError(ProfileErrorKind::PassphraseRequired, u"a passphrase profile needs a passphrase"_s);
            if (const QString weak = PassphraseKey::weakness(state->request.passphrase); !weak.isEmpty())
                throw ProfileError(ProfileErrorKind::InvalidArgument, weak);
        }
    } catch (const ProfileError &e) {
        return fail(std::move(state->done), e.kind(), e.message(), info);
    }
    if (state->request.keySource == KeySourceChoice::Passphrase)
        createWithPassphrase(std::move(state));
    else
        createWithKeychain(std::move(state));
}

void ProfileManager::createWithKeychain(std::shared_ptr<CreateState> state)
{
    state->info.keySource = KeySource::Keychain;
    state->info.keychainEntry = KeyStore::entryName(state->info.server, state->info.account);
    // Read first: an existing key for this server and account (another profile directory, an earlier
    // install) is reused, never replaced, since a cache somewhere may depend on it.
    m_keyStore->read(state->info.keychainEntry, [this, state](const KeychainResult &found) {
        if (found.status == KeychainStatus::Ok) {
            if (found.secret.size() != PassphraseKey::KeyBytes)
                return fail(std::move(state->done), ProfileErrorKind::KeychainFailed,
                            u"the keychain entry \"%1\" holds %2 bytes, not a 32-byte Panorama cache key; it was "
                            "left as it is"_s.arg(found.entry)
                                .arg(found.secret.size()),
                            state->info);
            state->notices << u"reused the cache key already in the keychain under \"%1\""_s.arg(found.entry);
            return finishCreate(state, found.secret);
        }
        if (found.status != KeychainStatus::NotFound)
            return keychainTrouble(state, found);
        const QByteArray key = SecureBytes::random(PassphraseKey::KeyBytes);
        m_keyStore->write(state->info.keychainEntry, key, [this, state, key](const KeychainResult &written) {
            if (!written.ok())
                return keychainTrouble(state, written);
            finishCreate(state, key);
        });
    });
}

void ProfileManager::keychainTrouble(std::shared_ptr<CreateState> state, const KeychainResult &result)
{
    const bool noKeychain = result.status == KeychainStatus::Unavailable || result.status == KeychainStatus::Denied;
    if (noKeychain && state->request.keySource == KeySourceChoice::Auto) {
        if (state->request.passphrase.isEmpty())
            return fail(std::move(state->done), ProfileErrorKind::PassphraseRequired,
                        u"the keychain cannot hold this profile's key (%1); give a passphrase to protect the "
                        "profile instead (it will be needed every time the profile is opened)"_s.arg(result.message),
                        state->info);
        if (const QString weak = PassphraseKey::weakness(state->request.passphrase); !weak.isEmpty())
            return fail(std::move(state->done), ProfileErrorKind::InvalidArgument,
                        u"the keychain cannot hold this profile's key (%1), and %2"_s.arg(result.message, weak),
                        state->info);
        state->notices << u"the keychain cannot hold this profile's key (%1): the profile is protected by a "
                          "passphrase instead, which is needed every time it is opened"_s.arg(result.message);
        state->info.keychainEntry.clear();
        return createWithPassphrase(std::move(state));
    }
    ProfileErrorKind kind = ProfileErrorKind::KeychainFailed;
    switch (result.status) {
    case KeychainStatus::Unavailable:
        kind = ProfileErrorKind::KeychainUnavailable;
        break;
    case KeychainStatus::Denied:
        kind = ProfileErrorKind::KeychainDenied;
        break;
    case KeychainStatus::TimedOut:
        kind = ProfileErrorKind::KeychainTimeout;
        break;
    default:
        break;
    }
    fail(std::move(state->done), kind,
         u"cannot keep the profile's key in the keychain (entry \"%1\"): %2; nothing was created"_s.arg(result.entry,
                                                                                                        result.message),
         state->info);
}

void ProfileManager::createWithPassphrase(std::shared_ptr<CreateState> state)
{
    state->info.keySource = KeySource::Passphrase;
    state->info.kdf = m_kdfDefaults.withNewSalt();
    deriveKey(state->request.passphrase, *state->info.kdf, [this, state](QByteArray key, QString error) {
        if (key.isEmpty())
            return fail(std::move(state->done), ProfileErrorKind::Failed, error, state->info);
        finishCreate(state, key);
    });
}

void ProfileManager::finishCreate(std::shared_ptr<CreateState> state, QByteArray key)
{
    ProfileResult result;
    result.info = state->info;
    result.info.keyCheck = KeyCheck::compute(key);
    result.info.createdAt = QDateTime::currentDateTimeUtc();
    result.notices = state->notices;
    const QString cachePath = result.info.cachePath();
    bool wroteProfile = false;
    try {
        checkTargetDirectory(result.info.directory); // again: the keychain or Argon2 took a while
        makePrivateDirectory(result.info.directory);
        result.info.createFile();
        wroteProfile = true;
        result.key = DatabaseKey::raw(key);
        result.database = Database::open(cachePath, result.key, {.create = true});
    } catch (const ProfileError &e) {
        return fail(std::move(state->done), e.kind(), e.message(), result.info);
    } catch (const StorageError &e) {
        // Only files this call created a moment ago are removed; the directory was empty before.
        if (wroteProfile) {
            QFile::remove(result.info.profilePath());
            QFile::remove(cachePath);
        }
        return fail(std::move(state->done), kindFor(e), u"cannot create the cache: %1"_s.arg(e.message()), result.info);
    }
    SecureBytes::wipe(key);
    deliver(std::move(state->done), std::move(result));
}

// ---- open ------------------------------------------------------------------------------------------------

void ProfileManager::open(ProfileOpenRequest request, Callback done)
{
    auto result = std::make_shared<ProfileResult>();
    try {
        result->info = ProfileInfo::load(request.directory);
    } catch (const ProfileError &e) {
        result->info.directory = request.directory;
        return fail(std::move(done), e.kind(), e.message(), result->info);
    }
    const ProfileInfo &info = result->info;
    if (!QFileInfo::exists(info.cachePath()))
        return fail(std::move(done), ProfileErrorKind::NotFound,
                    u"the profile in %1 has no cache file (%2 is missing); nothing was created"_s.arg(info.directory,
                                                                                                      info.cachePath()),
                    info);

    if (info.keySource == KeySource::Passphrase) {
        if (request.passphrase.isEmpty())
            return fail(
                std::move(done), ProfileErrorKind::PassphraseRequired,
                u"the profile in %1 is protected by a passphrase; give it to open the cache"_s.arg(info.directory),
                info);
        const QString passphrase = request.passphrase;
        deriveKey(passphrase, *info.kdf, [this, result, request, done](QByteArray key, QString error) {
            if (key.isEmpty())
                return fail(done, ProfileErrorKind::Failed, error, result->info);
            openWithKey(result, request, key, done);
        });
        return;
    }

    m_keyStore->read(info.keychainEntry, [this, result, request, done](const KeychainResult &found) {
        const ProfileInfo &profile = result->info;
        const QString where = u"service \"%1\", entry \"%2\""_s.arg(KeyStore::serviceName(), found.entry);
        switch (found.status) {
        case KeychainStatus::Ok:
            return openWithKey(result, request, found.secret, done);
        case KeychainStatus::NotFound:
            return fail(done, ProfileErrorKind::KeychainEntryMissing,
                        u"the key for the cache in %1 is missing from the keychain (%2), so the cache cannot be "
                        "opened. Nothing was changed or deleted. If the key is gone for good, create a new "
                        "profile and sync it again from the server."_s.arg(profile.directory, where),
                        profile);
        case KeychainStatus::Unavailable:
            return fail(done, ProfileErrorKind::KeychainUnavailable,
                        u"the profile in %1 keeps its key in the keychain, but %2. Start the keyring (Secret "
                        "Service) and try again; the cache was left as it is."_s.arg(profile.directory, found.message),
                        profile);
        case KeychainStatus::Denied:
            return fail(done, ProfileErrorKind::KeychainDenied,
                        u"the keychain refused the key for the cache in %1 (%2): %3. Unlock the keychain and try "
                        "again."_s.arg(profile.directory, where, found.message),
                        profile);
        case KeychainStatus::TimedOut:
            return fail(done, ProfileErrorKind::KeychainTimeout,
                        u"reading the key for the cache in %1: %2"_s.arg(profile.directory, found.message), profile);
        case KeychainStatus::Failed:
            break;
        }
        fail(done, ProfileErrorKind::KeychainFailed,
             u"cannot read the key for the cache in %1 (%2): %3"_s.arg(profile.directory, where, found.message),
             profile);
    });
}

void ProfileManager::openWithKey(std::shared_ptr<ProfileResult> result, const ProfileOpenRequest &request,
                                 QByteArray key, Callback done)
{
    const ProfileInfo &info = result->info;
    if (key.size() != PassphraseKey::KeyBytes || !KeyCheck::matches(key, info.keyCheck)) {
        SecureBytes::wipe(key);
        const QString message =
            info.keySource == KeySource::Passphrase
                ? u"the passphrase is wrong for the profile in %1 (it does not match the profile's key check); "
                  "the cache was not touched"_s.arg(info.directory)
                : u"the keychain entry \"%1\" does not match the cache in %2 (its key fails the profile's key "
                  "check; was the entry replaced?); the cache was not touched"_s.arg(info.keychainEntry,
                                                                                     info.directory);
        return fail(std::move(done), ProfileErrorKind::WrongKey, message, info);
    }
    try {
        result->key = DatabaseKey::raw(key);
        SecureBytes::wipe(key);
        DatabaseOptions options;
        options.readOnly = request.readOnly;
        result->database = Database::open(info.cachePath(), result->key, options);
        if (request.verifyIntegrity) {
            const QStringList problems = result->database->integrityProblems();
            if (!problems.isEmpty())
                throw StorageError(StorageErrorKind::Damaged,
                                   u"%1 fails its integrity check (%2 problem(s): %3)"_s.arg(info.cachePath())
                                       .arg(problems.size())
                                       .arg(problems.mid(0, 3).join(u"; "_s)));
        }
    } catch (const StorageError &e) {
        result->database.reset();
        result->key = DatabaseKey();
        QString message;
        if (e.kind() == StorageErrorKind::WrongKey)
            // The key check passed, so the key is right: the file is what changed.
            message = u"the cache file %1 is damaged: the key is right (it matches the profile's key check) but "
                      "the file's first page does not authenticate, so the file was altered or replaced. It was "
                      "left as it is."_s.arg(info.cachePath());
        else if (e.kind() == StorageErrorKind::Damaged)
            message = u"the cache file is damaged: %1. It was left as it is."_s.arg(e.message());
        else
            message = u"cannot open the cache: %1"_s.arg(e.message());
        return fail(std::move(done), kindFor(e), message, info);
    }
    deliver(std::move(done), std::move(*result));
}

} // namespace panorama
