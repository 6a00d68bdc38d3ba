#pragma once

#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace panorama {

// The workstation's typed settings (server, language, theme, font size, window layout) with one change signal.
// Backed by an INI file; temporary() gives tests an instance that never touches the user's file.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Theme)

    enum class Key
    {
        Server,
        Language,
        Theme,
        FontSize,
        Account,
        Layout
    };
    Q_ENUM(Key)

    // path empty: the user's configuration file (QStandardPaths::AppConfigLocation/panorama.ini).
    explicit Settings(const QString &path = {}, QObject *parent = nullptr);
    ~Settings() override;
    static std::unique_ptr<Settings> temporary();

    QUrl server() const;
    void setServer(const QUrl &url);
    // "" follows the system locale; otherwise "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);
    static QStringList languages(); // the choices after "system": en, zh_CN
    Theme theme() const;
    void setTheme(Theme theme);
    int fontPointSize() const; // 0: the system's size
    void setFontPointSize(int points);
    QString account() const; // the last user name, to prefill the login
    void setAccount(const QString &account);
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    QString fileName() const { return m_settings->fileName(); }

Q_SIGNALS:
    void changed(panorama::Settings::Key key);

private:
    void write(const QString &name, const QVariant &value, Key key);

    std::unique_ptr<QTemporaryDir> m_tempDir; // temporary() only
    std::unique_ptr<QSettings> m_settings;
};

} // namespace panorama
