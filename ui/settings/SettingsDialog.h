#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace panorama {

class Settings;

// Server address, language (following the system, or English / 简体中文), theme (following the system, light,
// dark) and font size. Theme and font apply at once; the language applies at the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    void apply();

private:
    Settings &m_settings;
    QLineEdit *m_server;
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_font;
};

} // namespace panorama
