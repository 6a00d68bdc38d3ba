#include "core/search/RetrievalEvaluator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace panorama::search {

QJsonObject RetrievalReport::toJson() const
{
    return {{u"queries"_s, metrics.queries()},
            {u"recall@1"_s, metrics.recallAt1()},
            {u"recall@5"_s, metrics.recallAt5()},
            {u"recall@10"_s, metrics.recallAt10()},
            {u"mrr"_s, metrics.mrr()},
            {u"ndcg@10"_s, metrics.ndcg10()},
            {u"latency_ms"_s, QJsonObject{{u"p50"_s, eval::percentile(latenciesMs, 50)},
                                          {u"p95"_s, eval::percentile(latenciesMs, 95)},
                                          {u"p99"_s, eval::percentile(latenciesMs, 99)}}}};
}

std::optional<QList<EvalQuery>> RetrievalEvaluator::readQueries(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot open %1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    QList<EvalQuery> out;
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray raw = f.readLine().trimmed();
        ++line;
        if (raw.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(raw, &pe).object();
        EvalQuery q;
        q.query = o.value(u"query"_s).toString();
        for (const QJsonValue &v : o.value(u"relevant"_s).toArray())
            q.relevant.append(v.toString());
        if (o.value(u"relevant_id"_s).isString())
            q.relevant.append(o.value(u"relevant_id"_s).toString());
        if (pe.error != QJsonParseError::NoError || q.query.isEmpty() || q.relevant.isEmpty()) {
            if (error)
                *error = u"%1:%2: expected {\"query\": \"...\", \"relevant\": [\"doc id\", ...]}"_s.arg(path).arg(line);
            return std::nullopt;
        }
        out.append(q);
    }
    if (out.isEmpty()) {
        if (error)
            *error = u"%1 holds no queries"_s.arg(path);
        return std::nullopt;
    }
    return out;
}

std::optional<RetrievalEvaluator::Mode> RetrievalEvaluator::modeFromName(const QString &name)
{
    if (name == u"hybrid"_s)
        return Mode::Hybrid;
    if (name == u"lexical"_s)
        return Mode::Lexical;
    if (name == u"dense"_s)
        return Mode::Dense;
    return std::nullopt;
}

RetrievalReport RetrievalEvaluator::run(SearchEngine &engine, const QList<EvalQuery> &queries, Mode mode, int limit)
{
    RetrievalReport report;
    for (const EvalQuery &q : queries) {
        SearchRequest req;
        req.query = q.query;
        req.limit = limit;
        req.useLexical = mode != Mode::Dense;
        req.useDense = mode != Mode::Lexical;
        req.snippets = false; // ranking quality and retrieval latency; snippets are measured in the benchmark
        QElapsedTimer t;
        t.start();
        const SearchResults res = engine.search(req);
        report.latenciesMs.append(t.nsecsElapsed() / 1e6);
        QStringList ranked;
        for (const SearchHit &h : res.hits)
            ranked.append(h.documentId);
        report.metrics.add(ranked, q.relevant);
    }
    return report;
}

} // namespace panorama::search
