// panoramactl login | logout | sync | outbox | conflicts: the workstation's sync with panorama-server.
#include "cli/Commands.h"
#include "cli/commands/SyncSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace panorama::cli {

int runLogin(CliContext &ctx)
{
    const QString user = SyncSession::takeValue(ctx.args, u"--user"_s);
    const bool fromStdin = ctx.args.removeAll(u"--password-stdin"_s) > 0;
    SyncSession session(ctx);
    if (user.isEmpty() || !fromStdin || !ctx.args.isEmpty())
        return ctx.usage(u"--profile DIR --server URL login --user NAME --password-stdin"_s);
    const QString password = SyncSession::readStdinLine();
    if (password.isEmpty())
        return ctx.fail(u"no password on standard input"_s);
    if (!session.open(true, user))
        return Failure;
    SyncEngine &engine = session.engine();
    bool done = false;
    QString error;
    QJsonObject who;
    QObject::connect(&engine, &SyncEngine::loggedIn, &engine, [&](const QJsonObject &u) {
        who = u;
        done = true;
    });
    QObject::connect(&engine, &SyncEngine::loginFailed, &engine, [&](const QString &m) {
        error = m;
        done = true;
    });
    engine.login(user, password, QSysInfo::machineHostName());
    session.waitUntil([&] { return done; });
    if (!error.isEmpty())
        return ctx.fail(u"login failed: %1"_s.arg(error));
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"user"_s, who}, {u"server"_s, session.server().toString()}});
    else
        ctx.out << u"logged in as %1 (%2) on %3\n"_s.arg(who.value(u"username"_s).toString(),
                                                         who.value(u"role"_s).toString(), session.server().toString());
    return Ok;
}

int runLogout(CliContext &ctx)
{
    SyncSession session(ctx);
    if (!session.open())
        return Failure;
    SyncEngine &engine = session.engine();
    engine.setRefreshToken(session.loadRefreshToken());
    bool done = false;
    QObject::connect(&engine, &SyncEngine::loggedOut, &engine, [&] { done = true; });
    engine.logout();
    session.waitUntil([&] { return done; });
    session.saveRefreshToken({});
    ctx.out << u"logged out; the server revoked this device's login\n"_s;
    return Ok;
}

int runSync(CliContext &ctx)
{
    SyncSession session(ctx);
    if (!ctx.args.isEmpty())
        return ctx.usage(u"--profile DIR sync [--json]"_s);
    if (!session.open())
        return Failure;
    SyncEngine &engine = session.engine();
    const QString token = session.loadRefreshToken();
    if (token.isEmpty())
        return ctx.fail(
            u"not logged in: run 'panoramactl --profile DIR --server URL login --user NAME --password-stdin'"_s);
    engine.setRefreshToken(token);
    bool done = false;
    QString error;
    QObject::connect(&engine, &SyncEngine::syncFinished, &engine, [&] { done = true; });
    QObject::connect(&engine, &SyncEngine::syncFailed, &engine, [&](const QString &m) {
        error = m;
        done = true;
    });
    QStringList rejections;
    QObject::connect(&engine, &SyncEngine::mutationRejected, &engine,
                     [&](const QString &id, const QString &code, const QString &message) {
                         rejections << u"%1 %2: %3"_s.arg(id, code, message);
                     });
    if (!ctx.json)
        QObject::connect(&engine, &SyncEngine::progress, &engine, [&](qint64 n, qint64 total) {
            ctx.err << u"\rpulled %1 / %2 rows"_s.arg(n).arg(total) << Qt::flush;
        });
    engine.syncNow();
    session.waitUntil([&] { return done; });
    if (!ctx.json)
        ctx.err << u'\n';
    const SyncReport r = engine.lastReport();
    const QList<OutboxEntry> outbox = engine.outbox();
    const int pending = int(
        std::count_if(outbox.cbegin(), outbox.cend(), [](const OutboxEntry &e) { return e.state == u"pending"_s; }));
    if (ctx.json) {
        QJsonObject o = r.toJson();
        o.insert(u"ok"_s, error.isEmpty());
        if (!error.isEmpty())
            o.insert(u"error"_s, error);
        o.insert(u"outbox_pending"_s, pending);
        o.insert(u"conflicts_open"_s, int(engine.conflicts().size()));
        ctx.printJson(o);
    } else {
        if (error.isEmpty())
            ctx.out << u"synced: pushed %1 (applied %2, already applied %3, conflicts %4, rejected %5), pulled %6 rows "
                       "in %7 pages, %8 ms\n"_s.arg(r.pushed)
                           .arg(r.applied)
                           .arg(r.duplicates)
                           .arg(r.conflicts)
                           .arg(r.rejected)
                           .arg(r.pulledRows)
                           .arg(r.pages)
                           .arg(r.milliseconds);
        for (const QString &line : std::as_const(rejections))
            ctx.out << u"rejected: "_s << line << u'\n';
        if (!engine.conflicts().isEmpty())
            ctx.out << u"%1 conflict(s) wait for a decision: panoramactl conflicts\n"_s.arg(engine.conflicts().size());
    }
    if (!error.isEmpty())
        return ctx.fail(u"sync failed (%1 change(s) stay in the outbox): %2"_s.arg(pending).arg(error));
    return Ok;
}

int runOutbox(CliContext &ctx)
{
    const QString dismiss = SyncSession::takeValue(ctx.args, u"--dismiss"_s);
    SyncSession session(ctx);
    if (!ctx.args.isEmpty())
        return ctx.usage(u"--profile DIR outbox [--json] [--dismiss MUTATION_ID]"_s);
    if (!session.open())
        return Failure;
    SyncEngine &engine = session.engine();
    if (!dismiss.isEmpty()) {
        if (!engine.dismissRejected(dismiss))
            return ctx.fail(u"no rejected change %1 in the outbox"_s.arg(dismiss));
        ctx.out << u"dismissed %1\n"_s.arg(dismiss);
        return Ok;
    }
    const QList<OutboxEntry> entries = engine.outbox();
    if (ctx.json) {
        QJsonArray list;
        for (const OutboxEntry &e : entries)
            list.append(e.toJson());
        ctx.printJson(QJsonObject{{u"outbox"_s, list}});
        return Ok;
    }
    if (entries.isEmpty())
        ctx.out << u"the outbox is empty\n"_s;
    for (const OutboxEntry &e : entries) {
        ctx.out << e.id << u"  "_s << e.state.leftJustified(9) << e.kind.leftJustified(26) << e.table << u'/' << e.rowId
                << u"  "_s << QString::fromUtf8(QJsonDocument(e.set).toJson(QJsonDocument::Compact)) << u'\n';
        if (e.state == u"rejected"_s)
            ctx.out << u"    rejected (%1): %2\n"_s.arg(e.errorCode, e.errorMessage);
    }
    return Ok;
}

int runConflicts(CliContext &ctx)
{
    const QString resolve = SyncSession::takeValue(ctx.args, u"--resolve"_s);
    const QString keep = SyncSession::takeValue(ctx.args, u"--keep"_s);
    SyncSession session(ctx);
    if (!ctx.args.isEmpty() || (!resolve.isEmpty() && keep != u"mine"_s && keep != u"theirs"_s))
        return ctx.usage(u"--profile DIR conflicts [--json] [--resolve ID --keep mine|theirs]"_s);
    if (!session.open())
        return Failure;
    SyncEngine &engine = session.engine();
    if (!resolve.isEmpty()) {
        if (!engine.resolveConflict(resolve, keep == u"mine"_s))
            return ctx.fail(u"no open conflict %1"_s.arg(resolve));
        ctx.out << (keep == u"mine"_s ? u"kept your value; it is sent at the next sync\n"_s
                                      : u"kept the server's value\n"_s);
        return Ok;
    }
    const QList<SyncConflict> list = engine.conflicts();
    if (ctx.json) {
        QJsonArray arr;
        for (const SyncConflict &c : list)
            arr.append(c.toJson());
        ctx.printJson(QJsonObject{{u"conflicts"_s, arr}});
        return Ok;
    }
    if (list.isEmpty())
        ctx.out << u"no conflicts\n"_s;
    auto show = [](const QJsonValue &v) {
        return v.isString() ? v.toString()
                            : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    };
    for (const SyncConflict &c : list)
        ctx.out << c.id << u"  "_s << c.table << u'/' << c.rowId << u'.' << c.field << u": server has \""_s
                << show(c.theirs) << u"\", you had \""_s << show(c.mine) << u"\" (was \""_s << show(c.base)
                << u"\")\n"_s;
    return Ok;
}

} // namespace panorama::cli
