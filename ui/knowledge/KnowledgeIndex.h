#pragma once

#include "core/search/SearchDocument.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace panorama {

class AgentSession;
namespace search {
class SearchService;
}

// What the Knowledge area and the reply suggestions search: the cache's articles and quick replies and recent
// resolved tickets as similar cases, put into the search service (its own thread) once, when first needed, and again
// after new articles arrive. Also gives the text an agent inserts into a reply for a hit.
class KnowledgeIndex final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeIndex)
public:
    // caseLimit: how many of the most recent resolved tickets become similar cases.
    KnowledgeIndex(AgentSession &session, search::SearchService &service, int caseLimit = 2000,
                   QObject *parent = nullptr);

    search::SearchService &service() const { return m_service; }
    AgentSession &session() const { return m_session; }
    bool isReady() const { return m_ready; }
    bool isIndexing() const { return m_indexing; }
    bool hasCases() const { return m_casesDone; } // the similar cases are searchable too
    int documentCount() const { return m_count; }
    // Starts indexing unless done or under way: the articles and quick replies first (ready() when they are
    // searchable), then the similar cases (ready() again when they are too); failed() on an error.
    void ensure();
    // What goes into a reply for this document: an article's or quick reply's body, a case's resolution.
    QString replyText(const QString &documentId) const;
    // A similar case as indexed (problem, resolution, outcome); null for other ids.
    const search::SearchDocument *caseDocument(const QString &documentId) const;
    // The categories of what is indexed, sorted (the filter's choices).
    QStringList categories() const { return m_categories; }

Q_SIGNALS:
    void indexing(int documents);
    void ready(int documents);
    void failed(const QString &error);

private:
    void indexCases();
    void setCategories(QSet<QString> categories);

    AgentSession &m_session;
    search::SearchService &m_service;
    int m_caseLimit;
    QHash<QString, search::SearchDocument> m_cases; // by document id
    QStringList m_categories;
    quint64 m_ticket = 0;      // the articles' indexing
    quint64 m_casesTicket = 0; // the cases' indexing
    int m_count = 0;
    bool m_ready = false;
    bool m_indexing = false;
    bool m_stale = false; // articles changed while indexing: index again when asked
    bool m_casesDone = false;
};

} // namespace panorama
