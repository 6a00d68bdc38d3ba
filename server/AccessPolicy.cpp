#include "server/AccessPolicy.h"

#include "server/ServerDb.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace panorama::server {

AccessPolicy::AccessPolicy(AgentScope agentScope) : m_agentScope(agentScope) {}

QStringList AccessPolicy::storesOfRegion(ServerDb &db, const QString &region) const
{
    QStringList out;
    QSqlQuery q = db.exec(u"SELECT id FROM stores WHERE region = ? AND deleted = 0 ORDER BY id"_s, {region});
    while (q.next())
        out << u"s:"_s + q.value(0).toString();
    return out;
}

QString AccessPolicy::scopeCondition(ServerDb &db, const AuthUser &user, QVariantList &binds) const
{
    if (user.isSupervisor())
        return {};
    QStringList scopes;
    if (user.isStoreStaff()) {
        scopes = {u"*"_s, u"s:"_s + user.storeId};
    } else if (m_agentScope == AgentScope::Region && !user.region.isEmpty()) {
        scopes = QStringList{u"*"_s, u"c"_s} + storesOfRegion(db, user.region);
    } else {
        // Agents by default: everything except QA findings and audit records, but their own QA alerts ("#qa:<id>").
        binds << u"#qa"_s << u"#audit"_s << u"#qa:%"_s << QString(u"#qa:"_s + user.id);
        return u"(scope NOT IN (?, ?) AND (scope NOT LIKE ? OR scope = ?))"_s;
    }
    if (!user.isStoreStaff())
        scopes << QString(u"#qa:"_s + user.id); // an agent's own QA alerts
    QStringList marks;
    for (const QString &s : scopes) {
        marks << u"?"_s;
        binds << s;
    }
    return u"scope IN (%1)"_s.arg(marks.join(u", "_s));
}

bool AccessPolicy::inScope(ServerDb &db, const AuthUser &user, const QString &scope) const
{
    if (user.isSupervisor())
        return true;
    if (scope == u"#qa"_s || scope == u"#audit"_s)
        return false;
    if (scope.startsWith(u"#qa:"_s))
        return !user.isStoreStaff() && scope == u"#qa:"_s + user.id;
    if (scope == u"*"_s)
        return true;
    if (user.isStoreStaff())
        return scope == u"s:"_s + user.storeId;
    if (m_agentScope == AgentScope::Region && !user.region.isEmpty())
        return scope == u"c"_s || storesOfRegion(db, user.region).contains(scope);
    return true;
}

QString AccessPolicy::scopeFingerprint(ServerDb &db, const AuthUser &user) const
{
    QVariantList binds;
    const QString cond = scopeCondition(db, user, binds);
    QStringList parts{user.role, cond};
    for (const QVariant &b : binds)
        parts << b.toString();
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'|').toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

QString AccessPolicy::maskPhone(const QString &value)
{
    QString digits;
    for (QChar c : value) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() < 7)
        return u"****"_s;
    return digits.left(3) + u"****"_s + digits.right(4);
}

QString AccessPolicy::maskEmail(const QString &value)
{
    const qsizetype at = value.indexOf(u'@');
    if (at <= 0)
        return u"***"_s;
    return value.left(1) + u"***"_s + value.mid(at);
}

QString AccessPolicy::maskLine(const QString &value)
{
    return value.left(3) + u"****"_s;
}

bool AccessPolicy::isMasked(const QString &table, const QString &column, const QString &role,
                            const QString &identityKind) const
{
    if (role == u"admin"_s)
        return false;
    if (table == u"identities"_s && column == u"value"_s)
        return identityKind == u"phone"_s || identityKind == u"email"_s;
    if (table == u"addresses"_s)
        return column == u"phone"_s || column == u"line"_s;
    if (table == u"orders"_s && column == u"payment_last4"_s)
        return role == u"store_staff"_s; // others see the card's last four, which is already the masked form
    return false;
}

QVariant AccessPolicy::present(const QString &table, const QString &column, const QVariant &value, const QString &role,
                               const QString &identityKind) const
{
    if (value.isNull() || !isMasked(table, column, role, identityKind))
        return value;
    const QString s = value.toString();
    if (s.isEmpty())
        return value;
    if (table == u"identities"_s)
        return identityKind == u"email"_s ? maskEmail(s) : maskPhone(s);
    if (column == u"phone"_s)
        return maskPhone(s);
    if (column == u"line"_s)
        return maskLine(s);
    return QVariant(u"****"_s);
}

AccessPolicy::RevealRule AccessPolicy::revealRule(const QString &table, const QString &column, const QString &role,
                                                  const QString &identityKind) const
{
    if (!isMasked(table, column, role, identityKind))
        return RevealRule::NotMasked;
    if (table == u"orders"_s)
        return RevealRule::NeedsApproval; // payment data: a supervisor decides
    return RevealRule::Auto;
}

} // namespace panorama::server
