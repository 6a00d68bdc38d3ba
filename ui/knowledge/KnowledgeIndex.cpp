#include "ui/knowledge/KnowledgeIndex.h"

#include "core/search/SearchService.h"
#include "models/KnowledgeDocuments.h"
#include "models/KnowledgeHitsModel.h"
#include "models/ReferenceData.h"
#include "ui/AgentSession.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama {

KnowledgeIndex::KnowledgeIndex(AgentSession &session, search::SearchService &service, int caseLimit, QObject *parent)
    : QObject(parent), m_session(session), m_service(service), m_caseLimit(caseLimit)
{
    connect(&m_service, &search::SearchService::documentsAdded, this, [this](quint64 ticket, int count) {
        if (ticket == m_ticket) { // the articles and quick replies: searchable from now on
            m_indexing = false;
            m_ready = !m_stale;
            m_count = count;
            Q_EMIT ready(m_count);
            indexCases();
        } else if (ticket == m_casesTicket) { // the similar cases, which take longer, follow
            m_count += count;
            m_casesDone = true;
            Q_EMIT ready(m_count);
        }
    });
    connect(&m_service, &search::SearchService::importFailed, this, [this](quint64 ticket, const QString &error) {
        if (ticket != m_ticket && ticket != m_casesTicket)
            return;
        m_indexing = false;
        Q_EMIT failed(error);
    });
    connect(&m_session, &AgentSession::tablesChanged, this, [this](const QStringList &tables) {
        if (!tables.contains(u"kb_articles"_s))
            return;
        m_ready = false; // new or changed articles: index again when next needed
        m_stale = m_indexing;
    });
}

void KnowledgeIndex::ensure()
{
    if (m_ready || m_indexing)
        return;
    const QList<search::SearchDocument> docs = KnowledgeDocuments::articles(m_session.database());
    if (docs.isEmpty()) {
        Q_EMIT failed(tr("This cache holds no knowledge-base articles yet (they arrive with sync)."));
        return;
    }
    QSet<QString> categories(m_categories.cbegin(), m_categories.cend());
    for (const search::SearchDocument &d : docs)
        categories.insert(d.category);
    setCategories(categories);
    m_indexing = true;
    m_stale = false;
    Q_EMIT indexing(int(docs.size()));
    m_ticket = m_service.addDocuments(docs);
}

void KnowledgeIndex::indexCases()
{
    if (m_casesTicket != 0 || m_caseLimit <= 0)
        return; // once per session: resolved tickets do not change
    const QList<search::SearchDocument> cases = KnowledgeDocuments::cases(m_session.database(), m_caseLimit);
    QSet<QString> categories(m_categories.cbegin(), m_categories.cend());
    for (const search::SearchDocument &c : cases) {
        m_cases.insert(c.id, c);
        categories.insert(c.category);
    }
    setCategories(categories);
    if (!cases.isEmpty())
        m_casesTicket = m_service.addDocuments(cases);
}

void KnowledgeIndex::setCategories(QSet<QString> categories)
{
    categories.remove(QString());
    m_categories = categories.values();
    m_categories.sort();
}

QString KnowledgeIndex::replyText(const QString &documentId) const
{
    if (const search::SearchDocument *c = caseDocument(documentId))
        return c->body;
    QString slug, language;
    if (!KnowledgeHitsModel::parseDocumentId(documentId, &slug, &language))
        return {};
    const auto article = ReferenceData(m_session.database()).kbArticle(slug, language);
    return article ? article->body : QString();
}

const search::SearchDocument *KnowledgeIndex::caseDocument(const QString &documentId) const
{
    const auto c = m_cases.constFind(documentId);
    return c == m_cases.cend() ? nullptr : &*c;
}

} // namespace panorama
