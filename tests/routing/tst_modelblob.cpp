// The versioned model blob the server trains and clients sync: identical answers after a round trip, a header
// readable without the weights, and truncated, corrupted, tampered or newer blobs refused with the cause.
#include "SyntheticTickets.h"

#include "core/routing/ClassifierTrainer.h"
#include "core/routing/ModelSerializer.h"
#include "core/routing/RoutingError.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace panorama::routing;
using panorama::routing::testdata::syntheticTickets;

namespace {

QString errorOf(const QByteArray &blob)
{
    try {
        ModelSerializer::deserialize(blob, u"blob"_s);
    } catch (const RoutingError &e) {
        return e.kind() == RoutingErrorKind::BadModel ? e.message() : u"wrong kind: "_s + e.message();
    }
    return u"accepted"_s;
}

} // namespace

class TestModelBlob final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripGivesIdenticalAnswers();
    void headerWithoutWeights();
    void damagedBlobsAreRefused();
    void fileSaveAndLoad();

private:
    TextClassifier m_model;
};

void TestModelBlob::initTestCase()
{
    TrainOptions o;
    o.taxonomyId = u"lumen-retail"_s;
    o.taxonomyVersion = u"1"_s;
    m_model = ClassifierTrainer(o).train(syntheticTickets(40, 21));
}

void TestModelBlob::roundTripGivesIdenticalAnswers()
{
    const QByteArray blob = ModelSerializer::serialize(m_model);
    const TextClassifier back = ModelSerializer::deserialize(blob);
    QCOMPARE(back.labels(), m_model.labels());
    QCOMPARE(back.info().versionId, m_model.info().versionId);
    QCOMPARE(back.info().taxonomyId, u"lumen-retail"_s);
    QCOMPARE(back.info().createdAt, m_model.info().createdAt.addMSecs(-m_model.info().createdAt.time().msec()));
    QCOMPARE(back.threshold(), m_model.threshold());
    QCOMPARE(back.temperature(), m_model.temperature());
    QCOMPARE(back.featureConfig().toJson(), m_model.featureConfig().toJson());
    for (const LabelledExample &e : syntheticTickets(10, 22).examples) {
        const Prediction a = m_model.classify(e.text);
        const Prediction b = back.classify(e.text);
        QCOMPARE(b.label, a.label);
        QCOMPARE(b.confidence, a.confidence);
    }
    // Serialising the loaded model gives the same bytes: nothing is lost or reinterpreted.
    QCOMPARE(ModelSerializer::serialize(back), blob);
}

void TestModelBlob::headerWithoutWeights()
{
    const QJsonObject h = ModelSerializer::peekHeader(ModelSerializer::serialize(m_model));
    QCOMPARE(h.value(u"format"_s).toInt(), int(ModelSerializer::FormatVersion));
    QCOMPARE(h.value(u"labels"_s).toArray().size(), 4);
    QCOMPARE(h.value(u"info"_s).toObject().value(u"versionId"_s).toString(), m_model.info().versionId);
    QCOMPARE(h.value(u"info"_s).toObject().value(u"taxonomyId"_s).toString(), u"lumen-retail"_s);
}

void TestModelBlob::damagedBlobsAreRefused()
{
    const QByteArray blob = ModelSerializer::serialize(m_model);
    QCOMPARE(errorOf(blob), u"accepted"_s);

    QByteArray flipped = blob;
    flipped[flipped.size() - 10] = char(flipped[flipped.size() - 10] ^ 0x20);
    QCOMPARE(errorOf(flipped), u"blob: payload checksum mismatch (corrupted in transfer or on disk)"_s);

    QVERIFY2(errorOf(blob.left(blob.size() - 100)).startsWith(u"blob: truncated payload"_s),
             qPrintable(errorOf(blob.left(blob.size() - 100))));
    QCOMPARE(errorOf(blob.left(20)), u"blob: truncated header"_s);
    QCOMPARE(errorOf(QByteArray("PK\x03\x04 not a model at all")), u"blob: not a Panorama routing model (bad magic)"_s);

    QByteArray newer = blob;
    qToLittleEndian<quint32>(ModelSerializer::FormatVersion + 1, newer.data() + 8);
    QCOMPARE(errorOf(newer), u"blob: model format 2 is newer than this Panorama understands (1); update Panorama"_s);

    // A header edited to claim another version id (same length, so the payload still lines up).
    QByteArray tampered = blob;
    const QByteArray id = m_model.info().versionId.toLatin1();
    QByteArray otherId = id;
    otherId[0] = otherId[0] == '0' ? '1' : '0';
    tampered.replace(tampered.indexOf(id), id.size(), otherId);
    QCOMPARE(errorOf(tampered),
             u"blob: version id %1 does not match the model's content"_s.arg(QString::fromLatin1(otherId)));
}

void TestModelBlob::fileSaveAndLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"model.pnrm"_s);
    ModelSerializer::save(m_model, path);
    QCOMPARE(ModelSerializer::load(path).info().versionId, m_model.info().versionId);
    try {
        ModelSerializer::load(dir.filePath(u"missing.pnrm"_s));
        QFAIL("accepted");
    } catch (const RoutingError &e) {
        QCOMPARE(e.kind(), RoutingErrorKind::Io);
    }
    // A failed save into a missing directory leaves nothing behind and says why.
    QVERIFY_THROWS_EXCEPTION(RoutingError, ModelSerializer::save(m_model, dir.filePath(u"no/such/dir/m.pnrm"_s)));
}

QTEST_GUILESS_MAIN(TestModelBlob)
#include "tst_modelblob.moc"
