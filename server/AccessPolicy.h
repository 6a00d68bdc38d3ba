#pragma once

#include "server/AuthUser.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace panorama::server {

class ServerDb;

// Who sees what: the change-feed scopes a user receives (docs/sync-protocol.md §2) and the field policy that masks
// personal data per role before any row leaves the server.
class AccessPolicy final
{
public:
    enum class AgentScope
    {
        All,
        Region
    };
    enum class RevealRule
    {
        NotMasked,
        Auto,
        NeedsApproval
    };

    explicit AccessPolicy(AgentScope agentScope = AgentScope::All);

    // An SQL condition on changes.scope for this user ("" = everything), with its bound values appended.
    QString scopeCondition(ServerDb &db, const AuthUser &user, QVariantList &binds) const;
    bool inScope(ServerDb &db, const AuthUser &user, const QString &scope) const;
    // A short fingerprint of the user's scopes, part of the cursor (a changed scope restarts the feed).
    QString scopeFingerprint(ServerDb &db, const AuthUser &user) const;

    // The value of table.column as this role may see it; `row` gives context (e.g. identities.kind).
    QVariant present(const QString &table, const QString &column, const QVariant &value, const QString &role,
                     const QString &identityKind = {}) const;
    bool isMasked(const QString &table, const QString &column, const QString &role,
                  const QString &identityKind = {}) const;
    RevealRule revealRule(const QString &table, const QString &column, const QString &role,
                          const QString &identityKind = {}) const;

    static QString maskPhone(const QString &value);
    static QString maskEmail(const QString &value);
    static QString maskLine(const QString &value);

private:
    QStringList storesOfRegion(ServerDb &db, const QString &region) const;
    AgentScope m_agentScope;
};

} // namespace panorama::server
