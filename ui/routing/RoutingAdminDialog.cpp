#include "ui/routing/RoutingAdminDialog.h"

#include "models/RoutingData.h"
#include "ui/AgentSession.h"
#include "ui/Clock.h"
#include "ui/common/Views.h"
#include "ui/settings/Theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

RoutingAdminDialog::RoutingAdminDialog(AgentSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_load(new QTableWidget(this)), m_rules(new QPlainTextEdit(this)),
      m_verdict(new QLabel(this))
{
    setObjectName(u"routingAdminDialog"_s);
    setWindowTitle(tr("Routing: queue load and rules"));
    resize(900, 640);
    m_load->setObjectName(u"routingLoad"_s);
    m_load->setAccessibleName(tr("Queue load per team"));
    m_load->setColumnCount(5);
    m_load->setHorizontalHeaderLabels({tr("Team"), tr("Open"), tr("Unassigned"), tr("Breaching SLA"), tr("Staff")});
    m_load->verticalHeader()->hide();
    m_load->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_load->horizontalHeader()->setStretchLastSection(true);
    const QList<TeamLoad> load = RoutingData(session.database()).queueLoad(Clock::now());
    m_load->setRowCount(int(load.size()));
    for (int r = 0; r < load.size(); ++r) {
        const TeamLoad &t = load.at(r);
        const qint64 values[] = {t.open, t.unassigned, t.breaching, t.agents};
        m_load->setItem(r, 0, new QTableWidgetItem(t.team.isEmpty() ? tr("(no team)") : t.team));
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(QString::number(values[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 2 && values[c] > 0)
                item->setForeground(Theme::danger());
            m_load->setItem(r, c + 1, item);
        }
    }
    m_load->resizeColumnsToContents();

    m_rules->setObjectName(u"routingRulesEditor"_s);
    m_rules->setAccessibleName(tr("Routing rules (JSON)"));
    m_rules->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rules->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rules->setPlainText(RoutingData::rulesJson());
    m_verdict->setObjectName(u"routingRulesVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *rulesPage = new QWidget(this);
    auto *rl = new QVBoxLayout(rulesPage);
    QLabel *about = Views::muted(tr("Rules are evaluated top to bottom; the first rule with a team decides the queue. "
                                    "Changes are checked as you type. The server keeps the rules in force and syncs "
                                    "them to every workstation; publishing from here needs its rule endpoint, which "
                                    "this workstation does not call yet: copy the checked file to the administrator."),
                                 rulesPage);
    about->setWordWrap(true);
    rl->addWidget(about);
    rl->addWidget(m_rules, 1);
    rl->addWidget(m_verdict);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"routingAdminTabs"_s);
    tabs->addTab(m_load, tr("&Queue load"));
    tabs->addTab(rulesPage, tr("&Rules"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(250);
    connect(m_rules, &QPlainTextEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, &RoutingAdminDialog::validate);
    validate();
}

void RoutingAdminDialog::validate()
{
    m_problems = RoutingData::validateRules(m_rules->toPlainText().toUtf8());
    if (m_problems.isEmpty()) {
        m_verdict->setText(u"<span style='color:%1'>✔ %2</span>"_s.arg(
            Theme::success().name(), tr("The rules are valid for the taxonomy.").toHtmlEscaped()));
        return;
    }
    QString html = u"<span style='color:%1'>%2</span><ul>"_s.arg(
        Theme::danger().name(), tr("%n problem(s):", nullptr, int(m_problems.size())).toHtmlEscaped());
    for (const QString &p : std::as_const(m_problems))
        html += u"<li>%1</li>"_s.arg(p.toHtmlEscaped());
    m_verdict->setText(html + u"</ul>"_s);
}

} // namespace panorama
