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

class KnowledgeHitsModel;
class KnowledgeIndex;
class SearchClient;
namespace search {
class SearchService;
struct SearchResults;
} // namespace search

// The Knowledge area: searches the policy knowledge base, quick replies and similar resolved cases as the agent types
// (Chinese and English, on the search engine's own thread; superseded searches are dropped), with filters for
// language, kind and category; shows the article rendered from Markdown, takes "this solved it" / "did not help"
// feedback, and hands the text to the open ticket's composer. The cache is indexed the first time it is needed.
class KnowledgeArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeArea)
public:
    explicit KnowledgeArea(KnowledgeIndex &index, QWidget *parent = nullptr);

    KnowledgeHitsModel *hits() const { return m_hits; }
    QLineEdit *queryEdit() const { return m_query; }
    QTextBrowser *articleView() const { return m_article; }
    QComboBox *languageFilter() const { return m_language; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *categoryFilter() const { return m_category; }
    QListView *resultsView() const { return m_list; }
    bool isIndexed() const;
    void focusDefault();

public Q_SLOTS:
    void ensureIndexed();
    void search();

Q_SIGNALS:
    void insertRequested(const QString &text);
    void searched();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showResults(const search::SearchResults &results);
    void showArticle();
    void feedback(bool helpful);
    void fillCategories();

    KnowledgeIndex &m_index;
    KnowledgeHitsModel *m_hits;
    QLineEdit *m_query;
    QComboBox *m_language;
    QComboBox *m_kind;
    QComboBox *m_category;
    QLabel *m_status;
    QListView *m_list;
    QTextBrowser *m_article;
    QPushButton *m_solved;
    QPushButton *m_unhelpful;
    QPushButton *m_insert;
    QTimer *m_delay;
    SearchClient *m_client;
    QString m_articleText;
};

} // namespace panorama
