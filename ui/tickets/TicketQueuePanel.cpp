#include "ui/tickets/TicketQueuePanel.h"

#include "models/ModelRoles.h"
#include "models/TicketQueueModel.h"
#include "ui/AgentSession.h"
#include "ui/Clock.h"
#include "ui/common/Views.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

TicketQueuePanel::TicketQueuePanel(AgentSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new TicketQueueModel(session.database(), this)),
      m_buttons(new QButtonGroup(this)), m_filter(new QLineEdit(this)), m_count(Views::muted({}, this)),
      m_view(new QTableView(this)), m_filterDelay(new QTimer(this)), m_clock(new QTimer(this))
{
    setObjectName(u"ticketQueuePanel"_s);
    using Q = TicketRepository::Queue;
    const QList<std::tuple<Q, QString, QString>> queues{
        {Q::Mine, tr("Mine"), u"queueMine"_s},
        {Q::MyTeam, tr("My team"), u"queueTeam"_s},
        {Q::Unassigned, tr("Unassigned"), u"queueUnassigned"_s},
        {Q::BreachingSla, tr("Breaching SLA"), u"queueBreaching"_s},
        {Q::Open, tr("All open"), u"queueOpen"_s},
    };
    auto *bar = new QHBoxLayout;
    int n = 1;
    for (const auto &[queue, text, name] : queues) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setProperty("role", u"segment"_s);
        b->setShortcut(QKeySequence(u"Alt+%1"_s.arg(n)));
        b->setToolTip(tr("%1 (Alt+%2)").arg(text).arg(n));
        b->setAccessibleName(tr("Queue: %1").arg(text));
        m_buttons->addButton(b, int(queue));
        bar->addWidget(b);
        ++n;
    }
    m_buttons->button(int(Q::Mine))->setChecked(true);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_filter->setObjectName(u"queueFilter"_s);
    m_filter->setAccessibleName(tr("Filter the queue"));
    m_filter->setPlaceholderText(tr("Filter by ticket number or subject (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);

    Views::setupTable(m_view, u"ticketQueueView"_s, tr("Ticket queue"));
    m_view->setModel(m_model);
    QHeaderView *h = m_view->horizontalHeader();
    // The subject takes what is left; the SLA, which an agent scans first, is never pushed out of sight.
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(TicketQueueModel::Subject, QHeaderView::Stretch);
    h->setStretchLastSection(false);
    h->moveSection(h->visualIndex(TicketQueueModel::SlaDue), 1);
    m_view->setColumnWidth(TicketQueueModel::TicketNo, 95);
    m_view->setColumnWidth(TicketQueueModel::Customer, 80);
    m_view->setColumnWidth(TicketQueueModel::Priority, 64);
    m_view->setColumnWidth(TicketQueueModel::Status, 70);
    m_view->setColumnWidth(TicketQueueModel::SlaDue, 130);
    // The split view is narrow: the columns an agent scans first stay, the rest are a right-click away.
    for (int c : {int(TicketQueueModel::Category), int(TicketQueueModel::Team), int(TicketQueueModel::Assignee),
                  int(TicketQueueModel::Created)})
        m_view->setColumnHidden(c, true);
    h->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 0; c < TicketQueueModel::ColumnCount; ++c) {
        auto *a = new QAction(m_model->headerData(c, Qt::Horizontal).toString(), h);
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_view->setColumnHidden(c, !on); });
        h->addAction(a);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &TicketQueuePanel::apply);
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) { setQueue(TicketRepository::Queue(id)); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT ticketActivated(i.data(IdRole).toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_restoring)
            Q_EMIT currentTicketChanged(currentTicketId());
    });
    // The SLA column counts down without reloading rows.
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, this, [this] { m_model->setNow(Clock::now()); });
    m_clock->start();
    // The queue loads when the Tickets area is first shown: starting the workstation does not wait for it.
}

void TicketQueuePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        apply();
}

void TicketQueuePanel::setQueue(TicketRepository::Queue queue)
{
    m_queue = queue;
    if (QAbstractButton *b = m_buttons->button(int(queue)))
        b->setChecked(true);
    apply();
}

void TicketQueuePanel::apply()
{
    m_loaded = true;
    const SessionUser me = m_session.user();
    m_model->setFilter({m_queue, me.id, me.team, Clock::now(), m_filter->text().trimmed()});
    m_count->setText(tr("%n ticket(s)", nullptr, int(m_model->totalCount())));
}

void TicketQueuePanel::refresh()
{
    if (!m_loaded)
        return; // not shown yet: it loads fresh when it is
    const QString keep = currentTicketId();
    apply();
    for (int r = 0; r < m_model->rowCount() && !keep.isEmpty(); ++r) {
        if (m_model->ticketIdAt(r) == keep) {
            m_restoring = true; // the ticket view already shows it: no "current changed" round trip
            m_view->setCurrentIndex(m_model->index(r, 0));
            m_restoring = false;
            break;
        }
    }
}

void TicketQueuePanel::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void TicketQueuePanel::selectNext(int step)
{
    if (m_model->rowCount() == 0)
        return;
    int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + step : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    row = qBound(0, row, m_model->rowCount() - 1);
    m_view->setCurrentIndex(m_model->index(row, 0));
    Q_EMIT ticketActivated(currentTicketId());
}

QString TicketQueuePanel::currentTicketId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(IdRole).toString() : QString();
}

} // namespace panorama
