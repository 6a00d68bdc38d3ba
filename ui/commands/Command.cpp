#include "ui/commands/Command.h"

#include "models/Display.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace panorama {

Command::Command(const QString &id, const QString &text, const QKeySequence &shortcut, Needs needs, QObject *parent)
    : QObject(parent), m_id(id), m_needs(std::move(needs)), m_action(new QAction(text, this))
{
    setObjectName(id);
    m_action->setObjectName(id);
    if (!shortcut.isEmpty())
        m_action->setShortcut(shortcut);
    m_action->setShortcutContext(Qt::WindowShortcut);
}

void Command::setDescription(const QString &description)
{
    m_description = description;
    m_action->setStatusTip(description);
}

void Command::setHandler(std::function<void()> handler)
{
    connect(m_action, &QAction::triggered, this, [h = std::move(handler)] { h(); });
}

QString Command::blocker(const CommandContext &context) const
{
    if (m_needs.online && !context.online)
        return tr("Needs the server: you are offline.");
    if (!m_needs.roles.isEmpty() && !m_needs.roles.contains(context.role)) {
        QStringList names;
        for (const QString &r : m_needs.roles)
            names << Display::vocabulary(r);
        return tr("Needs the role: %1.").arg(names.join(u", "_s));
    }
    return m_condition ? m_condition() : QString();
}

QString Command::update(const CommandContext &context)
{
    const QString why = blocker(context);
    m_action->setEnabled(why.isEmpty());
    QString tip = m_action->text().remove(u'&');
    if (!m_action->shortcut().isEmpty())
        tip += u" (%1)"_s.arg(m_action->shortcut().toString(QKeySequence::NativeText));
    if (!m_description.isEmpty())
        tip += u"\n"_s + m_description;
    if (!why.isEmpty())
        tip += u"\n"_s + why;
    m_action->setToolTip(tip);
    m_action->setStatusTip(why.isEmpty() ? m_description : why);
    return why;
}

} // namespace panorama
