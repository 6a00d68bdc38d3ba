// bench_ui: the workstation's figures on a large demo cache (docs/bench/ui.md). Prints medians and tails; asserts
// nothing about time.
//   bench_ui --jsonl DIR --cache FILE [--runs N] [--panorama PATH]
// Imports DIR into the encrypted cache FILE once (key in FILE.key), then measures:
//   1. process start to an interactive main window (panorama --demo-cache FILE --bench-startup), warm;
//   2. search as you type: CustomerSearchModel::setQuery per keystroke (phones, names, order numbers, e-mails);
//   3. opening the customer with the most orders (the 360° view built and first painted);
//   4. scrolling the ticket queue through 10,000 rows: model work and whole frame per scroll step;
//   5. typing a reply with the suggestions panel and the reply check attached: GUI-thread time per keystroke, and
//      from the pause in typing to the suggestions shown (the search runs on the search service's thread).
#include "app/Session.h"
#include "core/domain/DomainSchema.h"
#include "core/domain/JsonlImporter.h"
#include "core/storage/Database.h"
#include "models/CustomerSearchModel.h"
#include "models/TicketQueueModel.h"
#include "ui/Clock.h"
#include "ui/common/Views.h"
#include "ui/customers/CustomerView.h"
#ifdef PANORAMA_HAS_SEARCH
#include "core/search/SearchService.h"
#include "ui/knowledge/KnowledgeIndex.h"
#include "ui/knowledge/ReplySuggestions.h"
#endif
#include "ui/tickets/Composer.h"
#include "ui/tickets/TicketView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {

QTextStream out(stdout);

struct Stats
{
    QList<double> v;
    void add(double x) { v << x; }
    double pct(double p) const
    {
        if (v.isEmpty())
            return 0;
        QList<double> s = v;
        std::sort(s.begin(), s.end());
        return s.at(qMin(qsizetype(p * double(s.size() - 1) + 0.5), s.size() - 1));
    }
    double max() const { return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end()); }
    QString line(const QString &unit = u"ms"_s) const
    {
        return u"n=%1 median=%2 p95=%3 p99=%4 max=%5 %6"_s.arg(v.size())
            .arg(pct(0.5), 0, 'f', 2)
            .arg(pct(0.95), 0, 'f', 2)
            .arg(pct(0.99), 0, 'f', 2)
            .arg(max(), 0, 'f', 2)
            .arg(unit);
    }
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Counts the time a view spends inside the model (data() and fetchMore()) while it paints and scrolls.
class TimingProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        QElapsedTimer t;
        t.start();
        QVariant v = QIdentityProxyModel::data(index, role);
        m_ns += t.nsecsElapsed();
        return v;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        QElapsedTimer t;
        t.start();
        QIdentityProxyModel::fetchMore(parent);
        m_ns += t.nsecsElapsed();
        ++m_fetches;
    }
    qint64 take()
    {
        const qint64 n = m_ns;
        m_ns = 0;
        return n;
    }
    int fetches() const { return m_fetches; }

private:
    mutable qint64 m_ns = 0;
    int m_fetches = 0;
};

QByteArray loadOrCreateKey(const QString &file)
{
    QFile f(file);
    if (f.open(QIODevice::ReadOnly))
        return QByteArray::fromHex(f.readAll().trimmed());
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    if (f.open(QIODevice::WriteOnly))
        f.write(key.toHex());
    return key;
}

void importOnce(const QString &jsonl, const QString &cache, const DatabaseKey &key)
{
    if (QFileInfo::exists(cache))
        return;
    QElapsedTimer t;
    t.start();
    auto db = Database::open(cache, key, {.create = true, .synchronousFull = false});
    DomainSchema::migrate(*db);
    const auto r = JsonlImporter(*db).importDirectory(jsonl);
    // The demo world's "now", so --demo-cache runs show SLAs as of the generated data (app/DemoCache does the same).
    db->exec("INSERT OR REPLACE INTO meta(key, value) VALUES ('demo_now', '1793491200000')");
    out << "import: " << r.totalRows << " rows in " << QString::number(ms(t) / 1000, 'f', 1) << " s" << Qt::endl;
}

void benchStartup(const QString &panorama, const QString &cache, const QByteArray &key, int runs)
{
    Stats inside, wall;
    for (int i = 0; i <= runs; ++i) { // run 0 warms the page cache and is not counted
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PANORAMA_DEMO_KEY"_s, QString::fromLatin1(key.toHex()));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(panorama, {u"--demo-cache"_s, cache, u"--bench-startup"_s, u"--lang"_s, u"en"_s});
        p.waitForFinished(120000);
        const double total = ms(t);
        const QString o = QString::fromUtf8(p.readAllStandardOutput());
        const qsizetype at = o.indexOf(u"startup_ms "_s);
        if (p.exitCode() != 0 || at < 0) {
            out << "startup: run failed: " << QString::fromUtf8(p.readAllStandardError()) << Qt::endl;
            return;
        }
        if (i == 0)
            continue;
        inside.add(o.mid(at + 11).section(u'\n', 0, 0).toDouble());
        wall.add(total);
    }
    out << "startup (main() to interactive window, in process): " << inside.line() << Qt::endl;
    out << "startup (exec to exit, incl. loading and teardown):  " << wall.line() << Qt::endl;
}

void benchSearch(Database &db)
{
    // What agents type: full phones and e-mails (blind index), order numbers, and name prefixes.
    QStringList phones, emails, names, orders;
    {
        Query q = db.query("SELECT i.kind, c.display_name, (SELECT order_no FROM orders o WHERE o.customer_id = c.id"
                           " LIMIT 1) FROM customers c JOIN identities i ON i.customer_id = c.id"
                           " WHERE i.kind IN ('phone', 'email') ORDER BY c.id LIMIT 400 OFFSET 5000");
        while (q.next()) {
            names << q->text(1);
            if (!q->text(2).isEmpty())
                orders << q->text(2);
        }
    }
    // The cache holds what the server sent; the full values come from the importer's raw rows (not masked here).
    {
        Query q = db.query("SELECT kind, value FROM identities WHERE kind IN ('phone', 'email') LIMIT 200 OFFSET 9000");
        while (q.next())
            (q->text(0) == u"phone"_s ? phones : emails) << q->text(1);
    }
    CustomerSearchModel model(db);
    Stats all, full;
    int found = 0;
    auto typeOut = [&](const QString &text) {
        for (int n = 1; n <= text.size(); ++n) {
            QElapsedTimer t;
            t.start();
            model.setQuery(text.left(n));
            const double m = ms(t);
            all.add(m);
            if (n == text.size()) {
                full.add(m);
                found += model.rowCount() > 0 ? 1 : 0;
            }
        }
    };
    for (const QString &s : std::as_const(phones))
        typeOut(s);
    for (const QString &s : std::as_const(emails))
        typeOut(s);
    for (const QString &s : std::as_const(orders))
        typeOut(s);
    for (const QString &s : std::as_const(names))
        typeOut(s);
    out << "search as you type, per keystroke (" << phones.size() << " phones, " << emails.size() << " e-mails, "
        << orders.size() << " order numbers, " << names.size() << " names): " << all.line() << Qt::endl;
    out << "search, complete value typed: " << full.line() << "; found " << found << " of " << full.v.size()
        << Qt::endl;
}

void benchChooseQueue(Database &db)
{
    // The busiest agent and their team: "mine" and "my team" as that agent sees them.
    Query q = db.query("SELECT t.assignee_id, s.team FROM tickets t JOIN staff s ON s.id = t.assignee_id"
                       " WHERE t.status NOT IN ('solved', 'closed') GROUP BY t.assignee_id ORDER BY count(*) DESC"
                       " LIMIT 1");
    const bool found = q.next();
    const QString me = found ? q->text(0) : QString();
    const QString team = found ? q->text(1) : QString();
    using Q = TicketRepository::Queue;
    const QList<std::pair<Q, QString>> queues{{Q::Mine, u"mine"_s},
                                              {Q::MyTeam, u"my team"_s},
                                              {Q::Unassigned, u"unassigned"_s},
                                              {Q::BreachingSla, u"breaching SLA"_s},
                                              {Q::Open, u"all open"_s},
                                              {Q::All, u"all"_s}};
    for (const auto &[queue, name] : queues) {
        TicketQueueModel model(db);
        Stats s;
        for (int i = 0; i < 6; ++i) {
            QElapsedTimer t;
            t.start();
            model.setFilter({queue, me, team, Clock::now(), {}});
            if (i > 0)
                s.add(ms(t));
        }
        out << "choose queue " << name << " (" << model.totalCount() << " tickets, order + first page): " << s.line()
            << Qt::endl;
    }
}

// The demo's busiest customers have ~200 orders; the goal is about a customer with 500. The five busiest get orders
// moved over from other customers until each has 500 (once; the cache keeps them).
void ensureBigCustomers(Database &db, int orders)
{
    QStringList top;
    {
        Query q = db.query("SELECT customer_id FROM orders GROUP BY customer_id ORDER BY count(*) DESC LIMIT 5");
        while (q.next())
            top << q->text(0);
    }
    for (const QString &id : std::as_const(top)) {
        Query count = db.query("SELECT count(*) FROM orders WHERE customer_id = ?");
        count.bind(1, id);
        const qint64 have = count.next() ? count->int64(0) : 0;
        if (have >= orders)
            continue;
        // Taken from customers outside the five, newest first.
        db.query("UPDATE orders SET customer_id = ?1 WHERE id IN (SELECT id FROM orders WHERE customer_id NOT IN"
                 " (?3, ?4, ?5, ?6, ?7) ORDER BY rowid DESC LIMIT ?2)")
            .bindAll(id, static_cast<int64_t>(orders - have), top.value(0), top.value(1), top.value(2), top.value(3),
                     top.value(4))
            .exec();
    }
}

void benchOpenCustomer(AgentSession &session)
{
    Database &db = session.database();
    ensureBigCustomers(db, 500);
    Query q = db.query("SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id ORDER BY n DESC LIMIT 5");
    QList<std::pair<QString, qint64>> top;
    while (q.next())
        top.append({q->text(0), q->int64(1)});
    Stats build, painted;
    for (int round = 0; round < 6; ++round) {
        for (const auto &[id, n] : top) {
            QElapsedTimer t;
            t.start();
            auto view = std::make_unique<CustomerView>(session, id);
            const double b = ms(t);
            view->resize(1400, 860);
            view->show();
            view->grab(); // layout and the first paint of everything visible
            const double p = ms(t);
            if (round > 0) { // round 0 warms statement caches and the page cache
                build.add(b);
                painted.add(p);
            }
        }
    }
    out << "open customer (" << top.first().second << "–" << top.last().second
        << " orders; header, profile, first page of orders): built " << build.line() << Qt::endl;
    out << "open customer, built and first painted: " << painted.line() << Qt::endl;
}

void benchScroll(Database &db, TicketRepository::Queue queue, const QString &name)
{
    TicketQueueModel model(db);
    QElapsedTimer filterTime;
    filterTime.start();
    model.setFilter({queue, {}, {}, Clock::now(), {}});
    out << "queue " << name << ": choosing the queue (order of " << model.totalCount() << " tickets, first page) "
        << QString::number(ms(filterTime), 'f', 1) << " ms" << Qt::endl;
    TimingProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    Views::setupTable(&view, u"bench"_s, u"bench"_s);
    view.setModel(&proxy);
    view.resize(1000, 800);
    view.show();
    view.grab();
    proxy.take();
    Stats modelWork, frame;
    QScrollBar *bar = view.verticalScrollBar();
    const int rowHeight = view.verticalHeader()->defaultSectionSize();
    int steps = 0;
    while (bar->value() / rowHeight < 10000 && steps < 5000) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + bar->pageStep()); // page down; at the end the view asks for more rows
        QCoreApplication::processEvents();             // the view's delayed layout after new rows, as in a frame
        view.viewport()->repaint();
        frame.add(ms(t));
        modelWork.add(double(proxy.take()) / 1e6);
        ++steps;
        if (bar->value() == bar->maximum() && !model.canFetchMore({}))
            break;
    }
    out << "queue " << name << ": scroll " << bar->value() / rowHeight << " rows of " << model.totalCount()
        << " tickets, " << steps << " page-down frames, " << proxy.fetches() << " page loads: model work per frame "
        << modelWork.line() << Qt::endl;
    out << "queue " << name << ": scroll, whole frame (model, view layout, offscreen paint): " << frame.line()
        << Qt::endl;
    int over = 0;
    for (double m : modelWork.v)
        over += m > 16 ? 1 : 0;
    out << "queue " << name << ": scroll, frames with more than 16 ms of model work: " << over << Qt::endl;
}

#ifdef PANORAMA_HAS_SEARCH
void benchTyping(Session &session)
{
    search::SearchService service(session.cachePath(), session.cacheKey());
    KnowledgeIndex index(session, service);
    QElapsedTimer indexTime;
    indexTime.start();
    QEventLoop wait;
    QObject::connect(&index, &KnowledgeIndex::ready, &wait, &QEventLoop::quit);
    QObject::connect(&index, &KnowledgeIndex::failed, &wait, &QEventLoop::quit);
    index.ensure();
    wait.exec();
    out << "suggestions: indexing " << index.documentCount()
        << " articles, quick replies and cases: " << QString::number(ms(indexTime), 'f', 0)
        << " ms (on the search thread)" << Qt::endl;

    TicketView view(session);
    auto *suggestions = new ReplySuggestions(index);
    suggestions->attach(&view);
    view.resize(1400, 860);
    view.show();
    Query q = session.database().query("SELECT id FROM tickets WHERE status = 'open' AND language = 'en' LIMIT 1");
    view.setTicket(q.next() ? q->text(0) : QString());
    QPlainTextEdit *editor = view.composer()->editor();
    editor->setFocus();
    const QStringList replies{u"Sorry the parcel is late, I have asked the courier to check where it is"_s,
                              u"You can return the dress within seven days, the return shipping is free for members"_s,
                              u"The invoice will be sent to your email after delivery"_s,
                              u"Please try one size up, the jacket runs small in the shoulders"_s};
    Stats keystroke, shown;
    for (int round = 0; round < 3; ++round) {
        for (const QString &reply : replies) {
            view.composer()->clear();
            QCoreApplication::processEvents();
            for (QChar c : reply) {
                QElapsedTimer t;
                t.start();
                QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
                QApplication::sendEvent(editor, &press);
                QCoreApplication::processEvents(); // what the GUI thread does before the next key
                keystroke.add(ms(t));
            }
            // The pause: the panel searches after 250 ms without typing; time from the last key to the suggestions.
            QElapsedTimer t;
            t.start();
            QEventLoop done;
            QObject::connect(suggestions, &ReplySuggestions::updated, &done, &QEventLoop::quit);
            QTimer::singleShot(10000, &done, &QEventLoop::quit);
            done.exec();
            shown.add(ms(t));
        }
    }
    out << "typing a reply (suggestions and reply check attached), GUI thread per keystroke: " << keystroke.line()
        << Qt::endl;
    out << "typing pause to suggestions shown (250 ms of it is the deliberate pause): " << shown.line() << Qt::endl;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{u"jsonl"_s, u"demo JSON Lines"_s, u"DIR"_s},
                  {u"cache"_s, u"the encrypted cache to build or reuse"_s, u"FILE"_s},
                  {u"runs"_s, u"startup runs"_s, u"N"_s, u"10"_s},
                  {u"panorama"_s, u"the workstation executable"_s, u"PATH"_s},
                  {u"parts"_s, u"what to measure (default all): search,queues,scroll,customer,typing,startup"_s,
                   u"LIST"_s, u"search,queues,scroll,customer,typing,startup"_s}});
    p.process(app);
    const QString cache = p.value(u"cache"_s);
    const QStringList parts = p.value(u"parts"_s).split(u',');
    if (cache.isEmpty() || (!QFileInfo::exists(cache) && p.value(u"jsonl"_s).isEmpty())) {
        QTextStream(stderr) << "usage: bench_ui --jsonl DIR --cache FILE [--runs N] [--panorama PATH]\n";
        return 2;
    }
    const QByteArray rawKey = loadOrCreateKey(cache + u".key"_s);
    const DatabaseKey key = DatabaseKey::raw(rawKey);
    importOnce(p.value(u"jsonl"_s), cache, key);
    {
        auto db = Database::open(cache, key);
        out << "cache: " << db->scalar("SELECT count(*) FROM customers").toLongLong() << " customers, "
            << db->scalar("SELECT count(*) FROM orders").toLongLong() << " orders, "
            << db->scalar("SELECT count(*) FROM tickets").toLongLong() << " tickets" << Qt::endl;
        Clock::pretendNowIs(1793491200000); // the demo generator's "now"
        if (parts.contains(u"search"_s))
            benchSearch(*db);
        if (parts.contains(u"queues"_s))
            benchChooseQueue(*db);
        if (parts.contains(u"scroll"_s)) {
            benchScroll(*db, TicketRepository::Queue::Open, u"all open"_s);
            benchScroll(*db, TicketRepository::Queue::All, u"all"_s);
        }
    }
    {
        Session session(Database::open(cache, key), key,
                        SessionUser{u"bench"_s, u"bench"_s, u"Bench"_s, u"agent"_s, {}, {}});
        if (parts.contains(u"customer"_s))
            benchOpenCustomer(session);
#ifdef PANORAMA_HAS_SEARCH
        if (parts.contains(u"typing"_s))
            benchTyping(session);
#endif
    }
    const QString panorama = p.value(u"panorama"_s);
    if (!panorama.isEmpty() && parts.contains(u"startup"_s))
        benchStartup(panorama, cache, rawKey, p.value(u"runs"_s).toInt());
    return 0;
}
