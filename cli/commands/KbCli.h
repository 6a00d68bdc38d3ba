#pragma once

#include "cli/CliContext.h"
#include "core/storage/Database.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// Helpers shared by the kb subcommands (cli/commands/Kb*.cpp).
namespace panorama::cli::kb {

// Takes "--name VALUE" out of args; nullopt when absent. Sets *missingValue when the flag has no value.
std::optional<QString> takeOption(QStringList &args, const QString &name, bool *missingValue);
bool takeFlag(QStringList &args, const QString &name);

// Opens the search cache: with --profile DIR the profile's own cache (what the workstation searches), its key
// from the OS keychain or its passphrase (--passphrase-stdin / PANORAMA_PASSPHRASE) through ProfileAccess;
// with --db PATH (created if asked) a standalone cache keyed by --key-file FILE (32 raw bytes or 64 hex digits)
// or PANORAMA_CACHE_KEY (64 hex digits); --plain only for throw-away tests. On failure prints the cause and
// returns nullptr.
std::unique_ptr<Database> openCache(CliContext &ctx, QStringList &args, bool create);

int runImport(CliContext &ctx, QStringList args);
int runSearch(CliContext &ctx, QStringList args);
int runFeedback(CliContext &ctx, QStringList args);
int runStats(CliContext &ctx, QStringList args);
int runEval(CliContext &ctx, QStringList args);
int runSimilarity(CliContext &ctx, QStringList args);

} // namespace panorama::cli::kb
