#include "app/Workstation.h"

#include "app/DemoCache.h"
#include "app/ProfileLogin.h"
#include "app/Session.h"
#include "app/Translations.h"
#include "core/storage/StorageError.h"
#include "ui/Clock.h"
#include "ui/MainWindow.h"
#ifdef PANORAMA_HAS_SEARCH
#include "core/search/SearchService.h"
#include "ui/knowledge/KnowledgeArea.h"
#include "ui/knowledge/KnowledgeIndex.h"
#include "ui/knowledge/ReplySuggestions.h"
#endif
#include "ui/login/LoginDialog.h"
#include "ui/settings/Settings.h"
#include "ui/settings/Theme.h"
#include "ui/tickets/TicketsArea.h"

#include <QApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace panorama {

Workstation::Workstation(StartupOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_settings(std::make_unique<Settings>(m_options.settingsFile))
{
    m_language = Translations::install(m_options.language.isEmpty() ? m_settings->language() : m_options.language);
    if (!m_options.server.isEmpty())
        m_settings->setServer(m_options.server);
    applyLook();
    connect(m_settings.get(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Theme || key == Settings::Key::FontSize)
            applyLook();
    });
}

Workstation::~Workstation()
{
    m_window.reset(); // before the services and the session its areas use
#ifdef PANORAMA_HAS_SEARCH
    m_knowledge.reset();
    m_search.reset();
#endif
    m_session.reset();
}

void Workstation::applyLook()
{
    Settings::Theme theme = m_settings->theme();
    if (m_options.theme == u"light"_s)
        theme = Settings::Theme::Light;
    else if (m_options.theme == u"dark"_s)
        theme = Settings::Theme::Dark;
    Theme::apply(*qApp, theme, m_settings->fontPointSize());
}

void Workstation::start()
{
    if (!m_options.demoCache.isEmpty())
        openDemoCache();
    else if (!m_options.demoData.isEmpty())
        startDemo();
    else
        startServer();
}

void Workstation::startDemo()
{
    m_demo = std::make_unique<DemoCache>();
    m_demo->import(m_options.demoData, m_options.screenshots.isEmpty() && !m_options.benchStartup,
                   [this](const QString &error) {
                       if (!error.isEmpty()) {
                           Q_EMIT failed(tr("The demo data could not be imported: %1").arg(error));
                           return;
                       }
                       // The demo world stands still at the moment it was generated: SLAs and "today" follow it.
                       if (const qint64 at = DemoCache::generatedAt(m_options.demoData); at > 0)
                           Clock::pretendNowIs(at);
                       const SessionUser user = m_demo->pickUser(m_options.demoUser);
                       if (user.id.isEmpty()) {
                           Q_EMIT failed(m_options.demoUser.isEmpty()
                                             ? tr("The demo data has no agent to act as.")
                                             : tr("The demo data has no staff user '%1'.").arg(m_options.demoUser));
                           return;
                       }
                       showMain(std::make_unique<Session>(m_demo->takeDatabase(), m_demo->key(), user));
                   });
}

void Workstation::openDemoCache()
{
    try {
        const DatabaseKey key = DatabaseKey::raw(QByteArray::fromHex(qgetenv("PANORAMA_DEMO_KEY")));
        auto db = Database::open(m_options.demoCache, key);
        const SessionUser user = DemoCache::pickUser(*db, m_options.demoUser);
        if (user.id.isEmpty()) {
            Q_EMIT failed(tr("The demo cache has no staff user to act as."));
            return;
        }
        if (const qint64 at = DemoCache::generatedAt(*db); at > 0)
            Clock::pretendNowIs(at);
        showMain(std::make_unique<Session>(std::move(db), key, user));
    } catch (const StorageError &e) {
        Q_EMIT failed(tr("The demo cache could not be opened: %1").arg(e.message()));
    }
}

void Workstation::startServer()
{
    m_login = std::make_unique<ProfileLogin>(*m_settings);
    if (!m_options.profilesRoot.isEmpty())
        m_login->setProfilesRoot(m_options.profilesRoot);
    if (m_kdf)
        m_login->setKdf(*m_kdf);
    if (!m_options.account.isEmpty() && !m_options.password.isEmpty())
        m_login->setAutoSignIn(m_options.account, m_options.password, m_options.passphrase);
    connect(m_login.get(), &ProfileLogin::sessionReady, this,
            [this](Session *session) { showMain(std::unique_ptr<Session>(session)); });
    connect(m_login.get(), &ProfileLogin::cancelled, this, [this] { Q_EMIT failed({}); });
    m_login->start();
}

void Workstation::showMain(std::unique_ptr<Session> session)
{
    m_session = std::move(session);
    connect(m_session.get(), &Session::loginRequired, this, &Workstation::relogin);
    ExtraAreas extra;
#ifdef PANORAMA_HAS_SEARCH
    // The knowledge search runs on its own thread with its own connection to the same encrypted cache.
    m_search = std::make_unique<search::SearchService>(m_session->cachePath(), m_session->cacheKey());
    m_knowledge = std::make_unique<KnowledgeIndex>(*m_session, *m_search);
    extra.knowledge = new KnowledgeArea(*m_knowledge);
#endif
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings, extra);
#ifdef PANORAMA_HAS_SEARCH
    (new ReplySuggestions(*m_knowledge))->attach(m_window->tickets()->ticketView());
#endif
    m_window->show();
    Q_EMIT ready();
}

void Workstation::relogin(const QString &reason)
{
    // Going online after working offline (or after the server revoked the login): the same session signs in again.
    auto *dialog = new LoginDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(m_session->server());
    dialog->setAccount(m_settings->account());
    dialog->setOfflineAvailable(false);
    dialog->showError(reason);
    connect(dialog, &LoginDialog::signInRequested, this, [this, dialog] {
        dialog->setBusy(true, tr("Signing in…"));
        m_session->login(dialog->account(), dialog->password());
    });
    connect(m_session.get(), &Session::loggedIn, dialog, &QDialog::accept);
    connect(m_session.get(), &Session::loginFailed, dialog,
            [dialog](const QString &message) { dialog->showError(tr("Sign-in failed: %1").arg(message)); });
    dialog->open();
}

} // namespace panorama
