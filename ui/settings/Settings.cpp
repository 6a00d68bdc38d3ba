#include "ui/settings/Settings.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {
QString defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"panorama.ini"_s);
}
} // namespace

Settings::Settings(const QString &path, QObject *parent)
    : QObject(parent),
      m_settings(std::make_unique<QSettings>(path.isEmpty() ? defaultPath() : path, QSettings::IniFormat))
{}

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::temporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto s = std::make_unique<Settings>(dir->filePath(u"panorama.ini"_s));
    s->m_tempDir = std::move(dir);
    return s;
}

void Settings::write(const QString &name, const QVariant &value, Key key)
{
    if (m_settings->value(name) == value)
        return;
    m_settings->setValue(name, value);
    m_settings->sync();
    Q_EMIT changed(key);
}

QUrl Settings::server() const
{
    return QUrl(m_settings->value(u"server/url"_s, u"http://127.0.0.1:8765"_s).toString());
}

void Settings::setServer(const QUrl &url)
{
    write(u"server/url"_s, url.toString(), Key::Server);
}

QString Settings::language() const
{
    const QString l = m_settings->value(u"ui/language"_s).toString();
    return languages().contains(l) ? l : QString();
}

void Settings::setLanguage(const QString &language)
{
    write(u"ui/language"_s, languages().contains(language) ? language : QString(), Key::Language);
}

QStringList Settings::languages()
{
    return {u"en"_s, u"zh_CN"_s};
}

Settings::Theme Settings::theme() const
{
    const QString t = m_settings->value(u"ui/theme"_s).toString();
    if (t == u"light"_s)
        return Theme::Light;
    if (t == u"dark"_s)
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    const QString name = theme == Theme::Light ? u"light"_s : theme == Theme::Dark ? u"dark"_s : u"system"_s;
    write(u"ui/theme"_s, name, Key::Theme);
}

int Settings::fontPointSize() const
{
    const int pt = m_settings->value(u"ui/fontPointSize"_s, 0).toInt();
    return pt >= 8 && pt <= 24 ? pt : 0;
}

void Settings::setFontPointSize(int points)
{
    write(u"ui/fontPointSize"_s, points >= 8 && points <= 24 ? points : 0, Key::FontSize);
}

QString Settings::account() const
{
    return m_settings->value(u"server/account"_s).toString();
}

void Settings::setAccount(const QString &account)
{
    write(u"server/account"_s, account, Key::Account);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

QByteArray Settings::windowState() const
{
    return m_settings->value(u"window/state"_s).toByteArray();
}

void Settings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(u"window/geometry"_s, geometry);
    write(u"window/state"_s, state, Key::Layout);
}

} // namespace panorama
