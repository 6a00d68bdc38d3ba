// panoramactl: the headless command-line tool over core/ (scripting, evaluation, offline changes).
#include "cli/Commands.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace panorama::cli;

namespace {

struct Group
{
    QString name;
    int (*run)(CliContext &);
    QString summary;
};

const QList<Group> &groups()
{
    static const QList<Group> list = {
        {u"demo-data"_s, runDemoData, u"generate deterministic demo data as JSON Lines"_s},
        {u"cache"_s, runCache, u"init | import DIR | stats: the encrypted local cache of a profile"_s},
        {u"customer"_s, runCustomer, u"find QUERY: by phone, member ID, order number, name, email, device ID"_s},
        {u"kb"_s, runKb, u"import | search | eval | similarity: the knowledge base"_s},
        {u"size"_s, runSize, u"recommend | eval: the sizing assistant"_s},
        {u"qa"_s, runQa, u"check | eval: quality inspection of agent replies"_s},
        {u"route"_s, runRoute, u"train | classify | eval: ticket classification and routing"_s},
        {u"login"_s, runLogin, u"--user U --password-stdin: log in to panorama-server (creates the profile)"_s},
        {u"logout"_s, runLogout, u"revoke this device's login"_s},
        {u"sync"_s, runSync, u"push the outbox and pull changes from panorama-server"_s},
        {u"outbox"_s, runOutbox, u"changes waiting to be sent (and rejected ones)"_s},
        {u"conflicts"_s, runConflicts, u"fields changed on both sides: list or resolve"_s},
        {u"ticket"_s, runTicket, u"create | note | set-status | assign: offline ticket changes"_s},
    };
    return list;
}

void printHelp(QTextStream &out)
{
    out << u"usage: panoramactl [--profile DIR] [--server URL] [--json] COMMAND [ARGS...]\n\ncommands:\n"_s;
    for (const Group &g : groups())
        out << u"  "_s << g.name.leftJustified(12) << g.summary << u'\n';
    out << u"\nRun 'panoramactl COMMAND --help' for a command's options.\n"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"panoramactl"_s);
    QCoreApplication::setOrganizationName(u"Panorama"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PANORAMA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    CliContext ctx{{}, qEnvironmentVariable("PANORAMA_PROFILE"), qEnvironmentVariable("PANORAMA_SERVER"), false, out,
                   err};

    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u"--"_s)) {
        const QString opt = args.takeFirst();
        if (opt == u"--json"_s) {
            ctx.json = true;
        } else if ((opt == u"--profile"_s || opt == u"--server"_s) && !args.isEmpty()) {
            (opt == u"--profile"_s ? ctx.profileDir : ctx.serverUrl) = args.takeFirst();
        } else if (opt == u"--version"_s) {
            out << u"panoramactl "_s << QCoreApplication::applicationVersion() << u'\n';
            return Ok;
        } else if (opt == u"--help"_s) {
            printHelp(out);
            return Ok;
        } else {
            err << u"panoramactl: unknown or incomplete option "_s << opt << u'\n';
            return Usage;
        }
    }
    if (args.isEmpty()) {
        printHelp(err);
        return Usage;
    }
    const QString name = args.takeFirst();
    // --json may also follow the command anywhere.
    if (args.removeAll(u"--json"_s) > 0)
        ctx.json = true;
    ctx.args = args;
    for (const Group &g : groups()) {
        if (g.name == name)
            return g.run(ctx);
    }
    err << u"panoramactl: unknown command '"_s << name << u"'\n"_s;
    printHelp(err);
    return Usage;
}
