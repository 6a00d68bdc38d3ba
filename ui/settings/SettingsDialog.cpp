#include "ui/settings/SettingsDialog.h"

#include "ui/common/Views.h"
#include "ui/settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace panorama {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_server(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_theme(new QComboBox(this)), m_font(new QSpinBox(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setMinimumWidth(480);
    m_server->setObjectName(u"settingsServer"_s);
    m_server->setText(settings.server().toString());
    m_server->setPlaceholderText(u"https://panorama.example.com"_s);
    m_language->setObjectName(u"settingsLanguage"_s);
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_theme->setObjectName(u"settingsTheme"_s);
    m_theme->addItem(tr("Follow the system"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(settings.theme()))));
    m_font->setObjectName(u"settingsFontSize"_s);
    m_font->setRange(7, 24);
    m_font->setSpecialValueText(tr("System size"));
    m_font->setSuffix(tr(" pt"));
    m_font->setValue(settings.fontPointSize() == 0 ? 7 : settings.fontPointSize());

    auto *languageNote = Views::muted(tr("A new language applies the next time Panorama starts."), this);
    languageNote->setWordWrap(true);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Font size:"), m_font);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
}

void SettingsDialog::apply()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (url.isValid() && !url.host().isEmpty())
        m_settings.setServer(url);
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings.setFontPointSize(m_font->value() == 7 ? 0 : m_font->value());
}

} // namespace panorama
