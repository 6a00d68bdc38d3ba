#pragma once

#include "server/ServerDb.h"

#include <QJsonObject>
#include <QString>

// What the server's engines keep besides the synced rows: the QA and routing rule sets and the routing model, each
// a series of revisions (every revision kept, the highest one in force), plus the feed cursors the engine workers
// have processed up to. Shared by server/QaService and server/RoutingService.
namespace panorama::server {

struct EngineConfig
{
    QString kind;
    qint64 revision = 0; // 0: none stored
    QString version;     // the rule file's "version", or the model's version id
    QString body;        // the rule file (JSON text), or the model blob in base64
    QJsonObject info;
    QString updatedBy;
    qint64 updatedAt = 0;

    bool isNull() const { return revision == 0; }
    // {"kind","revision","version","info","updated_by","updated_at"} and, with withBody, "body".
    QJsonObject toJson(bool withBody) const;
};

namespace EngineConfigs {

inline constexpr QLatin1StringView kQaRules{"qa_rules"};
inline constexpr QLatin1StringView kRoutingRules{"routing_rules"};
inline constexpr QLatin1StringView kRoutingModel{"routing_model"};

EngineConfig current(ServerDb &db, const QString &kind, bool withBody = true);
qint64 currentRevision(ServerDb &db, const QString &kind);
// Stores a new revision in its own write transaction and returns it.
EngineConfig store(ServerDb &db, const QString &kind, const QString &version, const QString &body,
                   const QJsonObject &info, const QString &userId);

// The feed position an engine worker has processed up to (settings key), 0 at first.
qint64 cursor(ServerDb &db, const QString &key);
// Inside a write transaction: moves the cursor from `from` to `to`; false when another server process moved it
// first (the caller then rolls back and its work is redone from the new position).
bool advanceCursor(ServerDb &db, const QString &key, qint64 from, qint64 to);

// A stable UUID for a row the engines derive (an alert for one finding), so redoing work never duplicates it.
QString derivedId(const QString &key);

} // namespace EngineConfigs

} // namespace panorama::server
