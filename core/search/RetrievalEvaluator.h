#pragma once

#include "core/search/Evaluation.h"
#include "core/search/SearchEngine.h"

#include <QJsonObject>

#include <optional>

namespace panorama::search {

struct EvalQuery
{
    QString query;
    QStringList relevant; // ids of documents that answer it
};

struct RetrievalReport
{
    eval::RetrievalMetrics metrics;
    QList<double> latenciesMs;
    QJsonObject toJson() const; // recall@1/@5/@10, mrr, ndcg@10, latency p50/p95/p99
};

// Runs evaluation queries against a SearchEngine (`kb eval`, the benchmarks).
class RetrievalEvaluator final
{
public:
    enum class Mode
    {
        Hybrid,
        Lexical,
        Dense
    };
    // JSON Lines: {"query": "...", "relevant": ["id", ...]} (or "relevant_id": "id"). Errors name file and line.
    static std::optional<QList<EvalQuery>> readQueries(const QString &path, QString *error);
    static std::optional<Mode> modeFromName(const QString &name);
    static RetrievalReport run(SearchEngine &engine, const QList<EvalQuery> &queries, Mode mode, int limit = 10);
};

} // namespace panorama::search
