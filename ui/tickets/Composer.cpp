#include "ui/tickets/Composer.h"

#include "ui/common/Views.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

Composer::Composer(QWidget *parent)
    : QWidget(parent), m_reply(new QRadioButton(tr("Reply to &customer"), this)),
      m_note(new QRadioButton(tr("Internal &note"), this)), m_edit(new QPlainTextEdit(this)),
      m_quick(new QPushButton(tr("&Quick reply…"), this)), m_send(new QPushButton(tr("&Send"), this)),
      m_hint(Views::muted({}, this))
{
    setObjectName(u"composer"_s);
    m_reply->setObjectName(u"replyMode"_s);
    m_note->setObjectName(u"noteMode"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_reply);
    group->addButton(m_note);
    m_reply->setChecked(true);
    m_edit->setObjectName(u"composerEdit"_s);
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(72);
    m_edit->setMaximumHeight(180);
    m_quick->setObjectName(u"quickReplyButton"_s);
    m_quick->setToolTip(tr("Insert a quick reply (Ctrl+M)"));
    m_send->setObjectName(u"sendButton"_s);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_send->setDefault(false);

    auto *modes = new QHBoxLayout;
    modes->addWidget(m_reply);
    modes->addWidget(m_note);
    modes->addStretch(1);
    modes->addWidget(m_hint);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_quick);
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modes);
    layout->addWidget(m_edit);
    layout->addLayout(buttons);

    connect(m_reply, &QRadioButton::toggled, this, &Composer::updateMode);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::updateSend);
    connect(m_quick, &QPushButton::clicked, this, &Composer::quickReplyRequested);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (!text().isEmpty() && m_blocked.isEmpty())
            Q_EMIT sendRequested(text(), isInternal() ? u"internal"_s : u"public"_s);
    });
    m_send->setEnabled(false);
    updateMode();
}

QString Composer::text() const
{
    return m_edit->toPlainText().trimmed();
}

void Composer::clear()
{
    m_edit->clear();
}

void Composer::insertText(const QString &text)
{
    m_edit->insertPlainText(text);
    m_edit->setFocus();
}

bool Composer::isInternal() const
{
    return m_note->isChecked();
}

void Composer::setInternal(bool internal)
{
    (internal ? m_note : m_reply)->setChecked(true);
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    m_edit->setReadOnly(busy);
    updateSend();
}

void Composer::setBlocked(const QString &reason)
{
    m_blocked = reason;
    updateSend();
}

void Composer::updateSend()
{
    m_send->setEnabled(!m_busy && !text().isEmpty() && m_blocked.isEmpty());
    m_send->setToolTip(m_blocked.isEmpty() ? tr("Send (Ctrl+Enter)") : m_blocked);
}

void Composer::updateMode()
{
    const bool internal = isInternal();
    m_edit->setProperty("mode", internal ? u"note"_s : u"reply"_s);
    m_edit->style()->unpolish(m_edit);
    m_edit->style()->polish(m_edit);
    m_edit->setPlaceholderText(internal ? tr("Internal note: only colleagues see this") : tr("Reply to the customer"));
    m_hint->setText(internal ? tr("Not visible to the customer") : QString());
    m_send->setText(internal ? tr("Add &note") : tr("&Send reply"));
    Q_EMIT modeChanged();
}

} // namespace panorama
