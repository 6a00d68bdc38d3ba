#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace panorama {

// Where the agent writes: a reply to the customer or an internal note (visibly different), with quick replies
// and Ctrl+Enter to send. Emits what to send; the ticket view hands it to the session.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)
public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void clear();
    void insertText(const QString &text);
    bool isInternal() const;
    void setInternal(bool internal);
    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    void setBusy(bool busy);
    // A reason not to send (a critical quality finding); "" allows sending again.
    void setBlocked(const QString &reason);

Q_SIGNALS:
    void sendRequested(const QString &text, const QString &visibility);
    void quickReplyRequested();
    void modeChanged();

private:
    void updateMode();
    void updateSend();

    QRadioButton *m_reply;
    QRadioButton *m_note;
    QPlainTextEdit *m_edit;
    QPushButton *m_quick;
    QPushButton *m_send;
    QLabel *m_hint;
    QString m_blocked;
    bool m_busy = false;
};

} // namespace panorama
