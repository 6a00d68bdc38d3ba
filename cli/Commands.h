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
int runLogin(CliContext &ctx);     // login --user U --password-stdin (SyncCommands.cpp)
int runLogout(CliContext &ctx);    // logout
int runSync(CliContext &ctx);      // sync [--json]
int runOutbox(CliContext &ctx);    // outbox [--json] [--dismiss ID]
int runConflicts(CliContext &ctx); // conflicts [--json] [--resolve ID --keep mine|theirs]
int runTicket(CliContext &ctx);    // ticket create|note|set-status|assign (TicketCommands.cpp)
// customer set-tag|set-measurements (CustomerEditCommands.cpp); runCustomer hands these verbs to it.
int runCustomerEdit(CliContext &ctx);

} // namespace panorama::cli
