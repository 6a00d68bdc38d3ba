// bench_qa: latency of one check (p50/p99) for a 500-character draft against 200 rules, the shipped rules alone
// for comparison, the phrase automaton against a per-phrase scan, and messages per second on 1 and 2 threads.
// Prints figures; asserts nothing about time.
#include "SyntheticRules.h"

#include "core/qa/QaEngine.h"
#include "core/qa/TextNormalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace panorama::qa;

namespace {

struct Stats
{
    double p50 = 0, p99 = 0, mean = 0;
    double cpuP50 = 0, cpuP99 = 0; // thread CPU time: the check's own cost, without preemption by other processes
};

double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

Stats latency(const QaEngine &engine, const QStringList &drafts, const QaContext &ctx, int rounds)
{
    std::vector<double> us, cpu;
    us.reserve(size_t(drafts.size() * rounds));
    QElapsedTimer t;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &d : drafts) {
            const double c0 = threadCpuUs();
            t.start();
            const QaCheckResult res = engine.check(d, ctx);
            us.push_back(double(t.nsecsElapsed()) / 1000.0);
            cpu.push_back(threadCpuUs() - c0);
            if (res.rulesVersion.isEmpty())
                qFatal("no rules");
        }
    }
    std::sort(us.begin(), us.end());
    std::sort(cpu.begin(), cpu.end());
    Stats s;
    s.cpuP50 = cpu[cpu.size() / 2];
    s.cpuP99 = cpu[size_t(double(cpu.size()) * 0.99)];
    s.p50 = us[us.size() / 2];
    s.p99 = us[size_t(double(us.size()) * 0.99)];
    for (double v : us)
        s.mean += v;
    s.mean /= double(us.size());
    return s;
}

double throughput(const QaEngine &engine, const QStringList &drafts, const QaContext &ctx, int threads, double seconds)
{
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    QList<QThread *> pool;
    for (int t = 0; t < threads; ++t) {
        pool << QThread::create([&, t] {
            qint64 n = 0;
            for (qsizetype i = t; !stop.load(std::memory_order_relaxed); i = (i + 1) % drafts.size()) {
                engine.check(drafts[i], ctx);
                ++n;
            }
            done += n;
        });
    }
    QElapsedTimer timer;
    timer.start();
    for (QThread *th : pool)
        th->start();
    QThread::msleep(qint64(seconds * 1000));
    stop = true;
    for (QThread *th : pool) {
        th->wait();
        delete th;
    }
    return double(done.load()) / (double(timer.nsecsElapsed()) / 1e9);
}

// The naive alternative to the automaton: QString::indexOf for every phrase of every rule.
double naivePhraseScanUs(const QaRuleSet &rules, const QStringList &drafts)
{
    QElapsedTimer t;
    t.start();
    qint64 hits = 0;
    for (const QString &d : drafts) {
        const QString folded = TextNormalizer::fold(d);
        for (const QaRule &r : rules.rules()) {
            for (const QString &p : r.phrases)
                hits += folded.indexOf(p) >= 0 ? 1 : 0;
        }
    }
    if (hits < 0)
        qFatal("impossible");
    return double(t.nsecsElapsed()) / 1000.0 / double(drafts.size());
}

double automatonScanUs(const QaRuleSet &rules, const QStringList &drafts)
{
    QElapsedTimer t;
    t.start();
    qint64 hits = 0;
    for (const QString &d : drafts)
        hits += rules.phraseAutomaton().findAll(TextNormalizer::fold(d)).size();
    if (hits < 0)
        qFatal("impossible");
    return double(t.nsecsElapsed()) / 1000.0 / double(drafts.size());
}

QaContext benchContext()
{
    QString err;
    const QByteArray json = R"({"now":"2026-03-10T10:00:00+08:00","channel":"chat","customer":{"tier":"silver"},
        "order":{"id":"LL20260301001","status":"delivered","delivered_at":"2026-02-20T10:00:00+08:00","category":"tops"},
        "shipment":{"state":"delivered"},
        "conversation":{"messages":[
          {"role":"customer","text":"你好，我买的外套想退货，尺码不合适","at":"2026-03-10T09:58:00+08:00"},
          {"role":"agent","text":"您好，很高兴为您服务，我看一下订单。","at":"2026-03-10T09:58:30+08:00"},
          {"role":"customer","text":"好的，快点，已经等很久了，太慢了","at":"2026-03-10T09:59:30+08:00"}]}})";
    return *QaContext::fromJson(QJsonDocument::fromJson(json).object(), &err);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int length = 500;
    const QStringList drafts = bench::drafts(200, length, 11);
    const QaContext ctx = benchContext();

    QFile f(QStringLiteral(PANORAMA_SOURCE_DIR "/resources/qa/default_rules.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read default rules");
    const QByteArray shipped = f.readAll();

    QaEngine defaults;
    QaEngine full;
    QaEngine fullWithModel;
    const auto a = defaults.loadRules(shipped);
    const QByteArray synthetic = bench::rulesWithSynthetic(shipped, 200, 50);
    const auto b = full.loadRules(synthetic);
    const auto c = fullWithModel.loadRules(synthetic);
    QString error;
    if (!a.ok || !b.ok || !c.ok || !fullWithModel.loadDefaultOffensiveModel(&error))
        qFatal("rules or model rejected: %s %s", qPrintable(b.errors.join(u'\n')), qPrintable(error));

    TextNormalizer::fold(u"warm-up"); // builds the OpenCC table once
    latency(full, drafts, ctx, 1);    // warm caches and the regex JIT

    const int phrases = full.rules()->phraseAutomaton().patternCount();
    out << u"qa latency: draft "_s << length << u" chars, "_s << full.rules()->rules().size() << u" rules ("_s
        << defaults.rules()->rules().size() << u" shipped + "_s
        << (full.rules()->rules().size() - defaults.rules()->rules().size()) << u" synthetic: 50 regex), "_s << phrases
        << u" automaton entries, "_s << drafts.size() << u" drafts x 10 rounds\n"_s;
    const Stats s200 = latency(full, drafts, ctx, 10);
    const Stats s200m = latency(fullWithModel, drafts, ctx, 10);
    const Stats s23 = latency(defaults, drafts, ctx, 10);
    auto line = [&](const QString &name, const Stats &s) {
        out << u"  "_s << name.leftJustified(44) << u"p50 "_s << QString::number(s.p50, 'f', 1).rightJustified(7)
            << u" us   p99 "_s << QString::number(s.p99, 'f', 1).rightJustified(7) << u" us   mean "_s
            << QString::number(s.mean, 'f', 1).rightJustified(7) << u" us   cpu p50 "_s
            << QString::number(s.cpuP50, 'f', 1).rightJustified(7) << u" us   cpu p99 "_s
            << QString::number(s.cpuP99, 'f', 1).rightJustified(7) << u" us\n"_s;
    };
    line(u"200 rules"_s, s200);
    line(u"200 rules + offensive model (shipped seed)"_s, s200m);
    line(u"shipped rules only (%1)"_s.arg(defaults.rules()->rules().size()), s23);
    out << u"  ratio 200 rules / shipped rules (p50): "_s << QString::number(s200.p50 / s23.p50, 'f', 2) << u"\n"_s;

    const double naive = naivePhraseScanUs(*full.rules(), drafts);
    const double automaton = automatonScanUs(*full.rules(), drafts);
    out << u"phrase matching per draft: automaton "_s << QString::number(automaton, 'f', 1)
        << u" us, indexOf per phrase "_s << QString::number(naive, 'f', 1) << u" us, ratio "_s
        << QString::number(naive / automaton, 'f', 1) << u"x\n"_s;

    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) > 0)
        out << u"load average during the run: "_s << QString::number(load[0], 'f', 1)
            << u" (other processes share the cores: wall-clock p99 includes their preemption)\n"_s;
    const double one = throughput(fullWithModel, drafts, ctx, 1, 3.0);
    const double two = throughput(fullWithModel, drafts, ctx, 2, 3.0);
    out << u"throughput (200 rules + model, 500-char drafts, one shared engine): 1 thread "_s
        << QString::number(one, 'f', 0) << u" msg/s, 2 threads "_s << QString::number(two, 'f', 0) << u" msg/s (x"_s
        << QString::number(two / one, 'f', 2) << u"), machine has "_s << QThread::idealThreadCount() << u" cores\n"_s;
    out.flush();
    return 0;
}
