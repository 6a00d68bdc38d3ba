#include "ui/tickets/QuickReplyPicker.h"

#include "models/Display.h"
#include "models/ModelRoles.h"
#include "models/QuickRepliesModel.h"
#include "models/ReferenceData.h"
#include "ui/common/Views.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

// Lets Up/Down in the filter move through the list, so the picker works without leaving the keyboard's home row.
class ArrowForwarder final : public QObject
{
public:
    ArrowForwarder(QListView *list, QObject *parent) : QObject(parent), m_list(list) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
                QKeyEvent copy(QEvent::KeyPress, key, Qt::NoModifier);
                QCoreApplication::sendEvent(m_list, &copy);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListView *m_list;
};

} // namespace

QuickReplyPicker::QuickReplyPicker(Database &db, const QString &language, QuickReplyText::Values values,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_values(std::move(values)), m_model(new QuickRepliesModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_language(new QComboBox(this)), m_filter(new QLineEdit(this)),
      m_list(new QListView(this)), m_preview(new QTextBrowser(this)), m_missing(Views::muted({}, this))
{
    setObjectName(u"quickReplyPicker"_s);
    setWindowTitle(tr("Insert a quick reply"));
    resize(760, 460);
    m_language->setObjectName(u"quickReplyLanguage"_s);
    m_language->setAccessibleName(tr("Quick reply language"));
    m_language->addItem(Display::vocabulary(u"zh-CN"_s), u"zh-CN"_s);
    m_language->addItem(Display::vocabulary(u"en"_s), u"en"_s);
    m_language->setCurrentIndex(language == u"en"_s ? 1 : 0);
    m_filter->setObjectName(u"quickReplyFilter"_s);
    m_filter->setAccessibleName(tr("Filter quick replies"));
    m_filter->setPlaceholderText(tr("Type to filter by title or text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(new ArrowForwarder(m_list, this));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // title and text
    m_list->setObjectName(u"quickReplyList"_s);
    m_list->setAccessibleName(tr("Quick replies"));
    m_list->setModel(m_proxy);
    m_preview->setObjectName(u"quickReplyPreview"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_missing->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *insert = buttons->addButton(tr("&Insert"), QDialogButtonBox::AcceptRole);
    insert->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_language);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_missing);
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setSizes({280, 460});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setFilterFixedString(t);
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &QuickReplyPicker::loadLanguage);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    loadLanguage();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &QuickReplyPicker::preview);
    m_filter->setFocus();
}

void QuickReplyPicker::loadLanguage()
{
    m_model->setReplies(ReferenceData(m_db).quickReplies(m_language->currentData().toString()));
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    preview();
}

void QuickReplyPicker::preview()
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid()) {
        m_preview->setPlainText(m_model->rowCount() == 0 ? tr("No quick replies in this language in the cache.")
                                                         : QString());
        m_missing->clear();
        return;
    }
    const QString body = i.data(QuickRepliesModel::BodyRole).toString();
    m_preview->setPlainText(QuickReplyText::expand(body, m_values));
    const QStringList missing = QuickReplyText::missing(body, m_values);
    m_missing->setText(missing.isEmpty() ? QString() : tr("Fill in before sending: %1").arg(missing.join(u", "_s)));
}

QString QuickReplyPicker::text() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? QuickReplyText::expand(i.data(QuickRepliesModel::BodyRole).toString(), m_values) : QString();
}

QString QuickReplyPicker::chosenSlug() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.data(IdRole).toString() : QString();
}

} // namespace panorama
