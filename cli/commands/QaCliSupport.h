#pragma once

#include "cli/CliContext.h"
#include "core/qa/QaEngine.h"

#include <optional>

// Shared by the qa command files: option parsing and building an engine from --rules / --model.
namespace panorama::cli::qa {

// Value of "--name VALUE" in args (removed from args), or nullopt.
std::optional<QString> takeOption(QStringList &args, const QString &name);
bool takeFlag(QStringList &args, const QString &name);
// An engine with --rules FILE (default: the shipped rules) and --model FILE / --no-model (default: shipped model).
// On failure prints the cause and returns false.
bool setUpEngine(CliContext &ctx, QStringList &args, panorama::qa::QaEngine &engine);

int runTrainOffensive(CliContext &ctx, QStringList args);
int runEvalOffensive(CliContext &ctx, QStringList args);

} // namespace panorama::cli::qa
