#pragma once

#include <QJsonObject>
#include <QString>

namespace panorama::server {

class ServerDb;

// The server's append-only audit log: each record's hash is SHA-256 over the previous record's hash and this
// record's fields, so removing, reordering or editing a record breaks the chain at that point. Appends serialise
// on the 'audit' counter row (held to commit), so concurrent writers and server processes never fork the chain.
class AuditLog final
{
public:
    explicit AuditLog(ServerDb &db);

    // Appends inside the caller's write transaction.
    void append(const QString &actor, const QString &action, const QString &subject, const QString &reason = {},
                const QJsonObject &detail = {});
    // Appends in its own write transaction.
    void record(const QString &actor, const QString &action, const QString &subject, const QString &reason = {},
                const QJsonObject &detail = {});

    struct Verdict
    {
        bool ok = true;
        qint64 records = 0;
        qint64 firstBadSeq = 0;
        QString problem;
    };
    Verdict verify();

private:
    ServerDb &m_db;
};

} // namespace panorama::server
