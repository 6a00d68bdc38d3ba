#include "ui/tickets/ReplyCheck.h"

#include "core/qa/QaEngine.h"
#include "ui/settings/Theme.h"

#include <QDateTime>
#include <QLabel>
#include <QTimer>
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

} // namespace

ReplyCheck::ReplyCheck(QWidget *parent) : QWidget(parent), m_list(new QLabel(this)), m_delay(new QTimer(this))
{
    setObjectName(u"replyCheck"_s);
    m_list->setObjectName(u"replyCheckFindings"_s);
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setProperty("role", u"check"_s);
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
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &ReplyCheck::checkNow);
    hide();
}

ReplyCheck::~ReplyCheck() = default;

void ReplyCheck::setContext(Context context)
{
    m_context = std::move(context);
    checkNow();
}

void ReplyCheck::setDraft(const QString &draft, bool internal)
{
    m_draft = draft;
    m_internal = internal;
    m_delay->start();
}

QString ReplyCheck::blockReason() const
{
    return m_blocked ? tr("Fix the critical finding before sending (listed above the reply).") : QString();
}

void ReplyCheck::checkNow()
{
    m_delay->stop();
    const bool wasBlocked = m_blocked;
    m_blocked = false;
    m_findings = 0;
    if (!m_engine || m_internal || m_draft.trimmed().isEmpty()) {
        hide();
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
    const qa::QaCheckResult r = m_engine->check(m_draft, ctx);
    m_findings = int(r.findings.size());
    m_blocked = r.blocked;
    if (r.findings.isEmpty()) {
        hide();
    } else {
        QString html;
        for (const qa::QaFinding &f : r.findings) {
            const QColor colour = f.severity == qa::Severity::Critical  ? Theme::danger()
                                  : f.severity == qa::Severity::Warning ? Theme::warning()
                                                                        : Theme::muted();
            html += u"<p style='margin:2px 0'><span style='color:%1'>●</span> %2"_s.arg(colour.name(),
                                                                                        f.message.toHtmlEscaped());
            if (!f.suggestion.isEmpty())
                html += u"<br><span style='color:%1'>%2 %3</span>"_s.arg(
                    Theme::muted().name(), tr("Say instead:").toHtmlEscaped(), f.suggestion.toHtmlEscaped());
            html += u"</p>"_s;
        }
        m_list->setText(html);
        m_list->setAccessibleName(tr("%n quality finding(s) in the reply", nullptr, m_findings));
        show();
    }
    if (wasBlocked != m_blocked)
        Q_EMIT blockingChanged(m_blocked);
}

} // namespace panorama
