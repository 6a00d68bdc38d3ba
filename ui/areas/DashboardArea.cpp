#include "ui/areas/DashboardArea.h"

#include "models/Display.h"
#include "models/ReferenceData.h"
#include "ui/AgentSession.h"
#include "ui/Clock.h"
#include "ui/common/Views.h"
#include "ui/settings/Theme.h"
#ifdef PANORAMA_HAS_SIZING
#include "ui/sizing/SizingFlagsPanel.h"
#endif

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

QChartView *chartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

void styleChart(QChart *chart, const QString &title)
{
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
}

} // namespace

DashboardArea::DashboardArea(AgentSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_cards(new QGridLayout), m_perDay(chartView(u"ticketsPerDayChart"_s, this)),
      m_byCategory(chartView(u"openByCategoryChart"_s, this))
{
    setObjectName(u"dashboardArea"_s);
    card(u"open"_s, tr("Open tickets"), 0, 0);
    card(u"unassigned"_s, tr("Unassigned"), 0, 1);
    card(u"breaching"_s, tr("Breaching SLA"), 0, 2);
    card(u"mine"_s, tr("Assigned to me"), 0, 3);
    card(u"createdToday"_s, tr("Created today"), 1, 0);
    card(u"solvedToday"_s, tr("Solved today"), 1, 1);
    card(u"qa"_s, tr("Open QA alerts"), 1, 2);
    card(u"customers"_s, tr("Customers in cache"), 1, 3);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_perDay, 3);
    charts->addWidget(m_byCategory, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(Views::heading(tr("Dashboard"), this));
    layout->addLayout(m_cards);
    layout->addLayout(charts, 1);
#ifdef PANORAMA_HAS_SIZING
    m_sizingFlags = new SizingFlagsPanel(session, this);
    layout->addWidget(m_sizingFlags);
#endif
    connect(&m_session, &AgentSession::tablesChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
}

QLabel *DashboardArea::card(const QString &key, const QString &title, int row, int column)
{
    auto *box = new QWidget(this);
    box->setProperty("role", u"card"_s);
    box->setAttribute(Qt::WA_StyledBackground);
    auto *figure = new QLabel(u"–"_s, box);
    figure->setObjectName(u"figure_"_s + key);
    figure->setProperty("role", u"figure"_s);
    auto *l = new QVBoxLayout(box);
    l->setContentsMargins(14, 8, 14, 8);
    l->addWidget(Views::muted(title, box));
    l->addWidget(figure);
    m_cards->addWidget(box, row, column);
    m_figures.insert(key, figure);
    figure->setAccessibleName(title);
    return figure;
}

QString DashboardArea::figureText(const QString &key) const
{
    const QLabel *l = m_figures.value(key);
    return l ? l->text() : QString();
}

void DashboardArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardArea::refresh()
{
    m_dirty = false;
#ifdef PANORAMA_HAS_SIZING
    m_sizingFlags->refresh();
#endif
    const qint64 now = Clock::now();
    const DashboardFigures d = ReferenceData(m_session.database()).dashboard(now, m_session.user().id);
    const QLocale locale;
    m_figures[u"open"_s]->setText(locale.toString(d.openTickets));
    m_figures[u"unassigned"_s]->setText(locale.toString(d.unassigned));
    m_figures[u"breaching"_s]->setText(locale.toString(d.breaching));
    m_figures[u"breaching"_s]->setStyleSheet(d.breaching > 0 ? u"color: %1;"_s.arg(Theme::danger().name()) : QString());
    m_figures[u"mine"_s]->setText(locale.toString(d.mine));
    m_figures[u"createdToday"_s]->setText(locale.toString(d.createdToday));
    m_figures[u"solvedToday"_s]->setText(locale.toString(d.solvedToday));
    m_figures[u"qa"_s]->setText(locale.toString(d.openQaAlerts));
    m_figures[u"customers"_s]->setText(locale.toString(d.customers));

    auto *perDay = new QChart;
    auto *set = new QBarSet(tr("Tickets"));
    QStringList days;
    qint64 top = 1;
    for (const auto &[day, count] : d.createdPerDay) {
        *set << count;
        days << QDateTime::fromMSecsSinceEpoch(day).toString(u"MM-dd"_s);
        top = qMax(top, count);
    }
    set->setColor(Theme::isDark() ? QColor(0x5a, 0xa9, 0xe6) : QColor(0x1f, 0x6f, 0xb2));
    auto *series = new QBarSeries;
    series->append(set);
    perDay->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(days);
    auto *y = new QValueAxis;
    y->setRange(0, double(top));
    y->setLabelFormat(u"%d"_s);
    y->applyNiceNumbers();
    perDay->addAxis(x, Qt::AlignBottom);
    perDay->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(perDay, tr("Tickets created per day"));
    QChart *old = m_perDay->chart();
    m_perDay->setChart(perDay);
    delete old;

    auto *byCategory = new QChart;
    auto *catSet = new QBarSet(tr("Open tickets"));
    QStringList names;
    qint64 catTop = 1;
    // Horizontal bars read top-down most-first: feed them in reverse.
    for (auto it = d.openByCategory.crbegin(); it != d.openByCategory.crend(); ++it) {
        *catSet << it->second;
        names << Display::vocabulary(it->first);
        catTop = qMax(catTop, it->second);
    }
    catSet->setColor(Theme::isDark() ? QColor(0x6c, 0xc4, 0x7f) : QColor(0x1e, 0x84, 0x49));
    auto *catSeries = new QHorizontalBarSeries;
    catSeries->append(catSet);
    byCategory->addSeries(catSeries);
    auto *cy = new QBarCategoryAxis;
    cy->append(names);
    auto *cx = new QValueAxis;
    cx->setRange(0, double(catTop));
    cx->setLabelFormat(u"%d"_s);
    cx->applyNiceNumbers();
    byCategory->addAxis(cy, Qt::AlignLeft);
    byCategory->addAxis(cx, Qt::AlignBottom);
    catSeries->attachAxis(cy);
    catSeries->attachAxis(cx);
    styleChart(byCategory, tr("Open tickets by category"));
    old = m_byCategory->chart();
    m_byCategory->setChart(byCategory);
    delete old;
}

} // namespace panorama
