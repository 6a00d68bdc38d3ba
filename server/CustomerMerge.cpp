#include "server/CustomerMerge.h"

#include "core/sync/SyncProtocol.h"
#include "server/AuditLog.h"
#include "server/MutationApplier.h"
#include "server/RowStore.h"
#include "server/ServerError.h"

using namespace Qt::StringLiterals;
namespace SP = panorama::SyncProtocol;

namespace panorama::server {

void registerCustomerMerge(MutationApplier &mutations, AuditLog &audit)
{
    mutations.registerKind(QString(SP::kCustomerMerge), [&mutations, &audit](const AuthUser &user, const QJsonObject &m,
                                                                             RowStore &rows) {
        const QString loserId = m.value(u"row_id"_s).toString();
        const QJsonObject set = m.value(u"set"_s).toObject();
        const QString survivorId = set.value(u"merged_into"_s).toString();
        if (set.size() != 1 || !SP::isUuid(survivorId))
            throw ApiError::validation(u"customer.merge sets exactly merged_into to the surviving customer's id"_s);
        if (survivorId == loserId)
            throw ApiError::validation(u"a customer cannot be merged into itself"_s);
        const QVariantMap loser = mutations.requireInScope(user, rows, u"customers"_s, loserId);
        const QVariantMap survivor = mutations.requireInScope(user, rows, u"customers"_s, survivorId);
        if (!survivor.value(u"merged_into"_s).toString().isEmpty())
            throw ApiError::validation(u"customer %1 is itself merged into %2; merge into that one"_s.arg(
                survivorId, survivor.value(u"merged_into"_s).toString()));
        QJsonObject r = mutations.mergeFields(user, m, rows, u"customers"_s, loser, set);
        if (r.value(u"status"_s).toString() == u"applied"_s && loser.value(u"merged_into"_s).toString() != survivorId)
            audit.append(user.id, u"customer.merge"_s, u"customers/"_s + loserId, {},
                         {{u"into"_s, survivorId}, {u"mutation"_s, m.value(u"id"_s).toString()}});
        return r;
    });
    mutations.registerKind(QString(SP::kCustomerUnmerge), [&mutations, &audit](const AuthUser &user,
                                                                               const QJsonObject &m, RowStore &rows) {
        const QString id = m.value(u"row_id"_s).toString();
        const QJsonObject set = m.value(u"set"_s).toObject();
        if (set.size() != 1 || !set.contains(u"merged_into"_s) || !set.value(u"merged_into"_s).isNull())
            throw ApiError::validation(u"customer.unmerge sets exactly merged_into to null"_s);
        const QVariantMap current = mutations.requireInScope(user, rows, u"customers"_s, id);
        const QString was = current.value(u"merged_into"_s).toString();
        QJsonObject r = mutations.mergeFields(user, m, rows, u"customers"_s, current, set);
        if (r.value(u"status"_s).toString() == u"applied"_s && !was.isEmpty())
            audit.append(user.id, u"customer.unmerge"_s, u"customers/"_s + id, {},
                         {{u"was_merged_into"_s, was}, {u"mutation"_s, m.value(u"id"_s).toString()}});
        return r;
    });
}

} // namespace panorama::server
