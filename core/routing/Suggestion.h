#pragma once

#include "core/routing/LocalizedText.h"

#include <QJsonObject>

#include <optional>

namespace panorama::routing {

// A ready-to-send answer attached to a ticket that asks a repeated question.
struct Suggestion
{
    QString source; // "quick-reply" or the name of another source (e.g. the knowledge base)
    QString id;     // quick-reply id or KB article id
    LocalizedText title;
    QString answer;          // in the ticket's language, ready to send
    QString kbArticle;       // the KB article behind the answer, if any
    QString matchedQuestion; // the known question the ticket resembles
    double similarity = 0.0;

    QJsonObject toJson() const;
    static Suggestion fromJson(const QJsonObject &obj);
};

// Anything that can propose an answer for a ticket: the quick replies here, the knowledge-base search
// elsewhere. Implementations must be thread-safe for concurrent suggest() calls.
class SuggestionSource
{
public:
    virtual ~SuggestionSource() = default;
    // `category` is empty when the ticket went to triage; `language` is en or zh.
    virtual std::optional<Suggestion> suggest(const QString &text, const QString &category,
                                              const QString &language) const = 0;
};

} // namespace panorama::routing
