#include "ui/knowledge/SearchClient.h"

#include "core/search/SearchService.h"

namespace panorama {

SearchClient::SearchClient(search::SearchService &service, QObject *parent) : QObject(parent), m_service(service)
{
    // The service answers in order on one thread: an answer to a later ticket while ours is pending means ours was
    // dropped as superseded by someone else's.
    connect(&m_service, &search::SearchService::searchFinished, this,
            [this](quint64 ticket, const search::SearchResults &results) {
                if (!m_pending)
                    return;
                if (ticket == m_ticket) {
                    m_pending = false;
                    Q_EMIT finished(results);
                } else if (ticket > m_ticket) {
                    m_ticket = m_service.search(m_request);
                }
            });
    connect(&m_service, &search::SearchService::searchFailed, this, [this](quint64 ticket, const QString &error) {
        if (m_pending && ticket == m_ticket) {
            m_pending = false;
            Q_EMIT failed(error);
        }
    });
}

void SearchClient::search(const search::SearchRequest &request)
{
    m_request = request;
    m_pending = true;
    m_ticket = m_service.search(request);
}

} // namespace panorama
