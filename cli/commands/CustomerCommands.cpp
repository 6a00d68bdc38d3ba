// panoramactl customer find QUERY: look a customer up the way an agent does.
#include "cli/Commands.h"
#include "cli/ProfileAccess.h"
#include "core/domain/CustomerDirectory.h"
#include "core/storage/StorageError.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace panorama::cli {

namespace {

const QString kUsage = u"[--profile DIR] customer find QUERY [--limit N] [--json] [--passphrase-stdin]\n"
                       "       panoramactl --profile DIR customer set-tag|set-measurements CUSTOMER ..."_s;

int find(CliContext &ctx)
{
    ProfileAccess access(ctx);
    access.takePassphraseOption();
    int limit = 20;
    const qsizetype li = ctx.args.indexOf(u"--limit"_s);
    if (li >= 0) {
        bool ok = false;
        limit = li + 1 < ctx.args.size() ? ctx.args.at(li + 1).toInt(&ok) : 0;
        if (!ok || limit <= 0)
            return ctx.usage(kUsage);
        ctx.args.remove(li, 2);
    }
    if (ctx.args.size() != 1 || ctx.args.first().trimmed().isEmpty())
        return ctx.usage(kUsage);
    auto profile = access.open(true);
    if (!profile)
        return Failure;
    try {
        CustomerDirectory directory(*profile->database);
        QElapsedTimer timer;
        timer.start();
        const auto matches = directory.find(ctx.args.first(), limit);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (ctx.json) {
            QJsonArray list;
            for (const auto &m : matches)
                list.append(QJsonObject{{u"customer_id"_s, m.customerId},
                                        {u"name"_s, m.displayName},
                                        {u"tier"_s, m.tier},
                                        {u"matched_by"_s, CustomerDirectory::kindName(m.kind)},
                                        {u"matched_value"_s, m.matchedValue}});
            ctx.printJson(QJsonObject{{u"query"_s, ctx.args.first()}, {u"ms"_s, ms}, {u"matches"_s, list}});
        } else {
            for (const auto &m : matches)
                ctx.out << u"%1  %2  %3  %4: %5\n"_s.arg(m.customerId, m.displayName,
                                                         m.tier.isEmpty() ? u"-"_s : m.tier,
                                                         CustomerDirectory::kindName(m.kind), m.matchedValue);
            ctx.out << u"%1 match(es) in %2 ms\n"_s.arg(matches.size()).arg(ms, 0, 'f', 2);
        }
        return matches.isEmpty() ? Failure : Ok;
    } catch (const StorageError &e) {
        return ctx.fail(e.message());
    }
}

} // namespace

int runCustomer(CliContext &ctx)
{
    if (ctx.args.isEmpty() || ctx.args.contains(u"--help"_s))
        return ctx.usage(kUsage);
    const QString verb = ctx.args.first();
    if (verb == u"find"_s) {
        ctx.args.removeFirst();
        return find(ctx);
    }
    // Edits work offline through the sync engine's outbox (CustomerEditCommands.cpp).
    if (verb == u"set-tag"_s || verb == u"set-measurements"_s)
        return runCustomerEdit(ctx);
    return ctx.usage(kUsage);
}

} // namespace panorama::cli
