#pragma once

#include "core/domain/CustomerRecords.h"
#include "core/qa/QaResult.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;

namespace panorama {

class AgentSession;

namespace qa {
class QaEngine;
}

// Checks a reply against the quality rules on every change as the agent types (promises nobody may make, phrases
// to avoid, sensitive numbers, offensive language): the findings are underlined in the editor (tooltip: the
// reason and the policy line) and listed with a one-click compliant rewording. A critical finding blocks sending
// until the text is fixed; sending past a warning asks for a reason and raises an alert for the supervisors.
// Internal notes are not checked. Runs on the GUI thread: a check takes well under a millisecond.
class ReplyCheck final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyCheck)
public:
    explicit ReplyCheck(QWidget *parent = nullptr);
    ~ReplyCheck() override;

    struct Context
    {
        TicketRecord ticket;
        std::optional<OrderDetail> order;
        QString customerTier;
        QList<TicketMessageRecord> messages;
        qint64 nowMs = 0;
    };
    void setContext(Context context);
    // The editor whose text is underlined and reworded.
    void attach(QPlainTextEdit *editor);
    // Checks `draft` now; internal notes clear the findings.
    void setDraft(const QString &draft, bool internal);
    void checkNow();
    bool blocksSending() const { return m_result.blocked && !m_internal; }
    QString blockReason() const;
    int findingCount() const { return int(m_result.findings.size()); }
    const qa::QaCheckResult &result() const { return m_result; }
    bool available() const { return m_engine != nullptr; }
    // Replaces the finding's words in the editor with the compliant wording (masked digits for sensitive data).
    bool applySuggestion(int findingIndex);
    // Warnings in the draft that sending would override.
    QList<qa::QaFinding> warnings() const;
    // Before a reply is sent: true when there is no warning, or the agent gave a reason to send it anyway. False:
    // the agent went back to the text.
    bool confirmOverride();
    // After the reply was saved as `messageId`: each overridden warning becomes an open alert on this workstation
    // (the server raises the same alert from the synced reply) and the reason an internal note on the ticket.
    void recordOverride(const TicketRecord &ticket, const QString &messageId, AgentSession &session);
    // What the tooltip says about the text at `position` of the draft ("" : no finding there).
    QString explainAt(int position) const;

Q_SIGNALS:
    void blockingChanged(bool blocked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void underline();

    std::unique_ptr<qa::QaEngine> m_engine;
    Context m_context;
    QString m_draft;
    bool m_internal = false;
    qa::QaCheckResult m_result;
    struct PendingOverride
    {
        QString reason;
        QList<qa::QaFinding> findings;
        qsizetype leading = 0; // whitespace trimmed off the front of the reply when it was sent
        QString rulesVersion;
    };
    std::optional<PendingOverride> m_override;
    QLabel *m_list;
    QPointer<QPlainTextEdit> m_editor;
};

} // namespace panorama
