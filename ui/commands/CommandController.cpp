#include "ui/commands/CommandController.h"

#include "ui/AgentSession.h"

namespace panorama {

CommandController::CommandController(AgentSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&session, &AgentSession::connectionChanged, this, &CommandController::updateAll);
    updateAll();
}

Command *CommandController::add(const QString &id, const QString &text, const QKeySequence &shortcut,
                                Command::Needs needs, QObject *owner, const QString &group)
{
    auto *c = new Command(id, text, shortcut, std::move(needs), owner);
    c->setGroup(group);
    m_commands << c;
    c->update(m_context);
    return c;
}

Command *CommandController::find(const QString &id) const
{
    for (const auto &c : m_commands) {
        if (c && c->id() == id)
            return c;
    }
    return nullptr;
}

QList<Command *> CommandController::commands() const
{
    QList<Command *> out;
    for (const auto &c : m_commands) {
        if (c)
            out << c;
    }
    return out;
}

void CommandController::updateAll()
{
    m_context.online = m_session.isOnline();
    m_context.role = m_session.user().role;
    m_commands.removeIf([](const QPointer<Command> &c) { return c.isNull(); });
    for (const auto &c : std::as_const(m_commands))
        c->update(m_context);
}

} // namespace panorama
