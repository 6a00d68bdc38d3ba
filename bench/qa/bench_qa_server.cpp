// Server-side QA throughput: the demo data (N customers, N tickets with their messages) imported into a scratch
// SQLite server database, then the server's QA worker (QaService::poll, the code panorama-server runs every 200 ms)
// checks every message in the feed: messages per second, alerts raised. One worker thread, as in the server.
//   bench_qa_server [--customers N] [--batch B]
#include "EngineBenchWorld.h"

#include "server/QaService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace panorama;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int batch = bench::intOption(args, u"--batch"_s, 500);
    bench::EngineBenchWorld world;
    if (!world.buildFromArguments(args, "bench_qa_server"))
        return 1;
    const int customers = world.customers;
    const qint64 messages = world.count(u"SELECT count(*) FROM ticket_messages WHERE deleted = 0"_s);
    std::printf("demo data: %d customers, %lld rows imported (%.1f s generate, %.1f s import), %lld ticket messages\n",
                customers, world.importedRows, world.generateSeconds, world.importSeconds, messages);
    server::QaService qa(*world.core);
    qa.reloadRules();
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu0 = std::clock();
    qint64 checked = 0;
    int rounds = 0;
    for (int n; (n = qa.poll(batch)) > 0; ++rounds)
        checked += n;
    const double seconds = t.nsecsElapsed() / 1e9;
    const double cpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    const qint64 alerts = world.count(u"SELECT count(*) FROM qa_alerts"_s);
    std::printf("QA worker: %lld messages checked in %d batches of <= %d: %.2f s wall, %.2f s CPU\n", checked, rounds,
                batch, seconds, cpu);
    std::printf("throughput: %.0f messages/s (wall), %.0f messages/s per CPU second; coverage %lld/%lld\n",
                checked / seconds, checked / cpu, checked, messages);
    std::printf("alerts written: %lld (%.1f per 100 messages)\n", alerts,
                100.0 * alerts / std::max<qint64>(1, checked));
    QSqlQuery q = world.core->db().exec(
        u"SELECT rule_kind, rule_id, count(*) FROM qa_alerts GROUP BY rule_kind, rule_id ORDER BY count(*) DESC"_s);
    while (q.next())
        std::printf("  %-14s %-34s %lld\n", qPrintable(q.value(0).toString()), qPrintable(q.value(1).toString()),
                    q.value(2).toLongLong());
    return checked == messages ? 0 : 1;
}
