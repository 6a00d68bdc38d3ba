#include "ui/shell/SyncStatus.h"

#include "models/Display.h"
#include "ui/AgentSession.h"
#include "ui/common/Views.h"
#include "ui/settings/Theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

QString ago(qint64 ms, qint64 now)
{
    if (ms == 0)
        return QCoreApplication::translate("panorama::SyncStatus", "never");
    const qint64 s = (now - ms) / 1000;
    if (s < 60)
        return QCoreApplication::translate("panorama::SyncStatus", "just now");
    const int minutes = int(s / 60);
    if (s < 3600)
        return QCoreApplication::translate("panorama::SyncStatus", "%n min ago", nullptr, minutes);
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"MM-dd HH:mm"_s);
}

QToolButton *statusButton(const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

SyncStatus::SyncStatus(AgentSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_connection(statusButton(u"connectionButton"_s, this)),
      m_pending(statusButton(u"pendingButton"_s, this)), m_lastSync(Views::muted({}, this)),
      m_conflicts(statusButton(u"conflictsButton"_s, this)), m_progress(new QProgressBar(this)),
      m_cancel(statusButton(u"cancelSyncButton"_s, this)), m_user(Views::muted({}, this)), m_ticker(new QTimer(this))
{
    setObjectName(u"syncStatus"_s);
    m_lastSync->setObjectName(u"lastSyncLabel"_s);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync; what has arrived stays, the rest comes next time"));
    m_cancel->hide();
    m_user->setObjectName(u"userLabel"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_connection);
    layout->addWidget(m_pending);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addSpacing(12);
    layout->addWidget(m_user);

    connect(m_connection, &QToolButton::clicked, this, [this] { m_session.setOnline(!m_session.isOnline()); });
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatus::conflictsRequested);
    connect(m_pending, &QToolButton::clicked, this, &SyncStatus::outboxRequested);
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_session.cancelSync(); });
    connect(&m_session, &AgentSession::connectionChanged, this, &SyncStatus::refresh);
    connect(&m_session, &AgentSession::outboxChanged, this, &SyncStatus::refresh);
    connect(&m_session, &AgentSession::conflictsChanged, this, &SyncStatus::refresh);
    connect(&m_session, &AgentSession::syncProgress, this, &SyncStatus::progress);
    connect(&m_session, &AgentSession::syncFinished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        refresh();
    });
    m_ticker->setInterval(30000); // "3 min ago" keeps counting
    connect(m_ticker, &QTimer::timeout, this, &SyncStatus::refresh);
    m_ticker->start();
    refresh();
}

QString SyncStatus::stateText() const
{
    if (m_session.server().isEmpty())
        return tr("Local cache, no server");
    switch (m_session.connectionState()) {
    case ConnectionState::Online:
        return tr("Online");
    case ConnectionState::Syncing:
        return tr("Syncing…");
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Error:
        return tr("Sync error");
    case ConnectionState::Offline:
        break;
    }
    return tr("Offline");
}

void SyncStatus::refresh()
{
    const ConnectionState state = m_session.connectionState();
    QColor dot = Theme::muted();
    if (state == ConnectionState::Online)
        dot = Theme::success();
    else if (state == ConnectionState::Error)
        dot = Theme::danger();
    else if (state != ConnectionState::Offline)
        dot = Theme::warning();
    m_connection->setText(u"● "_s + stateText());
    m_connection->setStyleSheet(u"QToolButton { color: %1; font-weight: 600; }"_s.arg(dot.name()));
    const bool hasServer = !m_session.server().isEmpty();
    m_connection->setEnabled(hasServer);
    QString tip = hasServer ? (m_session.isOnline() ? tr("Connected to %1. Click to work offline (Ctrl+Shift+O).")
                                                    : tr("Working offline. Click to connect to %1 (Ctrl+Shift+O)."))
                                  .arg(m_session.server().toDisplayString())
                            : tr("A local cache with no server: changes stay in the outbox.");
    if (const QString detail = m_session.connectionDetail(); !detail.isEmpty() && state == ConnectionState::Error)
        tip += u"\n"_s + detail;
    m_connection->setToolTip(tip);
    m_connection->setAccessibleName(tr("Connection: %1").arg(stateText()));

    const int pending = m_session.pendingChanges();
    const int rejected = m_session.rejectedChanges();
    QString pendingText = tr("%n change(s) to send", nullptr, pending);
    if (rejected > 0)
        pendingText += u" · "_s + tr("%n refused", nullptr, rejected);
    m_pending->setText(pendingText);
    m_pending->setStyleSheet(rejected > 0  ? u"QToolButton { color: %1; }"_s.arg(Theme::danger().name())
                             : pending > 0 ? u"QToolButton { color: %1; }"_s.arg(Theme::warning().name())
                                           : QString());
    m_pending->setToolTip(tr("Local changes waiting for the server (click to see them)"));

    m_lastSync->setText(tr("Last sync: %1").arg(ago(m_session.lastSyncAt(), QDateTime::currentMSecsSinceEpoch())));
    const int conflicts = int(m_session.conflicts().size());
    m_conflicts->setText(tr("⚠ %n conflict(s)", nullptr, conflicts));
    m_conflicts->setVisible(conflicts > 0);
    m_conflicts->setStyleSheet(u"QToolButton { color: %1; font-weight: 600; }"_s.arg(Theme::danger().name()));
    m_conflicts->setToolTip(tr("Fields changed here and on the server: choose which value stays (Ctrl+Shift+C)"));

    const SessionUser u = m_session.user();
    m_user->setText(u.displayName.isEmpty() ? QString()
                                            : u"%1 · %2%3"_s.arg(u.displayName, Display::vocabulary(u.role),
                                                                 u.team.isEmpty() ? QString() : u" · "_s + u.team));
}

void SyncStatus::progress(qint64 done, qint64 total)
{
    m_progress->show();
    m_cancel->show();
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
        m_progress->setFormat(tr("%1 of %2 rows").arg(done).arg(total));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%1 rows").arg(done));
    }
}

} // namespace panorama
