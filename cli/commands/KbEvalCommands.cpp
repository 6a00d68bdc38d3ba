// `kb eval` and `kb similarity`: measure retrieval quality and sentence similarity on files the user gives.
#include "cli/commands/KbCli.h"

#include "core/search/KbImporter.h"
#include "core/search/LsaEncoder.h"
#include "core/search/RetrievalEvaluator.h"
#include "core/storage/StorageError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace panorama::search;

namespace panorama::cli::kb {

int runEval(CliContext &ctx, QStringList args)
{
    bool missing = false;
    const auto corpus = takeOption(args, u"--corpus"_s, &missing);
    const auto queriesPath = takeOption(args, u"--queries"_s, &missing);
    const auto modeName = takeOption(args, u"--mode"_s, &missing);
    if (!corpus || !queriesPath || missing || !args.isEmpty())
        return ctx.usage(
            u"kb eval --corpus FILE.jsonl|DIR --queries FILE.jsonl [--mode hybrid|lexical|dense] [--json]"_s);
    const auto mode = RetrievalEvaluator::modeFromName(modeName.value_or(u"hybrid"_s));
    if (!mode)
        return ctx.fail(u"--mode must be hybrid, lexical or dense"_s);
    const ImportBatch batch = KbImporter::read(*corpus);
    for (const ImportIssue &issue : batch.issues)
        ctx.err << u"panoramactl: "_s << issue.toString() << u'\n';
    if (!batch.issues.isEmpty())
        return ctx.fail(u"the corpus has %1 problem(s)"_s.arg(batch.issues.size()));
    QString error;
    const auto queries = RetrievalEvaluator::readQueries(*queriesPath, &error);
    if (!queries)
        return ctx.fail(error);

    // A throw-away index in an encrypted cache, as the product keeps it.
    QTemporaryDir dir;
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    try {
        auto db = Database::open(dir.filePath(u"eval.db"_s), DatabaseKey::raw(key), {.create = true});
        SearchEngine engine(*db);
        QElapsedTimer t;
        t.start();
        engine.addDocuments(batch.documents);
        const double buildS = t.elapsed() / 1000.0;
        const RetrievalReport report = RetrievalEvaluator::run(engine, *queries, *mode);
        QJsonObject out = report.toJson();
        out.insert(u"documents"_s, batch.documents.size());
        out.insert(u"mode"_s, modeName.value_or(u"hybrid"_s));
        out.insert(u"index_build_s"_s, buildS);
        out.insert(u"encoder"_s, engine.stats().encoder);
        if (ctx.json) {
            ctx.printJson(out);
        } else {
            ctx.out << u"%1 queries over %2 documents (%3)\n"_s.arg(report.metrics.queries())
                           .arg(batch.documents.size())
                           .arg(modeName.value_or(u"hybrid"_s));
            ctx.out << u"recall@1 %1  recall@5 %2  MRR %3  nDCG@10 %4\n"_s.arg(report.metrics.recallAt1(), 0, 'f', 3)
                           .arg(report.metrics.recallAt5(), 0, 'f', 3)
                           .arg(report.metrics.mrr(), 0, 'f', 3)
                           .arg(report.metrics.ndcg10(), 0, 'f', 3);
            ctx.out << u"latency ms p50 %1  p95 %2  p99 %3; index built in %4 s\n"_s
                           .arg(eval::percentile(report.latenciesMs, 50), 0, 'f', 2)
                           .arg(eval::percentile(report.latenciesMs, 95), 0, 'f', 2)
                           .arg(eval::percentile(report.latenciesMs, 99), 0, 'f', 2)
                           .arg(buildS, 0, 'f', 1);
        }
    } catch (const StorageError &e) {
        return ctx.fail(e.message());
    }
    return Ok;
}

int runSimilarity(CliContext &ctx, QStringList args)
{
    bool missing = false;
    const auto pairsPath = takeOption(args, u"--pairs"_s, &missing);
    if (!pairsPath || missing || !args.isEmpty())
        return ctx.usage(
            u"kb similarity --pairs FILE.jsonl [--json]   (lines: {\"sentence1\",\"sentence2\",\"label\"})"_s);
    QFile f(*pairsPath);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(u"cannot open %1: %2"_s.arg(*pairsPath, f.errorString()));
    QStringList a, b;
    QList<int> labels;
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray raw = f.readLine().trimmed();
        ++line;
        if (raw.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(raw, &pe).object();
        const QJsonValue lv = o.value(u"label"_s);
        bool ok = true;
        const int label = lv.isString() ? lv.toString().toInt(&ok) : lv.toInt(-1);
        if (pe.error != QJsonParseError::NoError || !o.value(u"sentence1"_s).isString() ||
            !o.value(u"sentence2"_s).isString() || !ok || (label != 0 && label != 1))
            return ctx.fail(
                u"%1:%2: expected {\"sentence1\": \"...\", \"sentence2\": \"...\", \"label\": 0|1}"_s.arg(*pairsPath)
                    .arg(line));
        a.append(o.value(u"sentence1"_s).toString());
        b.append(o.value(u"sentence2"_s).toString());
        labels.append(label);
    }
    if (labels.isEmpty())
        return ctx.fail(u"%1 holds no pairs"_s.arg(*pairsPath));
    // The built-in encoder learns from the sentences themselves (no labels), as it learns from the local corpus.
    const Analyzer analyzer;
    QElapsedTimer t;
    t.start();
    auto encoder = LsaEncoder::train(a + b, analyzer, LsaOptions());
    if (!encoder)
        return ctx.fail(u"too little text to train the encoder"_s);
    const double trainS = t.elapsed() / 1000.0;
    QList<double> dense, sparse;
    for (int i = 0; i < labels.size(); ++i) {
        const QList<Token> ta = encoder->analyze(a[i]), tb = encoder->analyze(b[i]);
        dense.append(dot(encoder->encodeTokens(a[i], ta), encoder->encodeTokens(b[i], tb)));
        sparse.append(LsaEncoder::sparseCosine(encoder->tfidf(ta), encoder->tfidf(tb)));
    }
    const QJsonObject out{{u"pairs"_s, labels.size()},
                          {u"encoder"_s, encoder->name()},
                          {u"dimension"_s, encoder->dimension()},
                          {u"roc_auc"_s, eval::rocAuc(dense, labels)},
                          {u"roc_auc_tfidf_cosine"_s, eval::rocAuc(sparse, labels)},
                          {u"train_s"_s, trainS}};
    if (ctx.json)
        ctx.printJson(out);
    else
        ctx.out << u"%1 pairs: ROC AUC %2 (built-in encoder, %3 dims); TF-IDF cosine on the same terms %4\n"_s
                       .arg(labels.size())
                       .arg(out.value(u"roc_auc"_s).toDouble(), 0, 'f', 3)
                       .arg(encoder->dimension())
                       .arg(out.value(u"roc_auc_tfidf_cosine"_s).toDouble(), 0, 'f', 3);
    return Ok;
}

} // namespace panorama::cli::kb
