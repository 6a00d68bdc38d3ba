// The /v1/embeddings client against a loopback HTTP endpoint in this process that speaks the OpenAI JSON
// (the real servers — Ollama, llama.cpp, text-embeddings-inference — cannot run here), and the service
// that uses it: remote query vectors, fallback to the built-in encoder when the endpoint fails, and the
// worker-thread search API with superseded requests.
#include "core/search/RemoteEmbeddingClient.h"
#include "core/search/SearchService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama;
using namespace panorama::search;

namespace {

// A one-route HTTP/1.1 server: answers POST /v1/embeddings according to `mode`.
class FakeEmbeddingServer final : public QObject
{
public:
    enum class Mode
    {
        Ok,
        ServerError,
        BadJson,
        WrongCount,
        Silent
    };
    Mode mode = Mode::Ok;
    QList<QJsonObject> requests;
    QByteArray lastAuthorization;

    FakeEmbeddingServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    // A deterministic 3-d "meaning" for a text: axis 0 privacy, 1 shipping, 2 anything else.
    static QJsonArray embeddingOf(const QString &text)
    {
        if (text.contains(u"个资"_s) || text.contains(u"data"_s))
            return {0.9, 0.1, 0.0};
        if (text.contains(u"包裹"_s) || text.contains(u"delivery"_s))
            return {0.0, 1.0, 0.1};
        return {0.1, 0.1, 1.0};
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = buf.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
            if (line.toLower().startsWith("authorization:"))
                lastAuthorization = line.mid(14).trimmed();
        }
        if (buf.size() < headerEnd + 4 + length)
            return;
        const QJsonObject req = QJsonDocument::fromJson(buf.mid(headerEnd + 4, length)).object();
        buf.clear();
        requests.append(req);
        if (mode == Mode::Silent)
            return; // never answers: the client's timeout must fire
        QByteArray body;
        int status = 200;
        if (mode == Mode::ServerError) {
            status = 500;
            body = "model not loaded";
        } else if (mode == Mode::BadJson) {
            body = "{\"data\": [";
        } else {
            QJsonArray data;
            const QJsonArray input = req.value(u"input"_s).toArray();
            const int n = mode == Mode::WrongCount ? int(input.size()) + 1 : int(input.size());
            for (int i = n - 1; i >= 0; --i) // reversed order: the client must use "index"
                data.append(QJsonObject{{u"object"_s, u"embedding"_s},
                                        {u"index"_s, i},
                                        {u"embedding"_s, embeddingOf(input.at(i % input.size()).toString())}});
            body = QJsonDocument(
                       QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}, {u"model"_s, req.value(u"model"_s)}})
                       .toJson(QJsonDocument::Compact);
        }
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        s->flush();
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

DatabaseKey randomKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return DatabaseKey::raw(bytes);
}

QList<SearchDocument> docs()
{
    QList<SearchDocument> out;
    const QList<std::array<QString, 3>> rows = {
        {u"privacy"_s, u"Personal data requests"_s, u"Export or deletion of personal data goes to the privacy team."_s},
        {u"ship"_s, u"配送时效"_s, u"标准配送2-4天送达。"_s},
        {u"size"_s, u"尺码指南"_s, u"参考尺码表选择合适的尺码。"_s},
    };
    for (int rep = 0; rep < 4; ++rep) {
        for (const auto &r : rows) {
            SearchDocument d;
            d.id = r[0] + QString::number(rep);
            d.title = r[1];
            d.body = r[2];
            out.append(d);
        }
    }
    return out;
}

} // namespace

class TestRemoteEmbedding final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void embedsThroughEndpoint();
    void endpointErrors_data();
    void endpointErrors();
    void parseRejectsBadResponses();
    void vectorsSerialise();
    void serviceSearchesOnWorkerThread();
    void serviceUsesRemoteVectorsAndFallsBack();

private:
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
};

void TestRemoteEmbedding::embedsThroughEndpoint()
{
    FakeEmbeddingServer server;
    RemoteEmbeddingClient client(&m_nam, {server.url(), u"bge-m3"_s, "secret", 3000, 64});
    QSignalSpy ok(&client, &RemoteEmbeddingClient::embedded);
    QSignalSpy bad(&client, &RemoteEmbeddingClient::failed);
    const quint64 ticket = client.embed({u"delete my data"_s, u"包裹到哪了"_s});
    QVERIFY(ok.wait(5000));
    QCOMPARE(bad.count(), 0);
    QCOMPARE(ok.first().at(0).toULongLong(), ticket);
    const auto vectors = ok.first().at(1).value<QList<std::vector<float>>>();
    QCOMPARE(vectors.size(), 2);
    QCOMPARE(vectors[0][0], 0.9f); // order restored from "index"
    QCOMPARE(vectors[1][1], 1.0f);
    QCOMPARE(server.requests.first().value(u"model"_s).toString(), u"bge-m3"_s);
    QCOMPARE(server.requests.first().value(u"input"_s).toArray().size(), 2);
    QCOMPARE(server.lastAuthorization, QByteArray("Bearer secret"));
    QCOMPARE(client.spaceName(), u"remote:bge-m3"_s);
}

void TestRemoteEmbedding::endpointErrors_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("message");
    QTest::newRow("http 500") << int(FakeEmbeddingServer::Mode::ServerError) << u"HTTP 500"_s;
    QTest::newRow("bad json") << int(FakeEmbeddingServer::Mode::BadJson) << u"not valid JSON"_s;
    QTest::newRow("wrong count") << int(FakeEmbeddingServer::Mode::WrongCount) << u"embeddings for"_s;
    QTest::newRow("timeout") << int(FakeEmbeddingServer::Mode::Silent) << u"did not answer"_s;
}

void TestRemoteEmbedding::endpointErrors()
{
    QFETCH(int, mode);
    QFETCH(QString, message);
    FakeEmbeddingServer server;
    server.mode = FakeEmbeddingServer::Mode(mode);
    RemoteEmbeddingClient client(&m_nam, {server.url(), u"m"_s, {}, 300, 64});
    QSignalSpy bad(&client, &RemoteEmbeddingClient::failed);
    client.embed({u"hello"_s});
    QVERIFY(bad.wait(5000));
    QVERIFY2(bad.first().at(1).toString().contains(message), qPrintable(bad.first().at(1).toString()));
}

void TestRemoteEmbedding::parseRejectsBadResponses()
{
    QString error;
    QVERIFY(!RemoteEmbeddingClient::parseResponse(R"({"data":[{"index":0,"embedding":[1,"x"]}]})", 1, &error));
    QVERIFY(error.contains(u"not a number"_s));
    QVERIFY(!RemoteEmbeddingClient::parseResponse(
        R"({"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1]}]})", 2, &error));
    QVERIFY(error.contains(u"dimension"_s));
    QVERIFY(!RemoteEmbeddingClient::parseResponse(
        R"({"data":[{"index":0,"embedding":[1]},{"index":0,"embedding":[2]}]})", 2, &error));
    QVERIFY(error.contains(u"index"_s));
    // Input validation fails through the signal too.
    RemoteEmbeddingClient client(&m_nam, {QUrl(u"http://127.0.0.1:9"_s), u"m"_s, {}, 300, 2});
    QSignalSpy bad(&client, &RemoteEmbeddingClient::failed);
    client.embed({});
    client.embed({u"a"_s, u"b"_s, u"c"_s});
    QTRY_COMPARE(bad.count(), 2);
}

void TestRemoteEmbedding::vectorsSerialise()
{
    const std::vector<float> v = {0.25f, -1.5f, 3.0f};
    const auto back = vectorFromBase64(vectorToBase64(v));
    QVERIFY(back);
    QCOMPARE(*back, v);
    QVERIFY(!vectorFromBase64(u"not base64!"_s));
    QVERIFY(!vectorFromBase64(u"AAA="_s)); // 2 bytes: not a float32 array
}

void TestRemoteEmbedding::serviceSearchesOnWorkerThread()
{
    SearchService service(m_dir.filePath(u"service.db"_s), randomKey());
    QSignalSpy added(&service, &SearchService::documentsAdded);
    QSignalSpy done(&service, &SearchService::searchFinished);
    QSignalSpy failed(&service, &SearchService::searchFailed);
    service.addDocuments(docs());
    QVERIFY(added.wait(10000));
    // Three quick searches: only the newest is answered.
    SearchRequest req;
    req.query = u"尺码"_s;
    service.search(req);
    req.query = u"配送"_s;
    service.search(req);
    req.query = u"尺码表"_s;
    const quint64 last = service.search(req);
    QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1, 10000);
    QTest::qWait(100);
    // Earlier tickets may or may not have run before they were superseded; the newest is always answered last.
    QCOMPARE(done.last().at(0).toULongLong(), last);
    const auto res = done.last().at(1).value<SearchResults>();
    QVERIFY(res.hits.first().documentId.startsWith(u"size"_s));
    QVERIFY(!res.hits.first().snippetHighlights.isEmpty());
    req.query = QString();
    service.search(req);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(1).toString(), u"empty query"_s);
}

void TestRemoteEmbedding::serviceUsesRemoteVectorsAndFallsBack()
{
    FakeEmbeddingServer server;
    RemoteEmbeddingClient client(&m_nam, {server.url(), u"m"_s, {}, 2000, 64});
    // What sync delivers: the server's vectors of the corpus, computed by the same endpoint.
    const QString path = m_dir.filePath(u"remote.db"_s);
    const DatabaseKey key = randomKey();
    {
        auto db = Database::open(path, key, {.create = true});
        SearchEngine engine(*db);
        engine.addDocuments(docs());
        QList<QPair<QString, std::vector<float>>> vectors;
        for (const SearchDocument &d : docs()) {
            std::vector<float> v;
            for (const QJsonValue &x : FakeEmbeddingServer::embeddingOf(d.title + u' ' + d.body))
                v.push_back(float(x.toDouble()));
            vectors.append({d.id, v});
        }
        engine.importVectors(client.spaceName(), vectors);
        // Meaning only the remote space knows: 个资 (personal data) ↔ the English privacy article.
        SearchRequest req;
        req.query = u"个资外泄"_s;
        req.queryVector = {0.9f, 0.1f, 0.0f};
        req.queryVectorSpace = client.spaceName();
        req.useLexical = false;
        QVERIFY(engine.search(req).hits.first().documentId.startsWith(u"privacy"_s));
    }
    SearchService service(path, key);
    service.setRemoteEncoder(&client);
    QSignalSpy done(&service, &SearchService::searchFinished);
    SearchRequest req;
    req.query = u"个资外泄"_s;
    req.useLexical = false;
    service.search(req);
    QVERIFY(done.wait(10000));
    QCOMPARE(server.requests.size(), 1); // the query went through the endpoint
    // The stored remote space answered: 个资 shares no word with the English article.
    QVERIFY(done.first().at(1).value<SearchResults>().hits.first().documentId.startsWith(u"privacy"_s));
    // Endpoint down: the service still answers, with the built-in encoder.
    server.mode = FakeEmbeddingServer::Mode::ServerError;
    req.query = u"尺码表"_s;
    req.useLexical = true;
    service.search(req);
    QVERIFY(done.wait(10000));
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(done.last().at(1).value<SearchResults>().hits.first().documentId.startsWith(u"size"_s));
}

QTEST_GUILESS_MAIN(TestRemoteEmbedding)
#include "tst_remoteembedding.moc"
