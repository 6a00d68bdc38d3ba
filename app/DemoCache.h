#pragma once

#include "core/storage/Database.h"
#include "ui/AgentSession.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace panorama {

// A temporary encrypted cache filled from a directory of demo JSON Lines files (`panoramactl demo-data`), for
// development, screenshots and benchmarks without a server. The import runs on a worker thread behind a
// progress dialog that can cancel it (the importer rolls back; nothing half-imported remains).
class DemoCache final
{
public:
    DemoCache();
    ~DemoCache();

    // Imports on a worker thread; `done` gets "" on success, else why not (cancelled, a malformed file with its
    // file:line, ...), later from the event loop. With showProgress a dialog shows the rows and can cancel.
    void import(const QString &jsonlDir, bool showProgress, std::function<void(const QString &error)> done);
    std::unique_ptr<Database> takeDatabase() { return std::move(m_db); }
    // The staff member to act as: `username`, or the agent with the most open tickets.
    SessionUser pickUser(const QString &username) { return pickUser(*m_db, username); }
    static SessionUser pickUser(Database &db, const QString &username);
    QString path() const;
    // The generator's "now" from the directory's manifest.json (ms since the epoch), 0 if unknown.
    static qint64 generatedAt(const QString &jsonlDir);
    // The same, as the import recorded it in the cache (meta "demo_now"), 0 if unknown.
    static qint64 generatedAt(Database &db);
    const DatabaseKey &key() const { return m_key; }

private:
    struct Import;
    QTemporaryDir m_dir;
    DatabaseKey m_key;
    std::unique_ptr<Database> m_db;
};

} // namespace panorama
