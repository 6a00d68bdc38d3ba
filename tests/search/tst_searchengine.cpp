// The engine end to end on a small generated bilingual KB in a real encrypted cache: Traditional queries,
// synonyms, filters, snippets and highlights, feedback, case outcomes, persistence and bad queries.
#include "core/search/SearchEngine.h"
#include "core/storage/Database.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::search;

namespace {

DatabaseKey randomKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return DatabaseKey::raw(bytes);
}

SearchDocument article(const QString &id, const QString &title, const QString &body, const QString &lang,
                       const QString &category, const QStringList &tags = {})
{
    SearchDocument d;
    d.id = id;
    d.title = title;
    d.body = body;
    d.lang = lang;
    d.category = category;
    d.tags = tags;
    return d;
}

SearchDocument caseDoc(const QString &id, const QString &problem, const QString &resolution, CaseOutcome outcome,
                       double satisfaction)
{
    SearchDocument d;
    d.id = id;
    d.type = DocType::Case;
    d.title = problem;
    d.problem = problem;
    d.body = resolution;
    d.lang = u"zh"_s;
    d.category = u"returns"_s;
    d.outcome = outcome;
    d.satisfaction = satisfaction;
    return d;
}

QList<SearchDocument> corpus()
{
    return {
        article(u"kb-size"_s, u"尺码选择指南"_s,
                u"## 如何选择尺码\n根据身高体重参考**尺码表**。如果衣服偏大或偏小，可以在签收后申请换码。"_s, u"zh"_s,
                u"sizing"_s, {u"尺码"_s, u"换码"_s}),
        article(u"kb-return"_s, u"退货政策"_s,
                u"签收后7天内可无理由退货，商品需保持吊牌完好、未洗涤。金卡会员享30天退货期。"_s, u"zh"_s, u"returns"_s,
                {u"退货"_s}),
        article(u"kb-ship"_s, u"配送时效说明"_s,
                u"标准配送2-4天送达，一线城市1-2天。偏远地区5-10天。下单后可在订单页面查看物流信息。"_s, u"zh"_s,
                u"shipping"_s),
        article(u"kb-invoice"_s, u"电子发票开具"_s, u"签收后30天内可申请电子普通发票，增值税专用发票需5个工作日。"_s,
                u"zh"_s, u"payment"_s),
        article(u"kb-points"_s, u"积分规则"_s, u"积分在签收15天后到账，100积分抵1元，最多抵扣订单金额的50%。"_s,
                u"zh"_s, u"membership"_s),
        article(u"en-size"_s, u"Choosing your size"_s,
                u"Use the size chart with your height and weight. If an item runs large, you can exchange it for "
                u"a smaller one once per order line."_s,
                u"en"_s, u"sizing"_s),
        article(u"en-return"_s, u"Returns and refunds"_s,
                u"Items can be sent back within 7 days of delivery with tags attached. Refunds go to the original "
                u"payment method within 3 business days after inspection."_s,
                u"en"_s, u"returns"_s),
        article(u"en-ship"_s, u"Delivery times"_s,
                u"Standard delivery takes 2 to 4 days; express next-day delivery is available in 48 cities for "
                u"orders placed before 15:00."_s,
                u"en"_s, u"shipping"_s),
        article(u"en-privacy"_s, u"Your personal data"_s,
                u"Customers can ask for their personal data to be exported or deleted; requests go to the privacy "
                u"team within 15 days."_s,
                u"en"_s, u"privacy"_s),
        caseDoc(u"case-escalated"_s, u"裤子买大了想换小一码"_s, u"转给主管处理，客户等待三天后换货"_s,
                CaseOutcome::Escalated, 2),
        caseDoc(u"case-fcr"_s, u"裤子买大了想换小一码"_s, u"直接为客户申请换码，免费上门取件"_s,
                CaseOutcome::ResolvedFirstContact, 5),
    };
}

QStringList ids(const SearchResults &r)
{
    QStringList out;
    for (const SearchHit &h : r.hits)
        out.append(h.documentId);
    return out;
}

} // namespace

class TestSearchEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void findsArticles_data();
    void findsArticles();
    void filtersByLanguageCategoryAndType();
    void snippetHighlightsMatchedWords();
    void feedbackRaisesTheDocument();
    void casesRankByOutcome();
    void persistsAcrossReopen();
    void replaceAndRemove();
    void badQueries();
    void lexiconEditsReindex();

private:
    std::unique_ptr<SearchEngine> openEngine();
    QTemporaryDir m_dir;
    DatabaseKey m_key;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchEngine> m_engine;
};

std::unique_ptr<SearchEngine> TestSearchEngine::openEngine()
{
    m_db = Database::open(m_dir.filePath(u"search.db"_s), m_key, {.create = true});
    return std::make_unique<SearchEngine>(*m_db);
}

void TestSearchEngine::init()
{
    QFile::remove(m_dir.filePath(u"search.db"_s));
    m_key = randomKey();
    m_engine = openEngine();
    m_engine->addDocuments(corpus());
}

void TestSearchEngine::cleanup()
{
    m_engine.reset();
    m_db.reset();
}

void TestSearchEngine::findsArticles_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("simplified") << u"退货政策"_s << u"kb-return"_s;
    QTest::newRow("traditional query, simplified article") << u"退貨期限是幾天"_s << u"kb-return"_s;
    QTest::newRow("bigram word ICU splits") << u"多久发货"_s << u"kb-ship"_s;
    QTest::newRow("synonym 码数 → 尺码") << u"码数怎么选"_s << u"kb-size"_s;
    QTest::newRow("synonym 物流 → 配送") << u"快递几天能到"_s << u"kb-ship"_s;
    QTest::newRow("english stemmed") << u"refunding a returned item"_s << u"en-return"_s;
    QTest::newRow("english synonym too big") << u"the jacket is too big"_s << u"en-size"_s;
    QTest::newRow("full width") << u"ＩＮＶＯＩＣＥ 发票"_s << u"kb-invoice"_s;
}

void TestSearchEngine::findsArticles()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    SearchRequest req;
    req.query = query;
    req.limit = 3;
    const SearchResults res = m_engine->search(req);
    QVERIFY2(res.error.isEmpty(), qPrintable(res.error));
    QVERIFY2(!res.hits.isEmpty(), qPrintable(query));
    QCOMPARE(res.hits.first().documentId, expected);
}

void TestSearchEngine::filtersByLanguageCategoryAndType()
{
    SearchRequest req;
    req.query = u"size 尺码 return 退货"_s;
    req.limit = 20;
    req.filter.languages = {u"en"_s};
    SearchResults res = m_engine->search(req);
    QVERIFY(!res.hits.isEmpty());
    for (const SearchHit &h : res.hits)
        QCOMPARE(h.lang, u"en"_s);
    req.filter = {};
    req.filter.categories = {u"returns"_s};
    res = m_engine->search(req);
    QVERIFY(!res.hits.isEmpty());
    for (const SearchHit &h : res.hits)
        QCOMPARE(h.category, u"returns"_s);
    req.filter = {};
    req.filter.types = {DocType::Case};
    req.query = u"买大了"_s;
    res = m_engine->search(req);
    QCOMPARE(res.hits.size(), 2);
    for (const SearchHit &h : res.hits)
        QCOMPARE(h.type, DocType::Case);
}

void TestSearchEngine::snippetHighlightsMatchedWords()
{
    SearchRequest req;
    req.query = u"碼數偏大"_s; // Traditional; the article says 尺码 … 偏大 in Simplified
    req.limit = 1;
    const SearchResults res = m_engine->search(req);
    QCOMPARE(ids(res).value(0), u"kb-size"_s);
    const SearchHit &h = res.hits.first();
    QVERIFY(!h.snippet.contains(u"**"_s)); // Markdown markup is gone
    QVERIFY(!h.snippet.contains(u"##"_s));
    QStringList highlighted;
    for (const HighlightSpan &s : h.snippetHighlights) {
        QVERIFY(s.start >= 0 && s.start + s.length <= h.snippet.size());
        highlighted.append(h.snippet.mid(s.start, s.length));
    }
    QVERIFY2(highlighted.join(u'|').contains(u"偏大"_s), qPrintable(highlighted.join(u'|')));
    QVERIFY2(highlighted.join(u'|').contains(u"尺码"_s), qPrintable(highlighted.join(u'|'))); // via the concept
    QStringList titleMarks;
    for (const HighlightSpan &s : h.titleHighlights)
        titleMarks.append(h.title.mid(s.start, s.length));
    QCOMPARE(titleMarks, QStringList{u"尺码"_s});
}

void TestSearchEngine::feedbackRaisesTheDocument()
{
    SearchRequest req;
    req.query = u"收到的货和图片不一样怎么办"_s;
    req.limit = 10;
    const QStringList before = ids(m_engine->search(req));
    const int rankBefore = int(before.indexOf(u"en-privacy"_s));
    QVERIFY(rankBefore != 0);
    FeedbackEvent e;
    e.query = u"收到的货和图片不一样怎么办"_s;
    e.documentId = u"en-privacy"_s;
    m_engine->recordFeedback(e);
    // The same question asked again (in Traditional) now has the document that solved it first.
    req.query = u"收到的貨和圖片不一樣怎麼辦"_s;
    const SearchResults after = m_engine->search(req);
    QCOMPARE(ids(after).value(0), u"en-privacy"_s);
    QVERIFY(after.hits.first().feedbackBoost > 0);
    // An unrelated query is not affected.
    req.query = u"电子发票"_s;
    QCOMPARE(ids(m_engine->search(req)).value(0), u"kb-invoice"_s);
    QCOMPARE(m_engine->unsyncedFeedback().size(), 1);
    const QJsonObject json = m_engine->unsyncedFeedback().first().toJson();
    QString error;
    const auto back = FeedbackEvent::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->documentId, u"en-privacy"_s);
}

void TestSearchEngine::casesRankByOutcome()
{
    SearchRequest req;
    req.query = u"裤子买大了想换小一码"_s;
    req.filter.types = {DocType::Case};
    const SearchResults res = m_engine->search(req);
    // Same problem text: the one resolved on first contact with a happy customer ranks first.
    QCOMPARE(ids(res), (QStringList{u"case-fcr"_s, u"case-escalated"_s}));
    QCOMPARE(res.hits.first().outcome, CaseOutcome::ResolvedFirstContact);
}

void TestSearchEngine::persistsAcrossReopen()
{
    SearchRequest req;
    req.query = u"积分什么时候到账"_s;
    const QStringList before = ids(m_engine->search(req));
    const EngineStats stats = m_engine->stats();
    QCOMPARE(stats.encoder, u"lsa"_s);
    QCOMPARE(stats.vectors, int(corpus().size()));
    m_engine.reset();
    m_engine = openEngine();
    QCOMPARE(m_engine->stats().vectors, stats.vectors);
    QCOMPARE(ids(m_engine->search(req)), before);
    QCOMPARE(before.value(0), u"kb-points"_s);
}

void TestSearchEngine::replaceAndRemove()
{
    SearchDocument d = corpus().at(3);
    d.title = u"发票与收据"_s;
    d.body = u"需要收据请联系客服。"_s;
    m_engine->addDocuments({d});
    QCOMPARE(m_engine->stats().documents, int(corpus().size()));
    SearchRequest req;
    req.query = u"收据"_s;
    QCOMPARE(ids(m_engine->search(req)).value(0), u"kb-invoice"_s);
    req.query = u"增值税"_s; // only in the replaced text: no lexical match any more
    for (const SearchHit &h : m_engine->search(req).hits)
        QVERIFY(h.documentId != u"kb-invoice"_s || h.lexicalRank == 0);
    QVERIFY(m_engine->removeDocument(u"kb-invoice"_s));
    QVERIFY(!m_engine->removeDocument(u"kb-invoice"_s));
    req.query = u"收据"_s;
    QVERIFY(!ids(m_engine->search(req)).contains(u"kb-invoice"_s));
}

void TestSearchEngine::badQueries()
{
    SearchRequest req;
    req.query = QString();
    QCOMPARE(m_engine->search(req).error, u"empty query"_s);
    req.query = u"   \t\n"_s;
    QCOMPARE(m_engine->search(req).error, u"empty query"_s);
    req.query = u"\u0001\u0002\u001b"_s;
    QVERIFY(m_engine->search(req).error.contains(u"no searchable words"_s));
    req.query = u"的了吗"_s;
    QVERIFY(!m_engine->search(req).error.isEmpty());
    // A 10 kB query: cut, answered, and flagged.
    QString huge;
    while (huge.size() < 10 * 1024)
        huge += u"退货 return policy 尺码 "_s;
    req.query = huge;
    const SearchResults res = m_engine->search(req);
    QVERIFY(res.error.isEmpty());
    QVERIFY(res.truncatedQuery);
    QVERIFY(!res.hits.isEmpty());
    // Control characters inside a real query are ignored.
    req.query = u"退货\u0000政策\u0007"_s;
    QCOMPARE(ids(m_engine->search(req)).value(0), u"kb-return"_s);
    // FTS5 syntax in the query is just text.
    req.query = u"\"退货 OR NEAR( AND *"_s;
    QVERIFY(m_engine->search(req).error.isEmpty());
}

void TestSearchEngine::lexiconEditsReindex()
{
    SearchRequest req;
    req.query = u"个资外泄"_s; // Taiwanese usage; no word shared with the English privacy article
    req.useDense = false;      // the lexicon acts on terms: look at the lexical retriever alone
    QVERIFY(!ids(m_engine->search(req)).contains(u"en-privacy"_s));
    SynonymLexicon edits;
    edits.addTerms(u"data_request"_s, {u"个资"_s, u"personal data"_s});
    m_engine->setLexiconEdits(edits);
    QCOMPARE(ids(m_engine->search(req)).value(0), u"en-privacy"_s);
    // Stored: a reopened engine knows the edit.
    m_engine.reset();
    m_engine = openEngine();
    QCOMPARE(ids(m_engine->search(req)).value(0), u"en-privacy"_s);
}

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
