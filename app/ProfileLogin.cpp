#include "app/ProfileLogin.h"

#include "app/Session.h"
#include "core/security/ProfileManager.h"
#include "ui/login/LoginDialog.h"
#include "ui/settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace panorama {

ProfileLogin::ProfileLogin(Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings),
      m_root(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"profiles"_s)),
      m_profiles(std::make_unique<ProfileManager>()), m_dialog(new LoginDialog)
{
    m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_dialog, &LoginDialog::signInRequested, this, &ProfileLogin::signIn);
    connect(m_dialog, &LoginDialog::offlineRequested, this, &ProfileLogin::workOffline);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        if (!m_session || !m_session->hasLogin())
            Q_EMIT cancelled();
    });
}

ProfileLogin::~ProfileLogin()
{
    delete m_dialog.data();
}

void ProfileLogin::setKdf(const KdfParams &params)
{
    m_profiles->setKdfDefaults(params);
}

QString ProfileLogin::profileDirectory(const QUrl &server, const QString &account) const
{
    const QUrl s = ProfileInfo::normalizedServer(server);
    const int port = s.port(s.scheme() == u"https"_s ? 443 : 80);
    QString host = s.host();
    host.replace(u':', u'_'); // IPv6
    return QDir(m_root).filePath(u"%1_%2/%3"_s.arg(host).arg(port).arg(account));
}

void ProfileLogin::setAutoSignIn(const QString &account, const QString &password, const QString &passphrase)
{
    m_settings.setAccount(account);
    m_dialog->setSecrets(password, passphrase);
    m_autoSignIn = true;
}

void ProfileLogin::start()
{
    m_dialog->setServer(m_settings.server());
    m_dialog->setAccount(m_settings.account());
    m_dialog->show();
    if (m_autoSignIn)
        QTimer::singleShot(0, this, &ProfileLogin::signIn);
}

void ProfileLogin::signIn()
{
    const QUrl server = m_dialog->server();
    const QString account = m_dialog->account();
    if (const QString problem = ProfileInfo::problemWith(server, account); !problem.isEmpty()) {
        m_dialog->showError(problem);
        return;
    }
    m_settings.setServer(server);
    m_settings.setAccount(account);
    auto login = [this] {
        m_dialog->setBusy(true, tr("Signing in to %1…").arg(m_sessionServer.toDisplayString()));
        m_session->login(m_dialog->account(), m_dialog->password());
    };
    if (m_session && m_sessionServer == server && m_sessionAccount == account) {
        login();
        return;
    }
    m_session.reset();
    openProfile(true, login);
}

void ProfileLogin::workOffline()
{
    const QUrl server = m_dialog->server();
    const QString account = m_dialog->account();
    if (m_session && m_sessionServer == server && m_sessionAccount == account) {
        handOver();
        return;
    }
    m_session.reset();
    openProfile(false, [this] { handOver(); });
}

void ProfileLogin::openProfile(bool createIfMissing, std::function<void()> then)
{
    const QUrl server = m_dialog->server();
    const QString account = m_dialog->account();
    const QString dir = profileDirectory(server, account);
    const bool exists = QFile::exists(QDir(dir).filePath(ProfileInfo::profileFileName()));
    if (!exists && !createIfMissing) {
        m_dialog->showError(tr("There is no local cache for %1 on this computer yet. Sign in once while the server "
                               "is reachable; after that you can work offline.")
                                .arg(account));
        return;
    }
    m_dialog->setBusy(true, exists ? tr("Opening the local cache…") : tr("Creating the local cache…"));
    m_sessionServer = server;
    m_sessionAccount = account;
    QPointer<ProfileLogin> self(this);
    auto deliver = [self, then](ProfileResult result) {
        if (self)
            self->profileOpened(std::move(result), then);
    };
    if (exists) {
        m_profiles->open({dir, m_dialog->passphrase(), false, false}, deliver);
    } else {
        QDir().mkpath(QFileInfo(dir).path());
        m_profiles->create({dir, server, account, KeySourceChoice::Auto, m_dialog->passphrase()}, deliver);
    }
}

void ProfileLogin::profileOpened(ProfileResult result, std::function<void()> then)
{
    if (!result.ok()) {
        if (result.error == ProfileErrorKind::PassphraseRequired || result.error == ProfileErrorKind::WrongKey) {
            m_dialog->askPassphrase(result.message);
            return;
        }
        m_dialog->showError(result.message);
        return;
    }
    m_session = std::make_unique<Session>(std::move(result.database), result.key, m_sessionServer);
    connect(m_session.get(), &Session::loggedIn, this, &ProfileLogin::handOver);
    connect(m_session.get(), &Session::loginFailed, this, [this](const QString &message) {
        m_dialog->showError(tr("Sign-in failed: %1").arg(message));
        m_dialog->setOfflineAvailable(true);
    });
    then();
}

void ProfileLogin::handOver()
{
    if (!m_session)
        return;
    m_session->disconnect(this);
    m_dialog->hide();
    Q_EMIT sessionReady(m_session.release());
}

} // namespace panorama
