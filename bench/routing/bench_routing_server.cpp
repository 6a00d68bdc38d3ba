// Routing on the server: the demo data imported into a scratch SQLite server database; the server trains its model
// on the labelled ticket history (timed), then
//  - throughput: K new tickets (texts of the built-in seed tickets) inserted as a push would, routed by one
//    RoutingService::poll (classify + rules + roster from the staff table + SLA + suggestion + write);
//  - latency: with the server's worker running (QaRoutingHost, 200 ms poll), one ticket at a time is committed and
//    the time until its row carries the routing decision is measured (what "routed in under a second" means).
//   bench_routing_server [--customers N] [--tickets K] [--latency-runs R]
#include "../qa/EngineBenchWorld.h"

#include "core/routing/LabelledDataset.h"
#include "core/routing/RoutingResources.h"
#include "core/sync/SyncProtocol.h"
#include "server/QaRoutingHost.h"
#include "server/RowStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {

QString insertTicket(server::ServerCore &core, const QString &subject, int n)
{
    const QString id = SyncProtocol::uuidV7();
    core.db().write([&] {
        core.db().allocateVersions(0);
        server::RowStore(core.db()).insert(u"tickets"_s, {{u"id"_s, id},
                                                          {u"ticket_no"_s, u"B%1"_s.arg(n, 8, 10, QChar(u'0'))},
                                                          {u"subject"_s, subject},
                                                          {u"channel"_s, u"web"_s},
                                                          {u"status"_s, u"new"_s},
                                                          {u"created_at"_s, QDateTime::currentMSecsSinceEpoch()}});
    });
    return id;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int tickets = bench::intOption(args, u"--tickets"_s, 1000);
    const int runs = bench::intOption(args, u"--latency-runs"_s, 30);
    bench::EngineBenchWorld world;
    if (!world.buildFromArguments(args, "bench_routing_server"))
        return 1;
    const int customers = world.customers;
    server::ServerCore &core = *world.core;
    std::printf("demo data: %d customers, %lld rows imported, %lld tickets (%lld new)\n", customers, world.importedRows,
                world.count(u"SELECT count(*) FROM tickets"_s),
                world.count(u"SELECT count(*) FROM tickets WHERE status = 'new'"_s));
    server::RoutingService routing(core);
    QElapsedTimer t;
    t.start();
    const server::RoutingService::TrainResult trained = routing.train(u"bench"_s);
    std::printf("training on the ticket history: %.2f s wall (%d labelled tickets, %s, model %s, %lld bytes)\n",
                t.nsecsElapsed() / 1e9, trained.report.value(u"history_examples"_s).toInt(),
                qPrintable(trained.report.value(u"training_source"_s).toString()),
                qPrintable(trained.config.value(u"version"_s).toString()),
                qint64(trained.report.value(u"blob_bytes"_s).toDouble()));
    std::printf("training report: %s\n", QJsonDocument(trained.report).toJson(QJsonDocument::Compact).constData());
    // The imported backlog of new tickets first (not timed), so the next poll sees only the bench tickets.
    while (routing.poll(1000) > 0) {
    }
    const routing::LabelledDataset seed = routing::LabelledDataset::parse(
        routing::RoutingResources::read(u"seed_tickets.csv"_s), u"seed"_s, routing::LabelledDataset::Format::Csv);
    for (int i = 0; i < tickets; ++i)
        insertTicket(core, seed.examples[size_t(i) % seed.size()].text, i);
    t.restart();
    int routed = 0;
    for (int n; (n = routing.poll(tickets)) > 0;)
        routed += n;
    const double seconds = t.nsecsElapsed() / 1e9;
    std::printf("throughput: %d tickets routed in %.3f s = %.2f ms per ticket (%.0f tickets/s), including reads, "
                "roster and writes\n",
                routed, seconds, 1000 * seconds / std::max(1, routed), routed / seconds);

    // Committed -> routed latency with the server's worker thread, in steady state: the QA backlog of the import
    // is worked off first (a backlog delays routing by up to one QA batch).
    server::QaService(core).poll(1 << 30);
    server::QaRoutingHost host(core);
    host.start();
    std::vector<double> latencies;
    for (int i = 0; i < runs; ++i) {
        const QString id = insertTicket(core, seed.examples[size_t(i * 7) % seed.size()].text, tickets + i);
        QElapsedTimer w;
        w.start();
        while (core.db().scalar(u"SELECT routed_at FROM tickets WHERE id = ?"_s, {id}).isNull() && w.elapsed() < 10000)
            QThread::msleep(2);
        latencies.push_back(w.nsecsElapsed() / 1e6);
        QThread::msleep(37); // commits land at different points of the worker's 200 ms cycle
    }
    host.stop();
    std::printf(
        "committed -> routed (worker polling every 200 ms), %d tickets: p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", runs,
        bench::percentile(latencies, 0.5), bench::percentile(latencies, 0.99), bench::percentile(latencies, 1.0));
    const qint64 sla =
        world.count(u"SELECT count(*) FROM tickets WHERE routed_at IS NOT NULL AND sla_due_at IS NULL"_s);
    std::printf("routed tickets without an SLA deadline: %lld\n", sla);
    return 0;
}
