#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace panorama {

// What the keychain said. "Unavailable" (no Secret Service / no D-Bus session / no backend) is told apart
// from "NotFound" (the service answered: no such entry) and from everything else, because the callers act
// differently: fall back to a passphrase, report a lost key, or report an error.
enum class KeychainStatus
{
    Ok,
    NotFound,    // the keychain answered and holds no such entry
    Unavailable, // no keychain service to talk to (no D-Bus session bus, no Secret Service, no backend)
    Denied,      // the keychain is there but refused: locked, or the user declined the prompt
    TimedOut,    // no answer within the bounded wait (e.g. an unlock prompt nobody answers)
    Failed,      // any other error; the message carries the backend's words
};

struct KeychainResult
{
    KeychainStatus status = KeychainStatus::Failed;
    QString entry;     // the namespaced entry name the request was about
    QByteArray secret; // read(): the stored bytes
    QString message;   // why, when status != Ok
    bool ok() const { return status == KeychainStatus::Ok; }
};

// The one asynchronous door to the OS keychain (QtKeychain): binary secrets under the service "Panorama",
// entries namespaced "<host:port>/<account>/cache-key", never the insecure plaintext fallback, and every
// request answered within a bounded wait. Results arrive through the callback and the finished() signal,
// always later from the event loop, never from inside the call that started the request.
class KeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    using Callback = std::function<void(const KeychainResult &)>;

    explicit KeyStore(QObject *parent = nullptr);
    ~KeyStore() override;

    static QString serviceName();
    // "<host:port>/<account>/cache-key"; the port is the scheme's default when the URL has none.
    static QString entryName(const QUrl &server, const QString &account);
    static QString statusName(KeychainStatus status);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Each returns a request id that finished() repeats.
    quint64 probe(Callback callback = {}); // Ok if a keychain service is reachable, else Unavailable
    quint64 read(const QString &entry, Callback callback = {});
    quint64 write(const QString &entry, const QByteArray &secret, Callback callback = {});
    quint64 remove(const QString &entry, Callback callback = {});

Q_SIGNALS:
    void finished(quint64 requestId, const panorama::KeychainResult &result);

private:
    friend class KeyStoreRequest;
    enum class Operation
    {
        Probe,
        Read,
        Write,
        Remove
    };
    quint64 start(Operation op, const QString &entry, const QByteArray &secret, Callback callback);

    std::chrono::milliseconds m_timeout{30000};
    quint64 m_nextId = 1;
};

} // namespace panorama
