// The Model2Vec loader on small models this test generates: safetensors (F32 and F16), WordPiece and
// Unigram tokenizer.json, per-token weights and vocabulary mapping, and damaged files.
#include "core/search/Model2VecEncoder.h"
#include "core/search/SafeTensors.h"
#include "core/search/SearchEngine.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace panorama::search;

namespace {

const QStringList kVocab = {u"[PAD]"_s, u"[UNK]"_s, u"[CLS]"_s, u"[SEP]"_s, u"return"_s, u"refund"_s, u"##s"_s,
                            u"##ed"_s,  u"size"_s,  u"big"_s,   u"small"_s, u"ship"_s,   u"##ping"_s, u"退"_s,
                            u"货"_s,    u"款"_s,    u"尺"_s,    u"码"_s,    u","_s,      u"the"_s};

// Embeddings in 4 dimensions: axis 0 = returns/refunds, 1 = size, 2 = shipping, 3 = filler.
std::vector<float> embeddings()
{
    QHash<QString, std::array<float, 4>> e = {
        {u"return"_s, {1, 0, 0, 0.1f}}, {u"refund"_s, {0.9f, 0, 0.1f, 0}}, {u"退"_s, {1, 0, 0, 0}},
        {u"货"_s, {0.5f, 0, 0.5f, 0}},  {u"款"_s, {0.8f, 0, 0, 0.2f}},     {u"size"_s, {0, 1, 0, 0}},
        {u"big"_s, {0, 0.8f, 0, 0.2f}}, {u"small"_s, {0, 0.8f, 0, 0.3f}},  {u"尺"_s, {0, 1, 0, 0}},
        {u"码"_s, {0, 0.9f, 0, 0.1f}},  {u"ship"_s, {0, 0, 1, 0}},         {u"##ping"_s, {0, 0, 0.5f, 0.5f}},
    };
    std::vector<float> out;
    for (const QString &t : kVocab) {
        const auto v = e.value(t, {0, 0, 0, 1});
        out.insert(out.end(), v.begin(), v.end());
    }
    return out;
}

QByteArray f16(float f)
{
    // Round-to-nearest conversion is not needed: the test values are exactly representable or close enough.
    quint32 bits;
    std::memcpy(&bits, &f, 4);
    const quint16 sign = quint16((bits >> 16) & 0x8000);
    const int exp = int((bits >> 23) & 0xFF) - 127 + 15;
    quint16 h = sign;
    if (f != 0.0f && exp > 0 && exp < 31)
        h = quint16(sign | (exp << 10) | ((bits >> 13) & 0x3FF));
    QByteArray b(2, 0);
    qToLittleEndian<quint16>(h, b.data());
    return b;
}

struct TensorSpec
{
    QString name;
    QString dtype;
    QList<qint64> shape;
    QByteArray data;
};

QByteArray safetensors(const QList<TensorSpec> &tensors)
{
    QJsonObject header{{u"__metadata__"_s, QJsonObject{{u"format"_s, u"pt"_s}}}};
    QByteArray data;
    for (const TensorSpec &t : tensors) {
        QJsonArray shape;
        for (qint64 s : t.shape)
            shape.append(double(s));
        header.insert(t.name, QJsonObject{{u"dtype"_s, t.dtype},
                                          {u"shape"_s, shape},
                                          {u"data_offsets"_s,
                                           QJsonArray{double(data.size()), double(data.size() + t.data.size())}}});
        data += t.data;
    }
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out(8, 0);
    qToLittleEndian<qint64>(json.size(), out.data());
    return out + json + data;
}

QByteArray floats(const std::vector<float> &v, bool half)
{
    QByteArray out;
    for (float f : v) {
        if (half) {
            out += f16(f);
        } else {
            QByteArray b(4, 0);
            qToLittleEndian<float>(f, b.data());
            out += b;
        }
    }
    return out;
}

QByteArray wordPieceTokenizer()
{
    QJsonObject vocab;
    for (int i = 0; i < kVocab.size(); ++i)
        vocab.insert(kVocab[i], i);
    const QJsonObject root{{u"version"_s, u"1.0"_s},
                           {u"normalizer"_s, QJsonObject{{u"type"_s, u"BertNormalizer"_s},
                                                         {u"lowercase"_s, true},
                                                         {u"handle_chinese_chars"_s, true},
                                                         {u"strip_accents"_s, QJsonValue()}}},
                           {u"pre_tokenizer"_s, QJsonObject{{u"type"_s, u"BertPreTokenizer"_s}}},
                           {u"model"_s, QJsonObject{{u"type"_s, u"WordPiece"_s},
                                                    {u"unk_token"_s, u"[UNK]"_s},
                                                    {u"continuing_subword_prefix"_s, u"##"_s},
                                                    {u"max_input_chars_per_word"_s, 100},
                                                    {u"vocab"_s, vocab}}}};
    return QJsonDocument(root).toJson();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

double cosine(const std::vector<float> &a, const std::vector<float> &b)
{
    return dot(a, b);
}

} // namespace

class TestModel2Vec final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordPieceTokenization();
    void encodesGeneratedModel_data();
    void encodesGeneratedModel();
    void weightsAndMapping();
    void unigramTokenizer();
    void damagedModels_data();
    void damagedModels();
    void engineSearchesWithModel2Vec();

private:
    QString makeModel(const QString &name, bool half);
    QTemporaryDir m_dir;
};

QString TestModel2Vec::makeModel(const QString &name, bool half)
{
    const QString dir = m_dir.filePath(name);
    QDir().mkpath(dir);
    writeFile(dir + u"/tokenizer.json"_s, wordPieceTokenizer());
    writeFile(
        dir + u"/model.safetensors"_s,
        safetensors({{u"embeddings"_s, half ? u"F16"_s : u"F32"_s, {kVocab.size(), 4}, floats(embeddings(), half)}}));
    writeFile(dir + u"/config.json"_s, R"({"model_type":"model2vec","normalize":true})");
    return dir;
}

void TestModel2Vec::wordPieceTokenization()
{
    QString error;
    const auto t = SubwordTokenizer::fromJson(wordPieceTokenizer(), &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->tokens(u"Returns, REFUNDED shipping"_s),
             (QStringList{u"return"_s, u"##s"_s, u","_s, u"refund"_s, u"##ed"_s, u"ship"_s, u"##ping"_s}));
    // Chinese characters become single tokens; unknown words become [UNK].
    QCOMPARE(t->tokens(u"退货xyz"_s), (QStringList{u"退"_s, u"货"_s, u"[UNK]"_s}));
}

void TestModel2Vec::encodesGeneratedModel_data()
{
    QTest::addColumn<bool>("half");
    QTest::newRow("F32") << false;
    QTest::newRow("F16") << true;
}

void TestModel2Vec::encodesGeneratedModel()
{
    QFETCH(bool, half);
    QString error;
    auto enc = Model2VecEncoder::load(makeModel(half ? u"m16"_s : u"m32"_s, half), &error);
    QVERIFY2(enc, qPrintable(error));
    QCOMPARE(enc->dimension(), 4);
    QVERIFY(enc->name().startsWith(u"model2vec:"_s));
    const auto refund = enc->encode(u"refund"_s);
    const auto ret = enc->encode(u"退款"_s);
    const auto size = enc->encode(u"尺码"_s);
    QVERIFY(std::abs(dot(refund, refund) - 1.0f) < 1e-3);
    QVERIFY(cosine(refund, ret) > 0.9);
    QVERIFY(cosine(refund, size) < 0.2);
    QVERIFY(cosine(enc->encode(u"too big size"_s), size) > 0.8);
    // Nothing known: a zero vector, not NaN.
    const auto none = enc->encode(u"qqq zzz"_s);
    QCOMPARE(dot(none, none), 0.0f);
}

void TestModel2Vec::weightsAndMapping()
{
    const QString dir = m_dir.filePath(u"mapped"_s);
    QDir().mkpath(dir);
    writeFile(dir + u"/tokenizer.json"_s, wordPieceTokenizer());
    // Two embedding rows: row 0 = returns, row 1 = size; every token maps to one of them.
    std::vector<float> rows = {1, 0, 0, 0, 0, 1, 0, 0};
    QByteArray mapping;
    QByteArray weights;
    for (const QString &t : kVocab) {
        QByteArray m(8, 0), w(4, 0);
        qToLittleEndian<qint64>((t == u"size"_s || t == u"尺"_s || t == u"码"_s || t == u"big"_s) ? 1 : 0, m.data());
        qToLittleEndian<float>(t == u"big"_s ? 3.0f : 1.0f, w.data());
        mapping += m;
        weights += w;
    }
    writeFile(dir + u"/model.safetensors"_s, safetensors({{u"embeddings"_s, u"F32"_s, {2, 4}, floats(rows, false)},
                                                          {u"mapping"_s, u"I64"_s, {kVocab.size()}, mapping},
                                                          {u"weights"_s, u"F32"_s, {kVocab.size()}, weights}}));
    QString error;
    auto enc = Model2VecEncoder::load(dir, &error);
    QVERIFY2(enc, qPrintable(error));
    // "return big": weights 1 (row 0) and 3 (row 1) → mostly the size axis.
    const auto v = enc->encode(u"return big"_s);
    QVERIFY(v[1] > 2.5 * v[0]);
}

void TestModel2Vec::unigramTokenizer()
{
    const QJsonArray vocab{QJsonArray{u"<unk>"_s, 0.0}, QJsonArray{u"\u2581re"_s, -2.0},
                           QJsonArray{u"turn"_s, -2.0}, QJsonArray{u"\u2581return"_s, -3.0},
                           QJsonArray{u"s"_s, -1.0},    QJsonArray{u"\u2581"_s, -1.0},
                           QJsonArray{u"退货"_s, -2.0}, QJsonArray{u"\u2581退"_s, -3.0}};
    const QJsonObject root{
        {u"normalizer"_s, QJsonObject{{u"type"_s, u"Sequence"_s},
                                      {u"normalizers"_s, QJsonArray{QJsonObject{{u"type"_s, u"Lowercase"_s}}}}}},
        {u"model"_s, QJsonObject{{u"type"_s, u"Unigram"_s}, {u"unk_id"_s, 0}, {u"vocab"_s, vocab}}}};
    QString error;
    const auto t = SubwordTokenizer::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY2(t, qPrintable(error));
    // "▁return" (-3) beats "▁re"+"turn" (-4); the trailing s is its own piece.
    QCOMPARE(t->tokens(u"Returns"_s), (QStringList{u"\u2581return"_s, u"s"_s}));
    // "▁" + "退货" (-3) beats "▁退" + an unknown 货 (-3 - 10).
    QCOMPARE(t->tokens(u"退货"_s), (QStringList{u"\u2581"_s, u"退货"_s}));
    // An unknown character is one <unk> piece, dropped from the ids Model2Vec averages.
    QCOMPARE(t->tokens(u"z"_s), (QStringList{u"\u2581"_s, u"<unk>"_s}));
}

void TestModel2Vec::damagedModels_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing dir") << u"missing-dir"_s << u"does not exist"_s;
    QTest::newRow("truncated safetensors") << u"truncated"_s << u"does not fit"_s;
    QTest::newRow("offsets past end") << u"offsets"_s << u"outside the file"_s;
    QTest::newRow("bad dtype") << u"dtype"_s << u"unsupported dtype"_s;
    QTest::newRow("no embeddings tensor") << u"noemb"_s << u"'embeddings'"_s;
    QTest::newRow("too few rows") << u"rows"_s << u"rows for a vocabulary"_s;
    QTest::newRow("tokenizer kind") << u"bpe"_s << u"not supported"_s;
    QTest::newRow("tokenizer json") << u"badjson"_s << u"not valid JSON"_s;
}

void TestModel2Vec::damagedModels()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    QString dir = makeModel(u"bad-"_s + what, false);
    const QString st = dir + u"/model.safetensors"_s;
    const std::vector<float> e = embeddings();
    if (what == u"missing-dir"_s) {
        dir = m_dir.filePath(u"nothing-here"_s);
    } else if (what == u"truncated"_s) {
        QFile f(st);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(20);
    } else if (what == u"offsets"_s) {
        QByteArray bytes = safetensors({{u"embeddings"_s, u"F32"_s, {kVocab.size(), 4}, floats(e, false)}});
        bytes.chop(16);
        writeFile(st, bytes);
    } else if (what == u"dtype"_s) {
        writeFile(st, safetensors({{u"embeddings"_s, u"Q4"_s, {kVocab.size(), 4}, floats(e, false)}}));
    } else if (what == u"noemb"_s) {
        writeFile(st, safetensors({{u"weights"_s, u"F32"_s, {kVocab.size(), 4}, floats(e, false)}}));
    } else if (what == u"rows"_s) {
        writeFile(st, safetensors({{u"embeddings"_s, u"F32"_s, {2, 4}, floats({1, 0, 0, 0, 0, 1, 0, 0}, false)}}));
    } else if (what == u"bpe"_s) {
        writeFile(dir + u"/tokenizer.json"_s, R"({"model":{"type":"BPE","vocab":{},"merges":[]}})");
    } else if (what == u"badjson"_s) {
        writeFile(dir + u"/tokenizer.json"_s, "{ not json");
    }
    QString error;
    QVERIFY(!Model2VecEncoder::load(dir, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestModel2Vec::engineSearchesWithModel2Vec()
{
    auto db = panorama::Database::open(m_dir.filePath(u"m2v.db"_s), panorama::DatabaseKey::plain(), {.create = true});
    SearchEngine engine(*db);
    QList<SearchDocument> docs;
    for (const auto &[id, title] : {std::pair{u"refund"_s, u"Refund policy"_s}, std::pair{u"size"_s, u"Size chart"_s},
                                    std::pair{u"ship"_s, u"Shipping times"_s}}) {
        SearchDocument d;
        d.id = id;
        d.title = title;
        d.body = title;
        docs.append(d);
    }
    engine.addDocuments(docs);
    QString error;
    auto enc = Model2VecEncoder::load(makeModel(u"engine"_s, false), &error);
    QVERIFY2(enc, qPrintable(error));
    engine.setEncoder(std::move(enc));
    QVERIFY(engine.stats().encoder.startsWith(u"model2vec:"_s));
    QCOMPARE(engine.stats().vectors, 3);
    SearchRequest req;
    req.query = u"退款"_s; // no shared word with the English title: only the model's vectors connect them
    req.useLexical = false;
    const SearchResults res = engine.search(req);
    QVERIFY(!res.hits.isEmpty());
    QCOMPARE(res.hits.first().documentId, u"refund"_s);
}

QTEST_GUILESS_MAIN(TestModel2Vec)
#include "tst_model2vec.moc"
