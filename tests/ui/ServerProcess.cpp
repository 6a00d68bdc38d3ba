#include "tests/ui/ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace panorama {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::executable()
{
    return QStringLiteral(PANORAMA_BINARY_DIR) + u"/server/panorama-server"_s;
}

QString ServerProcess::admin(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    p.start(executable(), QStringList{u"--data"_s, dataDir()} + args);
    if (!p.waitForStarted(30000))
        return u"cannot start %1: %2"_s.arg(executable(), p.errorString());
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(600000))
        return u"admin command %1 did not finish"_s.arg(args.join(u' '));
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
    return {};
}

QString ServerProcess::start(const QStringList &extraArgs)
{
    const QString portFile = m_dir.filePath(u"port"_s);
    QFile::remove(portFile);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(executable(), QStringList{u"--data"_s, dataDir(), u"--listen"_s, u"127.0.0.1:0"_s, u"--port-file"_s,
                                              portFile, u"--threads"_s, u"2"_s} +
                                      extraArgs);
    if (!m_process.waitForStarted(30000))
        return u"cannot start %1: %2"_s.arg(executable(), m_process.errorString());
    // The server writes the bound port once it listens.
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            const int port = f.readAll().trimmed().toInt();
            if (port > 0) {
                m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
                return {};
            }
        }
        if (m_process.state() == QProcess::NotRunning)
            return u"the server exited: %1"_s.arg(QString::fromUtf8(m_process.readAllStandardOutput()));
        m_process.waitForReadyRead(100);
    }
    return u"the server did not report its port in time"_s;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace panorama
