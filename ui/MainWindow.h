#pragma once

#include <QMainWindow>

namespace panorama {

// The workstation's main window: it only assembles the areas (customers, tickets, knowledge, ...).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace panorama
