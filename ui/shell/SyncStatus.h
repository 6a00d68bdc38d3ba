#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class QTimer;

namespace panorama {

class AgentSession;

// Always visible at the bottom of the window: online or offline (a click switches), changes waiting to be sent,
// the last sync, conflicts to resolve (a click opens the inbox), sync progress with a cancel button, and who is
// signed in.
class SyncStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatus)
public:
    explicit SyncStatus(AgentSession &session, QWidget *parent = nullptr);

    QString stateText() const;
    QToolButton *connectionButton() const { return m_connection; }
    QToolButton *pendingButton() const { return m_pending; }
    QToolButton *conflictsButton() const { return m_conflicts; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void conflictsRequested();
    void outboxRequested();

private:
    void progress(qint64 done, qint64 total);

    AgentSession &m_session;
    QToolButton *m_connection;
    QToolButton *m_pending;
    QLabel *m_lastSync;
    QToolButton *m_conflicts;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_user;
    QTimer *m_ticker;
};

} // namespace panorama
