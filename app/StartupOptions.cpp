#include "app/StartupOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace panorama {

QString StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("main", "Panorama customer-service workstation"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption demo(u"demo-data"_s,
                                  QCoreApplication::translate("main", "Work on a local demo cache imported from the "
                                                                      "JSON Lines files in DIR (no server)."),
                                  u"DIR"_s);
    const QCommandLineOption demoCacheOption(
        u"demo-cache"_s,
        QCoreApplication::translate("main", "Work on an existing encrypted demo cache FILE (its key, in hex, in the "
                                            "environment variable PANORAMA_DEMO_KEY; no server)."),
        u"FILE"_s);
    const QCommandLineOption as(
        u"as"_s, QCoreApplication::translate("main", "With --demo-data: act as this staff user."), u"USER"_s);
    const QCommandLineOption lang(u"lang"_s, QCoreApplication::translate("main", "Language: en or zh_CN."), u"LANG"_s);
    const QCommandLineOption themeOption(
        u"theme"_s, QCoreApplication::translate("main", "Theme: light, dark or system."), u"THEME"_s);
    const QCommandLineOption shots(u"screenshot"_s,
                                   QCoreApplication::translate("main", "Save the documentation screenshots into DIR "
                                                                       "and quit."),
                                   u"DIR"_s);
    const QCommandLineOption settings(u"settings"_s, QCoreApplication::translate("main", "Use this settings file."),
                                      u"FILE"_s);
    const QCommandLineOption serverOption(u"server"_s, QCoreApplication::translate("main", "The server's URL."),
                                          u"URL"_s);
    const QCommandLineOption profiles(
        u"profiles"_s, QCoreApplication::translate("main", "Keep the encrypted profiles in DIR."), u"DIR"_s);
    const QCommandLineOption bench(u"bench-startup"_s,
                                   QCoreApplication::translate("main", "Print the milliseconds from process start to "
                                                                       "an interactive window and quit."));
    const QCommandLineOption user(
        u"user"_s, QCoreApplication::translate("main", "Sign in as USER at once (with --password-stdin)."), u"USER"_s);
    const QCommandLineOption passwordStdin(
        u"password-stdin"_s,
        QCoreApplication::translate("main", "Read the password from the first line of standard input. Where the "
                                            "machine has no keychain, the cache passphrase comes from the "
                                            "environment variable PANORAMA_PROFILE_PASSPHRASE."));
    p.addOptions({demo, demoCacheOption, as, lang, themeOption, shots, settings, serverOption, profiles, bench, user,
                  passwordStdin});
    if (!p.parse(arguments))
        return p.errorText();
    if (p.isSet(u"help"_s))
        return u"help"_s;
    if (p.isSet(u"version"_s))
        return u"version"_s;
    demoData = p.value(demo);
    demoCache = p.value(demoCacheOption);
    demoUser = p.value(as);
    language = p.value(lang);
    theme = p.value(themeOption);
    screenshots = p.value(shots);
    settingsFile = p.value(settings);
    benchStartup = p.isSet(bench);
    profilesRoot = p.value(profiles);
    account = p.value(user);
    if (p.isSet(passwordStdin)) {
        if (account.isEmpty())
            return QCoreApplication::translate("main", "--password-stdin needs --user");
        QTextStream in(stdin);
        password = in.readLine();
        if (password.isEmpty())
            return QCoreApplication::translate("main", "--password-stdin: no password on standard input");
        passphrase = qEnvironmentVariable("PANORAMA_PROFILE_PASSPHRASE");
    }
    if (p.isSet(serverOption)) {
        server = QUrl::fromUserInput(p.value(serverOption));
        if (!server.isValid() || server.host().isEmpty())
            return QCoreApplication::translate("main", "--server: '%1' is not a server URL").arg(p.value(serverOption));
    }
    if (!demoData.isEmpty() && !QFileInfo(demoData).isDir())
        return QCoreApplication::translate("main", "--demo-data: '%1' is not a directory").arg(demoData);
    if (!language.isEmpty() && language != u"en"_s && language != u"zh_CN"_s)
        return QCoreApplication::translate("main", "--lang: '%1' is not en or zh_CN").arg(language);
    if (!theme.isEmpty() && theme != u"light"_s && theme != u"dark"_s && theme != u"system"_s)
        return QCoreApplication::translate("main", "--theme: '%1' is not light, dark or system").arg(theme);
    if (!demoCache.isEmpty() && !QFileInfo(demoCache).isFile())
        return QCoreApplication::translate("main", "--demo-cache: '%1' is not a file").arg(demoCache);
    if (!demoCache.isEmpty() && qEnvironmentVariable("PANORAMA_DEMO_KEY").size() != 64)
        return QCoreApplication::translate("main", "--demo-cache needs the cache key as 64 hex digits in "
                                                   "PANORAMA_DEMO_KEY");
    if (!screenshots.isEmpty() && demoData.isEmpty() && demoCache.isEmpty())
        return QCoreApplication::translate("main", "--screenshot needs --demo-data or --demo-cache");
    return {};
}

} // namespace panorama
