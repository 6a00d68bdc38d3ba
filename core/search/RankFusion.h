#pragma once

#include "core/search/SearchIndex.h"

#include <QHash>
#include <QList>

namespace panorama::search {

struct FusionWeights
{
    enum class Method
    {
        Linear,
        Rrf
    };
    // Linear: a convex combination of scores normalised by their list's best (BM25/max, cosine/max), which
    // keeps how strong each match is; Rrf: reciprocal-rank fusion, which keeps only the order.
    Method method = Method::Linear;
    double lexical = 0.5;
    double dense = 0.5;
    double rrfK = 60.0;
    double feedback = 1.0;      // "this solved it" on the same question adds this many times the best text score
    double otherLanguage = 0.8; // factor for a document in another language than the query's
};

// One candidate as the two retrievers saw it.
struct FusedCandidate
{
    qint64 rowId = 0;
    int lexicalRank = 0;
    int denseRank = 0;
    double lexicalScore = 0;
    double denseScore = 0;
    double feedbackBoost = 0;
    double score = 0;
};

// Weighted reciprocal-rank fusion of the BM25 and vector lists, then the priors: feedback on similar queries
// and, for cases, the outcome (resolved on first contact ranks above escalated or ended in a return) and the
// customer's satisfaction. Pure functions so each rule is testable on its own.
class RankFusion final
{
public:
    static QList<FusedCandidate> fuse(const QList<LexicalHit> &lexical, const QList<QPair<qint64, float>> &dense,
                                      const FusionWeights &weights);
    // Multiplies in the priors and re-sorts. `boosts`: rowId → feedback boost in [-1, 3].
    // `queryLang` ("zh", "en" or empty): answers in the customer's language are preferred, others still shown.
    static void applyPriors(QList<FusedCandidate> &candidates, const QHash<qint64, DocMeta> &meta,
                            const QHash<qint64, double> &boosts, const FusionWeights &weights,
                            const QString &queryLang = {});
    // "zh" when Han characters dominate the letters, "en" for Latin letters, else empty.
    static QString detectLanguage(QStringView text);
    // The factor a case's outcome and satisfaction give; 1 for other document types.
    static double outcomeFactor(const DocMeta &meta);
};

} // namespace panorama::search
