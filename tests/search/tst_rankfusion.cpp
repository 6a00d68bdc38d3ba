// Fusion of the lexical and dense lists and the priors (case outcome, satisfaction, language, feedback), each
// rule on hand-made candidate lists.
#include "core/search/RankFusion.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::search;

namespace {

QList<qint64> order(const QList<FusedCandidate> &c)
{
    QList<qint64> out;
    for (const FusedCandidate &f : c)
        out.append(f.rowId);
    return out;
}

DocMeta caseMeta(CaseOutcome outcome, double satisfaction = 0)
{
    DocMeta m;
    m.type = DocType::Case;
    m.lang = u"zh"_s;
    m.outcome = outcome;
    m.satisfaction = satisfaction;
    return m;
}

} // namespace

class TestRankFusion final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linearKeepsScoreStrength();
    void rrfUsesOnlyRanks();
    void unrankedLexicalHitsKeepTheirOrder();
    void outcomeAndSatisfaction();
    void otherLanguageIsDemoted();
    void feedbackLiftsAndLowers();
    void detectsLanguage();
};

void TestRankFusion::linearKeepsScoreStrength()
{
    // Row 1: strong lexical only; row 2: weak lexical, best dense; row 3: dense only.
    const QList<LexicalHit> lex = {{1, 10.0}, {2, 2.0}};
    const QList<QPair<qint64, float>> dense = {{2, 0.9f}, {3, 0.85f}};
    const QList<FusedCandidate> f = RankFusion::fuse(lex, dense, FusionWeights{});
    QCOMPARE(order(f), (QList<qint64>{2, 1, 3})); // 0.5*0.2+0.5*1 = 0.6 > 0.5 > 0.47
    QCOMPARE(f[0].lexicalRank, 2);
    QCOMPARE(f[0].denseRank, 1);
    QCOMPARE(f[2].lexicalRank, 0);
    QVERIFY(std::abs(f[0].score - 0.6) < 1e-9);
    FusionWeights lexicalOnly;
    lexicalOnly.dense = 0;
    lexicalOnly.lexical = 1;
    QCOMPARE(order(RankFusion::fuse(lex, dense, lexicalOnly)).first(), qint64(1));
}

void TestRankFusion::rrfUsesOnlyRanks()
{
    FusionWeights w;
    w.method = FusionWeights::Method::Rrf;
    const QList<LexicalHit> lex = {{1, 100.0}, {2, 0.1}};
    const QList<QPair<qint64, float>> dense = {{2, 0.2f}, {1, 0.19f}};
    const QList<FusedCandidate> f = RankFusion::fuse(lex, dense, w);
    QCOMPARE(f.size(), 2);
    QVERIFY(std::abs(f[0].score - f[1].score) < 1e-12); // 1/61 + 1/62 both: a tie, broken by row id
    QCOMPARE(order(f), (QList<qint64>{1, 2}));
    QVERIFY(std::abs(f[0].score - (0.5 / 61 + 0.5 / 62)) < 1e-12);
}

void TestRankFusion::unrankedLexicalHitsKeepTheirOrder()
{
    const QList<LexicalHit> lex = {{5, 0.0}, {6, 0.0}, {7, 0.0}};
    const QList<FusedCandidate> f = RankFusion::fuse(lex, {}, FusionWeights{});
    QCOMPARE(order(f), (QList<qint64>{5, 6, 7}));
}

void TestRankFusion::outcomeAndSatisfaction()
{
    QCOMPARE(RankFusion::outcomeFactor(DocMeta{}), 1.0);
    QVERIFY(RankFusion::outcomeFactor(caseMeta(CaseOutcome::ResolvedFirstContact)) >
            RankFusion::outcomeFactor(caseMeta(CaseOutcome::Resolved)));
    QVERIFY(RankFusion::outcomeFactor(caseMeta(CaseOutcome::Resolved)) >
            RankFusion::outcomeFactor(caseMeta(CaseOutcome::Escalated)));
    QVERIFY(RankFusion::outcomeFactor(caseMeta(CaseOutcome::Escalated)) >
            RankFusion::outcomeFactor(caseMeta(CaseOutcome::Returned)));
    QVERIFY(RankFusion::outcomeFactor(caseMeta(CaseOutcome::Resolved, 5)) >
            RankFusion::outcomeFactor(caseMeta(CaseOutcome::Resolved, 1)));
    // Equal text scores: the case that ended in a return falls below the one resolved on first contact.
    QList<FusedCandidate> c(2);
    c[0].rowId = 1;
    c[0].score = 1.0;
    c[1].rowId = 2;
    c[1].score = 1.0;
    const QHash<qint64, DocMeta> meta = {{1, caseMeta(CaseOutcome::Returned)},
                                         {2, caseMeta(CaseOutcome::ResolvedFirstContact)}};
    RankFusion::applyPriors(c, meta, {}, FusionWeights{});
    QCOMPARE(order(c), (QList<qint64>{2, 1}));
}

void TestRankFusion::otherLanguageIsDemoted()
{
    QList<FusedCandidate> c(2);
    c[0].rowId = 1;
    c[0].score = 1.0;
    c[1].rowId = 2;
    c[1].score = 0.9;
    DocMeta en, zh;
    en.lang = u"en"_s;
    zh.lang = u"zh"_s;
    const QHash<qint64, DocMeta> meta = {{1, en}, {2, zh}};
    QList<FusedCandidate> forZh = c;
    RankFusion::applyPriors(forZh, meta, {}, FusionWeights{}, u"zh"_s);
    QCOMPARE(order(forZh), (QList<qint64>{2, 1})); // 1.0*0.8 < 0.9
    QList<FusedCandidate> forEn = c;
    RankFusion::applyPriors(forEn, meta, {}, FusionWeights{}, u"en"_s);
    QCOMPARE(order(forEn), (QList<qint64>{1, 2}));
}

void TestRankFusion::feedbackLiftsAndLowers()
{
    QList<FusedCandidate> c(3);
    for (int i = 0; i < 3; ++i) {
        c[i].rowId = i + 1;
        c[i].score = 1.0 - 0.1 * i;
    }
    QList<FusedCandidate> up = c;
    RankFusion::applyPriors(up, {}, {{3, 0.5}}, FusionWeights{});
    QCOMPARE(order(up), (QList<qint64>{3, 1, 2}));
    QCOMPARE(up[0].feedbackBoost, 0.5);
    QList<FusedCandidate> down = c;
    RankFusion::applyPriors(down, {}, {{1, -1.0}}, FusionWeights{});
    QCOMPARE(order(down).last(), qint64(1));
    QList<FusedCandidate> clamped = c;
    RankFusion::applyPriors(clamped, {}, {{2, 100.0}}, FusionWeights{});
    QCOMPARE(clamped[0].feedbackBoost, 3.0);
}

void TestRankFusion::detectsLanguage()
{
    QCOMPARE(RankFusion::detectLanguage(u"退货运费谁出"), u"zh"_s);
    QCOMPARE(RankFusion::detectLanguage(u"who pays return shipping"), u"en"_s);
    QCOMPARE(RankFusion::detectLanguage(u"T恤尺码 size"), u"zh"_s);
    QCOMPARE(RankFusion::detectLanguage(u"12345 !!"), QString());
}

QTEST_GUILESS_MAIN(TestRankFusion)
#include "tst_rankfusion.moc"
