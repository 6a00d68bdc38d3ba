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

// Runs a migration ladder: a schema_version table records each applied step per component ("domain",
// "search", ...), so capabilities that keep tables in the same file evolve independently. Each step runs
// in its own transaction, so a failure leaves the cache at the last good version. A cache newer than the
// ladder is refused (never downgraded).
class Migrator final
{
public:
    Migrator(QString component, std::vector<Migration> ladder);
    // Returns the number of steps applied. Throws StorageError(Schema) on failure or a newer cache.
    int migrate(Database &db) const;
    int currentVersion(Database &db) const;
    int latestVersion() const;

private:
    QString m_component;
    std::vector<Migration> m_ladder;
};

} // namespace panorama
