// The dense side: exact scan and HNSW agree, the HNSW graph round-trips through a byte stream, a damaged stream
// is refused with a reason, and the engine keeps the graph in the encrypted cache so an open does not rebuild it.
#include "core/search/SearchEngine.h"
#include "core/search/VectorIndex.h"
#include "core/storage/Database.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::search;

namespace {

constexpr int kDim = 16;

std::vector<float> unitVector(QRandomGenerator &rng)
{
    std::vector<float> v(kDim);
    double norm = 0;
    for (float &x : v) {
        x = float(rng.generateDouble() * 2.0 - 1.0);
        norm += double(x) * x;
    }
    for (float &x : v)
        x = float(x / std::sqrt(norm));
    return v;
}

VectorIndexOptions hnswAbove(int limit)
{
    VectorIndexOptions o;
    o.exactLimit = limit;
    o.hnswEfSearch = 200; // near-exact on a few hundred points, so the comparison with the scan is strict
    return o;
}

QByteArray serialized(const VectorIndex &index)
{
    QByteArray bytes;
    index.writeGraph([&](const char *data, size_t size) { bytes.append(data, qsizetype(size)); });
    return bytes;
}

bool readFrom(VectorIndex &index, const QByteArray &bytes, QString *error)
{
    qsizetype pos = 0;
    return index.readGraph(
        [&](char *out, size_t size) {
            if (pos + qsizetype(size) > bytes.size())
                return false;
            std::memcpy(out, bytes.constData() + pos, size);
            pos += qsizetype(size);
            return true;
        },
        error);
}

QStringList hitIds(const SearchResults &r)
{
    QStringList out;
    for (const SearchHit &h : r.hits)
        out.append(h.documentId);
    return out;
}

} // namespace

class TestVectorIndex final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactAndHnswAgree();
    void graphRoundTrip();
    void damagedGraphIsRefused_data();
    void damagedGraphIsRefused();
    void engineStoresGraphInCache();
};

void TestVectorIndex::exactAndHnswAgree()
{
    QRandomGenerator rng(5);
    VectorIndex exact(kDim, hnswAbove(100000));
    VectorIndex hnsw(kDim, hnswAbove(50));
    for (qint64 id = 1; id <= 400; ++id) {
        const auto v = unitVector(rng);
        exact.upsert(id, v);
        hnsw.upsert(id, v);
    }
    exact.finalize();
    hnsw.finalize();
    QVERIFY(!exact.usesHnsw());
    QVERIFY(hnsw.usesHnsw());
    for (int q = 0; q < 20; ++q) {
        const auto v = unitVector(rng);
        const auto a = exact.search(v, 5);
        const auto b = hnsw.search(v, 5);
        QCOMPARE(a.size(), 5);
        QCOMPARE(b.first().first, a.first().first);
        QVERIFY(std::abs(b.first().second - a.first().second) < 1e-5f);
    }
    exact.remove(7);
    hnsw.remove(7);
    QCOMPARE(hnsw.size(), 399);
    for (const auto &p : hnsw.search(unitVector(rng), 400))
        QVERIFY(p.first != 7);
    // Shrinking below the limit goes back to an exact scan over the vectors the graph held.
    for (qint64 id = 8; id <= 380; ++id) {
        exact.remove(id);
        hnsw.remove(id);
    }
    hnsw.finalize();
    QVERIFY(!hnsw.usesHnsw());
    QCOMPARE(hnsw.size(), 26);
    for (int q = 0; q < 10; ++q) {
        const auto v = unitVector(rng);
        QCOMPARE(hnsw.search(v, 26), exact.search(v, 26));
    }
}

void TestVectorIndex::graphRoundTrip()
{
    QRandomGenerator rng(9);
    VectorIndex a(kDim, hnswAbove(50));
    QByteArray empty;
    QVERIFY(!a.writeGraph([&](const char *d, size_t n) { empty.append(d, qsizetype(n)); })); // no graph yet
    std::vector<std::vector<float>> vectors;
    for (qint64 id = 1; id <= 300; ++id) {
        vectors.push_back(unitVector(rng));
        a.upsert(id * 10, vectors.back());
    }
    a.finalize();
    QVERIFY(a.graphDirty());
    a.remove(20); // a deleted element travels as deleted
    const QByteArray bytes = serialized(a);
    QVERIFY(bytes.size() > 300 * kDim * int(sizeof(float)));

    VectorIndex b(kDim, hnswAbove(50));
    QString error;
    QVERIFY2(readFrom(b, bytes, &error), qPrintable(error));
    QVERIFY(b.usesHnsw());
    QVERIFY(!b.graphDirty());
    QCOMPARE(b.size(), 299);
    for (int q = 0; q < 20; ++q) {
        const auto v = unitVector(rng);
        QCOMPARE(b.search(v, 10), a.search(v, 10));
    }
    // The point itself is its own nearest neighbour, and the deleted one is gone.
    QCOMPARE(b.search(vectors[4], 1).first().first, qint64(50));
    for (const auto &p : b.search(vectors[1], 300))
        QVERIFY(p.first != 20);
    // A loaded graph keeps growing like a built one.
    const auto extra = unitVector(rng);
    b.upsert(99999, extra);
    QVERIFY(b.graphDirty());
    QCOMPARE(b.search(extra, 1).first().first, qint64(99999));
}

void TestVectorIndex::damagedGraphIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << u"empty"_s << u"not a stored HNSW graph"_s;
    QTest::newRow("magic") << u"magic"_s << u"not a stored HNSW graph"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"truncated"_s;
    QTest::newRow("dimension") << u"dimension"_s << u"dimension"_s;
    QTest::newRow("neighbour id") << u"neighbour"_s << u"neighbour list out of range"_s;
}

void TestVectorIndex::damagedGraphIsRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, reason);
    QRandomGenerator rng(3);
    VectorIndex a(kDim, hnswAbove(20));
    for (qint64 id = 1; id <= 100; ++id)
        a.upsert(id, unitVector(rng));
    a.finalize();
    QByteArray bytes = serialized(a);
    constexpr int kHeader = 8 + 9 * 8;
    if (damage == u"empty"_s)
        bytes.clear();
    else if (damage == u"magic"_s)
        bytes[0] = 'X';
    else if (damage == u"truncated"_s)
        bytes.chop(100);
    else if (damage == u"neighbour"_s) {
        // Element 0's level-0 list: a count of 1 and a neighbour id far outside the graph.
        const quint32 count = 1, bad = 0x7fffffff;
        std::memcpy(bytes.data() + kHeader, &count, 4);
        std::memcpy(bytes.data() + kHeader + 4, &bad, 4);
    }
    VectorIndex b(damage == u"dimension"_s ? kDim * 2 : kDim, hnswAbove(20));
    b.upsert(1, std::vector<float>(size_t(b.dimension()), 0.25f));
    QString error;
    QVERIFY(!readFrom(b, bytes, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(b.size(), 1); // the index is left as it was
    QVERIFY(!b.usesHnsw());
}

void TestVectorIndex::engineStoresGraphInCache()
{
    QTemporaryDir dir;
    QByteArray keyBytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(keyBytes.data()), 8);
    const DatabaseKey key = DatabaseKey::raw(keyBytes);
    const QString path = dir.filePath(u"graph.db"_s);
    SearchConfig config;
    config.vectors.exactLimit = 30; // HNSW from 31 documents on
    QList<SearchDocument> docs;
    const QStringList topics = {u"退货运费谁承担"_s, u"尺码偏大怎么换"_s, u"快递几天到"_s,
                                u"发票怎么开"_s,     u"积分何时到账"_s,   u"refund to original payment"_s};
    for (int i = 0; i < 120; ++i) {
        SearchDocument d;
        d.id = u"doc-%1"_s.arg(i);
        d.title = topics[i % topics.size()] + u" %1"_s.arg(i);
        d.body = topics[(i * 7) % topics.size()] + u" "_s + topics[(i + 1) % topics.size()];
        d.lang = i % topics.size() == 5 ? u"en"_s : u"zh"_s;
        docs.append(d);
    }
    SearchRequest req;
    req.query = u"尺码偏大"_s;
    req.useLexical = false; // the dense side alone, so the graph decides the answer
    QStringList before;
    {
        auto db = Database::open(path, key, {.create = true});
        SearchEngine engine(*db, config);
        engine.addDocuments(docs);
        QVERIFY(engine.stats().hnsw);
        QVERIFY(!engine.stats().graphLoaded);
        const QString space = engine.encoder()->name();
        // A bulk import below the persist threshold leaves the graph to the destructor.
        QVERIFY(!engine.index().hasGraph(space));
        before = hitIds(engine.search(req));
        QVERIFY(!before.isEmpty());
    }
    {
        auto db = Database::open(path, key);
        SearchEngine engine(*db, config);
        const EngineStats s = engine.stats();
        QVERIFY(s.hnsw);
        QVERIFY(s.graphLoaded); // read from the cache, not rebuilt
        QCOMPARE(s.vectors, 120);
        QCOMPARE(hitIds(engine.search(req)), before);
        // Removing a document drops the stored graph in the same transaction; closing stores the new one.
        QVERIFY(engine.removeDocument(before.first()));
        QVERIFY(!engine.index().hasGraph(engine.encoder()->name()));
    }
    {
        auto db = Database::open(path, key);
        SearchEngine engine(*db, config);
        QVERIFY(engine.stats().graphLoaded);
        QCOMPARE(engine.stats().vectors, 119);
        QVERIFY(!hitIds(engine.search(req)).contains(before.first()));
        // Damage the stored graph: the open rebuilds it from the stored vectors and searches still work.
        db->query("UPDATE search_graph SET data = zeroblob(64) WHERE chunk = 0").exec();
    }
    {
        auto db = Database::open(path, key);
        SearchEngine engine(*db, config);
        QVERIFY(engine.stats().hnsw);
        QVERIFY(!engine.stats().graphLoaded);
        QCOMPARE(engine.stats().vectors, 119);
        QCOMPARE(hitIds(engine.search(req)).value(0), before.value(1));
        QVERIFY(engine.index().hasGraph(engine.encoder()->name())); // the rebuilt graph was stored at once
    }
}

QTEST_GUILESS_MAIN(TestVectorIndex)
#include "tst_vectorindex.moc"
