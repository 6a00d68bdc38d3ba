#pragma once

namespace panorama {

class Database;
class Migrator;

// The cache's "sync" migration component: sync_state (cursor, client id, user), sync_outbox (mutations in order,
// written in the same transaction as the local change) and sync_conflicts (the conflict inbox).
namespace SyncSchema {

const Migrator &migrator();
// Applies the domain ladder and the sync ladder; returns the number of steps run.
int migrate(Database &db);

} // namespace SyncSchema

} // namespace panorama
