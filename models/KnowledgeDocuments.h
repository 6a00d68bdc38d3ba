#pragma once

#include "core/search/SearchDocument.h"

#include <QHash>
#include <QList>

namespace panorama {

class Database;

// What the workstation's knowledge search indexes from the cache: the knowledge-base articles and quick replies, and
// recently resolved tickets as similar cases (the customer's problem, the agent's last public reply as the
// resolution, how it ended). Document ids: "kb:<slug>:<language>" and "case:<ticket id>".
class KnowledgeDocuments
{
public:
    static QList<search::SearchDocument> articles(Database &db);
    // The most recently stored resolved tickets that have a customer message and an agent reply, newest first.
    static QList<search::SearchDocument> cases(Database &db, int limit);

    static QString caseId(const QString &ticketId);
    static QString ticketOfCase(const QString &documentId); // "" when not a case id
    // The search index's language for a cache language ("zh-CN" → "zh").
    static QString searchLanguage(const QString &cacheLanguage);
};

} // namespace panorama
