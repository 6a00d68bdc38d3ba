#pragma once

#include "core/domain/TicketRepository.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace panorama {

class AgentSession;
class TicketQueueModel;

// The ticket queue: mine, my team, unassigned, breaching SLA or all open, plus a ticket number/subject filter,
// in a lazily loaded table sorted by SLA due time.
class TicketQueuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueuePanel)
public:
    explicit TicketQueuePanel(AgentSession &session, QWidget *parent = nullptr);

    void setQueue(TicketRepository::Queue queue);
    TicketRepository::Queue queue() const { return m_queue; }
    void refresh();
    void focusFilter();
    void selectNext(int step); // +1 / -1 through the queue
    QString currentTicketId() const;
    QTableView *view() const { return m_view; }
    TicketQueueModel *model() const { return m_model; }

Q_SIGNALS:
    void ticketActivated(const QString &ticketId);
    void currentTicketChanged(const QString &ticketId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply();

    AgentSession &m_session;
    TicketRepository::Queue m_queue = TicketRepository::Queue::Mine;
    bool m_restoring = false;
    bool m_loaded = false;
    TicketQueueModel *m_model;
    QButtonGroup *m_buttons;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_view;
    QTimer *m_filterDelay;
    QTimer *m_clock;
};

} // namespace panorama
