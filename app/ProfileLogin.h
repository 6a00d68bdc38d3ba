#pragma once

#include "core/security/PassphraseKey.h"
#include "ui/login/LoginDialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

namespace panorama {

class ProfileManager;
class Session;
class Settings;
struct ProfileResult;

// Sign-in for a server: shows the login dialog, opens (or creates) the account's encrypted profile with its key from
// the keychain or a passphrase, starts the session and logs in. Hands the session over when signed in, or when
// the agent chooses to work offline on an existing cache.
class ProfileLogin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileLogin)
public:
    explicit ProfileLogin(Settings &settings, QObject *parent = nullptr);
    ~ProfileLogin() override;

    // Where profiles live: <root>/<host_port>/<account>. Default: the user's application data.
    void setProfilesRoot(const QString &root) { m_root = root; }
    // Argon2id cost for new passphrase profiles (tests use the interactive cost).
    void setKdf(const KdfParams &params);
    QString profileDirectory(const QUrl &server, const QString &account) const;

    LoginDialog *dialog() const { return m_dialog; }
    // Signs in at once with these instead of waiting for the agent (the dialog shows progress, and takes over if it
    // fails). The passphrase is used only where the profile needs one.
    void setAutoSignIn(const QString &account, const QString &password, const QString &passphrase);
    void start();

Q_SIGNALS:
    // The receiver takes ownership.
    void sessionReady(panorama::Session *session);
    void cancelled();

private:
    void signIn();
    void workOffline();
    void openProfile(bool createIfMissing, std::function<void()> then);
    void profileOpened(ProfileResult result, std::function<void()> then);
    void handOver();

    Settings &m_settings;
    QString m_root;
    std::unique_ptr<ProfileManager> m_profiles;
    QPointer<LoginDialog> m_dialog;
    std::unique_ptr<Session> m_session;
    QUrl m_sessionServer;
    QString m_sessionAccount;
    bool m_autoSignIn = false;
};

} // namespace panorama
