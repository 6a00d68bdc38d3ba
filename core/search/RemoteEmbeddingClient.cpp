#include "core/search/RemoteEmbeddingClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace panorama::search {

RemoteEmbeddingClient::RemoteEmbeddingClient(QNetworkAccessManager *network, RemoteEmbeddingConfig config,
                                             QObject *parent)
    : QObject(parent), m_network(network), m_config(std::move(config))
{}

QString RemoteEmbeddingClient::spaceName() const
{
    return u"remote:"_s + m_config.model;
}

quint64 RemoteEmbeddingClient::embed(const QStringList &texts)
{
    const quint64 ticket = ++m_next;
    auto failLater = [this, ticket](const QString &message) {
        QTimer::singleShot(0, this, [this, ticket, message] { Q_EMIT failed(ticket, message); });
        return ticket;
    };
    if (!m_network)
        return failLater(u"no network access"_s);
    if (texts.isEmpty())
        return failLater(u"nothing to embed"_s);
    if (texts.size() > m_config.maxBatch)
        return failLater(u"%1 texts in one request; the limit is %2"_s.arg(texts.size()).arg(m_config.maxBatch));
    if (!m_config.baseUrl.isValid() || m_config.model.isEmpty())
        return failLater(u"the embedding endpoint is not configured (base URL and model)"_s);
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    if (!path.endsWith(u"/v1/embeddings"_s))
        path = (path.endsWith(u'/') ? path.chopped(1) : path) + u"/v1/embeddings"_s;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setTransferTimeout(m_config.timeoutMs);
    if (!m_config.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_config.apiKey);
    const QJsonObject body{{u"model"_s, m_config.model}, {u"input"_s, QJsonArray::fromStringList(texts)}};
    QNetworkReply *reply = m_network->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const int expected = int(texts.size());
    connect(reply, &QNetworkReply::finished, this,
            [this, ticket, reply, expected] { finish(ticket, reply, expected); });
    return ticket;
}

void RemoteEmbeddingClient::finish(quint64 ticket, QNetworkReply *reply, int expected)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        Q_EMIT failed(ticket, u"the embedding endpoint did not answer within %1 ms"_s.arg(m_config.timeoutMs));
        return;
    }
    if (status != 0 && (status < 200 || status >= 300)) {
        Q_EMIT failed(ticket, u"the embedding endpoint answered HTTP %1: %2"_s.arg(status).arg(
                                  QString::fromUtf8(reply->readAll().left(200))));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT failed(ticket, u"embedding request failed: %1"_s.arg(reply->errorString()));
        return;
    }
    QString error;
    const auto vectors = parseResponse(reply->readAll(), expected, &error);
    if (!vectors) {
        Q_EMIT failed(ticket, error);
        return;
    }
    Q_EMIT embedded(ticket, *vectors);
}

std::optional<QList<std::vector<float>>> RemoteEmbeddingClient::parseResponse(const QByteArray &body, int expected,
                                                                              QString *error)
{
    auto fail = [&](const QString &m) -> std::optional<QList<std::vector<float>>> {
        if (error)
            *error = u"embedding response: "_s + m;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonObject root = QJsonDocument::fromJson(body, &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return fail(u"not valid JSON (%1)"_s.arg(pe.errorString()));
    const QJsonArray data = root.value(u"data"_s).toArray();
    if (data.size() != expected)
        return fail(u"%1 embeddings for %2 inputs"_s.arg(data.size()).arg(expected));
    QList<std::vector<float>> out(expected);
    qsizetype dim = -1;
    for (int i = 0; i < data.size(); ++i) {
        const QJsonObject item = data.at(i).toObject();
        const int index = item.value(u"index"_s).toInt(i);
        const QJsonArray emb = item.value(u"embedding"_s).toArray();
        if (index < 0 || index >= expected || !out[index].empty())
            return fail(u"item %1 has an invalid or repeated index"_s.arg(i));
        if (emb.isEmpty() || (dim >= 0 && emb.size() != dim))
            return fail(u"item %1 has an empty embedding or a different dimension"_s.arg(i));
        dim = emb.size();
        std::vector<float> v;
        v.reserve(size_t(dim));
        for (const QJsonValue &x : emb) {
            if (!x.isDouble())
                return fail(u"item %1 holds a value that is not a number"_s.arg(i));
            v.push_back(float(x.toDouble()));
        }
        out[index] = std::move(v);
    }
    return out;
}

} // namespace panorama::search
