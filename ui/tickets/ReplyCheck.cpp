#include "ui/tickets/ReplyCheck.h"

#include "core/qa/QaEngine.h"
#include "models/QaAlertEdits.h"
#include "ui/AgentSession.h"
#include "ui/settings/Theme.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

qa::QaMessage::Role roleOf(const QString &kind)
{
    if (kind == u"agent"_s)
        return qa::QaMessage::Role::Agent;
    if (kind == u"system"_s)
        return qa::QaMessage::Role::System;
    return qa::QaMessage::Role::Customer;
}

QColor colourOf(qa::Severity s)
{
    return s == qa::Severity::Critical  ? Theme::danger()
           : s == qa::Severity::Warning ? Theme::warning()
                                        : Theme::muted();
}

bool inDraft(const qa::QaFinding &f)
{
    return f.messageIndex < 0 && f.start >= 0 && f.length > 0;
}

// Asks why the agent sends a reply the rules warn about; the reason goes to the supervisors with the alert.
QString askOverrideReason(QWidget *parent, const QList<qa::QaFinding> &warnings)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"qaOverrideDialog"_s);
    dialog.setWindowTitle(ReplyCheck::tr("Send despite the warning?"));
    auto *layout = new QVBoxLayout(&dialog);
    QString text = ReplyCheck::tr("The reply breaks these rules:");
    for (const qa::QaFinding &f : warnings)
        text += u"\n• "_s + f.message;
    text += u"\n\n"_s + ReplyCheck::tr("Say why it is right to send it as it is. Your supervisor sees the reason.");
    auto *label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    auto *reason = new QPlainTextEdit(&dialog);
    reason->setObjectName(u"qaOverrideReason"_s);
    reason->setAccessibleName(ReplyCheck::tr("Reason for sending anyway"));
    reason->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(ReplyCheck::tr("Send anyway"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(ReplyCheck::tr("Back to the reply"));
    QObject::connect(reason, &QPlainTextEdit::textChanged, &dialog, [reason, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason->toPlainText().trimmed().isEmpty());
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(reason);
    layout->addWidget(buttons);
    reason->setFocus();
    return dialog.exec() == QDialog::Accepted ? reason->toPlainText().trimmed() : QString();
}

} // namespace

ReplyCheck::ReplyCheck(QWidget *parent) : QWidget(parent), m_list(new QLabel(this))
{
    setObjectName(u"replyCheck"_s);
    m_list->setObjectName(u"replyCheckFindings"_s);
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setProperty("role", u"check"_s);
    m_list->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto engine = std::make_unique<qa::QaEngine>();
    QString error;
    // Without the shipped rules there is nothing honest to check against: the panel stays hidden.
    if (engine->loadDefaultRules().ok) {
        engine->loadDefaultOffensiveModel(&error); // optional: the rules work without the classifier
        m_engine = std::move(engine);
    }
    connect(m_list, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"fix:"_s))
            applySuggestion(link.mid(4).toInt());
    });
    hide();
}

ReplyCheck::~ReplyCheck() = default;

void ReplyCheck::attach(QPlainTextEdit *editor)
{
    m_editor = editor;
    editor->viewport()->installEventFilter(this);
}

void ReplyCheck::setContext(Context context)
{
    m_context = std::move(context);
    checkNow();
}

void ReplyCheck::setDraft(const QString &draft, bool internal)
{
    m_draft = draft;
    m_internal = internal;
    checkNow(); // every keystroke: a check costs a fraction of a millisecond
}

QString ReplyCheck::blockReason() const
{
    return blocksSending() ? tr("Fix the critical finding before sending (listed above the reply).") : QString();
}

void ReplyCheck::checkNow()
{
    const bool wasBlocked = blocksSending();
    m_result = {};
    if (!m_engine || m_internal || m_draft.trimmed().isEmpty()) {
        hide();
        underline();
        if (wasBlocked)
            Q_EMIT blockingChanged(false);
        return;
    }
    qa::QaContext ctx;
    ctx.now = QDateTime::fromMSecsSinceEpoch(m_context.nowMs);
    ctx.channel = m_context.ticket.channel == u"chat"_s ? u"chat"_s : u"ticket"_s;
    if (!m_context.customerTier.isEmpty())
        ctx.customerTier = m_context.customerTier;
    if (m_context.order) {
        const OrderDetail &o = *m_context.order;
        ctx.orderId = o.order.orderNo;
        ctx.orderStatus = o.order.status;
        if (!o.items.isEmpty())
            ctx.category = o.items.first().category;
        if (!o.shipments.isEmpty()) {
            const ShipmentRecord &s = o.shipments.last();
            ctx.shipmentState = s.status;
            ctx.trackingNumber = s.trackingNo;
            if (s.deliveredAt > 0)
                ctx.deliveredAt = QDateTime::fromMSecsSinceEpoch(s.deliveredAt);
        }
    }
    for (const TicketMessageRecord &m : std::as_const(m_context.messages)) {
        if (m.visibility == u"public"_s)
            ctx.messages << qa::QaMessage{roleOf(m.authorKind), m.body, QDateTime::fromMSecsSinceEpoch(m.createdAt)};
    }
    m_result = m_engine->check(m_draft, ctx);
    if (m_result.findings.isEmpty()) {
        hide();
    } else {
        QString html;
        for (int i = 0; i < m_result.findings.size(); ++i) {
            const qa::QaFinding &f = m_result.findings.at(i);
            html += u"<p style='margin:2px 0'><span style='color:%1'>●</span> %2"_s.arg(colourOf(f.severity).name(),
                                                                                        f.message.toHtmlEscaped());
            if (inDraft(f) && (!f.suggestion.isEmpty() || f.kind == qa::RuleKind::Sensitive))
                html += u" <a href='fix:%1'>%2</a>"_s.arg(i).arg(f.kind == qa::RuleKind::Sensitive
                                                                     ? tr("Mask the number").toHtmlEscaped()
                                                                     : tr("Use compliant wording").toHtmlEscaped());
            if (!f.suggestion.isEmpty())
                html += u"<br><span style='color:%1'>%2 %3</span>"_s.arg(
                    Theme::muted().name(), tr("Say instead:").toHtmlEscaped(), f.suggestion.toHtmlEscaped());
            html += u"</p>"_s;
        }
        m_list->setText(html);
        m_list->setAccessibleName(tr("%n quality finding(s) in the reply", nullptr, findingCount()));
        show();
    }
    underline();
    if (wasBlocked != blocksSending())
        Q_EMIT blockingChanged(blocksSending());
}

void ReplyCheck::underline()
{
    if (!m_editor)
        return;
    QList<QTextEdit::ExtraSelection> marks;
    const QString text = m_editor->toPlainText();
    for (const qa::QaFinding &f : std::as_const(m_result.findings)) {
        if (!inDraft(f) || f.start + f.length > text.size() || text != m_draft)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_editor->document());
        mark.cursor.setPosition(int(f.start));
        mark.cursor.setPosition(int(f.start + f.length), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(colourOf(f.severity));
        mark.format.setToolTip(explainAt(int(f.start)));
        marks << mark;
    }
    m_editor->setExtraSelections(marks);
}

QString ReplyCheck::explainAt(int position) const
{
    QStringList parts;
    for (const qa::QaFinding &f : m_result.findings) {
        if (!inDraft(f) || position < f.start || position >= f.start + f.length)
            continue;
        QString part = u"<b>%1</b>"_s.arg(f.message.toHtmlEscaped());
        if (!f.reason.isEmpty())
            part += u"<br>"_s + tr("Why: %1").arg(f.reason).toHtmlEscaped();
        if (!f.policy.isEmpty())
            part += u"<br>"_s + tr("Policy: %1").arg(f.policy).toHtmlEscaped();
        if (!f.suggestion.isEmpty())
            part += u"<br>"_s + tr("Say instead: %1").arg(f.suggestion).toHtmlEscaped();
        parts << part;
    }
    return parts.join(u"<hr>"_s);
}

bool ReplyCheck::eventFilter(QObject *watched, QEvent *event)
{
    if (m_editor && watched == m_editor->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = explainAt(m_editor->cursorForPosition(help->pos()).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_editor->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool ReplyCheck::applySuggestion(int findingIndex)
{
    if (!m_editor || findingIndex < 0 || findingIndex >= m_result.findings.size())
        return false;
    const qa::QaFinding f = m_result.findings.at(findingIndex);
    if (!inDraft(f) || m_editor->toPlainText() != m_draft)
        return false;
    const QString replacement =
        f.kind == qa::RuleKind::Sensitive ? m_result.maskedText.mid(f.start, f.length) : f.suggestion;
    if (replacement.isEmpty())
        return false;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(f.start));
    cursor.setPosition(int(f.start + f.length), QTextCursor::KeepAnchor);
    cursor.insertText(replacement); // one undo step; textChanged re-checks
    return true;
}

QList<qa::QaFinding> ReplyCheck::warnings() const
{
    QList<qa::QaFinding> out;
    if (m_internal)
        return out;
    for (const qa::QaFinding &f : m_result.findings) {
        if (f.severity == qa::Severity::Warning && inDraft(f)) // words the agent wrote, not the conversation's state
            out << f;
    }
    return out;
}

bool ReplyCheck::confirmOverride()
{
    m_override.reset();
    const QList<qa::QaFinding> found = warnings();
    if (found.isEmpty())
        return true;
    const QString reason = askOverrideReason(this, found);
    if (reason.isEmpty())
        return false;
    qsizetype leading = 0;
    while (leading < m_draft.size() && m_draft.at(leading).isSpace())
        ++leading;
    m_override = PendingOverride{reason, found, leading, m_result.rulesVersion};
    return true;
}

void ReplyCheck::recordOverride(const TicketRecord &ticket, const QString &messageId, AgentSession &session)
{
    if (!m_override)
        return;
    const PendingOverride pending = *std::exchange(m_override, std::nullopt);
    const SessionUser me = session.user();
    const qint64 now = m_context.nowMs > 0 ? m_context.nowMs : QDateTime::currentMSecsSinceEpoch();
    QStringList rules;
    for (const qa::QaFinding &f : pending.findings) {
        QaAlertEdits::Override o{messageId,
                                 ticket.id,
                                 me.id,
                                 me.team.isEmpty() ? ticket.team : me.team,
                                 f.ruleId,
                                 qa::toString(f.kind),
                                 qa::toString(f.severity),
                                 pending.rulesVersion,
                                 pending.reason,
                                 f.start - pending.leading,
                                 {{u"message"_s, f.message},
                                  {u"policy"_s, f.policy},
                                  {u"reason"_s, f.reason},
                                  {u"excerpt"_s, f.excerpt},
                                  {u"start"_s, int(f.start - pending.leading)},
                                  {u"length"_s, int(f.length)}}};
        session.editCache([o, now](Database &db) { return QaAlertEdits::raiseOverride(db, o, now); }, {u"qa_alerts"_s},
                          [](const QString &, const QString &) {});
        rules << f.message;
    }
    // The reason travels with the ticket (synced and audited like every note) for the supervisor who reviews it.
    session.addMessage(ticket.id,
                       tr("Sent despite a quality warning (%1). Reason: %2").arg(rules.join(u"; "_s), pending.reason),
                       u"internal"_s, [](const QString &, const QString &) {});
}

} // namespace panorama
