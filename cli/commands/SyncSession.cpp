#include "cli/commands/SyncSession.h"

#include "core/security/KeyStore.h"
#include "core/sync/SyncSchema.h"
#include "core/sync/SyncStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace panorama::cli {

SyncSession::SyncSession(CliContext &ctx) : m_ctx(ctx), m_access(ctx)
{
    m_access.takePassphraseOption();
}

SyncSession::~SyncSession()
{
    m_engine.reset(); // before the database it uses
}

QString SyncSession::takeValue(QStringList &args, const QString &option)
{
    const qsizetype i = args.indexOf(option);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}

QString SyncSession::readStdinLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

bool SyncSession::open(bool create, const QString &account)
{
    const bool exists =
        !m_ctx.profileDir.isEmpty() && QFile::exists(QDir(m_ctx.profileDir).filePath(ProfileInfo::profileFileName()));
    if (create && !exists) {
        if (m_ctx.serverUrl.isEmpty()) {
            m_ctx.fail(u"a new profile needs --server URL"_s);
            return false;
        }
        m_profile = m_access.create(QUrl(m_ctx.serverUrl), account, KeySourceChoice::Auto);
    } else {
        m_profile = m_access.open();
    }
    if (!m_profile)
        return false;
    SyncSchema::migrate(*m_profile->database);
    return true;
}

QUrl SyncSession::server() const
{
    return m_ctx.serverUrl.isEmpty() ? m_profile->info.server : QUrl(m_ctx.serverUrl);
}

SyncEngine &SyncSession::engine(SyncEngine::Options options)
{
    if (!m_engine) {
        options.keepRunning = false;
        m_engine = std::make_unique<SyncEngine>(*m_profile->database, server(), options);
        // A refreshed session rotates the refresh token: keep the new one before the old one is useless.
        QObject::connect(m_engine.get(), &SyncEngine::refreshTokenChanged, m_engine.get(),
                         [this](const QString &token) { saveRefreshToken(token); });
    }
    return *m_engine;
}

void SyncSession::waitUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    tick.start(5);
    if (!done())
        loop.exec();
}

QString SyncSession::entry() const
{
    QString e = KeyStore::entryName(m_profile->info.server, m_profile->info.account);
    e.truncate(e.lastIndexOf(u'/') + 1);
    return e + u"refresh-token"_s;
}

QString SyncSession::loadRefreshToken()
{
    if (m_profile->info.keySource == KeySource::Passphrase) {
        SyncStore store(db());
        const QString inCache = store.value(u"refresh_token"_s);
        if (!inCache.isEmpty())
            return inCache;
    }
    KeyStore keys;
    std::optional<KeychainResult> result;
    keys.read(entry(), [&](const KeychainResult &r) { result = r; });
    waitUntil([&] { return result.has_value(); });
    return result->ok() ? QString::fromUtf8(result->secret) : QString();
}

bool SyncSession::saveRefreshToken(const QString &token)
{
    KeyStore keys;
    std::optional<KeychainResult> result;
    if (token.isEmpty())
        keys.remove(entry(), [&](const KeychainResult &r) { result = r; });
    else
        keys.write(entry(), token.toUtf8(), [&](const KeychainResult &r) { result = r; });
    waitUntil([&] { return result.has_value(); });
    SyncStore store(db());
    if (result->ok() || (token.isEmpty() && result->status == KeychainStatus::NotFound)) {
        store.removeValue(u"refresh_token"_s);
        return true;
    }
    if (m_profile->info.keySource == KeySource::Passphrase && result->status == KeychainStatus::Unavailable) {
        // No keychain on this machine: the passphrase-encrypted cache is the safest place left.
        if (token.isEmpty())
            store.removeValue(u"refresh_token"_s);
        else
            store.setValue(u"refresh_token"_s, token);
        static bool told = false;
        if (!std::exchange(told, true))
            m_ctx.err << u"panoramactl: note: no keychain; the login is kept in the passphrase-protected cache\n"_s;
        return true;
    }
    m_ctx.err << u"panoramactl: cannot keep the login in the keychain: %1\n"_s.arg(result->message);
    return false;
}

} // namespace panorama::cli
