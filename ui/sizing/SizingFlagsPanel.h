#pragma once

#include "models/SizingData.h"

#include <QWidget>

class QLabel;

namespace panorama {

class AgentSession;

// For the product team on the dashboard: products whose size returns cluster on one side, so their size chart is
// probably wrong, with by how much (sizes and centimetres of the leading measurement) and the counts behind it.
class SizingFlagsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizingFlagsPanel)
public:
    explicit SizingFlagsPanel(AgentSession &session, QWidget *parent = nullptr);

    // Recounts when returns, purchases or charts changed since the last count (the dashboard refreshes often).
    void refresh();
    const QList<SizingChartFlag> &flags() const { return m_flags; }

private:
    SizingData m_data;
    QList<SizingChartFlag> m_flags;
    bool m_dirty = true;
    QLabel *m_list;
};

} // namespace panorama
