// panoramactl ticket create | note | set-status | assign: ticket changes that work offline and sync later.
#include "cli/Commands.h"
#include "cli/commands/SyncSession.h"
#include "core/sync/SyncError.h"
#include "core/sync/SyncStore.h"

using namespace Qt::StringLiterals;

namespace panorama::cli {

namespace {

const QString kUsage =
    u"--profile DIR ticket create --subject TEXT [--customer ID] [--order ID] [--category C] [--priority P]"
    " [--channel CH] [--language zh-CN|zh-TW|en] [--team T]\n"
    "       panoramactl --profile DIR ticket note TICKET --body TEXT [--public]\n"
    "       panoramactl --profile DIR ticket set-status TICKET new|open|pending|on_hold|solved|closed\n"
    "       panoramactl --profile DIR ticket assign TICKET STAFF_ID|--me [--team T]\n"
    "  TICKET is a ticket id or number (T00001234)."_s;

} // namespace

int runTicket(CliContext &ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(kUsage);
    const QString verb = ctx.args.takeFirst();
    SyncSession session(ctx);
    QString id;
    auto done = [&](const QString &what) {
        if (ctx.json)
            ctx.printJson(QJsonObject{{u"id"_s, id}, {u"queued"_s, true}});
        else
            ctx.out << what << u" (saved offline; 'panoramactl sync' sends it)\n"_s;
        return Ok;
    };
    try {
        if (verb == u"create"_s) {
            LocalEditor::NewTicket t;
            t.subject = SyncSession::takeValue(ctx.args, u"--subject"_s);
            t.customerId = SyncSession::takeValue(ctx.args, u"--customer"_s);
            t.orderId = SyncSession::takeValue(ctx.args, u"--order"_s);
            for (auto [opt, field] : {std::pair{u"--category"_s, &t.category}, std::pair{u"--priority"_s, &t.priority},
                                      std::pair{u"--channel"_s, &t.channel}, std::pair{u"--language"_s, &t.language},
                                      std::pair{u"--team"_s, &t.team}}) {
                const QString v = SyncSession::takeValue(ctx.args, opt);
                if (!v.isEmpty())
                    *field = v;
            }
            if (t.subject.isEmpty() || !ctx.args.isEmpty())
                return ctx.usage(kUsage);
            if (!session.open())
                return Failure;
            id = session.engine().editor().createTicket(t);
            return done(u"created ticket %1"_s.arg(id));
        }
        if (verb == u"note"_s) {
            const QString body = SyncSession::takeValue(ctx.args, u"--body"_s);
            const bool isPublic = ctx.args.removeAll(u"--public"_s) > 0;
            if (ctx.args.size() != 1 || body.isEmpty())
                return ctx.usage(kUsage);
            if (!session.open())
                return Failure;
            LocalEditor &ed = session.engine().editor();
            id = ed.addNote(ed.ticketId(ctx.args.first()), body, isPublic ? u"public"_s : u"internal"_s);
            return done(u"added note %1"_s.arg(id));
        }
        if (verb == u"set-status"_s) {
            if (ctx.args.size() != 2)
                return ctx.usage(kUsage);
            if (!session.open())
                return Failure;
            LocalEditor &ed = session.engine().editor();
            id = ed.setTicketStatus(ed.ticketId(ctx.args[0]), ctx.args[1]);
            return done(u"ticket %1 is now %2"_s.arg(ctx.args[0], ctx.args[1]));
        }
        if (verb == u"assign"_s) {
            const QString team = SyncSession::takeValue(ctx.args, u"--team"_s);
            const bool me = ctx.args.removeAll(u"--me"_s) > 0;
            if (ctx.args.size() != (me ? 1 : 2))
                return ctx.usage(kUsage);
            if (!session.open())
                return Failure;
            LocalEditor &ed = session.engine().editor();
            const QString assignee = me ? SyncStore(session.db()).value(u"user_id"_s) : ctx.args[1];
            if (assignee.isEmpty())
                return ctx.fail(u"--me needs a login first"_s);
            id = ed.assignTicket(ed.ticketId(ctx.args[0]), assignee, team);
            return done(u"ticket %1 assigned to %2"_s.arg(ctx.args[0], assignee));
        }
    } catch (const SyncError &e) {
        return ctx.fail(e.message());
    }
    return ctx.usage(kUsage);
}

} // namespace panorama::cli
