#pragma once

#include "ui/AgentSession.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace panorama {

// Asks for the reason to see a masked value, sends the request to the server (which checks it and writes the
// audit record), then shows the value until the grant expires. Offline it refuses clearly: nothing is revealed
// without the server.
class RevealDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevealDialog)
public:
    struct Target
    {
        QString table; // identities, addresses, orders
        QString rowId;
        QString field; // value, phone, line, payment_last4
        QString label; // what the agent sees: "Phone (web shop)"
        QString masked;
    };

    RevealDialog(AgentSession &session, Target target, QWidget *parent = nullptr);
    ~RevealDialog() override;

    const RevealOutcome &outcome() const { return m_outcome; }
    // The reason as it will be sent (a preset or the agent's own words).
    QString reason() const;

Q_SIGNALS:
    void revealed(const panorama::RevealOutcome &outcome);

private:
    void updateState();
    void request();
    void showOutcome(const RevealOutcome &outcome);
    void tick();

    AgentSession &m_session;
    Target m_target;
    RevealOutcome m_outcome;
    bool m_waiting = false;
    QComboBox *m_reason;
    QLineEdit *m_details;
    QLabel *m_status;
    QLabel *m_value;
    QLabel *m_countdown;
    QDialogButtonBox *m_buttons;
    QPushButton *m_reveal;
    QPushButton *m_copy;
    QTimer *m_timer;
};

} // namespace panorama
