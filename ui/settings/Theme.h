#pragma once

#include "ui/settings/Settings.h"

#include <QColor>
#include <QPalette>

class QApplication;

namespace panorama {

// Applies the look: Fusion with a calm light or dark palette (or the system's palette), the font size and the
// workstation's style sheet. Widgets ask it for the few semantic colours (SLA breach, tier badges) so both
// themes stay legible.
class Theme final
{
public:
    // Remembers the platform's palette and font the first time, so "System" can go back to them.
    static void apply(QApplication &app, Settings::Theme theme, int fontPointSize);
    static bool isDark();
    static QColor danger();  // SLA breached, critical QA finding
    static QColor warning(); // SLA close, pending change
    static QColor success(); // online, solved
    static QColor muted();   // secondary text
    static QColor tierColor(const QString &tier);

private:
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace panorama
