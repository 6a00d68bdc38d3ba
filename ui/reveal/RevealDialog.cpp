#include "ui/reveal/RevealDialog.h"

#include "models/Display.h"
#include "ui/settings/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {
constexpr int kMinReason = 4;
}

RevealDialog::RevealDialog(AgentSession &session, Target target, QWidget *parent)
    : QDialog(parent), m_session(session), m_target(std::move(target)), m_reason(new QComboBox(this)),
      m_details(new QLineEdit(this)), m_status(new QLabel(this)), m_value(new QLabel(this)),
      m_countdown(new QLabel(this)), m_buttons(new QDialogButtonBox(this)), m_timer(new QTimer(this))
{
    setObjectName(u"revealDialog"_s);
    setWindowTitle(tr("Reveal %1").arg(m_target.label));
    setMinimumWidth(460);

    auto *intro = new QLabel(tr("<b>%1</b>: %2<br>Say why you need the full value. The server checks the request "
                                "and records who asked, when and why; the value is shown for a limited time.")
                                 .arg(m_target.label.toHtmlEscaped(), m_target.masked.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_reason->setObjectName(u"revealReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    m_reason->addItem(tr("Call the customer back"), u"Call the customer back"_s);
    m_reason->addItem(tr("Confirm the delivery contact with the customer"),
                      u"Confirm the delivery contact with the customer"_s);
    m_reason->addItem(tr("Book a carrier pickup for a return"), u"Book a carrier pickup for a return"_s);
    m_reason->addItem(tr("Verify the customer's identity"), u"Verify the customer's identity"_s);
    m_reason->addItem(tr("Other (explain below)"), u"other"_s);
    m_details->setObjectName(u"revealDetails"_s);
    m_details->setAccessibleName(tr("Reason details"));
    m_details->setPlaceholderText(tr("Details, e.g. the ticket number (required for \"Other\")"));
    m_details->setMaxLength(300);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Details:"), m_details);

    m_status->setObjectName(u"revealStatus"_s);
    m_status->setWordWrap(true);
    m_value->setObjectName(u"revealValue"_s);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_value->setProperty("role", u"revealed"_s);
    m_value->hide();
    m_countdown->setObjectName(u"revealCountdown"_s);
    m_countdown->hide();

    m_reveal = m_buttons->addButton(tr("Re&veal"), QDialogButtonBox::AcceptRole);
    m_reveal->setObjectName(u"revealButton"_s);
    m_reveal->setDefault(true);
    m_copy = m_buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"revealCopy"_s);
    m_copy->hide();
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_reveal, &QPushButton::clicked, this, &RevealDialog::request);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_outcome.value); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_value);
    layout->addWidget(m_countdown);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_reason, &QComboBox::currentIndexChanged, this, &RevealDialog::updateState);
    connect(m_details, &QLineEdit::textChanged, this, &RevealDialog::updateState);
    connect(&m_session, &AgentSession::connectionChanged, this, &RevealDialog::updateState);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &RevealDialog::tick);
    updateState();
    m_reason->setFocus();
}

RevealDialog::~RevealDialog() = default;

QString RevealDialog::reason() const
{
    const QString preset = m_reason->currentData().toString();
    const QString details = m_details->text().trimmed();
    if (preset.isEmpty())
        return details;
    if (preset == u"other"_s)
        return details;
    return details.isEmpty() ? preset : preset + u": "_s + details;
}

void RevealDialog::updateState()
{
    if (m_outcome.granted)
        return;
    const bool online = m_session.isOnline();
    const bool reasonOk = reason().size() >= kMinReason;
    m_reveal->setEnabled(online && reasonOk && !m_waiting);
    if (!online) {
        m_status->setText(tr("You are offline. Revealing needs the server, which checks and records every request; "
                             "the value stays masked until you are back online."));
        m_status->setStyleSheet(u"color: %1;"_s.arg(Theme::danger().name()));
    } else if (m_waiting) {
        m_status->setText(tr("Asking the server…"));
        m_status->setStyleSheet({});
    } else if (!m_outcome.error.isEmpty()) {
        m_status->setText(m_outcome.error);
        m_status->setStyleSheet(u"color: %1;"_s.arg(Theme::danger().name()));
    } else {
        m_status->setText(reasonOk ? QString() : tr("A reason is required."));
        m_status->setStyleSheet({});
    }
}

void RevealDialog::request()
{
    if (!m_reveal->isEnabled())
        return;
    m_waiting = true;
    m_outcome = {};
    updateState();
    QPointer<RevealDialog> self(this);
    m_session.reveal(m_target.table, m_target.rowId, m_target.field, reason(), [self](const RevealOutcome &o) {
        if (self)
            self->showOutcome(o);
    });
}

void RevealDialog::showOutcome(const RevealOutcome &outcome)
{
    m_waiting = false;
    m_outcome = outcome;
    if (outcome.granted) {
        m_reason->setEnabled(false);
        m_details->setEnabled(false);
        m_reveal->hide();
        m_copy->show();
        m_status->setText(tr("Granted. This view is recorded in the audit log."));
        m_status->setStyleSheet(u"color: %1;"_s.arg(Theme::success().name()));
        m_value->setText(outcome.value);
        m_value->setAccessibleName(tr("Revealed value: %1").arg(outcome.value));
        m_value->show();
        m_countdown->show();
        tick();
        m_timer->start();
        m_buttons->button(QDialogButtonBox::Close)->setFocus();
        Q_EMIT revealed(outcome);
        return;
    }
    if (outcome.pending && outcome.error.isEmpty())
        m_outcome.error = tr("The request waits for a supervisor's approval (payment data). You will see the value "
                             "here once it is approved.");
    updateState();
}

void RevealDialog::tick()
{
    const qint64 left = (m_outcome.expiresAt - QDateTime::currentMSecsSinceEpoch()) / 1000;
    if (left <= 0) {
        m_timer->stop();
        m_value->setText(m_target.masked);
        m_countdown->setText(tr("The grant has expired; the value is masked again."));
        m_copy->setEnabled(false);
        return;
    }
    m_countdown->setText(tr("Visible until %1 (%2:%3 left)")
                             .arg(QDateTime::fromMSecsSinceEpoch(m_outcome.expiresAt).toString(u"HH:mm:ss"_s))
                             .arg(left / 60)
                             .arg(left % 60, 2, 10, QChar(u'0')));
}

} // namespace panorama
