#pragma once

// Runs the real panoramactl binary for the qa and route command tests: arguments, standard input, exit code and
// both output streams.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace panorama::testing {

struct CtlRun
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline CtlRun panoramactl(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(PANORAMACTL), args);
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000))
        qFatal("panoramactl did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace panorama::testing
