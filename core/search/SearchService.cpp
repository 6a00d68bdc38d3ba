#include "core/search/SearchService.h"

#include "core/search/RemoteEmbeddingClient.h"
#include "core/storage/StorageError.h"

using namespace Qt::StringLiterals;

namespace panorama::search {

SearchWorker::SearchWorker(QString path, DatabaseKey key, SearchConfig config,
                           std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(std::move(path)), m_key(std::move(key)), m_config(std::move(config)), m_latest(std::move(latest))
{}

SearchWorker::~SearchWorker() = default;

bool SearchWorker::ensureOpen(QString *error)
{
    if (m_engine)
        return true;
    try {
        m_db = Database::open(m_path, m_key, {.create = true});
        m_engine = std::make_unique<SearchEngine>(*m_db, m_config);
        return true;
    } catch (const StorageError &e) {
        *error = e.message();
        m_db.reset();
        return false;
    }
}

void SearchWorker::search(quint64 ticket, const SearchRequest &request)
{
    if (ticket < m_latest->load())
        return; // superseded while queued: the user has typed on
    QString error;
    if (!ensureOpen(&error)) {
        Q_EMIT searchFailed(ticket, error);
        return;
    }
    try {
        const SearchResults res = m_engine->search(request);
        if (!res.error.isEmpty())
            Q_EMIT searchFailed(ticket, res.error);
        else
            Q_EMIT searchFinished(ticket, res);
    } catch (const StorageError &e) {
        Q_EMIT searchFailed(ticket, e.message());
    }
}

void SearchWorker::addDocuments(quint64 ticket, const QList<SearchDocument> &documents)
{
    QString error;
    if (!ensureOpen(&error)) {
        Q_EMIT importFailed(ticket, error);
        return;
    }
    try {
        m_engine->addDocuments(documents);
        Q_EMIT documentsAdded(ticket, int(documents.size()));
    } catch (const StorageError &e) {
        Q_EMIT importFailed(ticket, e.message());
    }
}

void SearchWorker::recordFeedback(const FeedbackEvent &event)
{
    QString error;
    if (!ensureOpen(&error))
        return;
    try {
        m_engine->recordFeedback(event);
    } catch (const StorageError &) {
        // Feedback is best effort; the search itself is unaffected.
    }
}

SearchService::SearchService(QString databasePath, DatabaseKey key, SearchConfig config, QObject *parent)
    : QObject(parent), m_latestSearch(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<panorama::search::SearchResults>();
    m_thread.setObjectName(u"panorama-search"_s);
    m_worker = new SearchWorker(std::move(databasePath), std::move(key), std::move(config), m_latestSearch);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::searchFinished, this, &SearchService::searchFinished);
    connect(m_worker, &SearchWorker::searchFailed, this, &SearchService::searchFailed);
    connect(m_worker, &SearchWorker::documentsAdded, this, &SearchService::documentsAdded);
    connect(m_worker, &SearchWorker::importFailed, this, &SearchService::importFailed);
    m_thread.start();
}

SearchService::~SearchService()
{
    m_thread.quit();
    m_thread.wait();
}

void SearchService::setRemoteEncoder(RemoteEmbeddingClient *client)
{
    if (m_remote)
        disconnect(m_remote, nullptr, this, nullptr);
    m_remote = client;
    if (!client)
        return;
    connect(client, &RemoteEmbeddingClient::embedded, this,
            [this](quint64 remoteTicket, const QList<std::vector<float>> &vectors) {
                const auto pending = m_pendingRemote.take(remoteTicket);
                if (pending.first == 0)
                    return;
                SearchRequest req = pending.second;
                req.queryVector = vectors.value(0);
                req.queryVectorSpace = m_remote ? m_remote->spaceName() : QString();
                dispatchSearch(pending.first, req);
            });
    connect(client, &RemoteEmbeddingClient::failed, this, [this](quint64 remoteTicket, const QString &) {
        // Offline or slow endpoint: search with the built-in encoder instead of failing.
        const auto pending = m_pendingRemote.take(remoteTicket);
        if (pending.first != 0)
            dispatchSearch(pending.first, pending.second);
    });
}

quint64 SearchService::search(const SearchRequest &request)
{
    const quint64 ticket = ++m_next;
    m_latestSearch->store(ticket);
    if (m_remote && request.queryVector.empty() && !request.query.trimmed().isEmpty()) {
        const quint64 remoteTicket = m_remote->embed({request.query.left(2000)});
        m_pendingRemote.insert(remoteTicket, {ticket, request});
        return ticket;
    }
    dispatchSearch(ticket, request);
    return ticket;
}

void SearchService::dispatchSearch(quint64 ticket, SearchRequest request)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, request] { worker->search(ticket, request); }, Qt::QueuedConnection);
}

quint64 SearchService::addDocuments(const QList<SearchDocument> &documents)
{
    const quint64 ticket = ++m_next;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, documents] { worker->addDocuments(ticket, documents); },
        Qt::QueuedConnection);
    return ticket;
}

void SearchService::recordFeedback(const FeedbackEvent &event)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, event] { worker->recordFeedback(event); }, Qt::QueuedConnection);
}

} // namespace panorama::search
