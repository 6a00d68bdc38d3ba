#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace panorama {

class AgentSession;
class KnowledgeHitsModel;
namespace search {
class SearchService;
struct SearchResults;
} // namespace search

// The Knowledge area: searches the policy knowledge base and quick replies as the agent types (Chinese and English,
// on the search engine's own thread), shows the article, takes "this solved it" / "did not help" feedback, and
// hands an article's text to the open ticket's composer. The cache's articles are indexed the first time the area
// is shown.
class KnowledgeArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeArea)
public:
    KnowledgeArea(AgentSession &session, search::SearchService &service, QWidget *parent = nullptr);

    KnowledgeHitsModel *hits() const { return m_hits; }
    QLineEdit *queryEdit() const { return m_query; }
    bool isIndexed() const { return m_indexed; }
    void focusDefault();

public Q_SLOTS:
    void ensureIndexed();
    void search();

Q_SIGNALS:
    void insertRequested(const QString &text);
    void indexed(int documents);
    void searched();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showResults(quint64 ticket, const search::SearchResults &results);
    void showArticle();
    void feedback(bool helpful);

    AgentSession &m_session;
    search::SearchService &m_service;
    KnowledgeHitsModel *m_hits;
    QLineEdit *m_query;
    QComboBox *m_language;
    QComboBox *m_kind;
    QLabel *m_status;
    QListView *m_list;
    QTextBrowser *m_article;
    QPushButton *m_solved;
    QPushButton *m_unhelpful;
    QPushButton *m_insert;
    QTimer *m_delay;
    quint64 m_indexTicket = 0;
    quint64 m_searchTicket = 0;
    bool m_indexed = false;
    bool m_indexing = false;
    QString m_articleText;
};

} // namespace panorama
