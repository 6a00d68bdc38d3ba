#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace panorama {

class AgentSession;
class QaAlertsModel;

// Quality-inspection findings for supervisors: filter by status and severity, read the evidence, open the ticket.
class QaAlertsArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QaAlertsArea)
public:
    explicit QaAlertsArea(AgentSession &session, QWidget *parent = nullptr);

    QaAlertsModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openTicketRequested(const QString &ticketId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showDetail();

    AgentSession &m_session;
    QaAlertsModel *m_model;
    QComboBox *m_status;
    QComboBox *m_severity;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QPushButton *m_openTicket;
    bool m_dirty = true;
};

} // namespace panorama
