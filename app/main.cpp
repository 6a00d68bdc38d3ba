// panorama: the workstation executable. All composition happens in Workstation; this only starts it.
#include "app/ScreenshotTour.h"
#include "app/StartupOptions.h"
#include "app/Workstation.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace panorama;

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Panorama"_s);
    QApplication::setOrganizationName(u"Panorama"_s);
    QApplication::setApplicationVersion(QStringLiteral(PANORAMA_VERSION));
    QApplication::setDesktopFileName(u"panorama"_s);

    StartupOptions options;
    const QString problem = options.parse(QApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (problem == u"help"_s || problem == u"version"_s) {
        // QCommandLineParser printed nothing for us (we did not call process()); keep it short.
        out << (problem == u"version"_s
                    ? u"panorama "_s + QApplication::applicationVersion()
                    : u"panorama [--demo-data DIR [--as USER]] [--server URL] [--lang en|zh_CN] "
                      u"[--theme light|dark|system] [--settings FILE] [--profiles DIR] [--screenshot DIR] "
                      u"[--user USER --password-stdin] [--bench-startup]"_s)
            << Qt::endl;
        return 0;
    }
    if (!problem.isEmpty()) {
        err << "panorama: " << problem << Qt::endl;
        return 2;
    }

    Workstation workstation(options);
    int code = 0;
    QObject::connect(&workstation, &Workstation::failed, &app, [&](const QString &message) {
        if (!message.isEmpty())
            err << "panorama: " << message << Qt::endl;
        code = message.isEmpty() ? 0 : 1;
        QApplication::exit(code);
    });
    std::unique_ptr<ScreenshotTour> tour;
    QObject::connect(&workstation, &Workstation::ready, &app, [&] {
        if (options.benchStartup) {
            // "Interactive": the window is shown and the event loop has painted it and is idle again.
            QTimer::singleShot(0, &app, [&] {
                out << "startup_ms " << clock.elapsed() << Qt::endl;
                QApplication::exit(0);
            });
        }
        if (!options.screenshots.isEmpty()) {
            tour = std::make_unique<ScreenshotTour>(*workstation.window(), *workstation.session(), options.screenshots,
                                                    workstation.language());
            tour->run([&](const QString &error) {
                if (!error.isEmpty())
                    err << "panorama: " << error << Qt::endl;
                QApplication::exit(error.isEmpty() ? 0 : 1);
            });
        }
    });
    workstation.start();
    const int rc = QApplication::exec();
    return code != 0 ? code : rc;
}
