#pragma once

#include "cli/CliContext.h"

// One entry point per command group; each lives in cli/commands/<Group>Commands.cpp.
namespace panorama::cli {

int runDemoData(CliContext &ctx); // demo-data
int runCache(CliContext &ctx);    // cache init|import|stats
int runCustomer(CliContext &ctx); // customer find
int runKb(CliContext &ctx);       // kb import|search|eval|similarity
int runSize(CliContext &ctx);     // size recommend|eval
int runQa(CliContext &ctx);       // qa check|eval
int runRoute(CliContext &ctx);    // route train|classify|eval

} // namespace panorama::cli
