#include "ui/tickets/NewTicketDialog.h"

#include "models/Display.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

QComboBox *choices(const QStringList &values, const QString &current, const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    for (const QString &v : values)
        box->addItem(Display::vocabulary(v), v);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    return box;
}

} // namespace

NewTicketDialog::NewTicketDialog(const Context &c, QWidget *parent)
    : QDialog(parent), m_context(c), m_subject(new QLineEdit(this)),
      m_category(choices({u"return_exchange"_s, u"size_problem"_s, u"logistics"_s, u"payment_invoice"_s,
                          u"membership_points"_s, u"product_quality"_s, u"complaint"_s, u"account"_s, u"presale"_s,
                          u"other"_s},
                         c.category.isEmpty() ? u"other"_s : c.category, u"newTicketCategory"_s, this)),
      m_priority(choices({u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s}, u"normal"_s, u"newTicketPriority"_s, this)),
      m_channel(choices({u"phone"_s, u"chat"_s, u"email"_s, u"web"_s, u"mini_program"_s, u"store"_s}, u"phone"_s,
                        u"newTicketChannel"_s, this)),
      m_language(choices({u"zh-CN"_s, u"zh-TW"_s, u"en"_s}, c.language.isEmpty() ? u"zh-CN"_s : c.language,
                         u"newTicketLanguage"_s, this)),
      m_team(new QComboBox(this)), m_note(new QPlainTextEdit(this))
{
    setObjectName(u"newTicketDialog"_s);
    setWindowTitle(c.orderNo.isEmpty() ? tr("New ticket for %1").arg(c.customerName)
                                       : tr("New ticket for order %1").arg(c.orderNo));
    setMinimumWidth(520);
    m_subject->setObjectName(u"newTicketSubject"_s);
    m_subject->setMaxLength(200);
    m_subject->setPlaceholderText(tr("What is it about? e.g. Exchange for a larger size"));
    if (c.category == u"return_exchange"_s && !c.orderNo.isEmpty())
        m_subject->setText(tr("Return or exchange for order %1").arg(c.orderNo));
    m_team->setObjectName(u"newTicketTeam"_s);
    m_team->addItem(tr("(route automatically)"), QString());
    for (const QString &t : c.teams)
        m_team->addItem(t, t);
    m_team->setCurrentIndex(qMax(0, m_team->findData(c.team)));
    m_note->setObjectName(u"newTicketNote"_s);
    m_note->setPlaceholderText(tr("Optional: what the customer said, as an internal note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(120);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create ticket"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createTicketButton"_s);
    m_create->setDefault(true);
    m_create->setEnabled(!m_subject->text().trimmed().isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subject, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_create->setEnabled(!t.trimmed().isEmpty()); });

    auto *form = new QFormLayout(this);
    form->addRow(tr("Customer:"), new QLabel(c.customerName.isEmpty() ? tr("(none)") : c.customerName, this));
    if (!c.orderNo.isEmpty())
        form->addRow(tr("Order:"), new QLabel(c.orderNo, this));
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(buttons);
    m_subject->setFocus();
}

LocalEditor::NewTicket NewTicketDialog::ticket() const
{
    LocalEditor::NewTicket t;
    t.subject = m_subject->text().trimmed();
    t.customerId = m_context.customerId;
    t.orderId = m_context.orderId;
    t.category = m_category->currentData().toString();
    t.priority = m_priority->currentData().toString();
    t.channel = m_channel->currentData().toString();
    t.language = m_language->currentData().toString();
    t.team = m_team->currentData().toString();
    return t;
}

QString NewTicketDialog::firstNote() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace panorama
