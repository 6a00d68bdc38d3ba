#pragma once

#include <QStringList>

namespace panorama {

class Database;
class Migrator;

// The domain tables of the local cache (and of the server's SQLite/PostgreSQL store, which mirrors them):
// customers and their identities, tags, membership, addresses; the catalogue and size charts; orders, items,
// shipments, returns; tickets and messages; KB articles, QA alerts, audit events. See docs/data-model.md.
namespace DomainSchema {

// The "domain" migration ladder.
const Migrator &migrator();
// Applies pending domain migrations; returns how many ran.
int migrate(Database &db);
// Tables that sync row by row (each has id, server_version, updated_at, deleted), in parent-first order.
const QStringList &syncedTables();

} // namespace DomainSchema

} // namespace panorama
