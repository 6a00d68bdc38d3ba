#include "ui/customers/OrdersPanel.h"

#include "core/domain/CustomerRepository.h"
#include "models/Display.h"
#include "models/ModelRoles.h"
#include "models/OrdersModel.h"
#include "ui/common/Views.h"
#include "ui/customers/OrderDetailPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

OrdersPanel::OrdersPanel(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_repo(std::make_unique<CustomerRepository>(db)), m_model(new OrdersModel(db, this)),
      m_status(new QComboBox(this)), m_count(Views::muted({}, this)), m_view(new QTableView(this)),
      m_detail(new OrderDetailPanel(this))
{
    setObjectName(u"ordersPanel"_s);
    m_status->setObjectName(u"orderStatusFilter"_s);
    m_status->setAccessibleName(tr("Order status filter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const char *s : {"pending", "paid", "packed", "shipped", "delivered", "completed", "cancelled", "returned",
                          "partially_returned"})
        m_status->addItem(Display::vocabulary(QString::fromLatin1(s)), QString::fromLatin1(s));
    Views::setupTable(m_view, u"ordersView"_s, tr("Orders"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(OrdersModel::PlacedAt, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(OrdersModel::OrderNo, 150);
    m_view->setColumnWidth(OrdersModel::PlacedAt, 130);

    auto *filter = new QHBoxLayout;
    auto *label = new QLabel(tr("&Status:"), this);
    label->setBuddy(m_status);
    filter->addWidget(label);
    filter->addWidget(m_status);
    filter->addStretch(1);
    filter->addWidget(m_count);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filter);
    topLayout->addWidget(m_view);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"ordersSplitter"_s);
    split->addWidget(top);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(m_status->currentData().toString());
        const qint64 n = m_repo->orderCount(m_model->customerId(), m_status->currentData().toString());
        m_count->setText(tr("%n order(s)", nullptr, int(n)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersPanel::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersPanel::showSelected);
}

OrdersPanel::~OrdersPanel() = default;

void OrdersPanel::setCustomer(const QString &customerId, qint64 orderCount)
{
    m_model->setCustomer(customerId);
    m_count->setText(tr("%n order(s)", nullptr, int(orderCount)));
}

void OrdersPanel::reload()
{
    const QString keep = selectedOrderId();
    m_model->setStatusFilter(m_status->currentData().toString());
    if (!keep.isEmpty())
        selectOrder(keep);
}

QString OrdersPanel::selectedOrderId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(IdRole).toString() : QString();
}

bool OrdersPanel::selectOrder(const QString &orderId)
{
    // Loaded rows first; the order may sit on a later page, so fetch pages until found (bounded by the count).
    for (;;) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->orderIdAt(r) == orderId) {
                m_view->setCurrentIndex(m_model->index(r, 0));
                m_view->scrollTo(m_model->index(r, 0));
                return true;
            }
        }
        if (!m_model->canFetchMore({}))
            return false;
        m_model->fetchMore({});
    }
}

void OrdersPanel::showSelected()
{
    const QString id = selectedOrderId();
    if (m_detail->order() && m_detail->order()->order.id == id)
        return;
    m_detail->setOrder(id.isEmpty() ? std::nullopt : m_repo->orderDetail(id));
    Q_EMIT orderSelected(id);
}

} // namespace panorama
