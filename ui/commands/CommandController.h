#pragma once

#include "ui/commands/Command.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace panorama {

class AgentSession;

// Keeps every command's enablement current: on connection changes, on role, and whenever an area says its
// selection changed. Also the registry the shortcut overlay lists.
class CommandController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandController)
public:
    explicit CommandController(AgentSession &session, QObject *parent = nullptr);

    // The command is owned by `owner` (usually the area); the controller forgets it when it is destroyed.
    Command *add(const QString &id, const QString &text, const QKeySequence &shortcut, Command::Needs needs,
                 QObject *owner, const QString &group);
    Command *find(const QString &id) const;
    QList<Command *> commands() const;
    const CommandContext &context() const { return m_context; }

public Q_SLOTS:
    void updateAll();

private:
    AgentSession &m_session;
    CommandContext m_context;
    QList<QPointer<Command>> m_commands;
};

} // namespace panorama
