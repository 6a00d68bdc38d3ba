#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace panorama {

// Adds or changes one profile tag (dimension, key, value); the session sends it through the outbox.
class TagDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagDialog)
public:
    explicit TagDialog(QWidget *parent = nullptr);
    QString dimension() const;
    QString key() const;
    QString value() const;

private:
    QComboBox *m_dimension;
    QLineEdit *m_key;
    QLineEdit *m_value;
    QPushButton *m_ok;
};

} // namespace panorama
