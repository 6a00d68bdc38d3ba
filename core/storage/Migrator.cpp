#include "core/storage/Migrator.h"

#include "core/storage/Database.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama {

Migrator::Migrator(QString component, std::vector<Migration> ladder)
    : m_component(std::move(component)), m_ladder(std::move(ladder))
{
    std::sort(m_ladder.begin(), m_ladder.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (size_t i = 0; i < m_ladder.size(); ++i) {
        if (m_ladder[i].version != int(i) + 1)
            throw StorageError(StorageErrorKind::Misuse, u"migration ladder has a gap at step %1"_s.arg(i + 1));
    }
}

int Migrator::latestVersion() const
{
    return int(m_ladder.size());
}

int Migrator::currentVersion(Database &db) const
{
    db.exec("CREATE TABLE IF NOT EXISTS schema_version ("
            " component TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL,"
            " applied_at TEXT NOT NULL, PRIMARY KEY (component, version))");
    Query q = db.query("SELECT max(version) FROM schema_version WHERE component = ?");
    q.bind(1, m_component);
    return q.next() && !q->isNull(0) ? q->integer(0) : 0;
}

int Migrator::migrate(Database &db) const
{
    const int current = currentVersion(db);
    if (current > latestVersion())
        throw StorageError(StorageErrorKind::Schema,
                           u"%1 has %4 schema version %2, newer than this Panorama understands (%3); "
                           "update Panorama instead of opening it with an older version"_s.arg(db.path())
                               .arg(current)
                               .arg(latestVersion())
                               .arg(m_component));
    int applied = 0;
    for (const Migration &step : m_ladder) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        try {
            step.apply(db);
        } catch (const StorageError &e) {
            throw StorageError(
                StorageErrorKind::Schema,
                u"%4 migration %1 (%2) failed: %3"_s.arg(step.version).arg(step.description, e.message(), m_component),
                e.sqliteCode());
        }
        db.query("INSERT INTO schema_version(component, version, description, applied_at) VALUES (?, ?, ?, ?)")
            .bindAll(m_component, step.version, step.description,
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
            .exec();
        tx.commit();
        ++applied;
    }
    return applied;
}

} // namespace panorama
