#include "ui/customers/TagDialog.h"

#include "models/Display.h"
#include "models/TagsModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace panorama {

TagDialog::TagDialog(QWidget *parent)
    : QDialog(parent), m_dimension(new QComboBox(this)), m_key(new QLineEdit(this)), m_value(new QLineEdit(this))
{
    setObjectName(u"tagDialog"_s);
    setWindowTitle(tr("Add a tag"));
    for (const QString &d : TagsModel::dimensions())
        m_dimension->addItem(Display::vocabulary(d), d);
    m_dimension->setObjectName(u"tagDimension"_s);
    m_key->setObjectName(u"tagKey"_s);
    m_key->setMaxLength(64);
    m_key->setPlaceholderText(tr("e.g. preferred_style"));
    m_value->setObjectName(u"tagValue"_s);
    m_value->setMaxLength(200);
    m_value->setPlaceholderText(tr("e.g. minimalist"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Dimension:"), m_dimension);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(!key().isEmpty()); });
}

QString TagDialog::dimension() const
{
    return m_dimension->currentData().toString();
}

QString TagDialog::key() const
{
    return m_key->text().trimmed();
}

QString TagDialog::value() const
{
    return m_value->text().trimmed();
}

} // namespace panorama
