#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace panorama::search {

// The domain synonym and conceptId lexicon: conceptId id → terms (尺码/码数/大小/size …). Built-in defaults come
// from resources/search/lexicon.txt; admins' edits arrive as JSON through sync and are merged on top.
// Plain data: the Analyzer compiles it into its lookup tables.
class SynonymLexicon final
{
public:
    static const SynonymLexicon &builtIn();
    // Parses "conceptId = term, term" lines ('#' comments). Returns nullopt and sets *error naming the line.
    static std::optional<SynonymLexicon> parse(const QString &text, QString *error);
    // {"version":1,"concepts":{"size":["尺码","size"]}}. Errors name the offending key.
    static std::optional<SynonymLexicon> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;

    void addTerms(const QString &conceptId, const QStringList &terms);
    void removeConcept(const QString &conceptId) { m_concepts.remove(conceptId); }
    void merge(const SynonymLexicon &other);

    const QMap<QString, QStringList> &concepts() const { return m_concepts; }
    bool isEmpty() const { return m_concepts.isEmpty(); }
    // A conceptId id as it appears in the index: lower-case ASCII letters, digits and '_'.
    static bool isValidConceptId(const QString &id);

private:
    QMap<QString, QStringList> m_concepts;
};

} // namespace panorama::search
