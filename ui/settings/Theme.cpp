#include "ui/settings/Theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

struct Platform
{
    QPalette palette;
    QFont font;
    bool captured = false;
};

Platform &platform()
{
    static Platform p;
    return p;
}

bool g_dark = false;

QString styleSheet(bool dark)
{
    QFile f(u":/panorama/ui/panorama.qss"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString css = QString::fromUtf8(f.readAll());
    // One sheet for both themes: the few theme-specific colours are placeholders.
    css.replace(u"@card"_s, dark ? u"#2a2d31"_s : u"#ffffff"_s);
    css.replace(u"@border"_s, dark ? u"#3b3f45"_s : u"#dcdfe4"_s);
    css.replace(u"@muted"_s, dark ? u"#9aa3ad"_s : u"#5f6b77"_s);
    css.replace(u"@accent"_s, dark ? u"#5aa9e6"_s : u"#1f6fb2"_s);
    css.replace(u"@nav"_s, dark ? u"#1f2124"_s : u"#eef1f4"_s);
    css.replace(u"@danger"_s, Theme::danger().name());
    css.replace(u"@warning"_s, Theme::warning().name());
    css.replace(u"@success"_s, Theme::success().name());
    return css;
}

} // namespace

QPalette Theme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf8));
    p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xb2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x94, 0x9e));
    p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xb2));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xcd, 0xd3));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa3, 0xad));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa3, 0xad));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa3, 0xad));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x24, 0x27, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x29));
    p.setColor(QPalette::Text, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Button, QColor(0x2e, 0x32, 0x37));
    p.setColor(QPalette::ButtonText, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Highlight, QColor(0x3a, 0x7c, 0xbd));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2e, 0x32, 0x37));
    p.setColor(QPalette::ToolTipText, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x89, 0x93));
    p.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xe6));
    p.setColor(QPalette::Mid, QColor(0x44, 0x49, 0x50));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6c, 0x74, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6c, 0x74, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6c, 0x74, 0x7d));
    return p;
}

void Theme::apply(QApplication &app, Settings::Theme theme, int fontPointSize)
{
    Platform &pl = platform();
    if (!pl.captured) {
        pl.palette = QApplication::palette();
        pl.font = QApplication::font();
        pl.captured = true;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette palette;
    switch (theme) {
    case Settings::Theme::Light:
        palette = lightPalette();
        break;
    case Settings::Theme::Dark:
        palette = darkPalette();
        break;
    case Settings::Theme::System:
        // Follow the desktop: dark if the platform's window colour is dark, with our calm tones either way.
        palette = pl.palette.color(QPalette::Window).lightness() < 128 ? darkPalette() : lightPalette();
        break;
    }
    g_dark = palette.color(QPalette::Window).lightness() < 128;
    QApplication::setPalette(palette);
    QFont font = pl.font;
    if (fontPointSize > 0)
        font.setPointSize(fontPointSize);
    QApplication::setFont(font);
    app.setStyleSheet(styleSheet(g_dark));
}

bool Theme::isDark()
{
    return g_dark;
}

QColor Theme::danger()
{
    return g_dark ? QColor(0xf0, 0x71, 0x67) : QColor(0xc0, 0x39, 0x2b);
}

QColor Theme::warning()
{
    return g_dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0xa8, 0x62, 0x00);
}

QColor Theme::success()
{
    return g_dark ? QColor(0x6c, 0xc4, 0x7f) : QColor(0x1e, 0x84, 0x49);
}

QColor Theme::muted()
{
    return g_dark ? QColor(0x9a, 0xa3, 0xad) : QColor(0x5f, 0x6b, 0x77);
}

QColor Theme::tierColor(const QString &tier)
{
    if (tier == u"platinum"_s)
        return QColor(0x5b, 0x4b, 0x8a);
    if (tier == u"gold"_s)
        return QColor(0xb0, 0x84, 0x1c);
    if (tier == u"silver"_s)
        return QColor(0x6b, 0x77, 0x83);
    return QColor(0x3d, 0x7a, 0x5a);
}

} // namespace panorama
