#pragma once

#include <QWidget>

class QLabel;

namespace panorama {

class CommandController;

// The keyboard help (F1): a calm overlay over the window listing every shortcut by area, generated from the
// commands themselves so it cannot drift from what the keys do. Esc or F1 closes it.
class ShortcutOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutOverlay)
public:
    ShortcutOverlay(CommandController &commands, QWidget *parent);

    void toggle();
    QString text() const; // the listing as plain text (for tests and screen readers)

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();

    CommandController &m_commands;
    QLabel *m_content;
};

} // namespace panorama
