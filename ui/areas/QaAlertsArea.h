#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace panorama {

class AgentSession;
class CommandController;
class QaQueueModel;
struct QaQueueRecord;

// The QA alert queue. Supervisors filter (status, severity, rule, agent, team, dates), read the finding in the
// conversation it came from, confirm it with a coaching note or dismiss it as a false positive with a reason, and
// see per rule how often its alerts hold up (precision = confirmed ÷ reviewed). Agents see their own alerts and
// acknowledge or dispute them. Every verdict is an edit through the session (synced, audited on the server); the
// actions are commands gated by role.
class QaAlertsArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QaAlertsArea)
public:
    QaAlertsArea(AgentSession &session, CommandController &commands, QWidget *parent = nullptr);

    QaQueueModel *model() const { return m_model; }
    const QaQueueRecord *current() const;
    // Applies a verdict (confirmed, dismissed) or response (acknowledged, disputed) to the selected alert with the
    // note typed beside it.
    void act(const QString &action);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openTicketRequested(const QString &ticketId);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addCommands(CommandController &commands);
    void fillFilters();
    void showDetail();
    void showPrecision();

    AgentSession &m_session;
    CommandController &m_commands;
    QaQueueModel *m_model;
    QComboBox *m_status;
    QComboBox *m_severity;
    QComboBox *m_rule;
    QComboBox *m_agent;
    QComboBox *m_team;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QPlainTextEdit *m_note;
    QTextBrowser *m_precision;
    QPushButton *m_openTicket;
    bool m_dirty = true;
};

} // namespace panorama
