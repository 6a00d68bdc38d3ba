#pragma once

#include "core/search/SearchTypes.h"

#include <QAbstractListModel>

namespace panorama {

// The hits of a knowledge-base search, best first: title, snippet with its highlighted terms, language, kind.
class KnowledgeHitsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeHitsModel)
public:
    enum Role
    {
        TitleRole = Qt::UserRole + 20,
        SnippetHtmlRole, // the snippet as HTML with <b> around the matched terms
        LanguageRole,    // zh, en
        KindRole,        // article, quick_reply, case
        CategoryRole,
        ScoreRole,
    };

    explicit KnowledgeHitsModel(QObject *parent = nullptr);
    void setResults(const search::SearchResults &results);
    const search::SearchHit *hitAt(int row) const;
    QString query() const { return m_query; }

    // The search index's document id for an article of the cache, and back.
    static QString documentId(const QString &slug, const QString &language);
    static bool parseDocumentId(const QString &id, QString *slug, QString *language);
    static QString highlighted(const QString &text, const QList<search::HighlightSpan> &spans);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_query;
    QList<search::SearchHit> m_hits;
};

} // namespace panorama
