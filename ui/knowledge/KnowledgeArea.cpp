#include "ui/knowledge/KnowledgeArea.h"

#include "core/search/SearchService.h"
#include "models/Display.h"
#include "models/KnowledgeHitsModel.h"
#include "models/ModelRoles.h"
#include "ui/AgentSession.h"
#include "ui/Clock.h"
#include "ui/common/Views.h"
#include "ui/knowledge/HitDelegate.h"
#include "ui/knowledge/KnowledgeIndex.h"
#include "ui/knowledge/SearchClient.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

KnowledgeArea::KnowledgeArea(KnowledgeIndex &index, QWidget *parent)
    : QWidget(parent), m_index(index), m_hits(new KnowledgeHitsModel(this)), m_query(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_kind(new QComboBox(this)), m_category(new QComboBox(this)),
      m_status(Views::muted({}, this)), m_list(new QListView(this)), m_article(new QTextBrowser(this)),
      m_solved(new QPushButton(tr("This &solved it"), this)), m_unhelpful(new QPushButton(tr("Did &not help"), this)),
      m_insert(new QPushButton(tr("&Insert into reply"), this)), m_delay(new QTimer(this)),
      m_client(new SearchClient(index.service(), this))
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
    m_kind->addItem(tr("Everything"), -1);
    m_kind->addItem(tr("Articles"), int(search::DocType::Article));
    m_kind->addItem(tr("Quick replies"), int(search::DocType::QuickReply));
    m_kind->addItem(tr("Similar cases"), int(search::DocType::Case));
    m_category->setObjectName(u"knowledgeCategory"_s);
    m_category->setAccessibleName(tr("Category"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillCategories();
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
    top->addWidget(m_category);
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
    connect(m_category, &QComboBox::currentIndexChanged, this, &KnowledgeArea::search);
    connect(m_client, &SearchClient::finished, this, &KnowledgeArea::showResults);
    connect(m_client, &SearchClient::failed, this,
            [this](const QString &error) { m_status->setText(tr("Search failed: %1").arg(error)); });
    connect(&m_index, &KnowledgeIndex::indexing, this,
            [this](int count) { m_status->setText(tr("Indexing %n document(s)…", nullptr, count)); });
    connect(&m_index, &KnowledgeIndex::ready, this, [this](int count) {
        m_status->setText(tr("%n document(s) searchable.", nullptr, count));
        fillCategories();
        search();
    });
    connect(&m_index, &KnowledgeIndex::failed, this, [this](const QString &error) {
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

bool KnowledgeArea::isIndexed() const
{
    return m_index.isReady();
}

void KnowledgeArea::ensureIndexed()
{
    m_index.ensure();
}

void KnowledgeArea::fillCategories()
{
    const QString current = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : m_index.categories())
        m_category->addItem(Display::vocabulary(c), c);
    m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
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
    if (!m_index.isReady()) {
        m_index.ensure(); // the search runs when indexing is done
        return;
    }
    search::SearchRequest r;
    r.query = q;
    r.limit = 20;
    if (const QString lang = m_language->currentData().toString(); !lang.isEmpty())
        r.filter.languages = {lang};
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        r.filter.types = {search::DocType(kind)};
    if (const QString category = m_category->currentData().toString(); !category.isEmpty())
        r.filter.categories = {category};
    m_client->search(r);
}

void KnowledgeArea::showResults(const search::SearchResults &results)
{
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
    QString markdown;
    if (hit) {
        if (const search::SearchDocument *c = m_index.caseDocument(hit->documentId)) {
            markdown = u"# %1\n\n**%2**\n\n%3\n\n**%4**\n\n%5\n"_s.arg(c->title, tr("The customer wrote"), c->problem,
                                                                       tr("The agent answered"), c->body);
            m_articleText = c->body;
        } else if (const QString body = m_index.replyText(hit->documentId); !body.isEmpty()) {
            // Articles carry their own "# title"; quick replies are bare text.
            markdown = body.trimmed().startsWith(u'#') ? body : u"# %1\n\n%2"_s.arg(hit->title, body);
            m_articleText = body;
        }
    }
    m_solved->setEnabled(!markdown.isEmpty());
    m_unhelpful->setEnabled(!markdown.isEmpty());
    m_insert->setEnabled(!markdown.isEmpty());
    if (markdown.isEmpty()) {
        m_articleText.clear();
        m_article->setHtml(u"<p>%1</p>"_s.arg(
            tr("Type what the customer asks about; the best matching policies, quick replies and similar cases appear "
               "as you type. Enter puts the selected one into the open ticket's reply.")
                .toHtmlEscaped()));
        return;
    }
    m_article->setMarkdown(markdown);
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
    e.agent = m_index.session().user().id;
    m_index.service().recordFeedback(e);
    m_status->setText(helpful ? tr("Thanks: similar questions will rank this higher.")
                              : tr("Thanks: similar questions will rank this lower."));
}

} // namespace panorama
