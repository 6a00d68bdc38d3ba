#pragma once

#include "core/domain/CustomerRecords.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTimer;

namespace panorama {

namespace qa {
class QaEngine;
}

// Checks a reply against the quality rules as the agent types (promises nobody may make, phrases to avoid,
// sensitive numbers, offensive language) and lists what it found with the compliant wording. A critical finding
// blocks sending until the text is fixed. Internal notes are not checked. Runs on the GUI thread: a check takes
// well under a millisecond.
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
    // Checks `draft` (after a short pause in typing); internal notes clear the findings.
    void setDraft(const QString &draft, bool internal);
    void checkNow();
    bool blocksSending() const { return m_blocked; }
    QString blockReason() const;
    int findingCount() const { return m_findings; }
    bool available() const { return m_engine != nullptr; }

Q_SIGNALS:
    void blockingChanged(bool blocked);

private:
    std::unique_ptr<qa::QaEngine> m_engine;
    Context m_context;
    QString m_draft;
    bool m_internal = false;
    bool m_blocked = false;
    int m_findings = 0;
    QLabel *m_list;
    QTimer *m_delay;
};

} // namespace panorama
