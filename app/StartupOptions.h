#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace panorama {

// What the command line asks of the workstation.
struct StartupOptions
{
    QString demoData;     // a directory of <table>.jsonl files: imported into a temporary encrypted cache
    QString demoCache;    // an existing encrypted demo cache file (key: hex in PANORAMA_DEMO_KEY), e.g. for benchmarks
    QString demoUser;     // local demo mode: the staff user name to act as (default: the busiest agent)
    QString language;     // "en", "zh_CN"; empty: settings, then the system locale
    QString theme;        // "light", "dark", "system"; empty: settings
    QString screenshots;  // take the documentation screenshots into this directory, then quit
    QString settingsFile; // an alternative settings file (tests, screenshots)
    QString profilesRoot; // where encrypted profiles live; empty: the user's application data
    QUrl server;          // overrides the configured server
    QString account;      // --user: sign in as this account without the dialog's input (with a password below)
    QString password;     // read from standard input (--password-stdin); never from the command line
    QString passphrase;   // the cache passphrase where there is no keychain: PANORAMA_PROFILE_PASSPHRASE
    bool benchStartup = false; // print the time to an interactive window, then quit

    // Parses QCoreApplication's arguments; on error returns a message (and "help" for --help).
    QString parse(const QStringList &arguments);
};

} // namespace panorama
