#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace panorama {

// The real panorama-server for end-to-end tests: a fresh SQLite data directory, demo JSON Lines imported with the
// server's own admin command, one user bound to a staff row, listening on a free loopback port.
class ServerProcess final
{
public:
    ServerProcess();
    ~ServerProcess();

    static QString executable(); // next to the build's other binaries
    // Runs an admin command against the data directory; returns "" or the error output.
    QString admin(const QStringList &args, const QByteArray &stdinData = {});
    // Starts serving; returns "" or why it did not come up.
    QString start(const QStringList &extraArgs = {});
    void stop();
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

} // namespace panorama
