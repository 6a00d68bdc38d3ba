#include "core/sync/SyncSchema.h"

#include "core/domain/DomainSchema.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

using namespace Qt::StringLiterals;

namespace panorama::SyncSchema {

const Migrator &migrator()
{
    static const Migrator ladder(
        u"sync"_s,
        {{1, u"sync state, outbox, conflict inbox"_s, [](Database &db) {
              db.exec("CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT) WITHOUT ROWID;"
                      "CREATE TABLE sync_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
                      " kind TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL, base TEXT NOT NULL,"
                      " set_json TEXT NOT NULL, created_at INTEGER NOT NULL,"
                      " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','rejected')),"
                      " attempts INTEGER NOT NULL DEFAULT 0, error_code TEXT, error_message TEXT);"
                      "CREATE INDEX sync_outbox_row ON sync_outbox(tbl, row_id);"
                      "CREATE TABLE sync_conflicts (id TEXT PRIMARY KEY NOT NULL, mutation_id TEXT NOT NULL,"
                      " tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, base TEXT, mine TEXT,"
                      " theirs TEXT, created_at INTEGER NOT NULL, resolved_at INTEGER, resolution TEXT);");
          }}});
    return ladder;
}

int migrate(Database &db)
{
    return DomainSchema::migrate(db) + migrator().migrate(db);
}

} // namespace panorama::SyncSchema
