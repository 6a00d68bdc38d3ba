#pragma once

#include <QWidget>

namespace panorama {

class AgentSession;
class SizingPanel;

// The Sizing area: the sizing assistant for the customer (and product) the agent came from, or for a caller
// without a record. Reached from the customer view, an order line and a ticket (Ctrl+Shift+Z) or with Ctrl+4.
class SizingArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizingArea)
public:
    explicit SizingArea(AgentSession &session, QWidget *parent = nullptr);

    SizingPanel *panel() const { return m_panel; }
    // The customer's sizing, for the product of the order line (or else of the order) when one is given.
    void open(const QString &customerId, const QString &orderId = {}, const QString &orderItemId = {});
    void focusDefault();

Q_SIGNALS:
    void message(const QString &text);

private:
    AgentSession &m_session;
    SizingPanel *m_panel;
};

} // namespace panorama
