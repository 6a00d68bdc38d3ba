#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace panorama::search {

enum class DocType : quint8
{
    Article = 0,
    QuickReply = 1,
    Case = 2
};

// How a resolved ticket ended; similar cases rank by it as well as by text.
enum class CaseOutcome : quint8
{
    Unknown = 0,
    ResolvedFirstContact = 1,
    Resolved = 2,
    Escalated = 3,
    Returned = 4, // ended in a return
};

// One searchable document: a KB article (title, tags, Markdown body, language, version), a quick reply,
// or a resolved ticket as a case (problem, resolution, outcome, satisfaction).
struct SearchDocument
{
    QString id; // stable external id (article slug, ticket number)
    DocType type = DocType::Article;
    QString title;
    QStringList tags;
    QString body; // Markdown for articles; the resolution for cases
    QString lang; // "zh", "en", "" (unknown)
    QString category;
    int version = 1;
    // Cases only.
    QString problem;
    CaseOutcome outcome = CaseOutcome::Unknown;
    double satisfaction = -1; // 1..5, or -1 when not rated

    // JSON as used by `kb import` JSON Lines and by sync. Unknown fields are ignored; a bad field is an error
    // naming the field.
    static std::optional<SearchDocument> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;

    static QString typeName(DocType type);
    static std::optional<DocType> typeFromName(const QString &name);
    static QString outcomeName(CaseOutcome outcome);
    static std::optional<CaseOutcome> outcomeFromName(const QString &name);
};

} // namespace panorama::search
