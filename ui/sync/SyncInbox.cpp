#include "ui/sync/SyncInbox.h"

#include "models/ModelRoles.h"
#include "models/SyncModels.h"
#include "ui/AgentSession.h"
#include "ui/common/Views.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

SyncInbox::SyncInbox(AgentSession &session, Page page, QWidget *parent)
    : QDialog(parent), m_session(session), m_conflicts(new ConflictsModel(this)), m_outbox(new OutboxModel(this)),
      m_tabs(new QTabWidget(this)), m_conflictsView(new QTableView(this)), m_outboxView(new QTableView(this)),
      m_keepMine(new QPushButton(tr("Keep &mine"), this)),
      m_keepTheirs(new QPushButton(tr("Keep the &server's"), this)),
      m_dismiss(new QPushButton(tr("&Dismiss refused change"), this)), m_status(Views::muted({}, this))
{
    setObjectName(u"syncInbox"_s);
    setWindowTitle(tr("Conflicts and outbox"));
    resize(900, 460);
    Views::setupTable(m_conflictsView, u"conflictsView"_s, tr("Conflicts"));
    m_conflictsView->setModel(m_conflicts);
    m_conflictsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conflictsView->horizontalHeader()->setStretchLastSection(true);
    Views::setupTable(m_outboxView, u"outboxView"_s, tr("Outbox"));
    m_outboxView->setModel(m_outbox);
    m_outboxView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_outboxView->horizontalHeader()->setStretchLastSection(true);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_keepTheirs->setObjectName(u"keepTheirsButton"_s);
    m_dismiss->setObjectName(u"dismissButton"_s);

    auto *conflictsPage = new QWidget(this);
    auto *cl = new QVBoxLayout(conflictsPage);
    auto *explain = new QLabel(tr("These fields were changed here while someone else changed them on the server. "
                                  "The server's value is in place; choose for each which one stays."),
                               conflictsPage);
    explain->setWordWrap(true);
    cl->addWidget(explain);
    cl->addWidget(m_conflictsView, 1);
    auto *cb = new QHBoxLayout;
    cb->addStretch(1);
    cb->addWidget(m_keepTheirs);
    cb->addWidget(m_keepMine);
    cl->addLayout(cb);

    auto *outboxPage = new QWidget(this);
    auto *ol = new QVBoxLayout(outboxPage);
    auto *explainOutbox = new QLabel(tr("Changes saved here that the server has not confirmed yet. Refused changes "
                                        "stay until you dismiss them; the record shows the server's values again."),
                                     outboxPage);
    explainOutbox->setWordWrap(true);
    ol->addWidget(explainOutbox);
    ol->addWidget(m_outboxView, 1);
    auto *ob = new QHBoxLayout;
    ob->addStretch(1);
    ob->addWidget(m_dismiss);
    ol->addLayout(ob);

    m_tabs->addTab(conflictsPage, tr("Conflicts"));
    m_tabs->addTab(outboxPage, tr("Outbox"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(true); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { resolve(false); });
    connect(m_dismiss, &QPushButton::clicked, this, &SyncInbox::dismiss);
    connect(&m_session, &AgentSession::conflictsChanged, this, &SyncInbox::refresh);
    connect(&m_session, &AgentSession::outboxChanged, this, &SyncInbox::refresh);
    connect(m_conflictsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &SyncInbox::updateButtons);
    connect(m_outboxView->selectionModel(), &QItemSelectionModel::currentChanged, this, &SyncInbox::updateButtons);
    refresh();
    showPage(page);
}

void SyncInbox::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

void SyncInbox::refresh()
{
    m_conflicts->setConflicts(m_session.conflicts());
    m_outbox->setEntries(m_session.outbox());
    m_tabs->setTabText(Conflicts, tr("Conflicts (%1)").arg(m_conflicts->rowCount()));
    m_tabs->setTabText(Outbox, tr("Outbox (%1)").arg(m_outbox->rowCount()));
    if (m_conflicts->rowCount() > 0)
        m_conflictsView->selectRow(0);
    updateButtons();
}

void SyncInbox::updateButtons()
{
    const bool conflict = m_conflictsView->currentIndex().isValid();
    m_keepMine->setEnabled(conflict);
    m_keepTheirs->setEnabled(conflict);
    const QModelIndex o = m_outboxView->currentIndex();
    m_dismiss->setEnabled(o.isValid() &&
                          m_outbox->index(o.row(), OutboxModel::State).data(RawRole).toString() == u"rejected"_s);
}

void SyncInbox::resolve(bool keepMine)
{
    const QModelIndex i = m_conflictsView->currentIndex();
    if (!i.isValid())
        return;
    QPointer<SyncInbox> self(this);
    m_session.resolveConflict(i.data(IdRole).toString(), keepMine, [self](const QString &, const QString &error) {
        if (self)
            self->m_status->setText(error.isEmpty() ? tr("Resolved.") : tr("Not resolved: %1").arg(error));
    });
}

void SyncInbox::dismiss()
{
    const QModelIndex i = m_outboxView->currentIndex();
    if (!i.isValid())
        return;
    QPointer<SyncInbox> self(this);
    m_session.dismissRejected(i.data(IdRole).toString(), [self](const QString &, const QString &error) {
        if (self)
            self->m_status->setText(error.isEmpty() ? tr("Dismissed.") : tr("Not dismissed: %1").arg(error));
    });
}

} // namespace panorama
