#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace panorama::cli {

// Exit codes shared by every subcommand.
enum ExitCode : int
{
    Ok = 0,
    Failure = 1,
    Usage = 2
};

// What a subcommand receives: its own arguments (after the group name) and the global options.
struct CliContext
{
    QStringList args;   // e.g. for `panoramactl size recommend --height 172`: {"recommend", "--height", "172"}
    QString profileDir; // --profile DIR
    QString serverUrl;  // --server URL
    bool json = false;  // --json (global or per command)
    QTextStream &out;
    QTextStream &err;

    // Prints a JSON document (indented) followed by a newline on standard output.
    void printJson(const QJsonDocument &doc) const;
    void printJson(const QJsonObject &obj) const { printJson(QJsonDocument(obj)); }
    // Prints "panoramactl: <message>" on standard error and returns Failure.
    int fail(const QString &message) const;
    // Prints a usage line on standard error and returns Usage.
    int usage(const QString &text) const;
};

} // namespace panorama::cli
