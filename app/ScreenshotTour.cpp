#include "app/ScreenshotTour.h"

#include "app/Session.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/customers/CustomerView.h"
#include "ui/customers/CustomersArea.h"
#include "ui/customers/OrderDetailPanel.h"
#include "ui/customers/OrdersPanel.h"
#ifdef PANORAMA_HAS_SEARCH
#include "ui/knowledge/KnowledgeArea.h"
#include "ui/knowledge/ReplySuggestions.h"
#endif
#include "ui/tickets/TicketQueuePanel.h"
#include "ui/tickets/TicketView.h"
#include "ui/tickets/TicketsArea.h"

#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

// A customer worth showing: many orders, a likely duplicate, tags, and an order with a return and a shipment.
QString showcaseCustomer(Database &db, QString *orderId)
{
    Query q = db.query("SELECT o.customer_id, o.id FROM returns r JOIN orders o ON o.id = r.order_id"
                       " JOIN shipments s ON s.order_id = o.id"
                       " WHERE EXISTS (SELECT 1 FROM identities a JOIN identities b ON a.value_hash = b.value_hash"
                       "   AND a.customer_id <> b.customer_id AND a.kind = b.kind WHERE a.customer_id = o.customer_id)"
                       "  AND EXISTS (SELECT 1 FROM tags t WHERE t.customer_id = o.customer_id)"
                       " ORDER BY (SELECT count(*) FROM orders x WHERE x.customer_id = o.customer_id) DESC LIMIT 1");
    if (q.next()) {
        *orderId = q->text(1);
        return q->text(0);
    }
    Query any = db.query("SELECT customer_id, id FROM orders ORDER BY placed_at DESC LIMIT 1");
    if (!any.next())
        return {};
    *orderId = any->text(1);
    return any->text(0);
}

// A ticket with a real conversation: replies, a note, several turns, still open.
QString showcaseTicket(Database &db)
{
    Query q = db.query("SELECT m.ticket_id FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id"
                       " WHERE t.status IN ('open', 'pending', 'new') GROUP BY m.ticket_id"
                       " HAVING sum(m.visibility = 'internal') > 0 AND count(*) BETWEEN 4 AND 9"
                       " ORDER BY count(*) DESC LIMIT 1");
    return q.next() ? q->text(0) : QString();
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, Session &session, QString directory, QString language,
                               QObject *parent)
    : QObject(parent), m_window(window), m_session(session), m_dir(std::move(directory)),
      m_language(std::move(language))
{}

void ScreenshotTour::run(std::function<void(const QString &)> done)
{
    m_done = std::move(done);
    QDir().mkpath(m_dir);
    m_window.resize(1600, 900);
    QTimer::singleShot(400, this, &ScreenshotTour::step);
}

bool ScreenshotTour::save(const QString &name)
{
    const QString file = QDir(m_dir).filePath(u"%1-%2.png"_s.arg(name, m_language));
    if (!m_window.grab().save(file)) {
        m_error = tr("cannot write %1").arg(file);
        return false;
    }
    return true;
}

template <typename Sender, typename Signal>
void ScreenshotTour::stepOn(const Sender *sender, Signal signal, int timeoutMs)
{
    const int forStep = m_step;
    m_waiting = forStep;
    auto next = [this, forStep] {
        if (m_waiting != forStep || m_step != forStep)
            return; // already stepped on (the signal, then the timeout)
        m_waiting = -1;
        QTimer::singleShot(300, this, &ScreenshotTour::step); // let the results paint
    };
    if (sender)
        connect(sender, signal, this, next, Qt::SingleShotConnection);
    QTimer::singleShot(timeoutMs, this, next);
}

void ScreenshotTour::step()
{
    Database &db = m_session.database();
    switch (m_step++) {
    case 0: {
        QString order;
        const QString customer = showcaseCustomer(db, &order);
        m_window.openCustomer(customer);
        if (CustomerView *v = m_window.customers()->currentView()) {
            v->selectOrder(order);
        }
        break;
    }
    case 1:
        save(u"customer-view"_s);
        m_window.showArea(u"tickets"_s);
        m_window.tickets()->queue()->setQueue(TicketRepository::Queue::Open);
        m_window.tickets()->openTicket(showcaseTicket(db));
#ifdef PANORAMA_HAS_SEARCH
        // The suggestions beside the reply come from the search thread (indexing the cache first).
        stepOn(m_window.findChild<ReplySuggestions *>(), &ReplySuggestions::updated, 30000);
        return;
#else
        break;
#endif
    case 2:
        save(u"ticket-view"_s);
        m_window.tickets()->queue()->setQueue(TicketRepository::Queue::BreachingSla);
        m_window.tickets()->queue()->view()->selectRow(0);
        break;
    case 3:
        save(u"queue"_s);
        m_window.showArea(u"dashboard"_s);
        break;
    case 4:
        save(u"dashboard"_s);
        m_window.showArea(u"knowledge"_s);
#ifdef PANORAMA_HAS_SEARCH
        if (auto *area = qobject_cast<KnowledgeArea *>(m_window.area(u"knowledge"_s))) {
            area->queryEdit()->setText(m_language == u"zh_CN"_s ? u"退货运费谁承担"_s : u"who pays return shipping"_s);
            area->search();
            stepOn(area, &KnowledgeArea::searched, 30000);
            return;
        }
#endif
        break;
    case 5:
        save(u"knowledge"_s);
        m_done(m_error);
        return;
    default:
        return;
    }
    QTimer::singleShot(600, this, &ScreenshotTour::step);
}

} // namespace panorama
