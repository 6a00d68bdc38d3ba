#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace panorama::search {

struct RemoteEmbeddingConfig
{
    QUrl baseUrl;         // e.g. http://server:11434 (Ollama), :8080 (llama.cpp server), text-embeddings-inference
    QString model;        // the model name the endpoint expects
    QByteArray apiKey;    // sent as "Authorization: Bearer …" when not empty
    int timeoutMs = 3000; // a query must not wait longer than this for meaning; lexical results come anyway
    int maxBatch = 64;
};

// Client of an OpenAI-compatible POST /v1/embeddings endpoint, configured on the server. The server embeds
// the corpus with it and ships the vectors through sync; clients embed queries through it when online.
// Asynchronous (QNetworkAccessManager): results arrive as signals, never through a nested event loop.
class RemoteEmbeddingClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteEmbeddingClient)
public:
    RemoteEmbeddingClient(QNetworkAccessManager *network, RemoteEmbeddingConfig config, QObject *parent = nullptr);

    // Starts a request; the ticket identifies it in embedded()/failed(). Empty or oversized input fails at once
    // (through the signal, so callers have one path).
    quint64 embed(const QStringList &texts);
    // The vector space name vectors of this endpoint are stored under ("remote:<model>").
    QString spaceName() const;
    const RemoteEmbeddingConfig &config() const { return m_config; }

    // Parses a /v1/embeddings response body; nullopt and *error on anything unexpected.
    static std::optional<QList<std::vector<float>>> parseResponse(const QByteArray &body, int expected, QString *error);

Q_SIGNALS:
    void embedded(quint64 ticket, const QList<std::vector<float>> &vectors);
    void failed(quint64 ticket, const QString &error);

private:
    void finish(quint64 ticket, QNetworkReply *reply, int expected);

    QPointer<QNetworkAccessManager> m_network;
    RemoteEmbeddingConfig m_config;
    quint64 m_next = 0;
};

} // namespace panorama::search
