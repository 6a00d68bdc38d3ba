// panorama-server: the central server (JSON over HTTP under /api/v1, SQLite by default, PostgreSQL in production).
#include "server/AdminCommands.h"
#include "server/DemoSeeder.h"
#include "server/HttpApi.h"
#include "server/Notifier.h"
#include "server/QaRoutingHost.h"
#include "server/ServerCore.h"
#include "server/ServerError.h"
#include "server/ServerSchema.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace panorama::server;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"panorama-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PANORAMA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    ServerOptions options;
    const QString problem = options.parse(app.arguments().mid(1));
    if (problem == u"help"_s) {
        out << ServerOptions::usage();
        return 0;
    }
    if (!problem.isEmpty()) {
        err << "panorama-server: " << problem << "\n\n" << ServerOptions::usage();
        return 2;
    }
    try {
        ServerCore core(options);
        ServerSchema::migrate(core.db());
        if (!options.command.isEmpty())
            return runAdminCommand(core, options.command, out, err);
        if (options.demo) {
            out << DemoSeeder(core).seed(options.demoSize) << Qt::endl;
        }
        QHttpServer http;
        HttpApi api(core);
        api.install(http);
        QaRoutingHost engines(core); // QA over every synced message, routing of every new ticket, SLA alerts
        engines.install(api, http);
        engines.start();
        Notifier notifier(core, http);
        const quint16 port = http.listen(options.listenAddress, options.port);
        if (port == 0) {
            err << "panorama-server: cannot listen on " << options.listenAddress.toString() << ':' << options.port
                << " (address in use or not available)\n";
            return 1;
        }
        if (!options.portFile.isEmpty()) {
            QSaveFile f(options.portFile);
            if (f.open(QIODevice::WriteOnly)) {
                f.write(QByteArray::number(port));
                f.commit();
            }
        }
        out << "panorama-server " << QCoreApplication::applicationVersion() << " listening on http://"
            << options.listenAddress.toString() << ':' << port << "/api/v1 (" << options.db.describe() << ")"
            << Qt::endl;
        return app.exec();
    } catch (const DbError &e) {
        err << "panorama-server: " << e.message() << '\n';
        return 1;
    } catch (const ApiError &e) {
        err << "panorama-server: " << e.message() << '\n';
        return 1;
    }
}
