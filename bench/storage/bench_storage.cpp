// Foundation storage benchmark on the demo data (100k customers / 1M orders):
//  - JSONL import into an encrypted (SQLCipher) cache and into a plain SQLite cache with the same schema;
//  - lookups by phone, member ID and order number (p50/p99) and name-prefix search, warm, on both files,
//    so the encryption overhead is a ratio measured in one run;
//  - the encrypted file holds no plaintext phone number or name; sqlite3 cannot read it; a flipped byte in
//    the middle is reported.
// Usage: bench_storage --demo DIR [--work DIR] [--samples N] [--rounds N] [--reuse] [--skip-tamper]
// Each lookup is timed twice: wall clock, and the thread's CPU time (the work itself; on a loaded machine the wall
// clock's tail is the scheduler, not the query). Rounds interleave the two caches; figures are medians over rounds.
#include "core/domain/CustomerDirectory.h"
#include "core/domain/DomainSchema.h"
#include "core/domain/JsonlImporter.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {

struct Samples
{
    QStringList phones, memberIds, orderNos, namePrefixes;
    QSet<QByteArray> allPhones; // every generated phone, for the plaintext scan
    QSet<QByteArray> allNames;  // every generated display name (UTF-8)
};

QList<QJsonObject> readSome(const QString &file, const std::function<void(const QJsonObject &)> &each)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (!line.trimmed().isEmpty())
            each(QJsonDocument::fromJson(line).object());
    }
    return {};
}

Samples collect(const QString &demo, int n)
{
    Samples s;
    QRandomGenerator rng(42);
    QStringList phones, members, orders, names;
    readSome(demo + u"/identities.jsonl"_s, [&](const QJsonObject &o) {
        const QString kind = o.value(u"kind"_s).toString();
        const QString value = o.value(u"value"_s).toString();
        if (kind == u"phone"_s) {
            phones << value;
            s.allPhones.insert(value.toLatin1());
        } else if (kind == u"member_id"_s) {
            members << value;
        }
    });
    readSome(demo + u"/orders.jsonl"_s, [&](const QJsonObject &o) {
        if (rng.bounded(20) == 0)
            orders << o.value(u"order_no"_s).toString();
    });
    readSome(demo + u"/customers.jsonl"_s, [&](const QJsonObject &o) {
        const QString name = o.value(u"display_name"_s).toString();
        names << name;
        s.allNames.insert(name.toUtf8());
    });
    auto pick = [&](const QStringList &from, QStringList &to) {
        for (int i = 0; i < n && !from.isEmpty(); ++i)
            to << from[rng.bounded(int(from.size()))];
    };
    pick(phones, s.phones);
    pick(members, s.memberIds);
    pick(orders, s.orderNos);
    QStringList sampledNames;
    pick(names, sampledNames);
    for (const QString &name : sampledNames) {
        // What an agent types: the first two characters of a Chinese name, the first word of an English one.
        const bool latin = name.at(0).unicode() < 0x2E80;
        s.namePrefixes << (latin ? name.section(u' ', 0, 0) : name.left(2));
    }
    return s;
}

struct Stats
{
    double p50 = 0, p99 = 0, mean = 0; // wall clock, microseconds
    double cpuP50 = 0, cpuP99 = 0;     // thread CPU time, microseconds
    int hits = 0;
};

double threadCpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

double percentile(QList<double> sorted, double p)
{
    std::sort(sorted.begin(), sorted.end());
    return sorted[std::min<qsizetype>(sorted.size() - 1, qsizetype(double(sorted.size()) * p))];
}

double median(QList<double> v)
{
    return percentile(std::move(v), 0.5);
}

Stats measure(CustomerDirectory &dir, const QStringList &queries, int limit)
{
    QList<double> us, cpu;
    us.reserve(queries.size());
    cpu.reserve(queries.size());
    int hits = 0;
    for (const QString &q : queries)
        dir.find(q, limit); // warm pass
    for (const QString &q : queries) {
        QElapsedTimer t;
        const double c0 = threadCpuMicros();
        t.start();
        const auto m = dir.find(q, limit);
        us << t.nsecsElapsed() / 1000.0;
        cpu << threadCpuMicros() - c0;
        hits += m.isEmpty() ? 0 : 1;
    }
    Stats st;
    st.p50 = percentile(us, 0.5);
    st.p99 = percentile(us, 0.99);
    st.cpuP50 = percentile(cpu, 0.5);
    st.cpuP99 = percentile(cpu, 0.99);
    double sum = 0;
    for (double v : us)
        sum += v;
    st.mean = sum / double(us.size());
    st.hits = hits;
    return st;
}

// The median of each figure over rounds.
Stats medianOf(const QList<Stats> &rounds)
{
    auto pick = [&](double Stats::*field) {
        QList<double> v;
        for (const Stats &s : rounds)
            v << s.*field;
        return median(v);
    };
    Stats st;
    st.p50 = pick(&Stats::p50);
    st.p99 = pick(&Stats::p99);
    st.mean = pick(&Stats::mean);
    st.cpuP50 = pick(&Stats::cpuP50);
    st.cpuP99 = pick(&Stats::cpuP99);
    st.hits = rounds.isEmpty() ? 0 : rounds.last().hits;
    return st;
}

// Counts generated phone numbers and names that occur in clear in a file.
qint64 plaintextHits(const QString &path, const Samples &s)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    qint64 hits = 0;
    QByteArray prev;
    while (!f.atEnd()) {
        const QByteArray chunk = prev + f.read(16 << 20);
        const auto *p = reinterpret_cast<const unsigned char *>(chunk.constData());
        const qsizetype n = chunk.size();
        for (qsizetype i = 0; i + 11 <= n; ++i) {
            if (p[i] == '1' && std::all_of(p + i, p + i + 11, [](unsigned char c) { return c >= '0' && c <= '9'; }) &&
                s.allPhones.contains(QByteArray(chunk.constData() + i, 11)))
                ++hits;
            // CJK names are 2-4 characters of 3 UTF-8 bytes each.
            if (p[i] >= 0xE4 && p[i] <= 0xE9) {
                for (int len : {6, 9, 12}) {
                    if (i + len <= n && s.allNames.contains(QByteArray(chunk.constData() + i, len)))
                        ++hits;
                }
            }
        }
        prev = chunk.right(16);
    }
    return hits;
}

DatabaseKey benchKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return DatabaseKey::raw(bytes);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"demo"_s, u"demo-data directory (panoramactl demo-data --out DIR)"_s, u"dir"_s});
    parser.addOption({u"work"_s, u"where the two caches are built (default: a temporary directory)"_s, u"dir"_s});
    parser.addOption({u"samples"_s, u"lookups per kind"_s, u"n"_s, u"5000"_s});
    parser.addOption({u"rounds"_s, u"measurement rounds (medians are reported)"_s, u"n"_s, u"3"_s});
    parser.addOption(
        {u"reuse"_s, u"reuse plain.db / encrypted.db (+ encrypted.key) left in --work by an earlier run"_s});
    parser.addOption({u"skip-tamper"_s, u"skip the flipped-byte check on the large cache"_s});
    parser.addOption({u"lookups-only"_s, u"measure the lookups only (no plaintext scan, sqlite3 or tamper check)"_s});
    parser.process(app);
    const QString demo = parser.value(u"demo"_s);
    if (demo.isEmpty() || !QDir(demo).exists())
        qFatal("--demo DIR is required (generate it with: panoramactl demo-data --out DIR)");
    QTemporaryDir tmp;
    const QString work = parser.isSet(u"work"_s) ? parser.value(u"work"_s) : tmp.path();
    QDir().mkpath(work);
    const int n = parser.value(u"samples"_s).toInt();
    const int rounds = std::max(1, parser.value(u"rounds"_s).toInt());
    const bool reuse = parser.isSet(u"reuse"_s);

    std::printf("# bench_storage on %s (%s)\n", qPrintable(demo), qPrintable(Database::libraryVersion()));
    const Samples samples = collect(demo, n);

    struct Variant
    {
        const char *name;
        DatabaseKey key;
        std::unique_ptr<Database> db;
        QMap<QString, Stats> stats;
        double importSeconds = 0;
        qint64 rows = 0;
    };
    // A throwaway benchmark key, kept next to the benchmark's files so --reuse can reopen them.
    const QString keyPath = work + u"/encrypted.key"_s;
    DatabaseKey encKey = benchKey();
    if (reuse) {
        QFile kf(keyPath);
        if (!kf.open(QIODevice::ReadOnly))
            qFatal("--reuse: no %s from an earlier run", qPrintable(keyPath));
        encKey = DatabaseKey::raw(QByteArray::fromHex(kf.readAll().trimmed()));
    } else {
        QFile kf(keyPath);
        if (!kf.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(keyPath));
        kf.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        kf.write(encKey.bytes().toHex());
    }
    Variant variants[] = {{"plain SQLite", DatabaseKey::plain(), {}, {}, 0, 0}, {"SQLCipher 4", encKey, {}, {}, 0, 0}};
    for (Variant &v : variants) {
        const QString path = work + (v.key.isPlain() ? u"/plain.db"_s : u"/encrypted.db"_s);
        if (reuse) {
            v.db = Database::open(path, v.key, {.create = false, .cacheSizeKiB = 256 * 1024});
            std::printf("reuse  %-13s file %.0f MiB\n", v.name, QFileInfo(path).size() / 1048576.0);
            continue;
        }
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        v.db = Database::open(path, v.key, {.create = true, .cacheSizeKiB = 256 * 1024});
        DomainSchema::migrate(*v.db);
        const auto r = JsonlImporter(*v.db).importDirectory(demo);
        v.importSeconds = r.seconds;
        v.rows = r.totalRows;
        v.db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        std::printf("import %-13s %10lld rows in %6.1f s = %8.0f rows/s, file %.0f MiB\n", v.name,
                    static_cast<long long>(r.totalRows), r.seconds, r.totalRows / r.seconds,
                    QFileInfo(path).size() / 1048576.0);
    }

    std::printf("\n%d rounds, medians over rounds; cpu = the thread's CPU time per lookup\n", rounds);
    std::printf("%-16s %-13s %9s %9s %9s %9s %9s %6s\n", "lookup", "cache", "p50 us", "p99 us", "mean us", "cpu p50",
                "cpu p99", "hits");
    const QList<QPair<QString, QStringList>> kinds = {{u"phone"_s, samples.phones},
                                                      {u"member_id"_s, samples.memberIds},
                                                      {u"order_number"_s, samples.orderNos},
                                                      {u"name_prefix"_s, samples.namePrefixes}};
    // Interleave the two caches kind by kind and round by round so machine noise hits both alike.
    QMap<QString, QList<Stats>> perRound[2];
    for (int r = 0; r < rounds; ++r) {
        for (const auto &[kind, queries] : kinds) {
            for (int vi = 0; vi < 2; ++vi) {
                CustomerDirectory dir(*variants[vi].db);
                perRound[vi][kind] << measure(dir, queries, 20);
            }
        }
    }
    for (const auto &[kind, queries] : kinds) {
        for (int vi = 0; vi < 2; ++vi) {
            const Stats st = medianOf(perRound[vi][kind]);
            variants[vi].stats.insert(kind, st);
            std::printf("%-16s %-13s %9.1f %9.1f %9.1f %9.1f %9.1f %6d/%lld\n", qPrintable(kind), variants[vi].name,
                        st.p50, st.p99, st.mean, st.cpuP50, st.cpuP99, st.hits, static_cast<long long>(queries.size()));
        }
    }
    std::printf("\nencryption overhead on warm reads (SQLCipher / plain, medians):\n");
    for (const auto &[kind, queries] : kinds)
        std::printf("  %-14s p50 %.2fx  mean %.2fx  cpu p50 %.2fx\n", qPrintable(kind),
                    variants[1].stats[kind].p50 / variants[0].stats[kind].p50,
                    variants[1].stats[kind].mean / variants[0].stats[kind].mean,
                    variants[1].stats[kind].cpuP50 / variants[0].stats[kind].cpuP50);
    if (!reuse)
        std::printf("  import time    %.2fx\n", variants[1].importSeconds / variants[0].importSeconds);

    if (parser.isSet(u"lookups-only"_s))
        return 0;
    const QString encPath = work + u"/encrypted.db"_s;
    variants[1].db.reset();
    variants[0].db.reset();
    std::printf("\nplaintext scan of the encrypted cache (%lld phones, %lld names): %lld hits",
                static_cast<long long>(samples.allPhones.size()), static_cast<long long>(samples.allNames.size()),
                static_cast<long long>(plaintextHits(encPath, samples)));
    std::printf("; same scan of the plain cache: %lld hits\n",
                static_cast<long long>(plaintextHits(work + u"/plain.db"_s, samples)));

    QProcess sqlite3;
    sqlite3.start(u"sqlite3"_s, {encPath, u"SELECT count(*) FROM sqlite_master"_s});
    sqlite3.waitForFinished();
    std::printf(
        "sqlite3 on the encrypted cache: exit %d, \"%s\"\n", sqlite3.exitCode(),
        qPrintable(QString::fromUtf8(sqlite3.readAllStandardError() + sqlite3.readAllStandardOutput()).trimmed()));

    if (!parser.isSet(u"skip-tamper"_s)) {
        const QString copy = work + u"/tampered.db"_s;
        QFile::remove(copy);
        QFile::copy(encPath, copy);
        QFile f(copy);
        f.open(QIODevice::ReadWrite);
        const qint64 middle = f.size() / 2 + 123;
        f.seek(middle);
        char c = 0;
        f.getChar(&c);
        f.seek(middle);
        f.putChar(char(c ^ 0x10));
        f.close();
        QElapsedTimer t;
        t.start();
        try {
            auto db = Database::open(copy, variants[1].key);
            const QStringList problems = db->integrityProblems();
            std::printf("flipped byte at offset %lld: %s (%lld problem lines, first: %s) in %.1f s\n",
                        static_cast<long long>(middle), problems.isEmpty() ? "NOT DETECTED" : "detected",
                        static_cast<long long>(problems.size()),
                        problems.isEmpty() ? "-" : qPrintable(problems.first().left(100)), t.elapsed() / 1000.0);
        } catch (const StorageError &e) {
            std::printf("flipped byte at offset %lld: detected on open: %s\n", static_cast<long long>(middle),
                        qPrintable(e.message()));
        }
        QFile::remove(copy);
    }
    return 0;
}
