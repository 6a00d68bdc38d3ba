#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace panorama {

// One answer of the server: the HTTP status and JSON body, or a network failure (no status).
struct ApiResult
{
    int status = 0;
    bool networkError = false;
    QJsonObject json;
    QString code;    // error.code of a 4xx/5xx answer, or "network"
    QString message; // error.message, or the network error in words
    QByteArray body; // the raw body of a successful getRaw() (json stays empty then)
    bool ok() const { return !networkError && status >= 200 && status < 300; }
    // Worth retrying later (network trouble, 5xx, rate limits) rather than a definite refusal.
    bool transient() const { return networkError || status >= 500 || status == 429 || status == 408; }
};

// The JSON-over-HTTP client of /api/v1: base URL, bearer token, bounded request time. Answers arrive through the
// callback from the event loop (never inside the call).
class ServerApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerApi)
public:
    using Callback = std::function<void(const ApiResult &)>;

    explicit ServerApi(const QUrl &server, QObject *parent = nullptr);

    const QUrl &server() const { return m_server; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    const QString &accessToken() const { return m_accessToken; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void get(const QString &path, const QUrlQuery &query, Callback done);
    // Like get(), but a successful answer's body is handed over unparsed (large pages).
    void getRaw(const QString &path, const QUrlQuery &query, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);
    // The notification WebSocket URL (ws:// or wss://) carrying the access token.
    QUrl notifyUrl() const;
    void abortAll();

private:
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    void track(QNetworkReply *reply, Callback done, bool raw = false);
    void fetch(const QString &path, const QUrlQuery &query, Callback done, bool raw);

    QUrl m_server;
    QString m_accessToken;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_nam;
};

} // namespace panorama
