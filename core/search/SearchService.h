#pragma once

#include "core/search/SearchEngine.h"
#include "core/search/SearchTypes.h"
#include "core/storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>

namespace panorama::search {

class RemoteEmbeddingClient;
class SearchWorker;

// The search for the UI: a SearchEngine on its own thread with its own connection to the encrypted cache.
// Calls return a ticket at once; results arrive as signals on the caller's thread. A newer search supersedes
// queued older ones (typing fast costs nothing). When a remote embedding endpoint is set and answers in
// time, the query vector comes from it; otherwise the built-in encoder is used, so search works offline.
class SearchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchService)
public:
    SearchService(QString databasePath, DatabaseKey key, SearchConfig config = {}, QObject *parent = nullptr);
    ~SearchService() override;

    quint64 search(const SearchRequest &request);
    quint64 addDocuments(const QList<SearchDocument> &documents);
    void recordFeedback(const FeedbackEvent &event);
    // Optional: the server's /v1/embeddings endpoint (owned by the caller, used on this thread).
    void setRemoteEncoder(RemoteEmbeddingClient *client);

Q_SIGNALS:
    void searchFinished(quint64 ticket, const panorama::search::SearchResults &results);
    void searchFailed(quint64 ticket, const QString &error);
    void documentsAdded(quint64 ticket, int count);
    void importFailed(quint64 ticket, const QString &error);

private:
    void dispatchSearch(quint64 ticket, SearchRequest request);

    QThread m_thread;
    SearchWorker *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic<quint64>> m_latestSearch;
    quint64 m_next = 0;
    QPointer<RemoteEmbeddingClient> m_remote;
    QHash<quint64, QPair<quint64, SearchRequest>> m_pendingRemote; // remote ticket → (search ticket, request)
};

// The part of SearchService that runs on the worker thread. Internal, but a QObject needs a header for moc.
class SearchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchWorker)
public:
    SearchWorker(QString path, DatabaseKey key, SearchConfig config, std::shared_ptr<std::atomic<quint64>> latest);
    ~SearchWorker() override;

    void search(quint64 ticket, const panorama::search::SearchRequest &request);
    void addDocuments(quint64 ticket, const QList<panorama::search::SearchDocument> &documents);
    void recordFeedback(const panorama::search::FeedbackEvent &event);

Q_SIGNALS:
    void searchFinished(quint64 ticket, const panorama::search::SearchResults &results);
    void searchFailed(quint64 ticket, const QString &error);
    void documentsAdded(quint64 ticket, int count);
    void importFailed(quint64 ticket, const QString &error);

private:
    bool ensureOpen(QString *error);

    QString m_path;
    DatabaseKey m_key;
    SearchConfig m_config;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchEngine> m_engine;
};

} // namespace panorama::search
