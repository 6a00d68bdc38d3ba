#include "core/search/SearchIndex.h"

#include "core/search/VectorIndex.h"

#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace panorama::search {

namespace {

QByteArray toBlob(const std::vector<float> &v)
{
    return QByteArray(reinterpret_cast<const char *>(v.data()), qsizetype(v.size() * sizeof(float)));
}

std::vector<float> fromBlob(const QByteArray &b)
{
    std::vector<float> v(size_t(b.size()) / sizeof(float));
    std::memcpy(v.data(), b.constData(), v.size() * sizeof(float));
    return v;
}

// SQLite binds a null QString as NULL; the text columns are NOT NULL, so empty stays empty.
QString nn(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

SearchDocument readDocument(Query &q)
{
    SearchDocument d;
    d.id = q->text(0);
    d.type = DocType(q->integer(1));
    d.title = q->text(2);
    d.tags = q->text(3).split(u'\x1f', Qt::SkipEmptyParts);
    d.body = q->text(4);
    d.lang = q->text(5);
    d.category = q->text(6);
    d.version = q->integer(7);
    d.problem = q->text(8);
    d.outcome = CaseOutcome(q->integer(9));
    d.satisfaction = q->real(10);
    return d;
}

} // namespace

bool SearchFilter::accepts(const DocMeta &m) const
{
    return (languages.isEmpty() || languages.contains(m.lang)) &&
           (categories.isEmpty() || categories.contains(m.category)) && (types.isEmpty() || types.contains(m.type));
}

QJsonObject FeedbackEvent::toJson() const
{
    return {{u"query"_s, query},
            {u"document"_s, documentId},
            {u"helpful"_s, helpful},
            {u"at"_s, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {u"agent"_s, agent}};
}

std::optional<FeedbackEvent> FeedbackEvent::fromJson(const QJsonObject &json, QString *error)
{
    FeedbackEvent e;
    e.query = json.value(u"query"_s).toString();
    e.documentId = json.value(u"document"_s).toString();
    e.helpful = json.value(u"helpful"_s).toBool(true);
    e.agent = json.value(u"agent"_s).toString();
    const QDateTime at = QDateTime::fromString(json.value(u"at"_s).toString(), Qt::ISODateWithMs);
    if (e.query.trimmed().isEmpty() || e.documentId.isEmpty() || !at.isValid()) {
        if (error)
            *error = u"feedback needs a non-empty 'query', a 'document' id and an ISO 8601 'at' time"_s;
        return std::nullopt;
    }
    e.atMs = at.toMSecsSinceEpoch();
    return e;
}

const Migrator &SearchIndex::migrator()
{
    static const Migrator m(
        u"search"_s,
        {{1, u"search documents, FTS5 terms, vectors, encoder state, feedback, lexicon"_s,
          [](Database &d) {
              d.exec("CREATE TABLE IF NOT EXISTS search_doc("
                     " rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type INTEGER NOT NULL,"
                     " title TEXT NOT NULL, tags TEXT NOT NULL, body TEXT NOT NULL, lang TEXT NOT NULL,"
                     " category TEXT NOT NULL, version INTEGER NOT NULL, problem TEXT NOT NULL,"
                     " outcome INTEGER NOT NULL, satisfaction REAL NOT NULL, updated_at INTEGER NOT NULL)");
              // Contentless: the text lives in search_doc; the index holds only our analyser's terms.
              d.exec("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title, tags, body, content='',"
                     " contentless_delete=1, tokenize='unicode61 remove_diacritics 0 tokenchars ''_''')");
              d.exec("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts_vocab USING fts5vocab(search_fts, 'row')");
              d.exec("CREATE TABLE IF NOT EXISTS search_vector(encoder TEXT NOT NULL, doc INTEGER NOT NULL,"
                     " vec BLOB NOT NULL, PRIMARY KEY(encoder, doc)) WITHOUT ROWID");
              d.exec("CREATE TABLE IF NOT EXISTS search_encoder(name TEXT PRIMARY KEY, state BLOB NOT NULL,"
                     " trained_docs INTEGER NOT NULL, updated_at INTEGER NOT NULL)");
              d.exec("CREATE TABLE IF NOT EXISTS search_feedback(id INTEGER PRIMARY KEY, query TEXT NOT NULL,"
                     " doc_id TEXT NOT NULL, helpful INTEGER NOT NULL, at INTEGER NOT NULL, agent TEXT NOT NULL,"
                     " query_vec BLOB, synced INTEGER NOT NULL DEFAULT 0)");
              d.exec("CREATE TABLE IF NOT EXISTS search_lexicon(id INTEGER PRIMARY KEY CHECK(id = 1),"
                     " json TEXT NOT NULL)");
          }},
         {2, u"stored HNSW graphs"_s, [](Database &d) {
              d.exec("CREATE TABLE IF NOT EXISTS search_graph(space TEXT NOT NULL, chunk INTEGER NOT NULL,"
                     " data BLOB NOT NULL, PRIMARY KEY(space, chunk))");
          }}});
    return m;
}

SearchIndex::SearchIndex(Database &db) : m_db(db)
{
    migrator().migrate(db);
}

qint64 SearchIndex::upsert(const SearchDocument &doc, const QString &titleTerms, const QString &tagTerms,
                           const QString &bodyTerms)
{
    m_dfCache.clear();
    if (const auto old = rowIdOf(doc.id)) {
        m_db.query("DELETE FROM search_fts WHERE rowid = ?").bindAll(int64_t(*old)).exec();
        m_db.query("DELETE FROM search_doc WHERE rowid = ?").bindAll(int64_t(*old)).exec();
        m_db.query("DELETE FROM search_vector WHERE doc = ?").bindAll(int64_t(*old)).exec();
        dropGraph({});
    }
    m_db.query("INSERT INTO search_doc(id, type, title, tags, body, lang, category, version, problem, outcome,"
               " satisfaction, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        .bindAll(doc.id, int(doc.type), nn(doc.title), nn(doc.tags.join(u'\x1f')), nn(doc.body), nn(doc.lang),
                 nn(doc.category), doc.version, nn(doc.problem), int(doc.outcome), doc.satisfaction,
                 int64_t(QDateTime::currentMSecsSinceEpoch()))
        .exec();
    const qint64 rowId = m_db.lastInsertRowId();
    m_db.query("INSERT INTO search_fts(rowid, title, tags, body) VALUES (?,?,?,?)")
        .bindAll(int64_t(rowId), nn(titleTerms), nn(tagTerms), nn(bodyTerms))
        .exec();
    return rowId;
}

bool SearchIndex::remove(const QString &documentId)
{
    const auto row = rowIdOf(documentId);
    if (!row)
        return false;
    m_dfCache.clear();
    m_db.query("DELETE FROM search_fts WHERE rowid = ?").bindAll(int64_t(*row)).exec();
    m_db.query("DELETE FROM search_vector WHERE doc = ?").bindAll(int64_t(*row)).exec();
    m_db.query("DELETE FROM search_doc WHERE rowid = ?").bindAll(int64_t(*row)).exec();
    dropGraph({});
    return true;
}

std::optional<SearchDocument> SearchIndex::document(qint64 rowId)
{
    Query q = m_db.query("SELECT id, type, title, tags, body, lang, category, version, problem, outcome,"
                         " satisfaction FROM search_doc WHERE rowid = ?");
    q.bindAll(int64_t(rowId));
    if (!q.next())
        return std::nullopt;
    return readDocument(q);
}

std::optional<qint64> SearchIndex::rowIdOf(const QString &documentId)
{
    Query q = m_db.query("SELECT rowid FROM search_doc WHERE id = ?");
    q.bindAll(documentId);
    if (!q.next())
        return std::nullopt;
    return q->int64(0);
}

int SearchIndex::documentCount()
{
    return m_db.scalar("SELECT count(*) FROM search_doc").toInt();
}

void SearchIndex::forEachMeta(const std::function<void(qint64, const DocMeta &)> &fn)
{
    Query q = m_db.query("SELECT rowid, id, type, lang, category, outcome, satisfaction FROM search_doc");
    while (q.next()) {
        DocMeta m{q->text(1), DocType(q->integer(2)), q->text(3), q->text(4), CaseOutcome(q->integer(5)), q->real(6)};
        fn(q->int64(0), m);
    }
}

void SearchIndex::forEachDocument(const std::function<void(qint64, const SearchDocument &)> &fn)
{
    Query q = m_db.query("SELECT id, type, title, tags, body, lang, category, version, problem, outcome,"
                         " satisfaction, rowid FROM search_doc ORDER BY rowid");
    while (q.next())
        fn(q->int64(11), readDocument(q));
}

int SearchIndex::documentFrequency(const QString &term)
{
    const auto it = m_dfCache.constFind(term);
    if (it != m_dfCache.constEnd())
        return *it;
    Query q = m_db.query("SELECT doc FROM search_fts_vocab WHERE term = ?");
    q.bindAll(term);
    const int df = q.next() ? q->integer(0) : 0;
    m_dfCache.insert(term, df);
    return df;
}

QList<LexicalHit> SearchIndex::lexical(const QStringList &termsIn, const SearchFilter &filter, int limit,
                                       int postingBudget)
{
    QList<LexicalHit> hits;
    QList<QPair<int, QString>> byDf;
    QSet<QString> seen;
    for (const QString &t : termsIn) {
        if (t.isEmpty() || seen.contains(t))
            continue;
        seen.insert(t);
        const int df = documentFrequency(t);
        if (df > 0)
            byDf.append({df, t});
    }
    if (byDf.isEmpty() || limit <= 0)
        return hits;
    std::sort(byDf.begin(), byDf.end());
    QStringList chosen;
    qint64 postings = 0;
    for (const auto &[df, t] : std::as_const(byDf)) {
        if (!chosen.isEmpty() && postings + df > postingBudget)
            break;
        chosen.append(u'"' + t + u'"');
        postings += df;
    }
    const QString match = chosen.join(u" OR "_s);
    const bool ranked = postings <= postingBudget;
    const bool filtered = !filter.isEmpty();
    // Weights: title 4, tags 2, body 1 (a title hit says more about what the document is for).
    const char *sql =
        ranked ? (filtered ? "SELECT f.rowid, bm25(search_fts, 4.0, 2.0, 1.0) AS s, d.type, d.lang, d.category"
                             " FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid WHERE search_fts MATCH ?"
                             " ORDER BY s LIMIT ?"
                           : "SELECT rowid, bm25(search_fts, 4.0, 2.0, 1.0) AS s FROM search_fts"
                             " WHERE search_fts MATCH ? ORDER BY s LIMIT ?")
               : (filtered ? "SELECT f.rowid, 0.0, d.type, d.lang, d.category FROM search_fts f"
                             " JOIN search_doc d ON d.rowid = f.rowid WHERE search_fts MATCH ? LIMIT ?"
                           : "SELECT rowid, 0.0 FROM search_fts WHERE search_fts MATCH ? LIMIT ?");
    // With filters the SQL cannot apply them inside FTS5's ranking; over-fetch and filter here.
    const int fetch = filtered ? limit * 8 : limit;
    Query q = m_db.query(sql);
    q.bindAll(match, fetch);
    while (q.next() && hits.size() < limit) {
        if (filtered) {
            DocMeta m;
            m.type = DocType(q->integer(2));
            m.lang = q->text(3);
            m.category = q->text(4);
            if (!filter.accepts(m))
                continue;
        }
        hits.append({q->int64(0), -q->real(1)});
    }
    return hits;
}

void SearchIndex::putVector(const QString &encoder, qint64 rowId, const std::vector<float> &vector)
{
    m_db.query("INSERT OR REPLACE INTO search_vector(encoder, doc, vec) VALUES (?,?,?)")
        .bindAll(encoder, int64_t(rowId), toBlob(vector))
        .exec();
    dropGraph(encoder);
}

void SearchIndex::forEachVector(const QString &encoder,
                                const std::function<void(qint64, const std::vector<float> &)> &fn)
{
    Query q = m_db.query("SELECT doc, vec FROM search_vector WHERE encoder = ?");
    q.bindAll(encoder);
    while (q.next())
        fn(q->int64(0), fromBlob(q->blob(1)));
}

int SearchIndex::vectorCount(const QString &encoder)
{
    Query q = m_db.query("SELECT count(*) FROM search_vector WHERE encoder = ?");
    q.bindAll(encoder);
    return q.next() ? q->integer(0) : 0;
}

QStringList SearchIndex::vectorSpaces()
{
    QStringList out;
    Query q = m_db.query("SELECT DISTINCT encoder FROM search_vector");
    while (q.next())
        out.append(q->text(0));
    return out;
}

void SearchIndex::clearVectors(const QString &encoder)
{
    m_db.query("DELETE FROM search_vector WHERE encoder = ?").bindAll(encoder).exec();
    dropGraph(encoder);
}

void SearchIndex::saveGraph(const QString &space, const VectorIndex &index)
{
    dropGraph(space);
    constexpr qsizetype kChunk = qsizetype(8) << 20;
    QByteArray buffer;
    buffer.reserve(kChunk);
    int chunk = 0;
    auto flush = [&] {
        m_db.query("INSERT INTO search_graph(space, chunk, data) VALUES (?,?,?)")
            .bindAll(space, chunk++, buffer)
            .exec();
        buffer.clear();
    };
    const bool written = index.writeGraph([&](const char *data, size_t size) {
        while (size > 0) {
            const qsizetype n = std::min<qsizetype>(qsizetype(size), kChunk - buffer.size());
            buffer.append(data, n);
            data += n;
            size -= size_t(n);
            if (buffer.size() == kChunk)
                flush();
        }
    });
    if (!written)
        return;
    if (!buffer.isEmpty())
        flush();
}

bool SearchIndex::loadGraph(const QString &space, VectorIndex &index, QString *error)
{
    Query q = m_db.query("SELECT data FROM search_graph WHERE space = ? ORDER BY chunk");
    q.bindAll(space);
    QByteArray current;
    qsizetype pos = 0;
    bool any = false;
    const bool ok = index.readGraph(
        [&](char *out, size_t size) {
            while (size > 0) {
                if (pos == current.size()) {
                    if (!q.next())
                        return false;
                    current = q->blob(0);
                    pos = 0;
                    any = true;
                    continue;
                }
                const qsizetype n = std::min<qsizetype>(qsizetype(size), current.size() - pos);
                std::memcpy(out, current.constData() + pos, size_t(n));
                out += n;
                pos += n;
                size -= size_t(n);
            }
            return true;
        },
        error);
    if (!any && error)
        *error = u"no stored graph"_s;
    return ok && any;
}

bool SearchIndex::hasGraph(const QString &space)
{
    Query q = m_db.query("SELECT 1 FROM search_graph WHERE space = ? LIMIT 1");
    q.bindAll(space);
    return q.next();
}

void SearchIndex::dropGraph(const QString &space)
{
    if (space.isEmpty()) {
        m_db.query("DELETE FROM search_graph").exec();
        return;
    }
    m_db.query("DELETE FROM search_graph WHERE space = ?").bindAll(space).exec();
}

void SearchIndex::saveEncoderState(const QString &encoder, const QByteArray &state, int trainedDocuments)
{
    m_db.query("INSERT OR REPLACE INTO search_encoder(name, state, trained_docs, updated_at) VALUES (?,?,?,?)")
        .bindAll(encoder, state, trainedDocuments, int64_t(QDateTime::currentMSecsSinceEpoch()))
        .exec();
}

std::optional<QByteArray> SearchIndex::encoderState(const QString &encoder)
{
    Query q = m_db.query("SELECT state FROM search_encoder WHERE name = ?");
    q.bindAll(encoder);
    if (!q.next())
        return std::nullopt;
    return q->blob(0);
}

void SearchIndex::addFeedback(const FeedbackEvent &e, const QByteArray &queryVector)
{
    m_db.query("INSERT INTO search_feedback(query, doc_id, helpful, at, agent, query_vec) VALUES (?,?,?,?,?,?)")
        .bindAll(e.query, e.documentId, e.helpful, int64_t(e.atMs), nn(e.agent), queryVector)
        .exec();
}

void SearchIndex::forEachFeedback(const std::function<void(const FeedbackEvent &, const QByteArray &)> &fn)
{
    Query q = m_db.query("SELECT query, doc_id, helpful, at, agent, query_vec FROM search_feedback ORDER BY id");
    while (q.next()) {
        FeedbackEvent e{q->text(0), q->text(1), q->integer(2) != 0, q->int64(3), q->text(4)};
        fn(e, q->blob(5));
    }
}

QList<FeedbackEvent> SearchIndex::unsyncedFeedback()
{
    QList<FeedbackEvent> out;
    Query q = m_db.query("SELECT query, doc_id, helpful, at, agent FROM search_feedback WHERE synced = 0 ORDER BY id");
    while (q.next())
        out.append({q->text(0), q->text(1), q->integer(2) != 0, q->int64(3), q->text(4)});
    return out;
}

void SearchIndex::markFeedbackSynced(qint64 upToMs)
{
    m_db.query("UPDATE search_feedback SET synced = 1 WHERE at <= ?").bindAll(int64_t(upToMs)).exec();
}

void SearchIndex::saveLexicon(const QJsonObject &json)
{
    m_db.query("INSERT OR REPLACE INTO search_lexicon(id, json) VALUES (1, ?)")
        .bindAll(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))
        .exec();
}

std::optional<QJsonObject> SearchIndex::lexicon()
{
    Query q = m_db.query("SELECT json FROM search_lexicon WHERE id = 1");
    if (!q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q->text(0).toUtf8()).object();
}

} // namespace panorama::search
