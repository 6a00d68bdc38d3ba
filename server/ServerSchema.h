#pragma once

namespace panorama::server {

class ServerDb;

// The server's migration ladder, the same steps for SQLite and PostgreSQL (types translated per dialect):
// the domain tables (from DomainSchema) plus users, refresh tokens, the change feed, counters, applied mutations,
// conflicts, reveal requests, the hash-chained audit log and settings. Each step runs in one transaction.
namespace ServerSchema {

// Applies pending steps; returns how many ran. Throws DbError if the database is newer than this server.
int migrate(ServerDb &db);
int latestVersion();

} // namespace ServerSchema

} // namespace panorama::server
