#pragma once

#include "core/search/Analyzer.h"
#include "core/search/LsaEncoder.h"
#include "core/search/RankFusion.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchTypes.h"
#include "core/search/TextEncoder.h"
#include "core/search/VectorIndex.h"

#include <QHash>

#include <functional>
#include <memory>

namespace panorama {
class Database;
}

namespace panorama::search {

struct SearchConfig
{
    int candidates = 100;     // per retriever, before fusion
    int postingBudget = 8000; // summed document frequency of the query terms BM25 may score
    int maxQueryChars = 1000; // longer queries are cut (and say so)
    int snippetChars = 160;
    double retrainGrowth = 0.25; // retrain the built-in encoder when the corpus grew by this fraction
    int minTrainDocuments = 8;
    double feedbackSimilarity = 0.6; // past queries at least this similar lend their feedback
    FusionWeights fusion;
    LsaOptions lsa;
    VectorIndexOptions vectors;
};

struct EngineStats
{
    int documents = 0;
    QString encoder;
    int encoderDimension = 0;
    int vectors = 0;
    bool hnsw = false;
    size_t vectorMemoryBytes = 0;
    bool graphLoaded = false; // the HNSW graph came from the cache at open (not rebuilt)
    int feedbackEvents = 0;
};

// The search itself: keeps the FTS5 index, the encoder's vectors and the feedback in one encrypted cache and
// answers queries with fused, filtered, snippeted hits. Synchronous and bound to one Database (one thread);
// SearchService runs it on a worker thread for the UI.
class SearchEngine final
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit SearchEngine(Database &db, SearchConfig config = {});
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    // Adds or replaces documents in one transaction; the built-in encoder folds them in, or retrains when the
    // corpus has grown past SearchConfig::retrainGrowth.
    void addDocuments(const QList<SearchDocument> &documents, const Progress &progress = {});
    bool removeDocument(const QString &documentId);
    std::optional<SearchDocument> document(const QString &documentId);

    SearchResults search(const SearchRequest &request);

    // "This solved it" (helpful=true) or "did not help" on a result; stored, synced, used for similar queries.
    void recordFeedback(const FeedbackEvent &event);
    QList<FeedbackEvent> unsyncedFeedback();

    // Replaces the dense encoder (e.g. a Model2Vec model) and embeds every document with it.
    void setEncoder(std::unique_ptr<TextEncoder> encoder, const Progress &progress = {});
    // Vectors computed elsewhere (the server's /v1/embeddings encoder), delivered with sync. Searches use them
    // when SearchRequest::queryVector comes from the same space.
    void importVectors(const QString &space, const QList<QPair<QString, std::vector<float>>> &vectors);
    // Writes HNSW graphs that changed since they were last stored into the cache (the destructor does it too;
    // bulk imports do it at their end). Without a stored graph the next open rebuilds it.
    void persistVectorIndexes();
    // Retrains the built-in encoder from the whole corpus and re-embeds it.
    void retrainEncoder(const Progress &progress = {});
    // Applies admins' lexicon edits (merged over the built-in lexicon) and re-indexes everything.
    void setLexiconEdits(const SynonymLexicon &edits, const Progress &progress = {});

    const Analyzer &analyzer() const { return *m_analyzer; }
    const TextEncoder *encoder() const { return m_encoder.get(); }
    const SearchConfig &config() const { return m_config; }
    SearchIndex &index() { return m_index; }
    EngineStats stats();

private:
    struct Analysed
    {
        QString titleTerms, tagTerms, bodyTerms;
        QList<Token> tokens; // all tokens, for the encoder
    };
    Analysed analyse(const SearchDocument &doc) const;
    static QString textOf(const SearchDocument &doc);
    void loadState();
    // Makes a freshly trained model the encoder and stores it; false when training found too little text.
    bool installLsa(std::unique_ptr<LsaEncoder> lsa, int corpusSize);
    void loadVectors(const QString &space, VectorIndex &into);
    void persistGraph(const QString &space, VectorIndex &index);
    void embedAll(const Progress &progress);
    QList<QPair<qint64, float>> denseCandidates(const SearchRequest &request, const std::vector<float> &qv,
                                                int k) const;
    QHash<qint64, double> feedbackBoosts(const QString &normalizedQuery, const std::vector<float> &qv);
    void loadFeedback();

    Database &m_db;
    SearchConfig m_config;
    SearchIndex m_index;
    std::shared_ptr<Analyzer> m_analyzer;
    std::unique_ptr<TextEncoder> m_encoder;
    std::unique_ptr<VectorIndex> m_vectors;
    int m_trainedCorpusSize = 0;
    bool m_reembedPending = false;
    bool m_graphLoaded = false;
    // Vectors from another space (the remote encoder), keyed by space name.
    QHash<QString, std::shared_ptr<VectorIndex>> m_externalVectors;
    QHash<qint64, DocMeta> m_meta;
    QHash<QString, qint64> m_rowOf;
    struct FeedbackEntry
    {
        QString normalizedQuery;
        std::vector<float> vector;
        QString documentId;
        bool helpful;
    };
    QList<FeedbackEntry> m_feedback;
};

} // namespace panorama::search
