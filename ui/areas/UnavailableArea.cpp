#include "ui/areas/UnavailableArea.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

UnavailableArea::UnavailableArea(const QString &objectName, const QString &title, const QString &explanation,
                                 QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *label = new QLabel(u"<h2>%1</h2><p>%2</p>"_s.arg(title.toHtmlEscaped(), explanation.toHtmlEscaped()), this);
    label->setObjectName(objectName + u"Message"_s);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(label, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace panorama
