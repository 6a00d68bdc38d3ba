#pragma once

#include "server/AuthUser.h"

#include <QJsonObject>

namespace panorama::server {

class AccessPolicy;
class AuditLog;
class ServerDb;

// Reveal of a masked field: an online request with a reason, granted by policy (automatically for contact
// fields, by a supervisor for payment data), valid for a configured time; request, grant and view are audited.
class RevealService final
{
public:
    RevealService(ServerDb &db, AuditLog &audit, const AccessPolicy &policy, int ttlSeconds);

    QJsonObject request(const AuthUser &user, const QJsonObject &body);
    QJsonObject approve(const AuthUser &approver, const QString &requestId);
    QJsonObject view(const AuthUser &user, const QString &requestId);
    QJsonObject pending(const AuthUser &user);

private:
    QString rawValue(const QString &table, const QString &rowId, const QString &field, QString *identityKind);

    ServerDb &m_db;
    AuditLog &m_audit;
    const AccessPolicy &m_policy;
    int m_ttlSeconds;
};

} // namespace panorama::server
