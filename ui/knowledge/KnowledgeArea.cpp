#include "ui/knowledge/KnowledgeArea.h"

#include "core/search/SearchService.h"
#include "models/Display.h"
#include "models/KnowledgeHitsModel.h"
#include "models/ModelRoles.h"
#include "models/ReferenceData.h"
#include "ui/AgentSession.h"
#include "ui/Clock.h"
#include "ui/common/Views.h"
#include "ui/knowledge/HitDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

QString searchLanguage(const QString &cacheLanguage)
{
    return cacheLanguage.startsWith(u"zh"_s) ? u"zh"_s : cacheLanguage;
}

} // namespace

KnowledgeArea::KnowledgeArea(AgentSession &session, search::SearchService &service, QWidget *parent)
    : QWidget(parent), m_session(session), m_service(service), m_hits(new KnowledgeHitsModel(this)),
      m_query(new QLineEdit(this)), m_language(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_status(Views::muted({}, this)), m_list(new QListView(this)), m_article(new QTextBrowser(this)),
      m_solved(new QPushButton(tr("This &solved it"), this)), m_unhelpful(new QPushButton(tr("Did &not help"), this)),
      m_insert(new QPushButton(tr("&Insert into reply"), this)), m_delay(new QTimer(this))
{
    setObjectName(u"knowledgeArea"_s);
    m_query->setObjectName(u"knowledgeQuery"_s);
    m_query->setAccessibleName(tr("Search the knowledge base"));
    m_query->setPlaceholderText(tr("Search policies and quick replies, e.g. 退货运费 or return shipping fee"));
    m_query->setClearButtonEnabled(true);
    m_language->setObjectName(u"knowledgeLanguage"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("All languages"), QString());
    m_language->addItem(Display::vocabulary(u"zh-CN"_s), u"zh"_s);
    m_language->addItem(Display::vocabulary(u"en"_s), u"en"_s);
    m_kind->setObjectName(u"knowledgeKind"_s);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Articles and quick replies"), -1);
    m_kind->addItem(tr("Articles"), int(search::DocType::Article));
    m_kind->addItem(tr("Quick replies"), int(search::DocType::QuickReply));
    m_list->setObjectName(u"knowledgeResults"_s);
    m_list->setAccessibleName(tr("Results"));
    m_list->setModel(m_hits);
    m_list->setItemDelegate(new HitDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMinimumWidth(320);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_article->setObjectName(u"knowledgeArticle"_s);
    m_article->setAccessibleName(tr("Article"));
    m_article->setOpenExternalLinks(false);
    m_solved->setObjectName(u"knowledgeSolved"_s);
    m_unhelpful->setObjectName(u"knowledgeUnhelpful"_s);
    m_insert->setObjectName(u"knowledgeInsert"_s);
    m_insert->setToolTip(tr("Put this text into the open ticket's reply (you can edit it before sending)"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_language);
    top->addWidget(m_kind);
    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_list, 1);
    ll->addWidget(m_status);
    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_article, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_solved);
    buttons->addWidget(m_unhelpful);
    buttons->addStretch(1);
    buttons->addWidget(m_insert);
    rl->addLayout(buttons);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(Views::heading(tr("Knowledge"), this));
    layout->addLayout(top);
    layout->addWidget(split, 1);

    // Each keystroke asks; the service drops superseded searches, so typing fast costs nothing.
    m_delay->setSingleShot(true);
    m_delay->setInterval(0);
    connect(m_query, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &KnowledgeArea::search);
    connect(m_language, &QComboBox::currentIndexChanged, this, &KnowledgeArea::search);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &KnowledgeArea::search);
    connect(&m_service, &search::SearchService::searchFinished, this, &KnowledgeArea::showResults);
    connect(&m_service, &search::SearchService::searchFailed, this, [this](quint64 ticket, const QString &error) {
        if (ticket == m_searchTicket)
            m_status->setText(tr("Search failed: %1").arg(error));
    });
    connect(&m_service, &search::SearchService::documentsAdded, this, [this](quint64 ticket, int count) {
        if (ticket != m_indexTicket)
            return;
        m_indexing = false;
        m_indexed = true;
        m_status->setText(tr("%n article(s) and quick replies searchable.", nullptr, count));
        Q_EMIT indexed(count);
        search();
    });
    connect(&m_service, &search::SearchService::importFailed, this, [this](quint64 ticket, const QString &error) {
        if (ticket != m_indexTicket)
            return;
        m_indexing = false;
        m_status->setText(tr("The knowledge base could not be indexed: %1").arg(error));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &KnowledgeArea::showArticle);
    connect(m_list, &QListView::activated, this, [this] { m_insert->click(); });
    connect(m_solved, &QPushButton::clicked, this, [this] { feedback(true); });
    connect(m_unhelpful, &QPushButton::clicked, this, [this] { feedback(false); });
    connect(m_insert, &QPushButton::clicked, this, [this] {
        if (!m_articleText.isEmpty())
            Q_EMIT insertRequested(m_articleText);
    });
    connect(&m_session, &AgentSession::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(u"kb_articles"_s))
            m_indexed = false; // new or changed articles: index again when next shown
    });
    showArticle();
}

void KnowledgeArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureIndexed();
}

void KnowledgeArea::focusDefault()
{
    m_query->setFocus(Qt::OtherFocusReason);
    m_query->selectAll();
}

void KnowledgeArea::ensureIndexed()
{
    if (m_indexed || m_indexing)
        return;
    QList<search::SearchDocument> docs;
    for (const KbArticle &a : ReferenceData(m_session.database()).kbArticles()) {
        search::SearchDocument d;
        d.id = KnowledgeHitsModel::documentId(a.slug, a.language);
        d.type = a.kind == u"quick_reply"_s ? search::DocType::QuickReply : search::DocType::Article;
        d.title = a.title;
        d.tags = a.tags;
        d.body = a.body;
        d.lang = searchLanguage(a.language);
        d.category = a.category;
        d.version = a.version;
        docs << d;
    }
    if (docs.isEmpty()) {
        m_status->setText(tr("This cache holds no knowledge-base articles yet (they arrive with sync)."));
        return;
    }
    m_indexing = true;
    m_status->setText(tr("Indexing %n article(s)…", nullptr, int(docs.size())));
    m_indexTicket = m_service.addDocuments(docs);
}

void KnowledgeArea::search()
{
    m_delay->stop();
    const QString q = m_query->text().trimmed();
    if (q.isEmpty()) {
        m_hits->setResults({});
        showArticle();
        return;
    }
    if (!m_indexed) {
        ensureIndexed(); // the search runs when indexing is done
        return;
    }
    search::SearchRequest r;
    r.query = q;
    r.limit = 20;
    if (const QString lang = m_language->currentData().toString(); !lang.isEmpty())
        r.filter.languages = {lang};
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        r.filter.types = {search::DocType(kind)};
    else
        r.filter.types = {search::DocType::Article, search::DocType::QuickReply};
    m_searchTicket = m_service.search(r);
}

void KnowledgeArea::showResults(quint64 ticket, const search::SearchResults &results)
{
    if (ticket != m_searchTicket)
        return; // a newer search is on its way
    m_hits->setResults(results);
    m_status->setText(
        results.error.isEmpty()
            ? tr("%n result(s) in %1 ms", nullptr, int(results.hits.size())).arg(results.elapsedMs, 0, 'f', 1)
            : results.error);
    if (m_hits->rowCount() > 0)
        m_list->setCurrentIndex(m_hits->index(0, 0));
    else
        showArticle();
    Q_EMIT searched();
}

void KnowledgeArea::showArticle()
{
    const search::SearchHit *hit = m_hits->hitAt(m_list->currentIndex().row());
    QString slug, language;
    std::optional<KbArticle> article;
    if (hit && KnowledgeHitsModel::parseDocumentId(hit->documentId, &slug, &language))
        article = ReferenceData(m_session.database()).kbArticle(slug, language);
    m_solved->setEnabled(article.has_value());
    m_unhelpful->setEnabled(article.has_value());
    m_insert->setEnabled(article.has_value());
    if (!article) {
        m_articleText.clear();
        m_article->setHtml(u"<p>%1</p>"_s.arg(
            tr("Type what the customer asks about; the best matching policies and quick replies appear as you "
               "type. Enter puts the selected one into the open ticket's reply.")
                .toHtmlEscaped()));
        return;
    }
    m_articleText = article->body;
    // Articles carry their own "# title"; quick replies are bare text.
    m_article->setMarkdown(
        article->body.trimmed().startsWith(u'#') ? article->body : u"# %1\n\n%2"_s.arg(article->title, article->body));
}

void KnowledgeArea::feedback(bool helpful)
{
    const search::SearchHit *hit = m_hits->hitAt(m_list->currentIndex().row());
    if (!hit)
        return;
    search::FeedbackEvent e;
    e.query = m_hits->query();
    e.documentId = hit->documentId;
    e.helpful = helpful;
    e.atMs = Clock::now();
    e.agent = m_session.user().id;
    m_service.recordFeedback(e);
    m_status->setText(helpful ? tr("Thanks: similar questions will rank this higher.")
                              : tr("Thanks: similar questions will rank this lower."));
}

} // namespace panorama
