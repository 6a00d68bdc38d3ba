#include "core/search/SearchTypes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace panorama::search {

namespace {

QJsonArray spansJson(const QList<HighlightSpan> &spans)
{
    QJsonArray arr;
    for (const HighlightSpan &s : spans)
        arr.append(QJsonArray{s.start, s.length});
    return arr;
}

} // namespace

QJsonObject SearchHit::toJson() const
{
    QJsonObject o{{u"id"_s, documentId},
                  {u"type"_s, SearchDocument::typeName(type)},
                  {u"title"_s, title},
                  {u"lang"_s, lang},
                  {u"category"_s, category},
                  {u"score"_s, score},
                  {u"lexical_rank"_s, lexicalRank},
                  {u"dense_rank"_s, denseRank},
                  {u"dense_score"_s, denseScore},
                  {u"feedback_boost"_s, feedbackBoost},
                  {u"snippet"_s, snippet},
                  {u"snippet_highlights"_s, spansJson(snippetHighlights)},
                  {u"title_highlights"_s, spansJson(titleHighlights)}};
    if (type == DocType::Case) {
        o.insert(u"outcome"_s, SearchDocument::outcomeName(outcome));
        if (satisfaction >= 0)
            o.insert(u"satisfaction"_s, satisfaction);
    }
    return o;
}

QJsonObject SearchResults::toJson() const
{
    QJsonArray hitsJson;
    for (const SearchHit &h : hits)
        hitsJson.append(h.toJson());
    QJsonObject o{{u"query"_s, query},
                  {u"hits"_s, hitsJson},
                  {u"query_terms"_s, QJsonArray::fromStringList(queryTerms)},
                  {u"lexical_candidates"_s, lexicalCandidates},
                  {u"dense_candidates"_s, denseCandidates},
                  {u"elapsed_ms"_s, elapsedMs}};
    if (truncatedQuery)
        o.insert(u"truncated_query"_s, true);
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    return o;
}

} // namespace panorama::search
