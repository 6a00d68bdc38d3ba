#pragma once

#include "cli/CliContext.h"
#include "cli/ProfileAccess.h"
#include "core/sync/SyncEngine.h"

#include <memory>
#include <optional>

namespace panorama::cli {

// What the sync command groups share: the --profile's encrypted cache with the sync tables, and the refresh token,
// kept in the keychain under "<host:port>/<account>/refresh-token" (for a passphrase profile on a machine without a
// keychain, inside the encrypted cache instead, and the user is told). Waits on its own event loop: the CLI is
// the top-level context.
class SyncSession final
{
public:
    explicit SyncSession(CliContext &ctx);
    ~SyncSession();

    // Opens the profile (or, with create, creates it for --server and account); prints the reason on failure.
    bool open(bool create = false, const QString &account = {});
    Database &db() { return *m_profile->database; }
    const ProfileInfo &info() const { return m_profile->info; }
    QUrl server() const;
    SyncEngine &engine(SyncEngine::Options options = {});

    QString loadRefreshToken();
    bool saveRefreshToken(const QString &token); // "" removes it
    // Runs the event loop until done() is true.
    void waitUntil(const std::function<bool()> &done);

    static QString takeValue(QStringList &args, const QString &option);
    static QString readStdinLine();

private:
    QString entry() const;

    CliContext &m_ctx;
    ProfileAccess m_access;
    std::optional<ProfileResult> m_profile;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace panorama::cli
