// A workstation process for the crash test: opens an existing encrypted cache, logs in and runs one sync cycle,
// printing a line per push batch ("pushed") and per applied page ("page") so the test knows when to SIGKILL it.
#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace panorama;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 7) {
        QTextStream(stderr) << "usage: sync_child CACHE KEYHEX URL USER PASSWORD PAGESIZE\n";
        return 2;
    }
    auto db = Database::open(a[1], DatabaseKey::raw(QByteArray::fromHex(a[2].toLatin1())));
    SyncEngine::Options o;
    o.keepRunning = false;
    o.pageSize = a[6].toInt();
    o.pushBatch = 5;
    SyncEngine engine(*db, QUrl(a[3]), o);
    QTextStream out(stdout);
    QObject::connect(&engine, &SyncEngine::outboxChanged, &app, [&] { out << "pushed" << Qt::endl; });
    QObject::connect(&engine, &SyncEngine::progress, &app,
                     [&](qint64 n, qint64 total) { out << "page " << n << ' ' << total << Qt::endl; });
    QObject::connect(&engine, &SyncEngine::syncFinished, &app, [&](const SyncReport &) {
        out << "done" << Qt::endl;
        app.exit(0);
    });
    QObject::connect(&engine, &SyncEngine::syncFailed, &app, [&](const QString &m) {
        out << "failed " << m << Qt::endl;
        app.exit(1);
    });
    QObject::connect(&engine, &SyncEngine::loggedIn, &app, [&] { engine.syncNow(); });
    QObject::connect(&engine, &SyncEngine::loginFailed, &app, [&](const QString &m) {
        out << "login failed " << m << Qt::endl;
        app.exit(1);
    });
    engine.login(a[4], a[5], u"crash-test"_s);
    return app.exec();
}
