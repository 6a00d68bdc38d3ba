#include "core/search/RankFusion.h"

#include <algorithm>

namespace panorama::search {

QList<FusedCandidate> RankFusion::fuse(const QList<LexicalHit> &lexical, const QList<QPair<qint64, float>> &dense,
                                       const FusionWeights &w)
{
    QHash<qint64, FusedCandidate> byRow;
    const bool rrf = w.method == FusionWeights::Method::Rrf;
    double maxLexical = 0, maxDense = 0;
    for (const LexicalHit &h : lexical)
        maxLexical = std::max(maxLexical, h.score);
    for (const auto &d : dense)
        maxDense = std::max(maxDense, double(d.second));
    for (int i = 0; i < lexical.size(); ++i) {
        FusedCandidate &c = byRow[lexical[i].rowId];
        c.rowId = lexical[i].rowId;
        c.lexicalRank = i + 1;
        c.lexicalScore = lexical[i].score;
        // Unranked candidates (an over-budget common term) have score 0: their order is all there is.
        const double norm = maxLexical > 0 ? lexical[i].score / maxLexical : 1.0 / (1.0 + i);
        c.score += rrf ? w.lexical / (w.rrfK + i + 1) : w.lexical * norm;
    }
    for (int i = 0; i < dense.size(); ++i) {
        FusedCandidate &c = byRow[dense[i].first];
        c.rowId = dense[i].first;
        c.denseRank = i + 1;
        c.denseScore = dense[i].second;
        c.score += rrf ? w.dense / (w.rrfK + i + 1) : (maxDense > 0 ? w.dense * dense[i].second / maxDense : 0);
    }
    QList<FusedCandidate> out = byRow.values();
    std::sort(out.begin(), out.end(), [](const FusedCandidate &a, const FusedCandidate &b) {
        return a.score != b.score ? a.score > b.score : a.rowId < b.rowId;
    });
    return out;
}

double RankFusion::outcomeFactor(const DocMeta &m)
{
    if (m.type != DocType::Case)
        return 1.0;
    double f = 1.0;
    switch (m.outcome) {
    case CaseOutcome::ResolvedFirstContact:
        f = 1.15;
        break;
    case CaseOutcome::Resolved:
        f = 1.05;
        break;
    case CaseOutcome::Unknown:
        f = 0.95;
        break;
    case CaseOutcome::Escalated:
        f = 0.85;
        break;
    case CaseOutcome::Returned:
        f = 0.8;
        break;
    }
    if (m.satisfaction >= 1)
        f *= 1.0 + 0.05 * (m.satisfaction - 3.0); // 1★ −10 %, 5★ +10 %
    return f;
}

QString RankFusion::detectLanguage(QStringView text)
{
    int han = 0, latin = 0;
    for (QChar c : text) {
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF)
            ++han;
        else if (c.isLetter() && c.script() == QChar::Script_Latin)
            ++latin;
    }
    // One Han character carries about as much as a short English word.
    if (han == 0 && latin == 0)
        return {};
    return han * 4 >= latin ? QStringLiteral("zh") : QStringLiteral("en");
}

void RankFusion::applyPriors(QList<FusedCandidate> &candidates, const QHash<qint64, DocMeta> &meta,
                             const QHash<qint64, double> &boosts, const FusionWeights &w, const QString &queryLang)
{
    double best = 0;
    for (FusedCandidate &c : candidates) {
        const auto m = meta.constFind(c.rowId);
        if (m != meta.constEnd()) {
            c.score *= outcomeFactor(*m);
            if (!queryLang.isEmpty() && !m->lang.isEmpty() && !m->lang.startsWith(queryLang))
                c.score *= w.otherLanguage;
        }
        best = std::max(best, c.score);
    }
    // Feedback is additive, in units of the best text score: "this solved it" on the very same question lifts
    // a document over the best text match; on a merely similar question it lifts it part of the way.
    for (FusedCandidate &c : candidates) {
        const double boost = std::clamp(boosts.value(c.rowId, 0.0), -1.0, 3.0);
        c.feedbackBoost = boost;
        c.score += w.feedback * boost * best;
    }
    std::sort(candidates.begin(), candidates.end(), [](const FusedCandidate &a, const FusedCandidate &b) {
        return a.score != b.score ? a.score > b.score : a.rowId < b.rowId;
    });
}

} // namespace panorama::search
