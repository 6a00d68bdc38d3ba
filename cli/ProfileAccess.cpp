#include "cli/ProfileAccess.h"

#include <QEventLoop>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace panorama::cli {

ProfileAccess::ProfileAccess(CliContext &ctx) : m_ctx(ctx), m_passphrase(qEnvironmentVariable("PANORAMA_PASSPHRASE")) {}

void ProfileAccess::takePassphraseOption()
{
    if (m_ctx.args.removeAll(u"--passphrase-stdin"_s) == 0)
        return;
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        m_passphrase = QString::fromUtf8(in.readLine()).trimmed();
}

std::optional<ProfileResult>
ProfileAccess::wait(const std::function<void(ProfileManager &, ProfileManager::Callback)> &start)
{
    if (m_ctx.profileDir.isEmpty()) {
        m_ctx.fail(u"no profile: pass --profile DIR (or set PANORAMA_PROFILE)"_s);
        return std::nullopt;
    }
    ProfileManager manager;
    std::optional<ProfileResult> result;
    QEventLoop loop;
    start(manager, [&](ProfileResult r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    for (const QString &notice : result->notices)
        m_ctx.err << u"panoramactl: note: "_s << notice << u'\n';
    if (!result->ok()) {
        m_ctx.fail(u"%1 (%2)"_s.arg(result->message, ProfileError::kindName(result->error)));
        return std::nullopt;
    }
    return result;
}

std::optional<ProfileResult> ProfileAccess::open(bool readOnly)
{
    return wait([&](ProfileManager &m, ProfileManager::Callback done) {
        m.open({m_ctx.profileDir, m_passphrase, false, readOnly}, std::move(done));
    });
}

std::optional<ProfileResult> ProfileAccess::create(const QUrl &server, const QString &account, KeySourceChoice source)
{
    return wait([&](ProfileManager &m, ProfileManager::Callback done) {
        m.create({m_ctx.profileDir, server, account, source, m_passphrase}, std::move(done));
    });
}

} // namespace panorama::cli
