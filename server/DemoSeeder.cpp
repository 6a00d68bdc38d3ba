#include "server/DemoSeeder.h"

#include "server/JsonlTransfer.h"
#include "server/ServerCore.h"
#include "server/ServerError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace panorama::server {

DemoSeeder::DemoSeeder(ServerCore &core) : m_core(core) {}

QString DemoSeeder::demoPassword()
{
    return u"panorama-demo"_s;
}

QString DemoSeeder::generate(const QString &outDir, int customers)
{
    // panoramactl sits next to us when installed, or in the sibling cli/ folder of a build tree.
    const QString here = QCoreApplication::applicationDirPath();
    QStringList candidates = {here + u"/panoramactl"_s, here + u"/../cli/panoramactl"_s};
    const QString onPath = QStandardPaths::findExecutable(u"panoramactl"_s);
    if (!onPath.isEmpty())
        candidates << onPath;
    QString tool;
    for (const QString &c : candidates) {
        if (QFileInfo(c).isExecutable()) {
            tool = c;
            break;
        }
    }
    if (tool.isEmpty())
        throw ApiError(500, u"internal"_s, u"--demo needs panoramactl (demo-data) next to panorama-server"_s);
    QProcess p;
    p.start(tool, {u"demo-data"_s, u"--out"_s, outDir, u"--customers"_s, QString::number(customers), u"--orders"_s,
                   QString::number(customers * 5), u"--tickets"_s, QString::number(customers)});
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw ApiError(
            500, u"internal"_s,
            u"panoramactl demo-data failed: %1"_s.arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    return tool;
}

QString DemoSeeder::seed(int customers)
{
    ServerDb &db = m_core.db();
    if (db.scalar(u"SELECT value FROM settings WHERE key = 'demo_seeded'"_s).toString() == u"1"_s)
        return u"demo data already present"_s;
    QTemporaryDir tmp;
    generate(tmp.path(), customers);
    JsonlTransfer transfer(m_core);
    const JsonlTransfer::Result imported = transfer.importDirectory(tmp.path(), u"demo"_s);
    struct DemoUser
    {
        QString username, role;
    };
    const QList<DemoUser> users = {{u"agent"_s, u"agent"_s},
                                   {u"supervisor"_s, u"supervisor"_s},
                                   {u"store"_s, u"store_staff"_s},
                                   {u"admin"_s, u"admin"_s}};
    for (const DemoUser &du : users) {
        if (db.scalar(u"SELECT 1 FROM users WHERE username = ?"_s, {du.username}).isValid())
            continue;
        NewUser nu{du.username, demoPassword(), du.role, {}, {}, {}, {}};
        // Bind the demo user to a staff member of that role, so the agent's queue and the store are real.
        QSqlQuery q = db.exec(u"SELECT id, store_id, team, display_name FROM staff WHERE role = ? AND deleted = 0"
                              " AND id NOT IN (SELECT id FROM users) ORDER BY username LIMIT 1"_s,
                              {du.role});
        QString staffId;
        if (q.next()) {
            staffId = q.value(0).toString();
            nu.storeId = q.value(1).toString();
            nu.team = q.value(2).toString();
            nu.displayName = q.value(3).toString();
        }
        if (du.role == u"store_staff"_s && nu.storeId.isEmpty())
            nu.storeId = db.scalar(u"SELECT id FROM stores ORDER BY code LIMIT 1"_s).toString();
        if (du.role == u"store_staff"_s && nu.storeId.isEmpty())
            continue; // no stores in the data: no store user
        m_core.accounts().addUser(nu, u"demo"_s, staffId);
    }
    db.write([&] { db.exec(u"INSERT INTO settings (key, value) VALUES ('demo_seeded', '1')"_s); });
    return u"demo data seeded: %1 rows; users agent, supervisor, store, admin (password %2)"_s.arg(imported.total)
        .arg(demoPassword());
}

} // namespace panorama::server
