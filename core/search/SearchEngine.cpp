#include "core/search/SearchEngine.h"

#include "core/search/SnippetBuilder.h"
#include "core/search/TextNormalizer.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>

#include <cstring>

using namespace Qt::StringLiterals;

namespace panorama::search {

namespace {

Q_LOGGING_CATEGORY(lcEngine, "panorama.search.engine")

const QString kLsa = u"lsa"_s;
// Bulk changes at least this large store the HNSW graph when they finish; smaller ones leave it to the
// destructor (or persistVectorIndexes), so a sync of a few documents does not rewrite the whole graph.
constexpr int kPersistGraphBatch = 1000;

QString joinTerms(const QList<Token> &tokens)
{
    QString out;
    for (const Token &t : tokens) {
        if (t.kind == TokenKind::Char)
            continue; // encoder features only; the FTS index keeps words, stems, bigrams and concepts
        if (!out.isEmpty())
            out.append(u' ');
        out.append(t.term);
    }
    return out;
}

QByteArray vectorBytes(const std::vector<float> &v)
{
    return QByteArray(reinterpret_cast<const char *>(v.data()), qsizetype(v.size() * sizeof(float)));
}

} // namespace

SearchEngine::SearchEngine(Database &db, SearchConfig config) : m_db(db), m_config(std::move(config)), m_index(db)
{
    SynonymLexicon lexicon = SynonymLexicon::builtIn();
    if (const auto edits = m_index.lexicon()) {
        QString error;
        if (const auto parsed = SynonymLexicon::fromJson(*edits, &error))
            lexicon.merge(*parsed);
        else
            qCWarning(lcEngine) << "stored lexicon edits ignored:" << error;
    }
    m_analyzer = std::make_shared<Analyzer>(lexicon);
    loadState();
}

SearchEngine::~SearchEngine()
{
    try {
        persistVectorIndexes();
    } catch (const std::exception &e) {
        qCWarning(lcEngine) << "HNSW graph not stored; the next open rebuilds it:" << e.what();
    }
}

void SearchEngine::persistGraph(const QString &space, VectorIndex &index)
{
    if (!index.graphDirty())
        return;
    QElapsedTimer t;
    t.start();
    Transaction tx(m_db);
    m_index.saveGraph(space, index);
    tx.commit();
    index.markGraphSaved();
    qCInfo(lcEngine) << "stored HNSW graph of" << space << "(" << index.size() << "vectors) in" << t.elapsed() << "ms";
}

void SearchEngine::persistVectorIndexes()
{
    if (m_vectors && m_encoder)
        persistGraph(m_encoder->name(), *m_vectors);
    for (auto it = m_externalVectors.begin(); it != m_externalVectors.end(); ++it)
        persistGraph(it.key(), **it);
}

QString SearchEngine::textOf(const SearchDocument &doc)
{
    QString text = doc.title;
    if (!doc.tags.isEmpty())
        text += u'\n' + doc.tags.join(u", "_s);
    if (!doc.problem.isEmpty())
        text += u'\n' + doc.problem;
    text += u'\n' + doc.body;
    return text;
}

SearchEngine::Analysed SearchEngine::analyse(const SearchDocument &doc) const
{
    Analysed a;
    AnalyzeOptions ao;
    ao.allHanUnigrams = m_encoder && m_encoder->usesAnalyzerTokens();
    const QList<Token> title = m_analyzer->analyze(doc.title, ao);
    const QList<Token> tags = m_analyzer->analyze(doc.tags.join(u", "_s), ao);
    // A case's problem is usually its title too; counting it twice would favour cases over articles.
    const bool problemInTitle = doc.problem.isEmpty() || doc.problem == doc.title;
    const QString bodyText = problemInTitle ? doc.body : doc.problem + u'\n' + doc.body;
    const QList<Token> body = m_analyzer->analyze(bodyText, ao);
    a.titleTerms = joinTerms(title);
    a.tagTerms = joinTerms(tags);
    a.bodyTerms = joinTerms(body);
    a.tokens = title + tags + body;
    return a;
}

void SearchEngine::loadState()
{
    m_meta.clear();
    m_rowOf.clear();
    m_index.forEachMeta([this](qint64 row, const DocMeta &m) {
        m_meta.insert(row, m);
        m_rowOf.insert(m.id, row);
    });
    m_encoder.reset();
    m_vectors.reset();
    m_graphLoaded = false;
    if (const auto state = m_index.encoderState(kLsa)) {
        QString error;
        auto lsa = LsaEncoder::deserialize(*state, &error);
        if (lsa) {
            lsa->setAnalyzer(m_analyzer);
            m_encoder = std::move(lsa);
            Query q = m_db.query("SELECT trained_docs FROM search_encoder WHERE name = ?");
            q.bindAll(kLsa);
            m_trainedCorpusSize = q.next() ? q->integer(0) : 0;
        } else {
            qCWarning(lcEngine) << "stored built-in encoder unreadable, it will be retrained:" << error;
        }
    }
    if (m_encoder) {
        m_vectors = std::make_unique<VectorIndex>(m_encoder->dimension(), m_config.vectors);
        loadVectors(m_encoder->name(), *m_vectors);
    }
    // Vectors the server computed with its /v1/embeddings encoder arrived through sync: searchable when a
    // query vector of the same space comes with the request.
    m_externalVectors.clear();
    for (const QString &space : m_index.vectorSpaces()) {
        if (!space.startsWith(u"remote:"_s))
            continue;
        int dim = 0;
        m_index.forEachVector(space, [&](qint64, const std::vector<float> &v) { dim = int(v.size()); });
        auto index = std::make_shared<VectorIndex>(dim, m_config.vectors);
        loadVectors(space, *index);
        m_externalVectors.insert(space, index);
    }
    loadFeedback();
}

void SearchEngine::loadVectors(const QString &space, VectorIndex &into)
{
    QString why;
    if (m_index.hasGraph(space)) {
        if (m_index.loadGraph(space, into, &why)) {
            into.finalize(); // back to an exact scan if the configuration's limit says so
            if (into.usesHnsw())
                m_graphLoaded = true;
            return;
        }
        qCWarning(lcEngine) << "stored HNSW graph of" << space << "unusable, rebuilding it:" << why;
    }
    into.clear();
    m_index.forEachVector(space, [&](qint64 row, const std::vector<float> &v) { into.upsert(row, v); });
    into.finalize();
    try {
        persistGraph(space, into);
    } catch (const std::exception &e) { // a read-only or busy cache: searches work, the next open rebuilds
        qCWarning(lcEngine) << "HNSW graph not stored:" << e.what();
    }
}

void SearchEngine::loadFeedback()
{
    m_feedback.clear();
    m_index.forEachFeedback([this](const FeedbackEvent &e, const QByteArray &vec) {
        std::vector<float> v(size_t(vec.size()) / sizeof(float));
        std::memcpy(v.data(), vec.constData(), v.size() * sizeof(float));
        m_feedback.append({TextNormalizer::normalize(e.query).simplified(), std::move(v), e.documentId, e.helpful});
    });
}

void SearchEngine::addDocuments(const QList<SearchDocument> &documents, const Progress &progress)
{
    const int before = int(m_meta.size());
    const int after = before + int(documents.size());
    const bool lsaEncoder = !m_encoder || m_encoder->name() == kLsa;
    const bool retrain =
        lsaEncoder && after >= m_config.minTrainDocuments &&
        (!m_encoder || m_trainedCorpusSize <= 0 || after > m_trainedCorpusSize * (1.0 + m_config.retrainGrowth));
    if (retrain) {
        // Train first, on a bounded sample of the documents already stored and of the new ones, so the new
        // documents are analysed once and embedded with the model they will be searched with.
        const int stride = std::max(1, after / std::max(1, m_config.lsa.maxTrainDocuments));
        QList<QList<Token>> sample;
        AnalyzeOptions ao;
        ao.allHanUnigrams = true;
        int i = 0;
        QSet<QString> replaced;
        for (const SearchDocument &d : documents)
            replaced.insert(d.id);
        m_index.forEachDocument([&](qint64, const SearchDocument &d) {
            if (!replaced.contains(d.id) && i++ % stride == 0)
                sample.append(m_analyzer->analyze(textOf(d), ao));
        });
        for (const SearchDocument &d : documents) {
            if (i++ % stride == 0)
                sample.append(m_analyzer->analyze(textOf(d), ao));
        }
        if (installLsa(LsaEncoder::train(sample, m_config.lsa), after) && before > 0)
            m_reembedPending = true;
    }
    {
        m_db.setSynchronousFull(false); // a bulk import: the outbox is not involved, a crash re-imports
        Transaction tx(m_db);
        for (int i = 0; i < documents.size(); ++i) {
            const SearchDocument &d = documents[i];
            const Analysed a = analyse(d);
            const qint64 row = m_index.upsert(d, a.titleTerms, a.tagTerms, a.bodyTerms);
            if (const auto old = m_rowOf.constFind(d.id); old != m_rowOf.constEnd()) {
                m_meta.remove(*old);
                if (m_vectors)
                    m_vectors->remove(*old);
            }
            m_meta.insert(row, {d.id, d.type, d.lang, d.category, d.outcome, d.satisfaction});
            m_rowOf.insert(d.id, row);
            if (m_encoder && !m_reembedPending) {
                const std::vector<float> v = m_encoder->encodeTokens(textOf(d), a.tokens);
                m_index.putVector(m_encoder->name(), row, v);
                m_vectors->upsert(row, v);
            }
            if (progress && (i % 1000 == 999 || i + 1 == documents.size()))
                progress(i + 1, int(documents.size()));
        }
        tx.commit();
        m_db.setSynchronousFull(true);
    }
    if (m_reembedPending) {
        m_reembedPending = false;
        embedAll(progress); // the documents stored before this batch need the new model's vectors
    } else if (m_vectors) {
        m_vectors->finalize();
        if (documents.size() >= kPersistGraphBatch)
            persistGraph(m_encoder->name(), *m_vectors);
    }
}

bool SearchEngine::installLsa(std::unique_ptr<LsaEncoder> lsa, int corpusSize)
{
    if (!lsa) {
        qCInfo(lcEngine) << "corpus too small to train the built-in encoder:" << corpusSize << "documents";
        return false;
    }
    lsa->setAnalyzer(m_analyzer);
    m_encoder = std::move(lsa);
    m_trainedCorpusSize = corpusSize;
    {
        Transaction tx(m_db);
        m_index.saveEncoderState(kLsa, static_cast<LsaEncoder *>(m_encoder.get())->serialize(), corpusSize);
        tx.commit();
    }
    m_vectors = std::make_unique<VectorIndex>(m_encoder->dimension(), m_config.vectors);
    return true;
}

bool SearchEngine::removeDocument(const QString &documentId)
{
    const auto row = m_rowOf.constFind(documentId);
    if (row == m_rowOf.constEnd())
        return false;
    Transaction tx(m_db);
    m_index.remove(documentId);
    tx.commit();
    if (m_vectors)
        m_vectors->remove(*row);
    for (auto &ext : m_externalVectors)
        ext->remove(*row);
    m_meta.remove(*row);
    m_rowOf.remove(documentId);
    return true;
}

std::optional<SearchDocument> SearchEngine::document(const QString &documentId)
{
    const auto row = m_rowOf.constFind(documentId);
    if (row == m_rowOf.constEnd())
        return std::nullopt;
    return m_index.document(*row);
}

void SearchEngine::retrainEncoder(const Progress &progress)
{
    // Training reads a bounded sample of the corpus; every document is then embedded with the new model.
    QList<QList<Token>> corpus;
    AnalyzeOptions ao;
    ao.allHanUnigrams = true;
    const int total = int(m_meta.size());
    const int stride = std::max(1, total / std::max(1, m_config.lsa.maxTrainDocuments));
    int i = 0;
    m_index.forEachDocument([&](qint64, const SearchDocument &d) {
        if (i++ % stride == 0)
            corpus.append(m_analyzer->analyze(textOf(d), ao));
    });
    if (installLsa(LsaEncoder::train(corpus, m_config.lsa), total))
        embedAll(progress);
}

void SearchEngine::embedAll(const Progress &progress)
{
    const QString space = m_encoder->name();
    m_vectors = std::make_unique<VectorIndex>(m_encoder->dimension(), m_config.vectors);
    AnalyzeOptions ao;
    ao.allHanUnigrams = m_encoder->usesAnalyzerTokens();
    m_db.setSynchronousFull(false);
    Transaction tx(m_db);
    m_index.clearVectors(space);
    const int total = int(m_meta.size());
    int done = 0;
    m_index.forEachDocument([&](qint64 row, const SearchDocument &d) {
        const QString text = textOf(d);
        const std::vector<float> v = m_encoder->usesAnalyzerTokens()
                                         ? m_encoder->encodeTokens(text, m_analyzer->analyze(text, ao))
                                         : m_encoder->encode(text);
        m_index.putVector(space, row, v);
        m_vectors->upsert(row, v);
        if (progress && (++done % 5000 == 0 || done == total))
            progress(done, total);
    });
    tx.commit();
    m_db.setSynchronousFull(true);
    m_vectors->finalize();
    persistGraph(space, *m_vectors);
    loadFeedback(); // stored query vectors belong to the old space; recompute lazily below
    for (FeedbackEntry &f : m_feedback)
        f.vector = m_encoder->encode(f.normalizedQuery);
}

void SearchEngine::setEncoder(std::unique_ptr<TextEncoder> encoder, const Progress &progress)
{
    m_encoder = std::move(encoder);
    if (!m_encoder)
        return;
    if (m_index.vectorCount(m_encoder->name()) == int(m_meta.size()) && !m_meta.isEmpty()) {
        m_vectors = std::make_unique<VectorIndex>(m_encoder->dimension(), m_config.vectors);
        loadVectors(m_encoder->name(), *m_vectors);
        return;
    }
    embedAll(progress);
}

void SearchEngine::importVectors(const QString &space, const QList<QPair<QString, std::vector<float>>> &vectors)
{
    if (vectors.isEmpty())
        return;
    auto &index = m_externalVectors[space];
    if (!index)
        index = std::make_shared<VectorIndex>(int(vectors.first().second.size()), m_config.vectors);
    Transaction tx(m_db);
    for (const auto &[id, v] : vectors) {
        const auto row = m_rowOf.constFind(id);
        if (row == m_rowOf.constEnd() || int(v.size()) != index->dimension())
            continue;
        std::vector<float> unit = v;
        normalizeInPlace(unit);
        m_index.putVector(space, *row, unit);
        index->upsert(*row, unit);
    }
    tx.commit();
    index->finalize();
    if (vectors.size() >= kPersistGraphBatch)
        persistGraph(space, *index);
}

void SearchEngine::setLexiconEdits(const SynonymLexicon &edits, const Progress &progress)
{
    {
        Transaction tx(m_db);
        m_index.saveLexicon(edits.toJson());
        tx.commit();
    }
    SynonymLexicon lexicon = SynonymLexicon::builtIn();
    lexicon.merge(edits);
    m_analyzer = std::make_shared<Analyzer>(lexicon);
    if (auto *lsa = dynamic_cast<LsaEncoder *>(m_encoder.get()))
        lsa->setAnalyzer(m_analyzer);
    // Every document's terms depend on the lexicon: re-index them all.
    QList<SearchDocument> all;
    m_index.forEachDocument([&](qint64, const SearchDocument &d) { all.append(d); });
    m_trainedCorpusSize = 0; // forces a retrain: concept features changed
    addDocuments(all, progress);
}

QList<QPair<qint64, float>> SearchEngine::denseCandidates(const SearchRequest &request, const std::vector<float> &qv,
                                                          int k) const
{
    const VectorIndex *index = m_vectors.get();
    if (!request.queryVector.empty() && !request.queryVectorSpace.isEmpty() &&
        request.queryVectorSpace != (m_encoder ? m_encoder->name() : QString())) {
        const auto ext = m_externalVectors.constFind(request.queryVectorSpace);
        index = ext == m_externalVectors.constEnd() ? nullptr : ext->get();
    }
    if (!index || qv.empty())
        return {};
    const bool filtered = !request.filter.isEmpty();
    QList<QPair<qint64, float>> raw = index->search(qv, filtered ? k * 8 : k);
    QList<QPair<qint64, float>> out;
    for (const auto &p : raw) {
        if (p.second <= 0.0f)
            continue; // orthogonal or opposite: no evidence at all
        if (filtered && !request.filter.accepts(m_meta.value(p.first)))
            continue;
        out.append(p);
        if (out.size() >= k)
            break;
    }
    return out;
}

QHash<qint64, double> SearchEngine::feedbackBoosts(const QString &normalizedQuery, const std::vector<float> &qv)
{
    QHash<qint64, double> boosts;
    const double tau = m_config.feedbackSimilarity;
    for (const FeedbackEntry &f : std::as_const(m_feedback)) {
        double sim = f.normalizedQuery == normalizedQuery ? 1.0 : 0.0;
        if (sim < 1.0 && !qv.empty() && f.vector.size() == qv.size())
            sim = dot(qv, f.vector);
        if (sim < tau)
            continue;
        const auto row = m_rowOf.constFind(f.documentId);
        if (row == m_rowOf.constEnd())
            continue;
        const double w = (sim - tau) / (1.0 - tau + 1e-9);
        boosts[*row] += f.helpful ? w : -w;
    }
    return boosts;
}

SearchResults SearchEngine::search(const SearchRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    SearchResults res;
    res.query = request.query;
    QString query = request.query;
    if (query.size() > m_config.maxQueryChars) {
        query.truncate(m_config.maxQueryChars);
        if (query.back().isHighSurrogate())
            query.chop(1);
        res.truncatedQuery = true;
    }
    AnalyzeOptions ao;
    ao.allHanUnigrams = m_encoder && m_encoder->usesAnalyzerTokens();
    const QList<Token> tokens = m_analyzer->analyze(query, ao);
    QSet<QString> termSet;
    for (const Token &t : tokens) {
        if (t.kind != TokenKind::Char && !termSet.contains(t.term)) {
            termSet.insert(t.term);
            res.queryTerms.append(t.term);
        }
    }
    if (tokens.isEmpty()) {
        res.error = request.query.trimmed().isEmpty() ? u"empty query"_s
                                                      : u"the query has no searchable words (only stop words, "
                                                        u"punctuation or control characters)"_s;
        res.elapsedMs = timer.nsecsElapsed() / 1e6;
        return res;
    }
    const int k = std::max(m_config.candidates, request.limit);
    QList<LexicalHit> lexical;
    if (request.useLexical && !res.queryTerms.isEmpty())
        lexical = m_index.lexical(res.queryTerms, request.filter, k, m_config.postingBudget);

    res.lexicalMs = timer.nsecsElapsed() / 1e6;
    std::vector<float> qv;
    if (!request.queryVector.empty()) {
        qv = request.queryVector;
        normalizeInPlace(qv);
    } else if (m_encoder) {
        qv = m_encoder->encodeTokens(query, tokens);
    }
    QList<QPair<qint64, float>> dense;
    if (request.useDense)
        dense = denseCandidates(request, qv, k);
    res.denseMs = timer.nsecsElapsed() / 1e6 - res.lexicalMs;
    res.lexicalCandidates = int(lexical.size());
    res.denseCandidates = int(dense.size());

    QList<FusedCandidate> fused = RankFusion::fuse(lexical, dense, m_config.fusion);
    // Feedback can bring a document that neither retriever found: it enters with the weakest fused score.
    const QString normQuery = TextNormalizer::normalize(query).simplified();
    const std::vector<float> feedbackVec =
        (m_encoder && request.queryVector.empty()) ? qv : (m_encoder ? m_encoder->encode(query) : qv);
    const QHash<qint64, double> boosts = feedbackBoosts(normQuery, feedbackVec);
    QSet<qint64> present;
    for (const FusedCandidate &c : std::as_const(fused))
        present.insert(c.rowId);
    for (auto it = boosts.begin(); it != boosts.end(); ++it) {
        if (it.value() > 0 && !present.contains(it.key()) && request.filter.accepts(m_meta.value(it.key()))) {
            FusedCandidate c;
            c.rowId = it.key();
            c.score = m_config.fusion.method == FusionWeights::Method::Rrf
                          ? m_config.fusion.lexical / (m_config.fusion.rrfK + k)
                          : 0.05 * (m_config.fusion.lexical + m_config.fusion.dense);
            fused.append(c);
        }
    }
    RankFusion::applyPriors(fused, m_meta, boosts, m_config.fusion, RankFusion::detectLanguage(query));

    const SnippetBuilder snippets(*m_analyzer, termSet, m_config.snippetChars);
    for (const FusedCandidate &c : std::as_const(fused)) {
        if (res.hits.size() >= request.limit)
            break;
        const auto doc = m_index.document(c.rowId);
        if (!doc)
            continue;
        SearchHit h;
        h.documentId = doc->id;
        h.type = doc->type;
        h.title = doc->title;
        h.lang = doc->lang;
        h.category = doc->category;
        h.outcome = doc->outcome;
        h.satisfaction = doc->satisfaction;
        h.score = c.score;
        h.lexicalRank = c.lexicalRank;
        h.denseRank = c.denseRank;
        h.lexicalScore = c.lexicalScore;
        h.denseScore = c.denseScore;
        h.feedbackBoost = c.feedbackBoost;
        if (request.snippets) {
            const QString text = doc->type == DocType::Case ? doc->problem + u"\n"_s + doc->body : doc->body;
            h.snippet = snippets.snippet(text, &h.snippetHighlights);
            h.titleHighlights = snippets.highlight(doc->title);
        }
        res.hits.append(h);
    }
    res.elapsedMs = timer.nsecsElapsed() / 1e6;
    res.assembleMs = res.elapsedMs - res.lexicalMs - res.denseMs;
    return res;
}

void SearchEngine::recordFeedback(const FeedbackEvent &eventIn)
{
    FeedbackEvent e = eventIn;
    if (e.atMs == 0)
        e.atMs = QDateTime::currentMSecsSinceEpoch();
    const std::vector<float> v = m_encoder ? m_encoder->encode(e.query) : std::vector<float>();
    Transaction tx(m_db);
    m_index.addFeedback(e, vectorBytes(v));
    tx.commit();
    m_feedback.append({TextNormalizer::normalize(e.query).simplified(), v, e.documentId, e.helpful});
}

QList<FeedbackEvent> SearchEngine::unsyncedFeedback()
{
    return m_index.unsyncedFeedback();
}

EngineStats SearchEngine::stats()
{
    EngineStats s;
    s.documents = int(m_meta.size());
    if (m_encoder) {
        s.encoder = m_encoder->name();
        s.encoderDimension = m_encoder->dimension();
    }
    if (m_vectors) {
        s.vectors = m_vectors->size();
        s.hnsw = m_vectors->usesHnsw();
        s.vectorMemoryBytes = m_vectors->memoryBytes();
        s.graphLoaded = m_graphLoaded;
    }
    s.feedbackEvents = int(m_feedback.size());
    return s;
}

} // namespace panorama::search
