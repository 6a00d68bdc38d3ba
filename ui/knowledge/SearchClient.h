#pragma once

#include "core/search/SearchTypes.h"

#include <QObject>

namespace panorama {

namespace search {
class SearchService;
}

// One asker's view of the shared search service: only the answer to its latest request arrives (older ones are
// dropped), and when another asker's newer request superseded its own in the service's queue, it asks again, so
// the Knowledge area and the reply suggestions never starve each other.
class SearchClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchClient)
public:
    explicit SearchClient(search::SearchService &service, QObject *parent = nullptr);

    void search(const search::SearchRequest &request);
    bool isBusy() const { return m_pending; }

Q_SIGNALS:
    void finished(const panorama::search::SearchResults &results);
    void failed(const QString &error);

private:
    search::SearchService &m_service;
    search::SearchRequest m_request;
    quint64 m_ticket = 0;
    bool m_pending = false;
};

} // namespace panorama
