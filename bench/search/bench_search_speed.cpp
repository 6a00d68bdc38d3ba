// Speed at scale: 10k synthetic articles + 200k resolved cases (bilingual, deterministic seed). Index build
// time, memory and query latency of the hybrid search, and Xapian BM25 over the same documents in the same run.
// Usage: bench_search_speed [--articles N] [--cases N] [--queries N] [--db FILE] [--no-xapian]
//        [--posting-budget N] [--candidates N] (SearchConfig, for ablations)
// --db keeps the encrypted cache (bench key, synthetic data) and reuses it when it exists: the build is then
// skipped and the run measures the open (stored HNSW graph) and the queries.
#include "SyntheticCorpus.h"
#include "XapianBaseline.h"

#include "core/search/Evaluation.h"
#include "core/search/SearchEngine.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::search;
using namespace panorama::bench;

namespace {

// Resident and peak resident memory of this process, from /proc/self/status (kB).
QPair<qint64, qint64> memoryKb()
{
    QFile f(u"/proc/self/status"_s);
    qint64 rss = 0, hwm = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').first().toLongLong();
            if (line.startsWith("VmHWM:"))
                hwm = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return {rss, hwm};
}

// CPU time of this thread: on a shared, loaded machine the wall-clock latency includes waiting for a core;
// the CPU time is what a query costs when it has one.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString ms(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int articles = 10000, cases = 200000, queries = 500;
    QString dbPath;
    bool withXapian = true;
    SearchConfig config;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--no-xapian"_s) {
            withXapian = false;
            continue;
        }
        if (i + 1 >= args.size())
            break;
        if (args[i] == u"--db"_s)
            dbPath = args[++i];
        else if (args[i] == u"--articles"_s)
            articles = args[++i].toInt();
        else if (args[i] == u"--posting-budget"_s)
            config.postingBudget = args[++i].toInt();
        else if (args[i] == u"--candidates"_s)
            config.candidates = args[++i].toInt();
        else if (args[i] == u"--cases"_s)
            cases = args[++i].toInt();
        else if (args[i] == u"--queries"_s)
            queries = args[++i].toInt();
    }
    QList<SearchDocument> docs = syntheticArticles(articles, 7) + syntheticCases(cases, 11);
    const QStringList qs = syntheticQueries(queries, 13);
    out << "corpus: " << articles << " articles + " << cases << " cases (synthetic, seeds 7/11), " << queries
        << " queries (seed 13)\n";
    const auto memStart = memoryKb();

    QTemporaryDir dir;
    QByteArray key(32, Qt::Uninitialized);
    if (dbPath.isEmpty())
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    else
        key = QCryptographicHash::hash("panorama bench_search_speed (synthetic data)", QCryptographicHash::Sha256);
    const QString path = dbPath.isEmpty() ? dir.filePath(u"speed.db"_s) : dbPath;
    QElapsedTimer t;
    double buildS = 0, reopenS = 0;
    qint64 rssAfterBuild = 0;
    if (QFileInfo::exists(path)) {
        out << "reusing the cache " << path << " (no build)\n";
    } else {
        auto db = Database::open(path, DatabaseKey::raw(key), {.create = true});
        SearchEngine engine(*db, config);
        t.start();
        engine.addDocuments(docs);
        buildS = t.elapsed() / 1000.0;
        rssAfterBuild = memoryKb().first;
        const EngineStats s = engine.stats();
        out << "panorama build: " << buildS << " s; encoder " << s.encoder << " dim " << s.encoderDimension
            << "; vectors " << s.vectors << (s.hnsw ? " (HNSW)" : " (exact)") << ", vector memory "
            << s.vectorMemoryBytes / (1024 * 1024) << " MiB\n";
    }
    out << "panorama cache file: " << QFileInfo(path).size() / (1024 * 1024) << " MiB (encrypted)\n";
    auto db = Database::open(path, DatabaseKey::raw(key));
    t.restart();
    SearchEngine engine(*db, config);
    reopenS = t.elapsed() / 1000.0;
    out << "panorama open (load the stored HNSW graph or rebuild it): " << reopenS << " s; graph "
        << (engine.stats().graphLoaded ? "loaded from the cache" : "built") << "\n";
    const auto memAfter = memoryKb();
    out << "memory: RSS " << memAfter.first / 1024 << " MiB after reopen (" << rssAfterBuild / 1024
        << " MiB after build; " << memStart.first / 1024 << " MiB holding the generated corpus), peak "
        << memAfter.second / 1024 << " MiB\n";

    XapianBaseline xapian;
    if (withXapian) {
        t.restart();
        xapian.index(docs);
        const double xapianBuildS = t.elapsed() / 1000.0;
        out << "xapian build (in-memory backend): " << xapianBuildS << " s\n";
    }
    docs.clear();

    double partLex = 0, partDense = 0, partAssemble = 0;
    QList<double> lexParts, denseParts, assembleParts, cpu;
    auto runMode = [&](bool lexical, bool dense) {
        partLex = partDense = partAssemble = 0;
        lexParts.clear();
        denseParts.clear();
        assembleParts.clear();
        cpu.clear();
        QList<double> lat;
        for (const QString &q : qs) {
            SearchRequest req;
            req.query = q;
            req.limit = 10;
            req.useLexical = lexical;
            req.useDense = dense;
            QElapsedTimer qt;
            const double cpu0 = threadCpuMs();
            qt.start();
            const SearchResults r = engine.search(req);
            lat.append(qt.nsecsElapsed() / 1e6);
            cpu.append(threadCpuMs() - cpu0);
            partLex += r.lexicalMs / qs.size();
            partDense += r.denseMs / qs.size();
            partAssemble += r.assembleMs / qs.size();
            lexParts.append(r.lexicalMs);
            denseParts.append(r.denseMs);
            assembleParts.append(r.assembleMs);
        }
        return lat;
    };
    runMode(true, true); // warm the caches once, as an agent's session would be
    const QList<double> hybrid = runMode(true, true);
    const QList<double> hybridCpu = cpu;
    out << "hybrid mean split: analysis+lexical " << ms(partLex) << " ms, embedding+vectors " << ms(partDense)
        << " ms, fusion+snippets " << ms(partAssemble) << " ms; p95 of each: " << ms(eval::percentile(lexParts, 95))
        << " / " << ms(eval::percentile(denseParts, 95)) << " / " << ms(eval::percentile(assembleParts, 95)) << " ms\n";
    const QList<double> lexical = runMode(true, false);
    const QList<double> lexicalCpu = cpu;
    const QList<double> dense = runMode(false, true);
    const QList<double> denseCpu = cpu;
    QList<double> xl, xlCpu;
    for (const QString &q : withXapian ? qs : QStringList()) {
        QElapsedTimer qt;
        const double cpu0 = threadCpuMs();
        qt.start();
        xapian.search(q, 10);
        xl.append(qt.nsecsElapsed() / 1e6);
        xlCpu.append(threadCpuMs() - cpu0);
    }
    auto row = [&](const QString &name, const QList<double> &l) {
        out << name.leftJustified(28) << "p50 " << ms(eval::percentile(l, 50)).rightJustified(7) << "  p95 "
            << ms(eval::percentile(l, 95)).rightJustified(7) << "  p99 "
            << ms(eval::percentile(l, 99)).rightJustified(7) << " ms\n";
    };
    row(u"panorama hybrid (+snippets)"_s, hybrid);
    row(u"  CPU time"_s, hybridCpu);
    row(u"panorama lexical only"_s, lexical);
    row(u"  CPU time"_s, lexicalCpu);
    row(u"panorama dense only"_s, dense);
    row(u"  CPU time"_s, denseCpu);
    if (!withXapian)
        return 0;
    row(u"xapian bm25"_s, xl);
    row(u"  CPU time"_s, xlCpu);
    out << "CPU-time p95 ratio hybrid / xapian: "
        << QString::number(eval::percentile(hybridCpu, 95) / std::max(1e-9, eval::percentile(xlCpu, 95)), 'f', 1)
        << "\n";
    out << "p95 ratio hybrid / xapian: "
        << QString::number(eval::percentile(hybrid, 95) / std::max(1e-9, eval::percentile(xl, 95)), 'f', 1)
        << "; p50 ratio: "
        << QString::number(eval::percentile(hybrid, 50) / std::max(1e-9, eval::percentile(xl, 50)), 'f', 1) << "\n";
    return 0;
}
