#include "EngineBenchWorld.h"

#include "core/demo/DemoGenerator.h"
#include "server/JsonlTransfer.h"
#include "server/ServerSchema.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace panorama::bench {

QString EngineBenchWorld::build(int customers)
{
    if (!dir.isValid())
        return u"cannot create a temporary directory"_s;
    demo::DemoOptions o;
    o.customers = customers;
    o.orders = customers * 5LL;
    o.tickets = customers;
    if (const QString why = demo::DemoGenerator::validate(o); !why.isEmpty())
        return why;
    QElapsedTimer t;
    t.start();
    demo::DemoGenerator(o).run(dir.filePath(u"demo"_s), true);
    generateSeconds = t.nsecsElapsed() / 1e9;
    server::ServerOptions options;
    options.db = server::DbConfig::sqlite(dir.filePath(u"server.db"_s));
    core = std::make_unique<server::ServerCore>(options);
    server::ServerSchema::migrate(core->db());
    t.restart();
    importedRows = server::JsonlTransfer(*core).importDirectory(dir.filePath(u"demo"_s), u"bench"_s).total;
    importSeconds = t.nsecsElapsed() / 1e9;
    return {};
}

bool EngineBenchWorld::buildFromArguments(const QStringList &args, const char *program)
{
    customers = intOption(args, u"--customers"_s, 2000);
    if (const QString e = build(customers); !e.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", program, qPrintable(e));
        return false;
    }
    return true;
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

qint64 EngineBenchWorld::count(const QString &sql)
{
    return core->db().scalar(sql).toLongLong();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(std::ceil(p * double(v.size())) - 1));
    return v[i];
}

} // namespace panorama::bench
