// Recommendation latency with a 1,000-purchase history (median, p95, p99), against the same request without
// history in the same run, plus model (de)serialisation. Prints figures; asserts nothing about time.
#include "../../tests/sizing/SyntheticBodies.h"

#include "core/sizing/SizeDataset.h"
#include "core/sizing/SizeJson.h"
#include "core/sizing/SizeRecommender.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

using namespace Qt::StringLiterals;
using namespace panorama::sizing;

namespace {

// CPU time of this thread: on a shared machine, wall-clock latency also counts time spent waiting for a core.
double threadCpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

struct Stats
{
    double median, p95, p99, mean;
};

Stats stats(std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    const auto at = [&](double q) { return us[std::min(us.size() - 1, size_t(q * double(us.size())))]; };
    double sum = 0;
    for (double v : us)
        sum += v;
    return {at(0.5), at(0.95), at(0.99), sum / double(us.size())};
}

std::vector<PurchaseRecord> history(int n, quint64 seed)
{
    const QStringList brands = {u"Lumen & Loom"_s, u"Loom Studio"_s, u"Petalle"_s, u"Summit Trail"_s};
    const QStringList categories = {u"tops"_s, u"dresses"_s, u"outerwear"_s, u"knitwear"_s};
    const QStringList sizes = {u"S"_s, u"M"_s, u"M"_s, u"L"_s, u"L"_s, u"XL"_s};
    std::mt19937_64 rng(seed);
    std::vector<PurchaseRecord> out;
    for (int i = 0; i < n; ++i) {
        PurchaseRecord p;
        p.brand = brands[int(rng() % 4)];
        p.category = categories[int(rng() % 4)];
        p.productId = u"P-%1"_s.arg(rng() % 300);
        p.size = sizes[int(rng() % 6)];
        const int r = int(rng() % 10);
        p.outcome = r < 7   ? PurchaseOutcome::Kept
                    : r < 8 ? PurchaseOutcome::TooSmall
                    : r < 9 ? PurchaseOutcome::TooLarge
                            : PurchaseOutcome::OtherReturn;
        p.date = QDate(2026, 11, 23).addDays(-int(rng() % 1500));
        out.push_back(p);
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString csv =
        QStringLiteral(PANORAMA_SOURCE_DIR) + u"/../shared/datasets/clothes_size_prediction/final_test.csv"_s;
    QElapsedTimer t;
    t.start();
    BodySizeModel model;
    QString source;
    const QStringList args = app.arguments();
    // --synthetic skips the dataset (quick runs, memory checkers); --runs N changes the number of timed calls.
    const bool synthetic = args.contains(u"--synthetic"_s);
    const qsizetype runsAt = args.indexOf(u"--runs"_s);
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? std::max(10, args.at(runsAt + 1).toInt()) : 3000;
    if (!synthetic && QFileInfo::exists(csv)) {
        const SizeDataset data = SizeDataset::loadCsv(csv);
        model = BodySizeModel::train(data.scale, data.rows, {});
        source = u"clothes_size_prediction (%1 rows)"_s.arg(data.rows.size());
    } else {
        model = BodySizeModel::train(SizeScale::letters(), testing::syntheticPurchases(50000, 1), {});
        source = u"synthetic (50000 rows)"_s;
    }
    const double trainSeconds = double(t.elapsed()) / 1000.0;

    t.restart();
    const QByteArray json = QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact);
    const double saveMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    const BodySizeModel loaded = BodySizeModel::fromJson(QJsonDocument::fromJson(json).object());
    const double loadMs = double(t.nsecsElapsed()) / 1e6;

    SizeOffsets offsets;
    for (const PurchaseRecord &p : history(20000, 7))
        offsets.record(p);
    SizeRecommender engine;
    engine.addModel(loaded);
    engine.setOffsets(offsets);

    SizeRequest req;
    req.body.heightCm = 172;
    req.body.weightKg = 65;
    req.body.ageYears = 31;
    req.body.gender = Gender::Male;
    req.chart = testing::menTopsChart(u"Loom Studio"_s, u"P-17"_s);
    req.today = QDate(2026, 11, 23);
    req.language = Language::SimplifiedChinese;
    req.history = history(1000, 42);
    SizeRequest bare = req;
    bare.history.clear();

    std::vector<double> cpuWith, cpuWithout;
    const auto measure = [&](const SizeRequest &r, std::vector<double> &cpu) {
        std::vector<double> us;
        us.reserve(runs);
        for (int i = 0; i < 50; ++i)
            engine.recommend(r); // warm-up
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer one;
            const double c0 = threadCpuMicros();
            one.start();
            const Recommendation rec = engine.recommend(r);
            us.push_back(double(one.nsecsElapsed()) / 1000.0);
            cpu.push_back(threadCpuMicros() - c0);
            if (rec.size.isEmpty())
                std::abort();
        }
        return stats(us);
    };
    const Stats withHistory = measure(req, cpuWith);
    const Stats without = measure(bare, cpuWithout);
    const Stats cpuH = stats(cpuWith), cpuN = stats(cpuWithout);
    const Recommendation sample = engine.recommend(req);

    std::printf("bench_sizing: model from %s, trained in %.1f s, %d member(s) x %.0f rounds\n", qPrintable(source),
                trainSeconds, int(loaded.members().size()), loaded.meanRounds());
    std::printf("model JSON: %lld bytes, serialise %.1f ms, parse+load %.1f ms\n", qlonglong(json.size()), saveMs,
                loadMs);
    std::printf("recommend, 1000-purchase history (%d runs): median %.0f us, p95 %.0f us, p99 %.0f us, mean %.0f us\n",
                runs, withHistory.median, withHistory.p95, withHistory.p99, withHistory.mean);
    std::printf("recommend, no history            (%d runs): median %.0f us, p95 %.0f us, p99 %.0f us, mean %.0f us\n",
                runs, without.median, without.p95, without.p99, without.mean);
    std::printf("thread CPU time, with history: median %.0f us, p99 %.0f us; without: median %.0f us, p99 %.0f us\n",
                cpuH.median, cpuH.p99, cpuN.median, cpuN.p99);
    std::printf("ratio with/without history (wall medians): %.2f\n", withHistory.median / without.median);
    std::printf("sample answer: %s (runner-up %s, confidence %.2f): %s\n", qPrintable(sample.size),
                qPrintable(sample.runnerUp), sample.confidence, sample.explanation.toUtf8().constData());
    return 0;
}
