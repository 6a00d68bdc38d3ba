// panorama-server entry point. The sync issue fills in the HTTP API; for now it reports its version.
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"panorama-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PANORAMA_VERSION));
    QTextStream out(stdout);
    out << u"panorama-server "_s << QCoreApplication::applicationVersion() << u'\n';
    return 0;
}
