#include "server/AdminCommands.h"

#include "server/JsonlTransfer.h"
#include "server/ServerCore.h"
#include "server/ServerError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace panorama::server {

namespace {

QString option(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}

int userCommand(ServerCore &core, QStringList args, QTextStream &out, QTextStream &err)
{
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (verb == u"add"_s) {
        NewUser nu;
        nu.username = option(args, u"--username"_s);
        nu.role = option(args, u"--role"_s);
        nu.storeId = option(args, u"--store"_s);
        nu.region = option(args, u"--region"_s);
        nu.team = option(args, u"--team"_s);
        nu.displayName = option(args, u"--display-name"_s);
        if (!args.contains(u"--password-stdin"_s) || nu.username.isEmpty() || nu.role.isEmpty()) {
            err << "usage: panorama-server ... user add --username U --role R [--store ID] [--region R] [--team T]"
                   " --password-stdin\n";
            return 2;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << "cannot read the password from standard input\n";
            return 1;
        }
        nu.password = QString::fromUtf8(in.readLine()).trimmed();
        const AuthUser u = core.accounts().addUser(nu, u"admin-cli"_s);
        out << "added " << u.username << " (" << u.role << ") id " << u.id << '\n';
        return 0;
    }
    if ((verb == u"disable"_s || verb == u"enable"_s) && args.size() == 1) {
        core.accounts().setDisabled(args.first(), verb == u"disable"_s, u"admin-cli"_s);
        out << verb << "d " << args.first() << '\n';
        return 0;
    }
    if (verb == u"list"_s) {
        const bool json = args.contains(u"--json"_s);
        QJsonArray list;
        for (const AuthUser &u : core.accounts().users()) {
            QJsonObject o = Accounts::userJson(u);
            o.insert(u"disabled"_s, u.disabled);
            list.append(o);
            if (!json)
                out << u.username.leftJustified(20) << u.role.leftJustified(12) << u.storeId.leftJustified(38)
                    << (u.disabled ? "disabled" : "") << '\n';
        }
        if (json)
            out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    err << "usage: panorama-server ... user add|disable U|enable U|list [--json]\n";
    return 2;
}

} // namespace

int runAdminCommand(ServerCore &core, const QStringList &command, QTextStream &out, QTextStream &err)
{
    QStringList args = command;
    const QString name = args.takeFirst();
    try {
        if (name == u"migrate"_s) {
            out << "schema up to date\n";
            return 0;
        }
        if (name == u"user"_s)
            return userCommand(core, args, out, err);
        if (name == u"import"_s && args.size() == 1) {
            JsonlTransfer t(core);
            const auto r = t.importDirectory(args.first(), u"admin-cli"_s, [&](const QString &table, qint64 n) {
                err << "\r" << table << ": " << n << " rows" << Qt::flush;
            });
            err << '\n';
            out << "imported " << r.total << " rows\n";
            return 0;
        }
        if (name == u"export"_s) {
            const QString dir = option(args, u"--out"_s);
            if (dir.isEmpty()) {
                err << "usage: panorama-server ... export --out DIR\n";
                return 2;
            }
            JsonlTransfer t(core);
            const auto r = t.exportDirectory(dir, u"admin-cli"_s);
            out << "exported " << r.total << " rows to " << dir << '\n';
            return 0;
        }
        if (name == u"audit"_s && args == QStringList{u"verify"_s}) {
            const AuditLog::Verdict v = core.audit().verify();
            if (v.ok) {
                out << "audit log intact: " << v.records << " records\n";
                return 0;
            }
            err << "audit log BROKEN at record " << v.firstBadSeq << ": " << v.problem << '\n';
            return 1;
        }
    } catch (const ApiError &e) {
        err << "panorama-server: " << e.message() << '\n';
        return 1;
    } catch (const DbError &e) {
        err << "panorama-server: " << e.message() << '\n';
        return 1;
    }
    err << "panorama-server: unknown command '" << command.join(u' ') << "'\n" << ServerOptions::usage();
    return 2;
}

} // namespace panorama::server
