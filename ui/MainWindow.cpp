#include "ui/MainWindow.h"

#include <QLabel>

namespace panorama {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Panorama"));
    auto *placeholder = new QLabel(tr("Panorama workstation"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1280, 800);
}

} // namespace panorama
