#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace panorama {

class AgentSession;
class ConflictsModel;
class OutboxModel;

// The conflict inbox and the outbox in one window. A conflict shows the value before, mine and the server's (which
// stands until the agent picks); "Keep mine" sends a new change over the server's value, "Keep the server's"
// closes the entry. The outbox lists changes waiting for the server and the ones it refused, with its reason.
class SyncInbox final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncInbox)
public:
    enum Page
    {
        Conflicts,
        Outbox
    };
    SyncInbox(AgentSession &session, Page page, QWidget *parent = nullptr);

    void showPage(Page page);
    QTableView *conflictsView() const { return m_conflictsView; }
    QTableView *outboxView() const { return m_outboxView; }

public Q_SLOTS:
    void refresh();

private:
    void resolve(bool keepMine);
    void dismiss();
    void updateButtons();

    AgentSession &m_session;
    ConflictsModel *m_conflicts;
    OutboxModel *m_outbox;
    QTabWidget *m_tabs;
    QTableView *m_conflictsView;
    QTableView *m_outboxView;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QPushButton *m_dismiss;
    QLabel *m_status;
};

} // namespace panorama
