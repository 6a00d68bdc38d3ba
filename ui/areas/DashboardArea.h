#pragma once

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;

namespace panorama {

class AgentSession;
class SizingFlagsPanel;

// The supervisor's overview, counted in the local cache: open, unassigned and SLA-breaching tickets, today's
// created and solved, tickets created per day and open tickets by category.
class DashboardArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardArea)
public:
    explicit DashboardArea(AgentSession &session, QWidget *parent = nullptr);

    QString figureText(const QString &key) const; // for tests: the figure shown under a card's key

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *card(const QString &key, const QString &title, int row, int column);

    AgentSession &m_session;
    QGridLayout *m_cards;
    QHash<QString, QLabel *> m_figures;
    QChartView *m_perDay;
    QChartView *m_byCategory;
    SizingFlagsPanel *m_sizingFlags = nullptr; // for the product team; null without the sizing engine
    bool m_dirty = true;
};

} // namespace panorama
