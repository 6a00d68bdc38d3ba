// Each stage of the text pipeline: normalisation (NFKC, case, width, Traditional → Simplified), ICU
// segmentation plus Han bigrams, Snowball stemming, stop words, the synonym/concept lexicon and offsets.
#include "core/search/Analyzer.h"
#include "core/search/TextNormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::search;

namespace {

QStringList termsOf(const QList<Token> &tokens, TokenKind kind)
{
    QStringList out;
    for (const Token &t : tokens) {
        if (t.kind == kind)
            out.append(t.term);
    }
    return out;
}

} // namespace

class TestTextPipeline final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalize_data();
    void normalize();
    void offsetsPointIntoTheOriginal();
    void hanBigramsKeepWordsIcuSplits();
    void traditionalQueryMatchesSimplifiedTerms();
    void englishStemmingAndStopWords_data();
    void englishStemmingAndStopWords();
    void synonymsMapToOneConcept_data();
    void synonymsMapToOneConcept();
    void lexiconEditsAddConcepts();
    void badLexiconIsRejected();
    void controlCharactersAndHugeInput();
};

void TestTextPipeline::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("traditional") << u"退貨運費怎麼算"_s << u"退货运费怎么算"_s;
    QTest::newRow("full-width latin") << u"ＳＩＺＥ Ｍ"_s << u"size m"_s;
    QTest::newRow("full-width digits") << u"１２３號"_s << u"123号"_s;
    QTest::newRow("case folding") << u"ÉTÉ RETURN"_s << u"été return"_s;
    QTest::newRow("ligature") << u"ﬁt"_s << u"fit"_s;
    QTest::newRow("simplified unchanged") << u"发货时间"_s << u"发货时间"_s;
}

void TestTextPipeline::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QVERIFY(TextNormalizer::hasChineseConversion());
    QCOMPARE(TextNormalizer::normalize(input), expected);
}

void TestTextPipeline::offsetsPointIntoTheOriginal()
{
    const QString text = u"請問ＸＬ碼數偏大嗎"_s;
    const Analyzer analyzer;
    const QList<Token> tokens = analyzer.analyze(text);
    bool sawSize = false;
    for (const Token &t : tokens) {
        QVERIFY(t.start >= 0 && t.end <= text.size() && t.start < t.end);
        if (t.term == u"xl"_s)
            QCOMPARE(text.mid(t.start, t.end - t.start), u"ＸＬ"_s);
        if (t.term == Analyzer::conceptTerm(u"size"_s)) {
            QCOMPARE(text.mid(t.start, t.end - t.start), u"碼數"_s);
            sawSize = true;
        }
    }
    QVERIFY(sawSize);
}

void TestTextPipeline::hanBigramsKeepWordsIcuSplits()
{
    const Analyzer analyzer(SynonymLexicon{});
    const QList<Token> tokens = analyzer.analyze(u"确认收货以后再发货"_s);
    const QStringList bigrams = termsOf(tokens, TokenKind::Bigram);
    QVERIFY2(bigrams.contains(u"收货"_s), qPrintable(bigrams.join(u' ')));
    QVERIFY(bigrams.contains(u"发货"_s));
    // A bigram never straddles a non-Han character.
    const QStringList split = termsOf(analyzer.analyze(u"发 货"_s), TokenKind::Bigram);
    QVERIFY(split.isEmpty());
    // ICU still contributes dictionary words longer than a bigram.
    const QStringList words = termsOf(analyzer.analyze(u"中华人民共和国"_s), TokenKind::Word);
    QVERIFY(!words.isEmpty());
}

void TestTextPipeline::traditionalQueryMatchesSimplifiedTerms()
{
    const Analyzer analyzer;
    QStringList a = analyzer.terms(u"退貨運費誰付"_s);
    QStringList b = analyzer.terms(u"退货运费谁付"_s);
    a.sort();
    b.sort();
    QCOMPARE(a, b);
}

void TestTextPipeline::englishStemmingAndStopWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plural") << u"returns"_s << QStringList{u"return"_s};
    QTest::newRow("gerund") << u"shipping"_s << QStringList{u"ship"_s};
    QTest::newRow("stop words dropped") << u"where is the package"_s << QStringList{u"where"_s, u"packag"_s};
    QTest::newRow("particles kept") << u"turn off the lights"_s << QStringList{u"turn"_s, u"off"_s, u"light"_s};
    QTest::newRow("pronouns dropped") << u"I want my money back"_s << QStringList{u"want"_s, u"money"_s, u"back"_s};
    QTest::newRow("past tense") << u"refunded"_s << QStringList{u"refund"_s};
}

void TestTextPipeline::englishStemmingAndStopWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const Analyzer analyzer(SynonymLexicon{});
    QCOMPARE(termsOf(analyzer.analyze(text), TokenKind::Stem), expected);
}

void TestTextPipeline::synonymsMapToOneConcept_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("conceptId");
    QTest::newRow("尺码") << u"这件的尺码怎么选"_s << u"size"_s;
    QTest::newRow("码数 traditional") << u"碼數不合適"_s << u"size"_s;
    QTest::newRow("size") << u"What SIZE should I order"_s << u"size"_s;
    QTest::newRow("买大了") << u"裤子买大了"_s << u"too_big"_s;
    QTest::newRow("too big") << u"the dress is too big for me"_s << u"too_big"_s;
    QTest::newRow("runs large") << u"it runs large"_s << u"too_big"_s;
    QTest::newRow("退换") << u"可以退换吗"_s << u"return"_s;
    QTest::newRow("refund") << u"I want a refund"_s << u"return"_s;
    QTest::newRow("物流") << u"物流到哪了"_s << u"shipping"_s;
    QTest::newRow("delivery") << u"delivery is late"_s << u"shipping"_s;
}

void TestTextPipeline::synonymsMapToOneConcept()
{
    QFETCH(QString, text);
    QFETCH(QString, conceptId);
    const Analyzer analyzer;
    const QStringList concepts = termsOf(analyzer.analyze(text), TokenKind::Concept);
    QVERIFY2(concepts.contains(Analyzer::conceptTerm(conceptId)), qPrintable(concepts.join(u' ')));
    // Without the lexicon the concept is not there: the test can fail.
    const Analyzer bare(SynonymLexicon{});
    QVERIFY(termsOf(bare.analyze(text), TokenKind::Concept).isEmpty());
}

void TestTextPipeline::lexiconEditsAddConcepts()
{
    QString error;
    const auto edits = SynonymLexicon::parse(u"# admin edit\nfabric = 面料, 材质, fabric, material\n"_s, &error);
    QVERIFY2(edits, qPrintable(error));
    SynonymLexicon lexicon = SynonymLexicon::builtIn();
    lexicon.merge(*edits);
    const Analyzer analyzer(lexicon);
    QVERIFY(analyzer.terms(u"这是什么材质"_s).contains(u"_c_fabric"_s));
    QVERIFY(analyzer.terms(u"what material is it"_s).contains(u"_c_fabric"_s));
    // JSON round trip (what sync carries).
    const auto back = SynonymLexicon::fromJson(edits->toJson(), &error);
    QVERIFY(back);
    QCOMPARE(back->concepts(), edits->concepts());
}

void TestTextPipeline::badLexiconIsRejected()
{
    QString error;
    QVERIFY(!SynonymLexicon::parse(u"size 尺码"_s, &error));
    QVERIFY(error.contains(u"line 1"_s));
    QVERIFY(!SynonymLexicon::parse(u"Bad-Id = x"_s, &error));
    QVERIFY(!SynonymLexicon::parse(u"size = , ,"_s, &error));
    QVERIFY(error.contains(u"no terms"_s));
    QVERIFY(!SynonymLexicon::fromJson(QJsonObject{{u"concepts"_s, 3}}, &error));
}

void TestTextPipeline::controlCharactersAndHugeInput()
{
    const Analyzer analyzer;
    QCOMPARE(analyzer.terms(u"size\u0001\u0007\u001b"_s), analyzer.terms(u"size"_s));
    QVERIFY(analyzer.analyze(QString()).isEmpty());
    QVERIFY(analyzer.analyze(u"\u0000\u0001\u0002"_s).isEmpty());
    QString huge;
    for (int i = 0; i < 1000; ++i)
        huge += u"退货尺码 "_s;
    QVERIFY(analyzer.analyze(huge).size() > 1000);
}

QTEST_GUILESS_MAIN(TestTextPipeline)
#include "tst_textpipeline.moc"
