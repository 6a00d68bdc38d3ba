#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace panorama {

class AgentSession;

// For supervisors: the queue load per team (open, unassigned, breaching SLA, staff) and the routing rules as JSON,
// validated as they are edited (structure, values, categories of the taxonomy, rules that can never match).
class RoutingAdminDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingAdminDialog)
public:
    explicit RoutingAdminDialog(AgentSession &session, QWidget *parent = nullptr);

    QPlainTextEdit *rulesEditor() const { return m_rules; }
    QStringList problems() const { return m_problems; }
    QTableWidget *loadTable() const { return m_load; }

private:
    void validate();

    AgentSession &m_session;
    QTableWidget *m_load;
    QPlainTextEdit *m_rules;
    QLabel *m_verdict;
    QStringList m_problems;
};

} // namespace panorama
