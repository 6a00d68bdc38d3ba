#include "ui/areas/QaAlertsArea.h"

#include "core/domain/TicketRepository.h"
#include "models/Display.h"
#include "models/QaAlertEdits.h"
#include "models/QaQueueModel.h"
#include "ui/AgentSession.h"
#include "ui/commands/CommandController.h"
#include "ui/common/Views.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

QDateEdit *dateBox(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *box = new QDateEdit(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setCalendarPopup(true);
    box->setMinimumDate(QDate(2000, 1, 1));
    box->setSpecialValueText(QaAlertsArea::tr("any"));
    box->setDate(box->minimumDate());
    return box;
}

qint64 dayStart(const QDateEdit *box, int addDays)
{
    return box->date() == box->minimumDate() ? 0 : box->date().addDays(addDays).startOfDay().toMSecsSinceEpoch();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

QaAlertsArea::QaAlertsArea(AgentSession &session, CommandController &commands, QWidget *parent)
    : QWidget(parent), m_session(session), m_commands(commands), m_model(new QaQueueModel(session.database(), this)),
      m_status(new QComboBox(this)), m_severity(new QComboBox(this)), m_rule(new QComboBox(this)),
      m_agent(new QComboBox(this)), m_team(new QComboBox(this)), m_from(dateBox(u"qaFromFilter"_s, tr("From"), this)),
      m_to(dateBox(u"qaToFilter"_s, tr("To"), this)), m_count(Views::muted({}, this)), m_view(new QTableView(this)),
      m_detail(new QTextBrowser(this)), m_note(new QPlainTextEdit(this)), m_precision(new QTextBrowser(this)),
      m_openTicket(new QPushButton(tr("&Open ticket"), this))
{
    setObjectName(u"qaArea"_s);
    const bool supervisor = session.user().isSupervisor();
    m_status->setObjectName(u"qaStatusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Not reviewed"), u"unreviewed"_s);
    for (const char *s : {"open", "confirmed", "dismissed", "acknowledged", "disputed"})
        m_status->addItem(Display::vocabulary(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_status->setCurrentIndex(supervisor ? 1 : 0);
    m_severity->setObjectName(u"qaSeverityFilter"_s);
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("Any severity"), QString());
    for (const char *s : {"critical", "warning", "info"})
        m_severity->addItem(Display::vocabulary(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_rule->setObjectName(u"qaRuleFilter"_s);
    m_rule->setAccessibleName(tr("Rule"));
    m_agent->setObjectName(u"qaAgentFilter"_s);
    m_agent->setAccessibleName(tr("Agent"));
    m_team->setObjectName(u"qaTeamFilter"_s);
    m_team->setAccessibleName(tr("Team"));
    for (QComboBox *box : {m_rule, m_agent, m_team})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    Views::setupTable(m_view, u"qaAlertsView"_s, tr("QA alerts"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_detail->setObjectName(u"qaAlertDetail"_s);
    m_detail->setAccessibleName(tr("Finding in its conversation"));
    m_note->setObjectName(u"qaNote"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(supervisor ? tr("Coaching note (confirm) or why it is a false positive (dismiss)")
                                          : tr("Your note (needed to dispute)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_precision->setObjectName(u"qaPrecision"_s);
    m_precision->setAccessibleName(tr("Precision per rule"));
    m_precision->setMaximumHeight(120);
    m_openTicket->setObjectName(u"qaOpenTicket"_s);

    auto *filters = new QVBoxLayout;
    auto *row = new QHBoxLayout;
    auto addFilter = [&](const QString &label, QWidget *box) {
        auto *l = new QLabel(label, this);
        l->setBuddy(box);
        row->addWidget(l);
        row->addWidget(box);
        row->addSpacing(8);
    };
    addFilter(tr("&Status:"), m_status);
    addFilter(tr("Se&verity:"), m_severity);
    addFilter(tr("R&ule:"), m_rule);
    row->addStretch(1);
    row->addWidget(m_count);
    filters->addLayout(row);
    row = new QHBoxLayout;
    addFilter(tr("A&gent:"), m_agent);
    addFilter(tr("Tea&m:"), m_team);
    addFilter(tr("&From:"), m_from);
    addFilter(tr("&To:"), m_to);
    row->addStretch(1);
    filters->addLayout(row);

    addCommands(commands);
    auto *actions = new QHBoxLayout;
    for (const char *id : {"qa.confirm", "qa.dismiss", "qa.acknowledge", "qa.dispute"}) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(id).replace(u'.', u'_'));
        button->setDefaultAction(commands.find(QString::fromLatin1(id))->action());
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    actions->addWidget(m_openTicket);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_detail, 1);
    rl->addWidget(m_note);
    rl->addLayout(actions);
    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({760, 540});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(Views::heading(supervisor ? tr("QA alerts") : tr("My QA alerts"), this));
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(Views::heading(tr("Precision per rule (confirmed ÷ reviewed)"), this));
    layout->addWidget(m_precision);

    for (QComboBox *box : {m_status, m_severity, m_rule, m_agent, m_team})
        connect(box, &QComboBox::activated, this, &QaAlertsArea::refresh);
    for (QDateEdit *box : {m_from, m_to})
        connect(box, &QDateEdit::dateChanged, this, &QaAlertsArea::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QaAlertsArea::showDetail);
    connect(m_note, &QPlainTextEdit::textChanged, &m_commands, &CommandController::updateAll);
    connect(m_openTicket, &QPushButton::clicked, this, [this] {
        if (const QaQueueRecord *a = current(); a && !a->ticketId.isEmpty())
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

void QaAlertsArea::addCommands(CommandController &commands)
{
    const QString group = tr("QA alerts");
    const QStringList supervisors{u"supervisor"_s, u"admin"_s};
    auto add = [&](const QString &id, const QString &text, const QStringList &roles) {
        Command *c = commands.add(id, text, QKeySequence(), {.online = false, .roles = roles}, this, group);
        c->setHandler([this, id] { act(id.mid(3)); });
        return c;
    };
    auto selected = [this] { return current() ? QString() : tr("Select an alert first."); };
    auto needsNote = [this, selected](const QString &why) {
        return [this, selected, why] {
            const QString s = selected();
            return !s.isEmpty() ? s : m_note->toPlainText().trimmed().isEmpty() ? why : QString();
        };
    };
    auto mine = [this, selected] {
        if (const QString s = selected(); !s.isEmpty())
            return s;
        return current()->agentId == m_session.user().id ? QString() : tr("Only the agent concerned answers an alert.");
    };
    add(u"qa.confirm"_s, tr("&Confirm (coaching note)"), supervisors)->setCondition(selected);
    add(u"qa.dismiss"_s, tr("&Dismiss as false positive"), supervisors)
        ->setCondition(needsNote(tr("Type why it is a false positive in the note first.")));
    add(u"qa.acknowledge"_s, tr("&Acknowledge"), {})->setCondition(mine);
    add(u"qa.dispute"_s, tr("Dis&pute"), {})->setCondition([mine, this] {
        if (const QString s = mine(); !s.isEmpty())
            return s;
        return m_note->toPlainText().trimmed().isEmpty() ? tr("Type why you dispute it in the note first.") : QString();
    });
}

const QaQueueRecord *QaAlertsArea::current() const
{
    return m_model->alertAt(m_view->currentIndex().row());
}

void QaAlertsArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void QaAlertsArea::fillFilters()
{
    auto refill = [](QComboBox *box, const QString &any, const QList<std::pair<QString, QString>> &items) {
        const QString keep = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(any, QString());
        for (const auto &[value, label] : items)
            box->addItem(label, value);
        box->setCurrentIndex(std::max(0, box->findData(keep)));
    };
    QList<std::pair<QString, QString>> rules, teams;
    for (const QString &r : m_model->rules())
        rules.append({r, r});
    for (const QString &t : m_model->teams())
        teams.append({t, t});
    refill(m_rule, tr("Any rule"), rules);
    refill(m_agent, tr("Any agent"), m_model->agents());
    refill(m_team, tr("Any team"), teams);
}

void QaAlertsArea::refresh()
{
    m_dirty = false;
    const QString selected = current() ? current()->id : QString();
    fillFilters();
    m_model->setFilter({m_status->currentData().toString(), m_severity->currentData().toString(),
                        m_rule->currentData().toString(), m_agent->currentData().toString(),
                        m_team->currentData().toString(), dayStart(m_from, 0), dayStart(m_to, 1)});
    m_count->setText(tr("%n alert(s)", nullptr, int(m_model->totalCount())));
    const int row = m_model->rowOf(selected);
    if (m_model->rowCount() > 0)
        m_view->selectRow(row >= 0 ? row : 0);
    showDetail();
    showPrecision();
}

void QaAlertsArea::showDetail()
{
    const QaQueueRecord *a = current();
    m_openTicket->setEnabled(a && !a->ticketId.isEmpty());
    m_commands.updateAll();
    if (!a) {
        m_detail->setHtml(u"<p>%1</p>"_s.arg(tr("Select an alert to read it in its conversation.")));
        return;
    }
    const QJsonObject &d = a->detail;
    QString html =
        u"<h3>%1 · %2</h3>"_s.arg(Display::vocabulary(a->severity).toHtmlEscaped(), a->ruleId.toHtmlEscaped());
    html += u"<p>%1 %2 · %3 %4 · %5</p>"_s.arg(tr("Ticket").toHtmlEscaped(), a->ticketNo.toHtmlEscaped(),
                                               tr("Agent").toHtmlEscaped(), a->agentName.toHtmlEscaped(),
                                               Display::dateTime(a->createdAt).toHtmlEscaped());
    auto line = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += u"<p><b>%1</b> %2</p>"_s.arg(label.toHtmlEscaped(), escaped(value));
    };
    line(tr("Finding:"), d.value(u"message"_s).toString());
    line(tr("Why:"), d.value(u"reason"_s).toString());
    line(tr("Policy:"), d.value(u"policy"_s).toString());
    line(tr("Words:"), d.value(u"excerpt"_s).toString());
    line(tr("Sent anyway because:"), d.value(u"override_reason"_s).toString());
    line(tr("Supervisor (%1):").arg(Display::vocabulary(a->verdict)), a->verdict.isEmpty() ? QString() : a->reviewNote);
    line(tr("Agent (%1):").arg(Display::vocabulary(a->response)), a->response.isEmpty() ? QString() : a->agentNote);
    if (!a->ticketId.isEmpty()) {
        // The conversation around the finding: the flagged message stands out.
        html += u"<hr><p><b>%1</b></p>"_s.arg(tr("Conversation").toHtmlEscaped());
        const QString excerpt = d.value(u"excerpt"_s).toString();
        for (const TicketMessageRecord &m : TicketRepository(m_session.database()).messages(a->ticketId)) {
            const bool flagged = m.id == a->messageId || (a->messageId.isEmpty() && !excerpt.isEmpty() &&
                                                          m.authorKind == u"agent"_s && m.body.contains(excerpt));
            QString body = escaped(m.body);
            if (flagged && !excerpt.isEmpty())
                body.replace(excerpt.toHtmlEscaped(),
                             u"<span style='background:#f6d365'>%1</span>"_s.arg(excerpt.toHtmlEscaped()));
            html += u"<p style='margin:4px 0;%1'><b>%2</b> <small>%3</small><br>%4</p>"_s.arg(
                flagged ? u"border-left:3px solid #c0392b;padding-left:6px"_s : QString(),
                (m.authorName.isEmpty() ? Display::vocabulary(m.authorKind) : m.authorName).toHtmlEscaped(),
                (m.visibility == u"internal"_s ? tr("%1 · internal note").arg(Display::dateTime(m.createdAt))
                                               : Display::dateTime(m.createdAt))
                    .toHtmlEscaped(),
                body);
        }
    }
    m_detail->setHtml(html);
}

void QaAlertsArea::showPrecision()
{
    QString html =
        u"<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th>%2</th><th>%3</th>"
        "<th>%4</th><th>%5</th></tr>"_s.arg(tr("Rule"), tr("Alerts"), tr("Reviewed"), tr("Confirmed"), tr("Precision"));
    for (const QaRulePrecision &p : m_model->precision()) {
        const double v = p.precision();
        const QString value = v < 0 ? u"—"_s : u"%1 %"_s.arg(qRound(v * 100));
        const QString colour = v >= 0 && v < 0.5 ? u" style='color:#c0392b'"_s : QString();
        html += u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                "<td align='right'%5><b>%6</b></td></tr>"_s.arg(p.ruleId.toHtmlEscaped())
                    .arg(p.alerts)
                    .arg(p.reviewed)
                    .arg(p.confirmed)
                    .arg(colour, value);
    }
    m_precision->setHtml(html + u"</table>"_s);
}

void QaAlertsArea::act(const QString &action)
{
    const QaQueueRecord *a = current();
    if (!a)
        return;
    const QString id = a->id, note = m_note->toPlainText().trimmed(), me = m_session.user().id;
    const bool verdict = action == u"confirm"_s || action == u"dismiss"_s;
    const QString value = action == u"confirm"_s   ? u"confirmed"_s
                          : action == u"dismiss"_s ? u"dismissed"_s
                          : action == u"dispute"_s ? u"disputed"_s
                                                   : u"acknowledged"_s;
    QPointer<QaAlertsArea> self(this);
    m_session.editCache(
        [=](Database &db) {
            return verdict ? QaAlertEdits::review(db, id, value, note, me) : QaAlertEdits::respond(db, id, value, note);
        },
        {u"qa_alerts"_s},
        [self, value](const QString &, const QString &error) {
            if (!self)
                return;
            if (error.isEmpty())
                self->m_note->clear();
            Q_EMIT self->message(error.isEmpty()
                                     ? tr("Alert %1; it syncs to the server.").arg(Display::vocabulary(value))
                                     : tr("Not saved: %1").arg(error));
        });
}

} // namespace panorama
