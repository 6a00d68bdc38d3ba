#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace panorama {

// Sign-in: server, user name, password, and (only when the machine has no keychain) the passphrase that protects
// the local cache. It only collects and shows; the composition root opens the profile and talks to the server,
// then reports back through setBusy()/showError(). "Work offline" opens the cache without contacting the server.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    void setAccount(const QString &account);
    QUrl server() const;
    QString account() const;
    QString password() const;
    QString passphrase() const;
    // Fills in what a non-interactive start was given (panorama --user … --password-stdin).
    void setSecrets(const QString &password, const QString &passphrase);
    // Shows the passphrase field with a reason (no keychain, or a passphrase profile).
    void askPassphrase(const QString &why);
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &message);
    void setOfflineAvailable(bool available);

Q_SIGNALS:
    void signInRequested();
    void offlineRequested();

private:
    void updateButtons();

    QLineEdit *m_server;
    QLineEdit *m_account;
    QLineEdit *m_password;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_status;
    QPushButton *m_signIn;
    QPushButton *m_offline;
    bool m_busy = false;
};

} // namespace panorama
