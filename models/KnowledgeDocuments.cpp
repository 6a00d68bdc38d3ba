#include "models/KnowledgeDocuments.h"

#include "core/storage/Database.h"
#include "models/KnowledgeHitsModel.h"
#include "models/ReferenceData.h"

using namespace Qt::StringLiterals;

namespace panorama {

QString KnowledgeDocuments::searchLanguage(const QString &cacheLanguage)
{
    return cacheLanguage.startsWith(u"zh"_s) ? u"zh"_s : cacheLanguage;
}

QString KnowledgeDocuments::caseId(const QString &ticketId)
{
    return u"case:"_s + ticketId;
}

QString KnowledgeDocuments::ticketOfCase(const QString &documentId)
{
    return documentId.startsWith(u"case:"_s) ? documentId.mid(5) : QString();
}

QList<search::SearchDocument> KnowledgeDocuments::articles(Database &db)
{
    QList<search::SearchDocument> docs;
    for (const KbArticle &a : ReferenceData(db).kbArticles()) {
        search::SearchDocument d;
        d.id = KnowledgeHitsModel::documentId(a.slug, a.language);
        d.type = a.kind == u"quick_reply"_s ? search::DocType::QuickReply : search::DocType::Article;
        d.title = a.title;
        d.tags = a.tags;
        d.body = a.body;
        d.lang = searchLanguage(a.language);
        d.category = a.category;
        d.version = a.version;
        docs << d;
    }
    return docs;
}

QList<search::SearchDocument> KnowledgeDocuments::cases(Database &db, int limit)
{
    // Newest first by storage order (no sort over the whole table); the messages come from their ticket index.
    Query q = db.query(
        "SELECT t.id, t.ticket_no, t.subject, t.category, t.language, t.outcome, t.satisfaction,"
        " (SELECT body FROM ticket_messages m WHERE m.ticket_id = t.id AND m.author_kind = 'customer'"
        "  ORDER BY m.created_at LIMIT 1),"
        " (SELECT body FROM ticket_messages m WHERE m.ticket_id = t.id AND m.author_kind = 'agent'"
        "  AND m.visibility = 'public' ORDER BY m.created_at DESC LIMIT 1)"
        " FROM tickets t WHERE t.status IN ('solved', 'closed') AND t.deleted = 0 ORDER BY t.rowid DESC LIMIT ?");
    q.bind(1, limit);
    QList<search::SearchDocument> docs;
    while (q.next()) {
        if (q->isNull(7) || q->isNull(8))
            continue;
        search::SearchDocument d;
        d.id = caseId(q->text(0));
        d.type = search::DocType::Case;
        d.title = u"%1  %2"_s.arg(q->text(1), q->text(2));
        d.category = q->text(3);
        d.lang = searchLanguage(q->text(4));
        const QString outcome = q->text(5);
        d.outcome = outcome == u"return"_s || outcome == u"exchange"_s ? search::CaseOutcome::Returned
                    : outcome == u"escalated"_s                        ? search::CaseOutcome::Escalated
                    : outcome.isEmpty()                                ? search::CaseOutcome::Unknown
                                                                       : search::CaseOutcome::Resolved;
        d.satisfaction = q->isNull(6) ? -1 : q->real(6);
        d.problem = q->text(7);
        d.body = q->text(8);
        docs << d;
    }
    return docs;
}

} // namespace panorama
