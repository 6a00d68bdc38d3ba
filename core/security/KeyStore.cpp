#include "core/security/KeyStore.h"

#include "core/security/SecureBytes.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

// The D-Bus names a QtKeychain backend on Linux talks to: the freedesktop Secret Service (gnome-keyring,
// KeePassXC, kwallet's bridge) and KWallet itself.
const QStringList &keychainBusNames()
{
    static const QStringList names{u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s, u"org.kde.kwalletd5"_s};
    return names;
}

bool anyKeychainName(const QStringList &names)
{
    for (const QString &name : keychainBusNames())
        if (names.contains(name))
            return true;
    return false;
}

KeychainStatus mapJobError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainStatus::Ok;
    case QKeychain::EntryNotFound:
        return KeychainStatus::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainStatus::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainStatus::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeychainStatus::Failed;
}

} // namespace

// One keychain request: probe the bus, run the QtKeychain job, answer once (result or timeout), go away.
// The QtKeychain job is deliberately not parented to it: a libsecret callback may still be pending when
// the request gives up, and deleting the job then would leave libsecret a dangling pointer. The job
// deletes itself when it finishes; its finished() connection dies with this request.
class KeyStoreRequest final : public QObject
{
public:
    KeyStoreRequest(KeyStore *store, quint64 id, KeyStore::Operation op, QString entry, QByteArray secret,
                    KeyStore::Callback callback)
        : QObject(store), m_store(store), m_id(id), m_op(op), m_entry(std::move(entry)), m_secret(std::move(secret)),
          m_callback(std::move(callback))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            finish(KeychainStatus::TimedOut,
                   u"the keychain did not answer within %1 s (is it waiting for an unlock prompt nobody can "
                   "answer?)"_s.arg(double(m_store->timeout().count()) / 1000.0));
        });
    }

    ~KeyStoreRequest() override { SecureBytes::wipe(m_secret); }

    void begin()
    {
        m_timer.start(m_store->timeout());
        QMetaObject::invokeMethod(
            this, [this] { probeBus(); }, Qt::QueuedConnection);
    }

private:
    int remainingMs() const { return qMax(1, m_timer.remainingTime()); }

    void probeBus()
    {
#if !defined(Q_OS_LINUX) && !defined(Q_OS_FREEBSD)
        return runJob(); // the platform keychain (macOS, Windows) is always there; QtKeychain reports otherwise
#endif
        // Connecting to the session bus is a local socket connect; without DBUS_SESSION_BUS_ADDRESS (and
        // no X11 display to autolaunch one) it fails at once.
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected()) {
            const QString why = bus.lastError().isValid() ? bus.lastError().message() : u"not connected"_s;
            finish(KeychainStatus::Unavailable,
                   u"no keychain is available: there is no D-Bus session bus (%1), so no Secret Service "
                   "can be reached"_s.arg(why));
            return;
        }
        askBus(bus, u"ListNames"_s, [this, bus](const QStringList &names) {
            if (anyKeychainName(names))
                return runJob();
            askBus(bus, u"ListActivatableNames"_s, [this](const QStringList &activatable) {
                if (anyKeychainName(activatable))
                    return runJob();
                finish(KeychainStatus::Unavailable,
                       u"no keychain is available: nothing on the D-Bus session bus provides or can start "
                       "a Secret Service (org.freedesktop.secrets) or KWallet"_s);
            });
        });
    }

    void askBus(QDBusConnection bus, const QString &method, std::function<void(const QStringList &)> then)
    {
        const QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                                                 u"org.freedesktop.DBus"_s, method);
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, remainingMs()), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, method, then = std::move(then)](QDBusPendingCallWatcher *w) {
                    w->deleteLater();
                    const QDBusPendingReply<QStringList> reply = *w;
                    if (reply.isError()) {
                        finish(KeychainStatus::Unavailable,
                               u"no keychain is available: the D-Bus session bus did not answer %1 (%2)"_s.arg(
                                   method, reply.error().message()));
                        return;
                    }
                    then(reply.value());
                });
    }

    void runJob()
    {
        if (m_op == KeyStore::Operation::Probe)
            return finish(KeychainStatus::Ok, {});
        QKeychain::Job *job = nullptr;
        switch (m_op) {
        case KeyStore::Operation::Read:
            job = new QKeychain::ReadPasswordJob(KeyStore::serviceName());
            break;
        case KeyStore::Operation::Write: {
            auto *write = new QKeychain::WritePasswordJob(KeyStore::serviceName());
            write->setBinaryData(m_secret);
            job = write;
            break;
        }
        case KeyStore::Operation::Remove:
            job = new QKeychain::DeletePasswordJob(KeyStore::serviceName());
            break;
        case KeyStore::Operation::Probe:
            return;
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // a secret in a plaintext settings file is no secret
        job->setKey(m_entry);
        connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) { jobFinished(done); });
        job->start();
    }

    void jobFinished(QKeychain::Job *job)
    {
        const KeychainStatus status = mapJobError(job->error());
        if (status != KeychainStatus::Ok) {
            QString why = job->errorString();
            if (status == KeychainStatus::NotFound)
                why = u"the keychain has no entry \"%1\" for service \"%2\""_s.arg(m_entry, KeyStore::serviceName());
            return finish(status, why);
        }
        QByteArray data;
        if (m_op == KeyStore::Operation::Read)
            data = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        finish(status, {}, data);
    }

    void finish(KeychainStatus status, const QString &message, const QByteArray &secret = {})
    {
        if (m_done)
            return;
        m_done = true;
        m_timer.stop();
        KeychainResult result{status, m_entry, secret, message};
        const QPointer<KeyStore> store = m_store;
        const KeyStore::Callback callback = std::move(m_callback);
        const quint64 id = m_id;
        deleteLater();
        if (callback)
            callback(result);
        if (store)
            Q_EMIT store->finished(id, result);
        SecureBytes::wipe(result.secret);
    }

    KeyStore *m_store;
    quint64 m_id;
    KeyStore::Operation m_op;
    QString m_entry;
    QByteArray m_secret;
    KeyStore::Callback m_callback;
    QTimer m_timer;
    bool m_done = false;
};

KeyStore::KeyStore(QObject *parent) : QObject(parent) {}

KeyStore::~KeyStore() = default;

QString KeyStore::serviceName()
{
    return u"Panorama"_s;
}

QString KeyStore::entryName(const QUrl &server, const QString &account)
{
    QString host = server.host(QUrl::FullyEncoded).toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']'; // IPv6 literal
    int defaultPort = -1;
    if (server.scheme() == u"https"_s)
        defaultPort = 443;
    else if (server.scheme() == u"http"_s)
        defaultPort = 80;
    const int port = server.port(defaultPort);
    const QString hostPort = port > 0 ? u"%1:%2"_s.arg(host).arg(port) : host;
    return u"%1/%2/cache-key"_s.arg(hostPort, account);
}

QString KeyStore::statusName(KeychainStatus status)
{
    switch (status) {
    case KeychainStatus::Ok:
        return u"ok"_s;
    case KeychainStatus::NotFound:
        return u"not-found"_s;
    case KeychainStatus::Unavailable:
        return u"unavailable"_s;
    case KeychainStatus::Denied:
        return u"denied"_s;
    case KeychainStatus::TimedOut:
        return u"timed-out"_s;
    case KeychainStatus::Failed:
        return u"failed"_s;
    }
    return u"unknown"_s;
}

quint64 KeyStore::probe(Callback callback)
{
    return start(Operation::Probe, {}, {}, std::move(callback));
}

quint64 KeyStore::read(const QString &entry, Callback callback)
{
    return start(Operation::Read, entry, {}, std::move(callback));
}

quint64 KeyStore::write(const QString &entry, const QByteArray &secret, Callback callback)
{
    return start(Operation::Write, entry, secret, std::move(callback));
}

quint64 KeyStore::remove(const QString &entry, Callback callback)
{
    return start(Operation::Remove, entry, {}, std::move(callback));
}

quint64 KeyStore::start(Operation op, const QString &entry, const QByteArray &secret, Callback callback)
{
    const quint64 id = m_nextId++;
    auto *request = new KeyStoreRequest(this, id, op, entry, secret, std::move(callback));
    request->begin();
    return id;
}

} // namespace panorama
