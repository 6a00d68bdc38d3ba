// Routing benchmark: how long training takes on BANKING77 (10,003 tickets, 77 categories), how long one ticket
// takes to classify (median, p95, p99 over the 3,080 test tickets, several passes) and to route end to end
// with the shipped rules, roster and quick replies, and what a model blob weighs for sync. Prints figures;
// asserts nothing about time.
//   bench_routing [DATASET_DIR]   (default: <repo>/../shared/datasets/banking77)
#include "core/routing/ClassifierEvaluator.h"
#include "core/routing/ClassifierTrainer.h"
#include "core/routing/ModelSerializer.h"
#include "core/routing/RoutingEngine.h"
#include "core/routing/RoutingError.h"
#include "core/routing/RoutingResources.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace {

struct Stats
{
    double median = 0, p95 = 0, p99 = 0, mean = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    Stats s;
    auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size())))]; };
    s.median = at(0.5);
    s.p95 = at(0.95);
    s.p99 = at(0.99);
    for (double x : v)
        s.mean += x / double(v.size());
    return s;
}

double threadCpuMicroseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

// Per-call wall time and this thread's CPU time: on a shared machine the wall figures include time the
// thread spent waiting for a core; the CPU figures do not.
struct Timings
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

template <typename F> Timings timeEach(const std::vector<QString> &texts, int passes, F &&f)
{
    Timings out;
    out.wall.reserve(texts.size() * size_t(passes));
    out.cpu.reserve(texts.size() * size_t(passes));
    QElapsedTimer t;
    for (int p = 0; p < passes; ++p) {
        for (const QString &text : texts) {
            const double cpu0 = threadCpuMicroseconds();
            t.start();
            f(text);
            out.wall.push_back(double(t.nsecsElapsed()) / 1000.0);
            out.cpu.push_back(threadCpuMicroseconds() - cpu0);
        }
    }
    return out;
}

void print(const char *what, const Timings &t)
{
    const Stats w = stats(t.wall);
    const Stats c = stats(t.cpu);
    std::printf("%-40s wall median %7.1f us p95 %7.1f p99 %8.1f | cpu median %7.1f us p95 %7.1f p99 %7.1f\n", what,
                w.median, w.p95, w.p99, c.median, c.p95, c.p99);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                 : QStringLiteral(PANORAMA_SOURCE_DIR) + u"/../shared/datasets/banking77"_s;
    try {
        const LabelledDataset train = LabelledDataset::load(dir + u"/train.csv"_s);
        const LabelledDataset test = LabelledDataset::load(dir + u"/test.csv"_s);
        std::printf("BANKING77 from %s: train %zu, test %zu\n", qPrintable(dir), train.size(), test.size());

        // Training, twice: the default (calibration holdout model + final model) and a single fit.
        TrainReport report;
        QElapsedTimer wall;
        const TextClassifier classifier = ClassifierTrainer().train(train, nullptr, &report);
        std::printf("training (default: holdout calibration fit + final fit, 2 threads): %.2f s wall, %.2f s CPU "
                    "(features %.2f s, SVM %.2f s wall), vocabulary %u\n",
                    report.totalSeconds, report.cpuSeconds, report.featureSeconds, report.svmSeconds, report.dimension);
        TrainOptions single;
        single.svm.threads = 1;
        TrainReport singleReport;
        LabelledDataset none; // an empty validation set: no calibration fit, only the final model
        none.source = u"none"_s;
        ClassifierTrainer(single).train(train, &none, &singleReport);
        std::printf("training (one fit, 1 thread, no calibration): %.2f s wall, %.2f s CPU\n",
                    singleReport.totalSeconds, singleReport.cpuSeconds);

        const Evaluation ev = ClassifierEvaluator::evaluate(classifier, test);
        std::printf("test accuracy %.2f %%, macro-F1 %.2f %% (same model as the latency figures)\n",
                    ev.top1Accuracy * 100, ev.top1MacroF1 * 100);

        std::vector<QString> texts;
        for (const LabelledExample &e : test.examples)
            texts.push_back(e.text);
        // Warm-up pass (page faults, caches), then three measured passes.
        timeEach(texts, 1, [&](const QString &t) { return classifier.classify(t, 3); });
        const Timings classify = timeEach(texts, 3, [&](const QString &t) { return classifier.classify(t, 3); });
        const Timings vectorize = timeEach(texts, 3, [&](const QString &t) { return classifier.vectorize(t); });
        print("classify (77 categories, top-3)", classify);
        print("  of which normalise+features+TF-IDF", vectorize);
        std::printf("  median classify / 1 ms budget: wall %.3f, cpu %.3f\n", stats(classify.wall).median / 1000.0,
                    stats(classify.cpu).median / 1000.0);

        // A blob as synced to clients.
        wall.start();
        const QByteArray blob = ModelSerializer::serialize(classifier);
        const double serializeMs = double(wall.nsecsElapsed()) / 1e6;
        wall.restart();
        const TextClassifier back = ModelSerializer::deserialize(blob);
        const double deserializeMs = double(wall.nsecsElapsed()) / 1e6;
        std::printf("model blob %.2f MB; serialise %.1f ms, load + verify %.1f ms\n", double(blob.size()) / 1e6,
                    serializeMs, deserializeMs);

        // End to end with the shipped retail configuration and a model trained on the seed tickets; the
        // Chinese seed texts exercise OpenCC.
        const LabelledDataset seed = LabelledDataset::parse(RoutingResources::read(u"seed_tickets.csv"_s),
                                                            u"seed_tickets.csv"_s, LabelledDataset::Format::Csv);
        wall.restart();
        TrainOptions retail;
        retail.taxonomyId = u"lumen-retail"_s;
        auto seedModel = std::make_shared<const TextClassifier>(ClassifierTrainer(retail).train(seed));
        std::printf("seed model (%zu tickets, 5-fold calibration): trained in %.2f s\n", seed.size(),
                    double(wall.nsecsElapsed()) / 1e9);
        auto engine = RoutingEngine::withDefaults();
        engine->setClassifier(seedModel);
        const AgentRoster roster = AgentRoster::example();
        std::vector<QString> seedTexts;
        for (const LabelledExample &e : seed.examples)
            seedTexts.push_back(e.text);
        timeEach(seedTexts, 1, [&](const QString &t) { return seedModel->classify(t); });
        const Timings seedClassify = timeEach(seedTexts, 10, [&](const QString &t) { return seedModel->classify(t); });
        const Timings route = timeEach(seedTexts, 10, [&](const QString &t) {
            TicketInput ticket;
            ticket.body = t;
            return engine->route(ticket, roster);
        });
        print("classify, seed model (zh/zh-Hant/en)", seedClassify);
        print("route end to end (+rules, reply, SLA)", route);
    } catch (const RoutingError &e) {
        std::fprintf(stderr, "bench_routing: %s\n", e.what());
        return 1;
    }
    return 0;
}
