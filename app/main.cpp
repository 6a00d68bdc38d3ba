// panorama: composition root of the workstation.
#include "ui/MainWindow.h"

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Panorama"_s);
    QApplication::setOrganizationName(u"Panorama"_s);
    QApplication::setApplicationVersion(QStringLiteral(PANORAMA_VERSION));
    panorama::MainWindow window;
    window.show();
    return QApplication::exec();
}
