#pragma once

#include "cli/CliContext.h"
#include "core/security/ProfileManager.h"

#include <optional>

namespace panorama::cli {

// Opens or creates the --profile for a command. The security API is asynchronous; the CLI is the top-level
// context, so it waits on its own event loop here (never inside a library). The passphrase, for passphrase
// profiles, comes from --passphrase-stdin (first line of standard input) or PANORAMA_PASSPHRASE.
class ProfileAccess final
{
public:
    explicit ProfileAccess(CliContext &ctx);

    // Removes --passphrase-stdin from ctx.args (and reads the passphrase) if present.
    void takePassphraseOption();
    // Opens the profile; on failure prints the reason and returns nullopt (exit code: Failure).
    std::optional<ProfileResult> open(bool readOnly = false);
    std::optional<ProfileResult> create(const QUrl &server, const QString &account, KeySourceChoice source);

private:
    std::optional<ProfileResult> wait(const std::function<void(ProfileManager &, ProfileManager::Callback)> &start);

    CliContext &m_ctx;
    QString m_passphrase;
};

} // namespace panorama::cli
