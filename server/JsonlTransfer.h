#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace panorama::server {

class ServerCore;

// Bulk JSON Lines in and out of the server's domain tables (docs/data-model.md): import gives every row a
// version and a change-feed entry with its scope, computing derived columns (name_key, value_hash); export
// writes the raw rows. Both are audited.
class JsonlTransfer final
{
public:
    explicit JsonlTransfer(ServerCore &core);

    struct Result
    {
        QHash<QString, qint64> rows;
        qint64 total = 0;
    };
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    // Throws ApiError naming file and line for malformed input; a failure leaves earlier batches in place
    // (each row is an upsert, so running the import again completes it).
    Result importDirectory(const QString &dir, const QString &actor, const Progress &progress = {});
    Result exportDirectory(const QString &dir, const QString &actor);

private:
    ServerCore &m_core;
};

} // namespace panorama::server
