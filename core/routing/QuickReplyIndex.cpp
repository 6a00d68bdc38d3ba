#include "core/routing/QuickReplyIndex.h"

#include "core/routing/FeatureExtractor.h"
#include "core/routing/JsonCursor.h"
#include "core/routing/RoutingResources.h"
#include "core/routing/TextNormalizer.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::routing {

namespace {

// Short questions: characters 1–3 carry Chinese words, whole words carry English ones.
FeatureConfig quickReplyFeatures()
{
    FeatureConfig c;
    c.wordMinN = 1;
    c.wordMaxN = 1;
    c.charMinN = 1;
    c.charMaxN = 3;
    c.sublinearTf = true;
    return c;
}

std::vector<uint64_t> termsOf(const QString &text, const FeatureConfig &config)
{
    std::vector<uint64_t> terms;
    FeatureExtractor(config).extract(TextNormalizer::normalize(text), terms);
    return terms;
}

double cosine(const SparseVector &a, const SparseVector &b)
{
    // Both are sorted by index; the block weights make the norm sqrt(2) for texts with both blocks.
    double dot = 0.0, na = 0.0, nb = 0.0;
    for (float v : a.values)
        na += double(v) * v;
    for (float v : b.values)
        nb += double(v) * v;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.indices[i] == b.indices[j])
            dot += double(a.values[i++]) * double(b.values[j++]);
        else if (a.indices[i] < b.indices[j])
            ++i;
        else
            ++j;
    }
    return (na > 0 && nb > 0) ? dot / std::sqrt(na * nb) : 0.0;
}

} // namespace

QJsonObject Suggestion::toJson() const
{
    return {{u"source"_s, source},        {u"id"_s, id},
            {u"title"_s, title.toJson()}, {u"answer"_s, answer},
            {u"kbArticle"_s, kbArticle},  {u"matchedQuestion"_s, matchedQuestion},
            {u"similarity"_s, similarity}};
}

Suggestion Suggestion::fromJson(const QJsonObject &o)
{
    Suggestion s;
    s.source = o.value(u"source"_s).toString();
    s.id = o.value(u"id"_s).toString();
    const QJsonObject title = o.value(u"title"_s).toObject();
    s.title = {title.value(u"en"_s).toString(), title.value(u"zh"_s).toString()};
    s.answer = o.value(u"answer"_s).toString();
    s.kbArticle = o.value(u"kbArticle"_s).toString();
    s.matchedQuestion = o.value(u"matchedQuestion"_s).toString();
    s.similarity = o.value(u"similarity"_s).toDouble();
    return s;
}

QuickReplyIndex::QuickReplyIndex(QList<QuickReply> replies, double threshold)
    : m_replies(std::move(replies)), m_threshold(threshold)
{
    build();
}

void QuickReplyIndex::build()
{
    const FeatureConfig config = quickReplyFeatures();
    std::vector<std::vector<uint64_t>> docs;
    m_questionOwner.clear();
    for (int r = 0; r < m_replies.size(); ++r) {
        for (int q = 0; q < m_replies.at(r).questions.size(); ++q) {
            docs.push_back(termsOf(m_replies.at(r).questions.at(q), config));
            m_questionOwner.emplace_back(r, q);
        }
    }
    m_vectorizer = TfidfVectorizer(config);
    m_vectorizer.fit(docs);
    m_questionVectors.clear();
    for (const auto &d : docs)
        m_questionVectors.push_back(m_vectorizer.transform(d));
}

std::optional<Suggestion> QuickReplyIndex::suggest(const QString &text, const QString &category,
                                                   const QString &language) const
{
    if (m_questionVectors.empty())
        return std::nullopt;
    const SparseVector v = m_vectorizer.transform(termsOf(text, m_vectorizer.config()));
    double best = 0.0;
    int bestIndex = -1;
    for (size_t i = 0; i < m_questionVectors.size(); ++i) {
        const QuickReply &r = m_replies.at(m_questionOwner[i].first);
        if (!category.isEmpty() && !r.category.isEmpty() && r.category != category)
            continue;
        const double s = cosine(v, m_questionVectors[i]);
        if (s > best) {
            best = s;
            bestIndex = int(i);
        }
    }
    if (bestIndex < 0 || best < m_threshold)
        return std::nullopt;
    const auto [ri, qi] = m_questionOwner[size_t(bestIndex)];
    const QuickReply &r = m_replies.at(ri);
    Suggestion s;
    s.source = u"quick-reply"_s;
    s.id = r.id;
    s.title = r.title;
    s.answer = language == u"zh"_s ? r.answer.zh : r.answer.en;
    s.kbArticle = r.kbArticle;
    s.matchedQuestion = r.questions.at(qi);
    s.similarity = best;
    return s;
}

QJsonObject QuickReplyIndex::toJson() const
{
    QJsonArray replies;
    for (const QuickReply &r : m_replies)
        replies.append(QJsonObject{{u"id"_s, r.id},
                                   {u"category"_s, r.category},
                                   {u"title"_s, r.title.toJson()},
                                   {u"questions"_s, QJsonArray::fromStringList(r.questions)},
                                   {u"answer"_s, r.answer.toJson()},
                                   {u"kbArticle"_s, r.kbArticle}});
    return {{u"version"_s, m_version}, {u"threshold"_s, m_threshold}, {u"replies"_s, replies}};
}

QuickReplyIndex QuickReplyIndex::fromJson(const JsonCursor &root)
{
    root.allowOnly({u"version"_s, u"threshold"_s, u"replies"_s, u"comment"_s});
    QList<QuickReply> replies;
    QSet<QString> ids;
    for (const JsonCursor &c : root.at(u"replies"_s).elements()) {
        c.allowOnly({u"id"_s, u"category"_s, u"title"_s, u"questions"_s, u"answer"_s, u"kbArticle"_s});
        QuickReply r;
        r.id = c.at(u"id"_s).identifier();
        if (ids.contains(r.id))
            c.at(u"id"_s).fail(u"duplicate quick reply id '%1'"_s.arg(r.id));
        ids.insert(r.id);
        if (const auto cat = c.find(u"category"_s))
            r.category = cat->identifier();
        r.title = LocalizedText::fromJson(c.at(u"title"_s));
        r.questions = c.at(u"questions"_s).strings();
        if (r.questions.isEmpty())
            c.at(u"questions"_s).fail(u"a quick reply needs at least one question"_s);
        r.answer = LocalizedText::fromJson(c.at(u"answer"_s));
        if (const auto kb = c.find(u"kbArticle"_s))
            r.kbArticle = kb->string();
        replies.append(r);
    }
    QuickReplyIndex index(replies, root.numberOr(u"threshold"_s, 0.45, 0.05, 1.0));
    index.m_version = root.at(u"version"_s).string();
    return index;
}

QuickReplyIndex QuickReplyIndex::load(const QString &path)
{
    return fromJson(JsonCursor::load(path));
}

QuickReplyIndex QuickReplyIndex::parse(const QByteArray &json, const QString &source)
{
    return fromJson(JsonCursor::parse(json, source));
}

QuickReplyIndex QuickReplyIndex::defaults()
{
    return parse(RoutingResources::read(u"quick_replies.json"_s), RoutingResources::path(u"quick_replies.json"_s));
}

} // namespace panorama::routing
