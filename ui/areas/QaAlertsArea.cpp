#include "ui/areas/QaAlertsArea.h"

#include "models/Display.h"
#include "models/QaAlertsModel.h"
#include "ui/AgentSession.h"
#include "ui/common/Views.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

QaAlertsArea::QaAlertsArea(AgentSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new QaAlertsModel(session.database(), this)),
      m_status(new QComboBox(this)), m_severity(new QComboBox(this)), m_count(Views::muted({}, this)),
      m_view(new QTableView(this)), m_detail(new QTextBrowser(this)),
      m_openTicket(new QPushButton(tr("&Open ticket"), this))
{
    setObjectName(u"qaArea"_s);
    m_status->setObjectName(u"qaStatusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (const char *s : {"open", "confirmed", "dismissed", "acknowledged", "disputed"})
        m_status->addItem(Display::vocabulary(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_status->setCurrentIndex(1);
    m_severity->setObjectName(u"qaSeverityFilter"_s);
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("Any severity"), QString());
    for (const char *s : {"critical", "warning", "info"})
        m_severity->addItem(Display::vocabulary(QString::fromLatin1(s)), QString::fromLatin1(s));
    Views::setupTable(m_view, u"qaAlertsView"_s, tr("QA alerts"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_detail->setObjectName(u"qaAlertDetail"_s);
    m_detail->setAccessibleName(tr("Finding"));
    m_openTicket->setObjectName(u"qaOpenTicket"_s);

    auto *filters = new QHBoxLayout;
    auto *sl = new QLabel(tr("&Status:"), this);
    sl->setBuddy(m_status);
    auto *vl = new QLabel(tr("Se&verity:"), this);
    vl->setBuddy(m_severity);
    filters->addWidget(sl);
    filters->addWidget(m_status);
    filters->addWidget(vl);
    filters->addWidget(m_severity);
    filters->addStretch(1);
    filters->addWidget(m_count);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_detail, 1);
    rl->addWidget(m_openTicket, 0, Qt::AlignRight);
    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *note = Views::muted(tr("Findings come from the server's quality inspection. Confirming or dismissing them "
                                 "is done on the server; this view is read-only."),
                              this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(Views::heading(tr("QA alerts"), this));
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(note);

    connect(m_status, &QComboBox::currentIndexChanged, this, &QaAlertsArea::refresh);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &QaAlertsArea::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QaAlertsArea::showDetail);
    connect(m_openTicket, &QPushButton::clicked, this, [this] {
        if (const QaAlertRecord *a = m_model->alertAt(m_view->currentIndex().row()); a && !a->ticketId.isEmpty())
            Q_EMIT openTicketRequested(a->ticketId);
    });
    connect(&m_session, &AgentSession::tablesChanged, this, [this](const QStringList &tables) {
        if (!tables.contains(u"qa_alerts"_s))
            return;
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    showDetail();
}

void QaAlertsArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void QaAlertsArea::refresh()
{
    m_dirty = false;
    m_model->setFilter({m_status->currentData().toString(), m_severity->currentData().toString()});
    m_count->setText(tr("%n finding(s)", nullptr, int(m_model->totalCount())));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showDetail();
}

void QaAlertsArea::showDetail()
{
    const QaAlertRecord *a = m_model->alertAt(m_view->currentIndex().row());
    m_openTicket->setEnabled(a && !a->ticketId.isEmpty());
    if (!a) {
        m_detail->setHtml(u"<p>%1</p>"_s.arg(tr("Select a finding to read its evidence.")));
        return;
    }
    QString html =
        u"<h3>%1 · %2</h3>"_s.arg(Display::vocabulary(a->severity).toHtmlEscaped(), a->ruleId.toHtmlEscaped());
    html += u"<p>%1 %2 · %3 %4</p>"_s.arg(tr("Ticket").toHtmlEscaped(), a->ticketNo.toHtmlEscaped(),
                                          tr("Agent").toHtmlEscaped(), a->agentName.toHtmlEscaped());
    for (auto it = a->detail.begin(); it != a->detail.end(); ++it) {
        QString value = it->toVariant().toString();
        if (it->isArray())
            value = QString::fromUtf8(QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact));
        else if (it->isObject())
            value = QString::fromUtf8(QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact));
        html += u"<p><b>%1</b>: %2</p>"_s.arg(it.key().toHtmlEscaped(), value.toHtmlEscaped());
    }
    m_detail->setHtml(html);
}

} // namespace panorama
