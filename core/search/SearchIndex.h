#pragma once

#include "core/search/SearchDocument.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace panorama {
class Database;
class Migrator;
} // namespace panorama

namespace panorama::search {

class VectorIndex;

// What fusion, filters and ranking need of a document without reading its text.
struct DocMeta
{
    QString id;
    DocType type = DocType::Article;
    QString lang;
    QString category;
    CaseOutcome outcome = CaseOutcome::Unknown;
    double satisfaction = -1;
};

struct SearchFilter
{
    QStringList languages;  // empty: any
    QStringList categories; // empty: any
    QList<DocType> types;   // empty: any
    bool isEmpty() const { return languages.isEmpty() && categories.isEmpty() && types.isEmpty(); }
    bool accepts(const DocMeta &m) const;
};

struct LexicalHit
{
    qint64 rowId;
    double score; // higher is better (negated FTS5 bm25)
};

// One feedback event: "this solved it" (or "did not help") on a result for a query. Synced to the server.
struct FeedbackEvent
{
    QString query;
    QString documentId;
    bool helpful = true;
    qint64 atMs = 0;
    QString agent;
    QJsonObject toJson() const;
    static std::optional<FeedbackEvent> fromJson(const QJsonObject &json, QString *error);
};

// The search tables in the encrypted cache (Migrator component "search"): documents, the FTS5 index over the
// analyser's pre-tokenised terms (contentless, field-weighted BM25), stored vectors per encoder, encoder state,
// feedback and admins' lexicon. Owns no connection: one SearchIndex per Database, one Database per thread.
class SearchIndex final
{
public:
    explicit SearchIndex(Database &db); // migrates the schema
    static const Migrator &migrator();

    // Inserts or replaces by document id; returns the row id. Terms are space-separated analyser terms.
    qint64 upsert(const SearchDocument &doc, const QString &titleTerms, const QString &tagTerms,
                  const QString &bodyTerms);
    bool remove(const QString &documentId);
    std::optional<SearchDocument> document(qint64 rowId);
    std::optional<qint64> rowIdOf(const QString &documentId);
    int documentCount();
    void forEachMeta(const std::function<void(qint64, const DocMeta &)> &fn);
    void forEachDocument(const std::function<void(qint64, const SearchDocument &)> &fn);

    // BM25 over the given terms, best first. Terms are taken rarest first while their summed document
    // frequency stays within `postingBudget`, so one very common term cannot make a query slow; when even the
    // rarest term is over budget, up to `limit` of its documents are returned unranked (score 0).
    QList<LexicalHit> lexical(const QStringList &terms, const SearchFilter &filter, int limit, int postingBudget);
    int documentFrequency(const QString &term);

    void putVector(const QString &encoder, qint64 rowId, const std::vector<float> &vector);
    void forEachVector(const QString &encoder, const std::function<void(qint64, const std::vector<float> &)> &fn);
    int vectorCount(const QString &encoder);
    QStringList vectorSpaces();
    void clearVectors(const QString &encoder);

    // The HNSW graph of a vector space, in BLOB chunks inside the encrypted cache (never a plaintext file).
    // Any change to the space's vectors through this class drops the stored graph in the same transaction, so
    // a graph that is present always matches the stored vectors.
    void saveGraph(const QString &space, const VectorIndex &index);
    bool loadGraph(const QString &space, VectorIndex &index, QString *error = nullptr);
    bool hasGraph(const QString &space);
    void dropGraph(const QString &space); // an empty space drops every graph

    void saveEncoderState(const QString &encoder, const QByteArray &state, int trainedDocuments);
    std::optional<QByteArray> encoderState(const QString &encoder);

    void addFeedback(const FeedbackEvent &event, const QByteArray &queryVector);
    void forEachFeedback(const std::function<void(const FeedbackEvent &, const QByteArray &)> &fn);
    QList<FeedbackEvent> unsyncedFeedback();
    void markFeedbackSynced(qint64 upToMs);

    // Admins' lexicon edits (JSON as SynonymLexicon::toJson), merged over the built-in lexicon.
    void saveLexicon(const QJsonObject &json);
    std::optional<QJsonObject> lexicon();

    Database &database() { return m_db; }

private:
    Database &m_db;
    QHash<QString, int> m_dfCache;
};

} // namespace panorama::search
