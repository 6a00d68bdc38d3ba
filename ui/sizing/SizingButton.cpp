#include "ui/sizing/SizingButton.h"

#include <QAction>
#include <QCoreApplication>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace panorama::SizingButton {

QToolButton *create(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(u"sizingButton"_s);
    button->setText(QCoreApplication::translate("panorama::SizingButton", "Size advice…"));
    button->setToolTip(QCoreApplication::translate("panorama::SizingButton",
                                                   "The sizing assistant with this customer's measurements and "
                                                   "purchases (Ctrl+Shift+Z)"));
    button->setAutoRaise(true);
    QObject::connect(button, &QToolButton::clicked, button, [button] {
        if (auto *action = button->window()->findChild<QAction *>(u"sizing.open"_s))
            action->trigger();
    });
    return button;
}

} // namespace panorama::SizingButton
