// Text normalisation and features: full-width and case folding, Traditional → Simplified, word and character
// n-grams for Chinese and English, TF-IDF weighting.
#include "core/routing/FeatureExtractor.h"
#include "core/routing/TextNormalizer.h"
#include "core/routing/TfidfVectorizer.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

namespace {

std::vector<uint64_t> terms(const QString &text, const FeatureConfig &config = {})
{
    std::vector<uint64_t> t;
    FeatureExtractor(config).extract(TextNormalizer::normalize(text, {config.traditionalToSimplified}), t);
    std::sort(t.begin(), t.end());
    return t;
}

size_t charTerms(const std::vector<uint64_t> &t)
{
    return size_t(std::count_if(t.begin(), t.end(), [](uint64_t x) { return FeatureExtractor::isCharTerm(x); }));
}

} // namespace

class TestTextFeatures final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalize_data();
    void normalize();
    void traditionalAndSimplifiedGiveTheSameFeatures();
    void featureCounts();
    void stemmingJoinsEnglishWordForms();
    void punctuationSeparatesWords();
    void tfidfWeightsAndNorms();
};

void TestTextFeatures::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full-width latin and digits") << u"ＶＩＰ　会员 １２３"_s << u"vip 会员 123"_s;
    QTest::newRow("case folding") << u"Where IS My Parcel"_s << u"where is my parcel"_s;
    QTest::newRow("traditional") << u"我的包裹到哪裡了？退貨"_s << u"我的包裹到哪里了?退货"_s;
    QTest::newRow("whitespace") << u"  a \t\n b  "_s << u"a b"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTextFeatures::normalize()
{
    if (!TextNormalizer::hasTraditionalConverter())
        QSKIP("OpenCC t2s is not installed (libopencc-data)");
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextNormalizer::normalize(input), expected);
}

void TestTextFeatures::traditionalAndSimplifiedGiveTheSameFeatures()
{
    if (!TextNormalizer::hasTraditionalConverter())
        QSKIP("OpenCC t2s is not installed (libopencc-data)");
    QCOMPARE(terms(u"衣服買小了，可以換大一碼嗎"_s), terms(u"衣服买小了，可以换大一码吗"_s));
    // Without folding they differ: the test can fail.
    FeatureConfig raw;
    raw.traditionalToSimplified = false;
    QVERIFY(terms(u"衣服買小了"_s, raw) != terms(u"衣服买小了"_s, raw));
    QCOMPARE(terms(u"ＷＨＥＲＥ is my PARCEL"_s), terms(u"where is my parcel"_s));
}

void TestTextFeatures::featureCounts()
{
    FeatureConfig c;
    c.charAcrossWords = false;
    c.stemWords = false;
    // "ab": words {ab} → 1 unigram; chars " ab " → 2-grams 3, 3-grams 2, 4-grams 1 = 6.
    QCOMPARE(terms(u"ab"_s, c).size(), size_t(7));
    QCOMPARE(charTerms(terms(u"ab"_s, c)), size_t(6));
    // Chinese: each Han character is a word (3 unigrams + 2 bigrams); " 换大码 " gives 4+3+2+1 = 10 char n-grams.
    const std::vector<uint64_t> zh = terms(u"换大码"_s, c);
    QCOMPARE(zh.size() - charTerms(zh), size_t(5));
    QCOMPARE(charTerms(zh), size_t(10));
    // One-letter Latin words carry no word feature ("I"), but still their character n-grams.
    const std::vector<uint64_t> i = terms(u"I"_s, c);
    QCOMPARE(i.size() - charTerms(i), size_t(0));
    QCOMPARE(charTerms(i), size_t(3)); // " i", " i ", "i "
    // Across words adds n-grams that span the space between words.
    FeatureConfig across = c;
    across.charAcrossWords = true;
    QVERIFY(terms(u"my parcel"_s, across).size() > terms(u"my parcel"_s, c).size());
    QCOMPARE(terms(u"parcel"_s, across).size(), terms(u"parcel"_s, c).size() * 2 - 1); // only word terms shared
}

void TestTextFeatures::stemmingJoinsEnglishWordForms()
{
    FeatureConfig words;
    words.charMaxN = 0;
    words.wordMaxN = 1;
    QCOMPARE(terms(u"returned"_s, words), terms(u"returning"_s, words));
    words.stemWords = false;
    QVERIFY(terms(u"returned"_s, words) != terms(u"returning"_s, words));
}

void TestTextFeatures::punctuationSeparatesWords()
{
    FeatureConfig c;
    QCOMPARE(terms(u"size,colour"_s, c), terms(u"size colour"_s, c));
    QCOMPARE(terms(u"尺码，颜色"_s, c), terms(u"尺码 颜色"_s, c));
}

void TestTextFeatures::tfidfWeightsAndNorms()
{
    FeatureConfig c;
    c.charMaxN = 0;
    c.wordMaxN = 1;
    c.stemWords = false;
    TfidfVectorizer v(c);
    v.fit({terms(u"parcel late"_s, c), terms(u"parcel lost"_s, c), terms(u"refund late"_s, c)});
    QCOMPARE(v.dimension(), 4u);
    // "parcel" in 2 of 3 documents, "lost" in 1: lost weighs more. idf = ln((1+n)/(1+df)) + 1.
    const SparseVector x = v.transform(terms(u"parcel lost unknownword"_s, c));
    QCOMPARE(x.size(), size_t(2)); // the unknown word is ignored
    const double idfParcel = std::log(4.0 / 3.0) + 1.0;
    const double idfLost = std::log(4.0 / 2.0) + 1.0;
    const double norm = std::sqrt(idfParcel * idfParcel + idfLost * idfLost);
    std::vector<double> got(x.values.begin(), x.values.end());
    std::sort(got.begin(), got.end());
    QVERIFY(std::fabs(got[0] - idfParcel / norm) < 1e-6);
    QVERIFY(std::fabs(got[1] - idfLost / norm) < 1e-6);
    QVERIFY(v.transform(terms(u"nothing known"_s, c)).size() == 0);
}

QTEST_GUILESS_MAIN(TestTextFeatures)
#include "tst_textfeatures.moc"
