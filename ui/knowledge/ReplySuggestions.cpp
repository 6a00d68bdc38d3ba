#include "ui/knowledge/ReplySuggestions.h"

#include "core/search/SearchService.h"
#include "models/KnowledgeDocuments.h"
#include "models/KnowledgeHitsModel.h"
#include "ui/common/Views.h"
#include "ui/knowledge/HitDelegate.h"
#include "ui/knowledge/KnowledgeIndex.h"
#include "ui/knowledge/SearchClient.h"
#include "ui/tickets/Composer.h"
#include "ui/tickets/TicketView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {
constexpr int kDraftChars = 200; // the end of a long draft is what the agent is writing about now
constexpr int kMinDraft = 6;     // below this the ticket's subject says more than the draft
} // namespace

ReplySuggestions::ReplySuggestions(KnowledgeIndex &index, QWidget *parent)
    : QWidget(parent), m_index(index), m_hits(new KnowledgeHitsModel(this)), m_list(new QListView(this)),
      m_status(Views::muted({}, this)), m_insert(new QPushButton(tr("&Use in reply"), this)), m_delay(new QTimer(this)),
      m_client(new SearchClient(index.service(), this))
{
    setObjectName(u"replySuggestions"_s);
    m_list->setObjectName(u"suggestionList"_s);
    m_list->setAccessibleName(tr("Suggestions for this reply"));
    m_list->setModel(m_hits);
    m_list->setItemDelegate(new HitDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMinimumWidth(240);
    m_status->setObjectName(u"suggestionStatus"_s);
    m_status->setWordWrap(true);
    m_insert->setObjectName(u"suggestionInsert"_s);
    m_insert->setToolTip(tr("Put the selected suggestion into the reply (you can edit it before sending)"));
    m_insert->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_insert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &ReplySuggestions::searchNow);
    connect(m_client, &SearchClient::finished, this, &ReplySuggestions::showResults);
    connect(&m_index, &KnowledgeIndex::ready, this, [this] {
        if (m_ticketId.isEmpty())
            return;
        m_query.clear(); // more is searchable now (the cases follow the articles): ask again
        searchNow();
    });
    connect(m_list, &QListView::activated, this, &ReplySuggestions::insertCurrent);
    connect(m_insert, &QPushButton::clicked, this, &ReplySuggestions::insertCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_insert->setEnabled(current.isValid()); });
    m_status->setText(tr("Suggestions follow what you write."));
}

void ReplySuggestions::attach(TicketView *view)
{
    view->addSidePanel(this, tr("Suggestions"));
    Composer *composer = view->composer();
    connect(composer->editor(), &QPlainTextEdit::textChanged, this, [this, composer] { setDraft(composer->text()); });
    connect(view, &TicketView::ticketChanged, this, [this, view] {
        const auto &t = view->ticket();
        setContext(t ? t->id : QString(), t ? t->subject : QString(), t ? t->language : QString());
    });
    connect(this, &ReplySuggestions::insertRequested, view, &TicketView::insertTemplate);
}

void ReplySuggestions::setDelay(int ms)
{
    m_delay->setInterval(ms);
}

void ReplySuggestions::setContext(const QString &ticketId, const QString &subject, const QString &language)
{
    m_ticketId = ticketId;
    m_subject = subject;
    m_language = language;
    m_draft.clear();
    m_query.clear();
    m_hits->setResults({});
    if (ticketId.isEmpty())
        return;
    m_delay->start();
}

void ReplySuggestions::setDraft(const QString &text)
{
    if (text == m_draft)
        return;
    m_draft = text;
    m_delay->start(); // each keystroke restarts the pause; nothing runs on this thread while typing
}

QString ReplySuggestions::queryText() const
{
    const QString draft = m_draft.simplified();
    if (draft.size() >= kMinDraft)
        return draft.right(kDraftChars);
    return QString(m_subject + u' ' + draft).simplified();
}

void ReplySuggestions::searchNow()
{
    m_delay->stop();
    const QString q = queryText();
    if (q.isEmpty() || q == m_query)
        return;
    if (!m_index.isReady()) {
        m_index.ensure(); // searched when the index is ready
        m_status->setText(tr("Preparing suggestions…"));
        return;
    }
    m_query = q;
    search::SearchRequest r;
    r.query = q;
    r.limit = 30; // enough that each kind has its best few
    if (!m_language.isEmpty())
        r.filter.languages = {KnowledgeDocuments::searchLanguage(m_language)};
    m_client->search(r);
}

void ReplySuggestions::showResults(const search::SearchResults &results)
{
    // Only the answer to the latest draft arrives here (SearchClient drops the older ones).
    // The best few of each kind, in the order an agent reaches for them; never this ticket as its own case.
    search::SearchResults shown = results;
    shown.hits.clear();
    const QString self = KnowledgeDocuments::caseId(m_ticketId);
    for (search::DocType type : {search::DocType::Article, search::DocType::QuickReply, search::DocType::Case}) {
        int n = 0;
        for (const search::SearchHit &h : results.hits) {
            if (h.type == type && h.documentId != self && n < kPerKind) {
                shown.hits << h;
                ++n;
            }
        }
    }
    m_hits->setResults(shown);
    m_insert->setEnabled(false);
    m_status->setText(shown.hits.isEmpty() ? tr("No suggestions for this text.") : tr("For: %1").arg(m_query.left(60)));
    Q_EMIT updated(m_query);
}

void ReplySuggestions::insertCurrent()
{
    const search::SearchHit *hit = m_hits->hitAt(m_list->currentIndex().row());
    if (!hit)
        return;
    if (const QString text = m_index.replyText(hit->documentId); !text.isEmpty())
        Q_EMIT insertRequested(text);
}

} // namespace panorama
