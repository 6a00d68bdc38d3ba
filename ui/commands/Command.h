#pragma once

#include <QKeySequence>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;

namespace panorama {

// What every command's enablement depends on; the controller keeps it current.
struct CommandContext
{
    bool online = false;
    QString role; // agent, supervisor, store_staff, admin
};

// One user action (reveal, create ticket, send reply, ...) as an object that declares when it may run: it needs
// the server, a role, or a selection/state the owning area reports through `when`. Its QAction carries the text,
// the shortcut and the accessible description; a disabled command says why in its tooltip and status tip.
class Command final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)
public:
    struct Needs
    {
        bool online = false;
        QStringList roles; // empty: any role
    };
    // Returns "" when the area's own condition holds, else why not (shown to the user).
    using Condition = std::function<QString()>;

    Command(const QString &id, const QString &text, const QKeySequence &shortcut, Needs needs, QObject *parent);

    QAction *action() const { return m_action; }
    QString id() const { return m_id; }
    QString group() const { return m_group; }
    void setGroup(const QString &group) { m_group = group; } // heading in the shortcut overlay
    void setCondition(Condition condition) { m_condition = std::move(condition); }
    void setDescription(const QString &description);
    void setHandler(std::function<void()> handler);

    // Re-evaluates enablement; returns the reason it is disabled ("" when enabled).
    QString update(const CommandContext &context);
    // Why the command cannot run right now, or "" (evaluated on demand).
    QString blocker(const CommandContext &context) const;

private:
    QString m_id;
    QString m_group;
    QString m_description;
    Needs m_needs;
    Condition m_condition;
    QAction *m_action;
};

} // namespace panorama
