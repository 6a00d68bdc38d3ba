// Retrieval quality on public data, compared in the same run with Xapian BM25 over the same documents:
// CLINC150 and Bitext (paraphrase sets) and the ABCD guidelines with team-written queries.
// Usage: bench_search_quality [--sets clinc150,bitext,abcd] [--write-dir DIR] [--max-queries N]
//        [--per-document N] (CLINC150/Bitext documents from only N utterances each) [--dense-weight W]
#include "BenchDatasets.h"
#include "XapianBaseline.h"

#include "core/search/RetrievalEvaluator.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::search;
using namespace panorama::bench;

namespace {

QString fmt(double v)
{
    return QString::number(v, 'f', 3);
}

void printRow(QTextStream &out, const QString &set, const QString &system, const RetrievalReport &r)
{
    out << set.leftJustified(10) << system.leftJustified(16) << fmt(r.metrics.recallAt1()).rightJustified(9)
        << fmt(r.metrics.recallAt5()).rightJustified(9) << fmt(r.metrics.mrr()).rightJustified(8)
        << fmt(r.metrics.ndcg10()).rightJustified(9)
        << QString::number(eval::percentile(r.latenciesMs, 50), 'f', 2).rightJustified(9)
        << QString::number(eval::percentile(r.latenciesMs, 95), 'f', 2).rightJustified(9) << u'\n';
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    QStringList sets = {u"clinc150"_s, u"bitext"_s, u"abcd-en"_s, u"abcd-zh"_s};
    QString writeDir;
    int maxQueries = 0;
    QString fusion = u"linear"_s;
    int perDocument = 0;
    double denseWeight = -1; // linear fusion: lexical weight is 1 - this
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--sets"_s)
            sets = args[i + 1].split(u',');
        else if (args[i] == u"--write-dir"_s)
            writeDir = args[i + 1];
        else if (args[i] == u"--max-queries"_s)
            maxQueries = args[i + 1].toInt();
        else if (args[i] == u"--fusion"_s)
            fusion = args[i + 1];
        else if (args[i] == u"--dense-weight"_s)
            denseWeight = args[i + 1].toDouble();
        else if (args[i] == u"--per-document"_s)
            perDocument = args[i + 1].toInt();
    }
    out << "set       system            recall@1 recall@5     MRR  nDCG@10  p50 ms   p95 ms\n";
    for (const QString &name : std::as_const(sets)) {
        QString error;
        RetrievalSet set = name == u"clinc150"_s  ? clinc150(&error, perDocument)
                           : name == u"bitext"_s  ? bitext(&error, perDocument)
                           : name == u"abcd-zh"_s ? abcd(u"zh"_s, &error)
                                                  : abcd(u"en"_s, &error);
        if (set.documents.isEmpty() || set.queries.isEmpty()) {
            out << name << ": " << error << "\n";
            return 1;
        }
        if (maxQueries > 0 && set.queries.size() > maxQueries) {
            // Every k-th query, so all intents stay represented.
            QList<EvalQuery> kept;
            const double step = double(set.queries.size()) / maxQueries;
            for (int i = 0; i < maxQueries; ++i)
                kept.append(set.queries[int(i * step)]);
            set.queries = kept;
        }
        if (!writeDir.isEmpty() && !writeSet(set, writeDir, &error)) {
            out << error << "\n";
            return 1;
        }
        QTemporaryDir dir;
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        auto db = Database::open(dir.filePath(u"q.db"_s), DatabaseKey::raw(key), {.create = true});
        SearchConfig config;
        config.fusion.method = fusion == u"rrf"_s ? FusionWeights::Method::Rrf : FusionWeights::Method::Linear;
        if (denseWeight >= 0 && fusion != u"rrf"_s) {
            config.fusion.dense = denseWeight;
            config.fusion.lexical = 1.0 - denseWeight;
        }
        if (fusion == u"rrf"_s) {
            config.fusion.lexical = 1.0;
            config.fusion.dense = 1.0;
        }
        SearchEngine engine(*db, config);
        QElapsedTimer t;
        t.start();
        engine.addDocuments(set.documents);
        const double buildMs = t.elapsed();
        XapianBaseline xapian;
        t.restart();
        xapian.index(set.documents);
        const double xapianBuildMs = t.elapsed();

        RetrievalReport xr;
        for (const EvalQuery &q : std::as_const(set.queries)) {
            QElapsedTimer qt;
            qt.start();
            const QStringList ranked = xapian.search(q.query, 10);
            xr.latenciesMs.append(qt.nsecsElapsed() / 1e6);
            xr.metrics.add(ranked, q.relevant);
        }
        const RetrievalReport hybrid = RetrievalEvaluator::run(engine, set.queries, RetrievalEvaluator::Mode::Hybrid);
        const RetrievalReport lexical = RetrievalEvaluator::run(engine, set.queries, RetrievalEvaluator::Mode::Lexical);
        const RetrievalReport dense = RetrievalEvaluator::run(engine, set.queries, RetrievalEvaluator::Mode::Dense);
        out << "# " << set.name << ": " << set.documents.size() << " documents, " << set.queries.size() << " queries; "
            << set.provenance << "\n";
        out << "# build: panorama " << buildMs << " ms (encoder " << engine.stats().encoder << ", dim "
            << engine.stats().encoderDimension << "), xapian " << xapianBuildMs << " ms\n";
        printRow(out, set.name, u"xapian-bm25"_s, xr);
        printRow(out, set.name, u"panorama-lexical"_s, lexical);
        printRow(out, set.name, u"panorama-dense"_s, dense);
        printRow(out, set.name, u"panorama-hybrid"_s, hybrid);
        out << "# recall@5 hybrid - xapian: "
            << QString::number(100 * (hybrid.metrics.recallAt5() - xr.metrics.recallAt5()), 'f', 1) << " points\n";
    }
    return 0;
}
