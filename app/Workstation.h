#pragma once

#include "app/StartupOptions.h"
#include "core/security/PassphraseKey.h"

#include <QObject>

#include <memory>
#include <optional>

namespace panorama {

class DemoCache;
class KnowledgeIndex;
namespace search {
class SearchService;
}
class MainWindow;
class ProfileLogin;
class Session;
class Settings;

// The composition root: settings, theme and language, then either a demo cache (no server) or sign-in to a
// server profile, then the session and the main window. Owns them all, in that order.
class Workstation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workstation)
public:
    explicit Workstation(StartupOptions options, QObject *parent = nullptr);
    ~Workstation() override;

    void start();
    // Argon2id cost for new passphrase profiles (tests use the interactive cost).
    void setKdf(const KdfParams &params) { m_kdf = params; }
    Settings &settings() { return *m_settings; }
    Session *session() const { return m_session.get(); }
    MainWindow *window() const { return m_window.get(); }
    ProfileLogin *login() const { return m_login.get(); }
    QString language() const { return m_language; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void startDemo();
    void openDemoCache();
    void startServer();
    void showMain(std::unique_ptr<Session> session);
    void applyLook();
    void relogin(const QString &reason);

    StartupOptions m_options;
    std::unique_ptr<Settings> m_settings;
    std::optional<KdfParams> m_kdf;
    QString m_language;
    std::unique_ptr<DemoCache> m_demo;
    std::unique_ptr<ProfileLogin> m_login;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<search::SearchService> m_search; // null when the build has no search capability
    std::unique_ptr<KnowledgeIndex> m_knowledge;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace panorama
