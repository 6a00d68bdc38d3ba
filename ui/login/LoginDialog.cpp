#include "ui/login/LoginDialog.h"

#include "ui/settings/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent), m_server(new QLineEdit(this)), m_account(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_passphraseLabel(new QLabel(tr("Cache &passphrase:"), this)), m_passphrase(new QLineEdit(this)),
      m_status(new QLabel(this)), m_signIn(new QPushButton(tr("&Sign in"), this)),
      m_offline(new QPushButton(tr("Work &offline"), this))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Sign in to Panorama"));
    setMinimumWidth(460);
    m_server->setObjectName(u"loginServer"_s);
    m_server->setPlaceholderText(u"https://panorama.example.com"_s);
    m_account->setObjectName(u"loginAccount"_s);
    m_password->setObjectName(u"loginPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(u"loginPassphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_passphraseLabel->hide();
    m_passphrase->hide();
    m_status->setObjectName(u"loginStatus"_s);
    m_status->setWordWrap(true);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    m_offline->setObjectName(u"offlineButton"_s);
    m_offline->setToolTip(tr("Open this account's local cache without contacting the server"));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/panorama/ui/icons/panorama.svg"_s).pixmap(48, 48));
    auto *title = new QLabel(tr("<b>Panorama</b><br>Lumen &amp; Loom customer service"), this);
    auto *head = new QHBoxLayout;
    head->addWidget(logo);
    head->addWidget(title, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Se&rver:"), m_server);
    form->addRow(tr("&User name:"), m_account);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(m_passphraseLabel, m_passphrase);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_offline, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_signIn->isEnabled())
            Q_EMIT signInRequested();
    });
    connect(m_offline, &QPushButton::clicked, this, &LoginDialog::offlineRequested);
    for (QLineEdit *e : {m_server, m_account, m_password, m_passphrase})
        connect(e, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    updateButtons();
}

void LoginDialog::setServer(const QUrl &server)
{
    m_server->setText(server.toString());
}

void LoginDialog::setAccount(const QString &account)
{
    m_account->setText(account);
    (account.isEmpty() ? m_account : m_password)->setFocus();
}

QUrl LoginDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString LoginDialog::account() const
{
    return m_account->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

QString LoginDialog::passphrase() const
{
    return m_passphrase->text();
}

void LoginDialog::setSecrets(const QString &password, const QString &passphrase)
{
    m_password->setText(password);
    m_passphrase->setText(passphrase);
}

void LoginDialog::askPassphrase(const QString &why)
{
    m_passphraseLabel->show();
    m_passphrase->show();
    m_passphrase->setFocus();
    showError(why);
}

void LoginDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_status->setStyleSheet({});
    m_status->setText(status);
    for (QLineEdit *e : {m_server, m_account, m_password, m_passphrase})
        e->setEnabled(!busy);
    updateButtons();
}

void LoginDialog::showError(const QString &message)
{
    m_busy = false;
    for (QLineEdit *e : {m_server, m_account, m_password, m_passphrase})
        e->setEnabled(true);
    m_status->setStyleSheet(u"color: %1;"_s.arg(Theme::danger().name()));
    m_status->setText(message);
    updateButtons();
}

void LoginDialog::setOfflineAvailable(bool available)
{
    m_offline->setVisible(available);
}

void LoginDialog::updateButtons()
{
    const bool filled = !m_server->text().trimmed().isEmpty() && !account().isEmpty() && !password().isEmpty() &&
                        (m_passphrase->isHidden() || !passphrase().isEmpty());
    m_signIn->setEnabled(filled && !m_busy);
    m_offline->setEnabled(!m_busy && !account().isEmpty() && (m_passphrase->isHidden() || !passphrase().isEmpty()));
}

} // namespace panorama
