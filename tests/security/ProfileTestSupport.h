#pragma once
// Helpers shared by the security tests: drive the asynchronous ProfileManager / KeyStore from a test
// function (the test's own event loop, never the library's), and look at files the way a user would.

#include "core/security/KeyStore.h"
#include "core/security/ProfileManager.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <optional>
#include <sys/stat.h>

namespace panorama::test {

// Runs create()/open() and waits for the callback; also checks the callback did not run inside the call.
template <typename Request, typename Start>
ProfileResult await(Start start, const Request &request, int timeoutMs = 120000)
{
    std::optional<ProfileResult> out;
    bool insideCall = true;
    bool calledInside = false;
    start(request, [&](ProfileResult result) {
        calledInside = insideCall;
        out = std::move(result);
    });
    insideCall = false;
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs)) {
        ProfileResult timedOut;
        timedOut.error = ProfileErrorKind::Failed;
        timedOut.message = QStringLiteral("test: no answer");
        return timedOut;
    }
    if (calledInside) {
        out->error = ProfileErrorKind::Failed;
        out->message = QStringLiteral("test: the callback ran inside the call");
    }
    return std::move(*out);
}

inline ProfileResult createProfile(ProfileManager &manager, const ProfileCreateRequest &request)
{
    return await([&](const ProfileCreateRequest &r, ProfileManager::Callback cb) { manager.create(r, std::move(cb)); },
                 request);
}

inline ProfileResult openProfile(ProfileManager &manager, const ProfileOpenRequest &request)
{
    return await([&](const ProfileOpenRequest &r, ProfileManager::Callback cb) { manager.open(r, std::move(cb)); },
                 request);
}

inline KeychainResult awaitKeychain(const std::function<void(KeyStore::Callback)> &start, int timeoutMs = 60000)
{
    std::optional<KeychainResult> out;
    start([&](const KeychainResult &result) { out = result; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return KeychainResult{KeychainStatus::Failed, {}, {}, QStringLiteral("test: no answer")};
    return *out;
}

inline QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline unsigned fileMode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return unsigned(st.st_mode & 07777);
}

} // namespace panorama::test
