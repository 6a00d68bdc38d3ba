// Sync benchmarks (docs/bench/sync.md): prints figures, asserts nothing about time.
//   bench_sync [--customers N] [--orders N] [--clients N] [--mutations N] [--samples N] [--backend
//   sqlite|postgresql|both]
#include "SyncTestSupport.h"

#include "core/sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <atomic>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::testing;

namespace {

QTextStream out(stdout);

struct Args
{
    int customers = 100000;
    int orders = 1000000;
    int clients = 50;
    int mutations = 40; // per client
    int samples = 40;
    QString backend = u"both"_s;
    QString only; // init | push | latency; empty = all
    int pageSize = 10000;
    int pushBatch = 10;
    int serverThreads = 16;
    QString dataDir; // --data-dir: keep the imported server database there and reuse it on the next run
};

void writeBulk(const QString &dir, const Args &a, QStringList *ticketIds)
{
    QDir().mkpath(dir);
    auto open = [&](const char *name) {
        auto f = std::make_unique<QFile>(dir + u'/' + QString::fromLatin1(name));
        f->open(QIODevice::WriteOnly);
        return f;
    };
    auto line = [](QFile &f, const QJsonObject &o) {
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        f.write("\n");
    };
    auto stores = open("stores.jsonl");
    QStringList storeIds;
    for (int s = 0; s < 20; ++s) {
        storeIds << SyncProtocol::uuidV7();
        line(*stores, {{u"id"_s, storeIds.last()},
                       {u"code"_s, u"S%1"_s.arg(s)},
                       {u"name"_s, u"门店%1"_s.arg(s)},
                       {u"region"_s, s < 10 ? u"east"_s : u"north"_s}});
    }
    auto customers = open("customers.jsonl");
    auto identities = open("identities.jsonl");
    auto addresses = open("addresses.jsonl");
    auto tickets = open("tickets.jsonl");
    QStringList customerIds;
    customerIds.reserve(a.customers);
    const qint64 t0 = 1767225600000LL;
    for (int i = 0; i < a.customers; ++i) {
        const QString id = SyncProtocol::uuidV7();
        customerIds << id;
        line(*customers, {{u"id"_s, id},
                          {u"display_name"_s, u"张伟%1"_s.arg(i)},
                          {u"gender"_s, u"male"_s},
                          {u"home_store_id"_s, storeIds[i % 20]},
                          {u"created_at"_s, t0 + i},
                          {u"height_cm"_s, 170}});
        line(*identities, {{u"id"_s, SyncProtocol::uuidV7()},
                           {u"customer_id"_s, id},
                           {u"kind"_s, u"phone"_s},
                           {u"channel"_s, u"web"_s},
                           {u"value"_s, u"138%1"_s.arg(i, 8, 10, QChar(u'0'))}});
        line(*addresses, {{u"id"_s, SyncProtocol::uuidV7()},
                          {u"customer_id"_s, id},
                          {u"recipient"_s, u"张伟"_s},
                          {u"phone"_s, u"139%1"_s.arg(i, 8, 10, QChar(u'0'))},
                          {u"province"_s, u"浙江"_s},
                          {u"city"_s, u"杭州"_s},
                          {u"line"_s, u"西湖区文三路%1号"_s.arg(i)}});
        if (i < 2000) {
            ticketIds->append(SyncProtocol::uuidV7());
            line(*tickets, {{u"id"_s, ticketIds->last()},
                            {u"ticket_no"_s, u"T%1"_s.arg(i + 1, 8, 10, QChar(u'0'))},
                            {u"customer_id"_s, id},
                            {u"subject"_s, u"size"_s},
                            {u"status"_s, u"open"_s},
                            {u"channel"_s, u"phone"_s},
                            {u"created_at"_s, t0}});
        }
    }
    auto orders = open("orders.jsonl");
    for (int i = 0; i < a.orders; ++i)
        line(*orders, {{u"id"_s, SyncProtocol::uuidV7()},
                       {u"order_no"_s, u"LL2601%1"_s.arg(i, 10, 10, QChar(u'0'))},
                       {u"customer_id"_s, customerIds[i % a.customers]},
                       {u"channel"_s, u"web"_s},
                       {u"status"_s, u"delivered"_s},
                       {u"placed_at"_s, t0 + i},
                       {u"total_cents"_s, 29900},
                       {u"payment_method"_s, u"alipay"_s}});
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))];
}

void initialSync(const Backend &b, const QString &dir, const Args &a)
{
    QStringList tickets;
    QElapsedTimer t;
    t.start();
    double importS = 0;
    const QString marker = b.dataDir + u"/bench-imported"_s;
    if (a.dataDir.isEmpty() || !QFile::exists(marker)) {
        writeBulk(dir + u"/data"_s, a, &tickets);
        out << "generated " << a.customers << " customers / " << a.orders << " orders in " << t.elapsed() << " ms\n";
        t.restart();
        QString log;
        runServerCommand(b, {u"import"_s, dir + u"/data"_s}, &log);
        importS = double(t.elapsed()) / 1000.0;
        addUser(b, u"agent1"_s, u"agent"_s);
        QDir(dir + u"/data"_s).removeRecursively();
        QFile f(marker);
        f.open(QIODevice::WriteOnly);
    }
    QFile::remove(dir + u"/cache.db"_s);
    ServerProcess server(b, {u"--rate-limit"_s, u"100000"_s});
    server.start();
    SyncEngine::Options o;
    o.keepRunning = false;
    o.pageSize = a.pageSize;
    o.requestTimeoutMs = 120000;
    Client c(dir + u"/cache.db"_s, server.url(), o);
    c.login(u"agent1"_s);
    t.restart();
    const bool ok = c.sync(3600000);
    const double s = double(t.elapsed()) / 1000.0;
    const qint64 rows = c.engine().lastReport().pulledRows;
    out << "initial sync [" << (b.dbUrl.isEmpty() ? "sqlite" : "postgresql") << "]: " << rows << " rows in "
        << QString::number(s, 'f', 1) << " s = " << QString::number(double(rows) / s, 'f', 0)
        << " rows/s into the encrypted cache (" << c.engine().lastReport().pages << " pages, ok=" << ok
        << (ok ? QString() : u" "_s + c.lastError()) << "); server import " << QString::number(importS, 'f', 1)
        << " s = " << QString::number(importS > 0 ? double(rows) / importS : 0.0, 'f', 0) << " rows/s\n";
    out.flush();
}

void pushThroughput(const Backend &b, const QString &dir, const Args &a, const QString &name)
{
    QStringList tickets;
    Args small = a;
    small.customers = 2000;
    small.orders = 0;
    writeBulk(dir + u"/small"_s, small, &tickets);
    runServerCommand(b, {u"import"_s, dir + u"/small"_s});
    for (int i = 0; i < a.clients; ++i)
        addUser(b, u"p%1"_s.arg(i), u"agent"_s);
    ServerProcess server(b, {u"--rate-limit"_s, u"100000"_s, u"--threads"_s, QString::number(a.serverThreads)});
    server.start();
    SyncEngine::Options o;
    o.keepRunning = false;
    o.pushBatch = a.pushBatch; // small batches: many concurrent requests
    o.pageSize = 5000;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < a.clients; ++i) {
        clients.push_back(std::make_unique<Client>(dir + u"/p%1.db"_s.arg(i), server.url(), o));
        clients.back()->login(u"p%1"_s.arg(i));
        clients.back()->sync(600000);
        for (int k = 0; k < a.mutations; ++k) {
            const QString t = tickets[(i * 37 + k) % tickets.size()];
            if (k % 2)
                clients.back()->engine().editor().addNote(t, u"bench note %1"_s.arg(k));
            else
                clients.back()->engine().editor().setTicketStatus(t, k % 4 ? u"pending"_s : u"open"_s);
        }
    }
    // Every client on its own thread, as on separate workstations: their cache commits overlap like the real ones.
    std::atomic<int> finished{0}, failed{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (auto &c : clients) {
        SyncEngine *e = &c->engine();
        QObject::connect(
            e, &SyncEngine::syncFinished, e, [&] { ++finished; }, Qt::DirectConnection);
        QObject::connect(
            e, &SyncEngine::syncFailed, e, [&] { ++failed; }, Qt::DirectConnection);
        threads.push_back(std::make_unique<QThread>());
        threads.back()->start();
        e->moveToThread(threads.back().get());
    }
    QElapsedTimer t;
    t.start();
    for (auto &c : clients) {
        SyncEngine *e = &c->engine();
        QMetaObject::invokeMethod(e, [e] { e->syncNow(); });
    }
    waitFor([&] { return finished + failed >= a.clients; }, 3600000);
    const double s = double(t.elapsed()) / 1000.0;
    const int total = a.clients * a.mutations;
    QThread *home = QThread::currentThread();
    for (auto &c : clients) {
        SyncEngine *e = &c->engine();
        QMetaObject::invokeMethod(
            e, [e, home] { e->moveToThread(home); }, Qt::BlockingQueuedConnection);
    }
    for (auto &th : threads) {
        th->quit();
        th->wait();
    }
    if (failed > 0)
        out << "push [" << name << "]: " << failed << " clients failed\n";
    out << "push [" << name << "]: " << a.clients << " concurrent clients, " << total << " mutations in "
        << QString::number(s, 'f', 2) << " s = " << QString::number(double(total) / s, 'f', 0) << " mutations/s\n";
    out.flush();
}

void latency(const Backend &b, const QString &dir, const Args &a, const QString &name)
{
    QStringList tickets;
    Args small = a;
    small.customers = 500;
    small.orders = 0;
    writeBulk(dir + u"/lat"_s, small, &tickets);
    runServerCommand(b, {u"import"_s, dir + u"/lat"_s});
    addUser(b, u"writer"_s, u"supervisor"_s);
    addUser(b, u"reader"_s, u"agent"_s);
    ServerProcess server(b);
    server.start();
    SyncEngine::Options live;
    live.pollIntervalMs = 0;
    Client writer(dir + u"/w.db"_s, server.url(), live), reader(dir + u"/r.db"_s, server.url(), live);
    writer.login(u"writer"_s);
    reader.login(u"reader"_s);
    writer.sync();
    reader.engine().start();
    waitFor([&] { return reader.engine().state() == SyncEngine::State::Idle; });
    writer.engine().start();
    QTest::qWait(500);
    QList<double> ms;
    const QStringList statuses = {u"pending"_s, u"open"_s};
    for (int i = 0; i < a.samples; ++i) {
        const QString t = tickets[i % tickets.size()];
        const QString want = statuses[i % 2] == reader.text("SELECT status FROM tickets WHERE id = ?", t)
                                 ? statuses[(i + 1) % 2]
                                 : statuses[i % 2];
        QElapsedTimer clock;
        clock.start();
        writer.engine().editor().setTicketStatus(t, want);
        writer.engine().syncNow();
        if (waitFor([&] { return reader.text("SELECT status FROM tickets WHERE id = ?", t) == want; }, 10000))
            ms << double(clock.nsecsElapsed()) / 1e6;
        QTest::qWait(20);
    }
    out << "edit-to-visible [" << name << "]: " << ms.size() << " samples, p50 "
        << QString::number(percentile(ms, 0.5), 'f', 1) << " ms, p95 " << QString::number(percentile(ms, 0.95), 'f', 1)
        << " ms, max " << QString::number(percentile(ms, 1.0), 'f', 1) << " ms (WebSocket notification, loopback)\n";
    out.flush();
    reader.engine().stop();
    writer.engine().stop();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Args a;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString k = args[i], v = args[i + 1];
        if (k == u"--customers"_s)
            a.customers = v.toInt();
        else if (k == u"--orders"_s)
            a.orders = v.toInt();
        else if (k == u"--clients"_s)
            a.clients = v.toInt();
        else if (k == u"--mutations"_s)
            a.mutations = v.toInt();
        else if (k == u"--samples"_s)
            a.samples = v.toInt();
        else if (k == u"--backend"_s)
            a.backend = v;
        else if (k == u"--only"_s)
            a.only = v;
        else if (k == u"--page-size"_s)
            a.pageSize = v.toInt();
        else if (k == u"--push-batch"_s)
            a.pushBatch = v.toInt();
        else if (k == u"--server-threads"_s)
            a.serverThreads = v.toInt();
        else if (k == u"--data-dir"_s)
            a.dataDir = v;
    }
    QTemporaryDir tmp;
    const bool pg = a.backend != u"sqlite"_s;
    const bool lite = a.backend != u"postgresql"_s;
    auto want = [&](const QString &part) { return a.only.isEmpty() || a.only == part; };
    if (lite) {
        if (want(u"init"_s)) {
            const QString root = a.dataDir.isEmpty() ? tmp.path() : a.dataDir;
            Backend b{root + u"/sqlite-init"_s, {}};
            initialSync(b, root + u"/init"_s, a);
        }
        if (want(u"push"_s)) {
            Backend p{tmp.filePath(u"sqlite-push"_s), {}};
            pushThroughput(p, tmp.filePath(u"push"_s), a, u"sqlite"_s);
        }
        if (want(u"latency"_s)) {
            Backend l{tmp.filePath(u"sqlite-lat"_s), {}};
            latency(l, tmp.filePath(u"lat"_s), a, u"sqlite"_s);
        }
    }
    if (pg && (want(u"push"_s) || want(u"latency"_s))) {
        QString why;
        const QString url = createPostgresDatabase(&why);
        if (url.isEmpty()) {
            out << "postgresql: skipped (" << why << ")\n";
        } else {
            if (want(u"push"_s)) {
                Backend p{{}, url};
                pushThroughput(p, tmp.filePath(u"pgpush"_s), a, u"postgresql"_s);
            }
            dropPostgresDatabase(url);
            if (want(u"latency"_s)) {
                const QString url2 = createPostgresDatabase(&why);
                Backend l{{}, url2};
                latency(l, tmp.filePath(u"pglat"_s), a, u"postgresql"_s);
                dropPostgresDatabase(url2);
            }
        }
    }
    return 0;
}
