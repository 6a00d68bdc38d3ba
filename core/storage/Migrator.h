#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace panorama {

class Database;

// One step of the schema ladder: brings the schema from version-1 to version.
struct Migration
{
    int version;
    QString description;
    std::function<void(Database &)> apply;
};

// Runs the migration ladder: a schema_version table records each applied step; each step runs in its
// own transaction, so a failure leaves the cache at the last good version. A cache newer than the
// ladder is refused (never downgraded).
class Migrator final
{
public:
    explicit Migrator(std::vector<Migration> ladder);
    // Returns the number of steps applied. Throws StorageError(Schema) on failure or a newer cache.
    int migrate(Database &db) const;
    static int currentVersion(Database &db);
    int latestVersion() const;

private:
    std::vector<Migration> m_ladder;
};

} // namespace panorama
