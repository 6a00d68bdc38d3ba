#include "ui/sizing/SizingArea.h"

#include "models/SizingData.h"
#include "ui/AgentSession.h"
#include "ui/common/Views.h"
#include "ui/sizing/SizingPanel.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

SizingArea::SizingArea(AgentSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_panel(new SizingPanel(session, this))
{
    setObjectName(u"sizingArea"_s);
    auto *start = new QPushButton(tr("&New caller"), this);
    start->setObjectName(u"sizingNewCaller"_s);
    start->setToolTip(tr("Clears the form for someone without a customer record."));
    auto *note = Views::muted(tr("Answers change as you type. Open a customer, an order line or a ticket and press "
                                 "Ctrl+Shift+Z to fill this in from their profile and purchases."),
                              this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(Views::heading(tr("Sizing assistant"), this));
    layout->addWidget(m_panel, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(note, 1);
    bottom->addWidget(start);
    layout->addLayout(bottom);
    connect(start, &QPushButton::clicked, this, [this] {
        m_panel->setCustomer({});
        focusDefault();
    });
    connect(m_panel, &SizingPanel::message, this, &SizingArea::message);
}

void SizingArea::open(const QString &customerId, const QString &orderId, const QString &orderItemId)
{
    SizingData data(m_session.database());
    QString product = orderItemId.isEmpty() ? QString() : data.productOfOrderItem(orderItemId);
    if (product.isEmpty() && !orderId.isEmpty())
        product = data.productOfOrder(orderId);
    m_panel->setCustomer(customerId, product);
}

void SizingArea::focusDefault()
{
    if (auto *height = m_panel->findChild<QDoubleSpinBox *>(u"sizingHeight"_s))
        height->setFocus(Qt::OtherFocusReason);
}

} // namespace panorama
