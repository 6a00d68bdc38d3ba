#pragma once

#include "core/sync/LocalEditor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace panorama {

// Creates a ticket for a customer, optionally for one of their orders: subject, category, priority, channel,
// language, team and a first note. The ticket is written locally and queued for the server.
class NewTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketDialog)
public:
    struct Context
    {
        QString customerId;
        QString customerName;
        QString orderId;
        QString orderNo;
        QString category; // preset, e.g. return_exchange
        QString language; // the customer's
        QStringList teams;
        QString team; // preset
    };

    explicit NewTicketDialog(const Context &context, QWidget *parent = nullptr);

    LocalEditor::NewTicket ticket() const;
    QString firstNote() const;

private:
    Context m_context;
    QLineEdit *m_subject;
    QComboBox *m_category;
    QComboBox *m_priority;
    QComboBox *m_channel;
    QComboBox *m_language;
    QComboBox *m_team;
    QPlainTextEdit *m_note;
    QPushButton *m_create;
};

} // namespace panorama
