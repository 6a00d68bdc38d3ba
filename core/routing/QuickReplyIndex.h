#pragma once

#include "core/routing/Suggestion.h"
#include "core/routing/TfidfVectorizer.h"

#include <QList>
#include <QStringList>

namespace panorama::routing {

class JsonCursor;

// One canned answer with the ways customers ask for it.
struct QuickReply
{
    QString id;
    QString category; // only suggested for tickets of this category (or triaged ones)
    LocalizedText title;
    QStringList questions; // paraphrases in any of the three scripts
    LocalizedText answer;
    QString kbArticle;
};

// Finds the quick reply whose known questions the ticket resembles most (character n-gram TF-IDF cosine, so
// Chinese needs no segmenter and Traditional matches Simplified), above a similarity threshold.
class QuickReplyIndex final : public SuggestionSource
{
public:
    QuickReplyIndex() = default;
    explicit QuickReplyIndex(QList<QuickReply> replies, double threshold = 0.45);

    std::optional<Suggestion> suggest(const QString &text, const QString &category,
                                      const QString &language) const override;

    const QList<QuickReply> &replies() const { return m_replies; }
    double threshold() const { return m_threshold; }
    const QString &version() const { return m_version; }

    QJsonObject toJson() const;
    static QuickReplyIndex fromJson(const JsonCursor &root);
    static QuickReplyIndex load(const QString &path);
    static QuickReplyIndex parse(const QByteArray &json, const QString &source);
    static QuickReplyIndex defaults(); // resources/routing/quick_replies.json

private:
    void build();

    QString m_version;
    QList<QuickReply> m_replies;
    double m_threshold = 0.45;
    TfidfVectorizer m_vectorizer;
    std::vector<SparseVector> m_questionVectors;
    std::vector<std::pair<int, int>> m_questionOwner; // (reply index, question index)
};

} // namespace panorama::routing
