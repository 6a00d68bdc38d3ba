#include "ui/shell/GlobalSearch.h"

#include "models/CustomerSearchModel.h"
#include "ui/common/Views.h"

#include <QApplication>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

GlobalSearch::GlobalSearch(Database &db, QWidget *parent)
    : QLineEdit(parent), m_model(new CustomerSearchModel(db, this)), m_popup(new QFrame(nullptr)),
      m_view(new QTableView(m_popup)), m_status(Views::muted({}, m_popup)), m_delay(new QTimer(this))
{
    setObjectName(u"globalSearch"_s);
    setAccessibleName(tr("Find a customer"));
    setPlaceholderText(tr("Find a customer: phone, member ID, order no., name, e-mail, device ID (Ctrl+K)"));
    setClearButtonEnabled(true);
    setMinimumWidth(420);

    m_popup->setObjectName(u"searchResultsPopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setProperty("role", u"popup"_s);
    m_popup->setAttribute(Qt::WA_StyledBackground);
    Views::setupTable(m_view, u"searchResults"_s, tr("Search results"));
    m_view->setModel(m_model);
    m_view->setFocusPolicy(Qt::NoFocus); // the box keeps the keyboard
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    m_popup->hide();

    // Zero delay: each event-loop turn runs at most one search, so a burst of typed (or pasted) characters costs
    // one query, and a single keystroke still answers at once.
    m_delay->setSingleShot(true);
    m_delay->setInterval(0);
    connect(this, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            hideResults();
    });
    connect(m_delay, &QTimer::timeout, this, &GlobalSearch::searchNow);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &i) { choose(i.row()); });
}

GlobalSearch::~GlobalSearch()
{
    delete m_popup.data();
}

void GlobalSearch::activate()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
    if (!text().isEmpty() && m_model->rowCount() > 0)
        showResults();
}

bool GlobalSearch::resultsVisible() const
{
    return m_popup->isVisible();
}

void GlobalSearch::searchNow()
{
    m_delay->stop();
    const QString query = text().trimmed();
    if (query.isEmpty()) {
        m_model->setQuery({});
        hideResults();
        return;
    }
    m_model->setQuery(query, 20);
    m_status->setText(m_model->rowCount() == 0
                          ? tr("No customer matches \"%1\".").arg(query)
                          : tr("%n customer(s) · Enter opens · Esc closes", nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showResults();
}

void GlobalSearch::showResults()
{
    if (!m_popup->parentWidget() || m_popup->parentWidget() != window()) {
        m_popup->setParent(window());
        window()->installEventFilter(this);
    }
    place();
    m_popup->show();
    m_popup->raise();
}

void GlobalSearch::hideResults()
{
    m_popup->hide();
}

void GlobalSearch::place()
{
    const QPoint below = mapTo(window(), QPoint(0, height() + 2));
    const int rows = qBound(1, m_model->rowCount(), 10);
    const int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    const int h = m_view->horizontalHeader()->height() + rows * rowHeight + m_status->sizeHint().height() + 20;
    const int w = qMax(width(), 560);
    const int x = qMin(below.x(), window()->width() - w - 4);
    m_popup->setGeometry(qMax(4, x), below.y(), w, h);
}

void GlobalSearch::choose(int row)
{
    const QString id = m_model->customerIdAt(row);
    if (id.isEmpty())
        return;
    hideResults();
    Q_EMIT customerChosen(id);
}

void GlobalSearch::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_model->rowCount();
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (rows > 0) {
            if (!resultsVisible())
                showResults();
            const int next = qBound(0, current + (event->key() == Qt::Key_Down ? 1 : -1), rows - 1);
            m_view->selectRow(next);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_delay->isActive())
            searchNow(); // Enter right after typing: answer the text as typed, not the previous results
        if (m_model->rowCount() > 0) {
            choose(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0);
            return;
        }
        break;
    case Qt::Key_Escape:
        if (resultsVisible()) {
            hideResults();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void GlobalSearch::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A click in the list keeps the list (the view takes no focus); anything else closes it.
    if (event->reason() != Qt::PopupFocusReason && !m_popup->underMouse())
        hideResults();
}

bool GlobalSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::Resize && resultsVisible())
        place();
    return QLineEdit::eventFilter(watched, event);
}

} // namespace panorama
