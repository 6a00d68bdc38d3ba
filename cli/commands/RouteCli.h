#pragma once

#include "cli/CliContext.h"
#include "core/routing/ClassifierTrainer.h"
#include "core/routing/LabelledDataset.h"

#include <QCommandLineParser>

// Helpers shared by the route subcommands (cli/commands/Route*.cpp).
namespace panorama::cli::route {

// Parses `args` (a subcommand's own arguments) with `parser`; on error prints usage and returns false.
bool parseArgs(QCommandLineParser &parser, const QStringList &args, CliContext &ctx, const QString &usage);

// Options every training command shares: --c, --epsilon, --threads, --criterion, --target-precision,
// --char-max, --word-max, --min-df, --oos-label, --train-oos-class, --seed.
void addTrainingOptions(QCommandLineParser &parser);
// Throws RoutingError(BadData) with the option name on a bad value.
routing::TrainOptions trainingOptions(const QCommandLineParser &parser);

// A data file in the format named by --format (or detected); CLINC splits from a comma-separated list.
routing::LabelledDataset loadData(const QString &path, const QString &format, const QString &splits);

int runTrain(CliContext &ctx);
int runEval(CliContext &ctx);
int runClassify(CliContext &ctx);
int runCheck(CliContext &ctx);
int runSla(CliContext &ctx);

} // namespace panorama::cli::route
