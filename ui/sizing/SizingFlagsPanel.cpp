#include "ui/sizing/SizingFlagsPanel.h"

#include "ui/AgentSession.h"
#include "ui/common/Views.h"

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama {

SizingFlagsPanel::SizingFlagsPanel(AgentSession &session, QWidget *parent)
    : QWidget(parent), m_data(session.database()), m_list(new QLabel(this))
{
    setObjectName(u"sizingFlags"_s);
    m_list->setObjectName(u"sizingFlagsList"_s);
    m_list->setTextFormat(Qt::RichText);
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(Views::heading(tr("Size charts that are probably wrong"), this));
    layout->addWidget(m_list);
    connect(&session, &AgentSession::tablesChanged, this, [this](const QStringList &tables) {
        for (const char *t : {"returns", "order_items", "orders", "products", "size_charts"})
            m_dirty = m_dirty || tables.contains(QLatin1StringView(t));
    });
}

void SizingFlagsPanel::refresh()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_flags = m_data.chartFlags(m_data.storeOffsets());
    if (m_flags.isEmpty()) {
        m_list->setText(tr("No product's size returns cluster on one side."));
        return;
    }
    QString html;
    for (const SizingChartFlag &f : std::as_const(m_flags)) {
        const sizing::ChartFlag &c = f.flag;
        const bool small = c.direction == u"runs_small"_s;
        QString by = tr("%1 size").arg(std::abs(c.steps), 0, 'f', 1);
        if (c.cm)
            by = tr("%1 size (about %2 cm of %3)")
                     .arg(std::abs(c.steps), 0, 'f', 1)
                     .arg(*c.cm, 0, 'f', 1)
                     .arg(c.measurement);
        const QString what = small ? tr("runs small by %1: the chart should be larger").arg(by)
                                   : tr("runs large by %1: the chart should be smaller").arg(by);
        html += u"<p style='margin:2px 0'><b>%1</b> %2 · %3 — %4<br><small>%5</small></p>"_s.arg(
            (f.productName.isEmpty() ? c.productId : f.productName).toHtmlEscaped(), f.sku.toHtmlEscaped(),
            c.brand.toHtmlEscaped(), what.toHtmlEscaped(),
            tr("%1 returned too small, %2 too large, %3 kept; p = %4")
                .arg(c.counts.tooSmall)
                .arg(c.counts.tooLarge)
                .arg(c.counts.kept)
                .arg(c.pValue, 0, 'g', 2)
                .toHtmlEscaped());
    }
    m_list->setText(html);
}

} // namespace panorama
