#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace panorama {

class MainWindow;
class Session;

// Takes the documentation screenshots (docs/screenshots/): the customer view, the ticket view with its queue, the
// queue on its own filter and the dashboard, each as <name>-<language>.png, then calls `done`.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)
public:
    ScreenshotTour(MainWindow &window, Session &session, QString directory, QString language,
                   QObject *parent = nullptr);

    void run(std::function<void(const QString &error)> done);

private:
    void step();
    bool save(const QString &name);
    // The next step when `sender` emits `signal` (results shown), or after timeoutMs at the latest.
    template <typename Sender, typename Signal> void stepOn(const Sender *sender, Signal signal, int timeoutMs);

    MainWindow &m_window;
    Session &m_session;
    QString m_dir;
    QString m_language;
    int m_step = 0;
    int m_waiting = 0; // the step a pending stepOn() is for
    QString m_error;
    std::function<void(const QString &)> m_done;
};

} // namespace panorama
