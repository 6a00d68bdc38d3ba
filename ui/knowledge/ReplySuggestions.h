#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTimer;

namespace panorama {

class KnowledgeHitsModel;
class KnowledgeIndex;
class SearchClient;
class TicketView;
namespace search {
struct SearchResults;
}

// Beside the ticket: articles, quick replies and similar resolved cases for what the agent is writing, updating as the
// text changes without holding up typing (a short pause in typing, then a search on the search service's thread;
// results of older drafts are dropped). Before anything is typed it suggests for the ticket's subject. Enter or a
// double click puts the suggestion into the reply, with the ticket's variables filled in.
class ReplySuggestions final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplySuggestions)
public:
    explicit ReplySuggestions(KnowledgeIndex &index, QWidget *parent = nullptr);

    // Becomes a side panel of the ticket view and follows its ticket and its reply.
    void attach(TicketView *view);
    KnowledgeHitsModel *hits() const { return m_hits; }
    QListView *list() const { return m_list; }
    QString currentQuery() const { return m_query; }
    int perKind() const { return kPerKind; }
    // How long typing must pause before a search (ms).
    void setDelay(int ms);

public Q_SLOTS:
    void setContext(const QString &ticketId, const QString &subject, const QString &language);
    void setDraft(const QString &text);
    void searchNow();
    void insertCurrent();

Q_SIGNALS:
    void insertRequested(const QString &text);
    void updated(const QString &query); // new suggestions are shown for this query

private:
    static constexpr int kPerKind = 3;
    QString queryText() const;
    void showResults(const search::SearchResults &results);

    KnowledgeIndex &m_index;
    KnowledgeHitsModel *m_hits;
    QListView *m_list;
    QLabel *m_status;
    QPushButton *m_insert;
    QTimer *m_delay;
    QString m_ticketId;
    QString m_subject;
    QString m_language;
    QString m_draft;
    QString m_query; // the query of the search under way or shown
    SearchClient *m_client;
};

} // namespace panorama
