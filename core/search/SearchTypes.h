#pragma once

#include "core/search/SearchDocument.h"
#include "core/search/SearchIndex.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <vector>

namespace panorama::search {

// A highlighted range of a snippet or title, in UTF-16 units of that string.
struct HighlightSpan
{
    int start = 0;
    int length = 0;
    bool operator==(const HighlightSpan &) const = default;
};

struct SearchHit
{
    QString documentId;
    DocType type = DocType::Article;
    QString title;
    QString lang;
    QString category;
    CaseOutcome outcome = CaseOutcome::Unknown;
    double satisfaction = -1;
    double score = 0;    // fused score, higher is better
    int lexicalRank = 0; // 1-based rank in the BM25 list, 0 when absent
    int denseRank = 0;   // 1-based rank in the vector list, 0 when absent
    double lexicalScore = 0;
    double denseScore = 0;
    double feedbackBoost = 0; // from "this solved it" on similar past queries
    QString snippet;
    QList<HighlightSpan> snippetHighlights;
    QList<HighlightSpan> titleHighlights;
    QJsonObject toJson() const;
};

struct SearchRequest
{
    QString query;
    int limit = 10;
    SearchFilter filter;
    // A query vector computed elsewhere (the remote /v1/embeddings encoder); empty: the local encoder embeds.
    std::vector<float> queryVector;
    QString queryVectorSpace; // the encoder name queryVector belongs to
    bool useLexical = true;
    bool useDense = true;
    bool snippets = true;
};

struct SearchResults
{
    QString query;
    QList<SearchHit> hits;
    QStringList queryTerms;
    int lexicalCandidates = 0;
    int denseCandidates = 0;
    double elapsedMs = 0;
    // Where the time went: analysis + lexical retrieval, query embedding + vector search, fusion + snippets.
    double lexicalMs = 0, denseMs = 0, assembleMs = 0;
    bool truncatedQuery = false; // the query was longer than the limit and was cut
    QString error;               // empty on success ("empty query" etc.)
    QJsonObject toJson() const;
};

} // namespace panorama::search

Q_DECLARE_METATYPE(panorama::search::SearchResults)
