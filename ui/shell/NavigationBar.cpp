#include "ui/shell/NavigationBar.h"

using namespace Qt::StringLiterals;

namespace panorama {

NavigationBar::NavigationBar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(u"navigation"_s);
    setAccessibleName(tr("Areas"));
    setIconSize(QSize(22, 22));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(2);
    setUniformItemSizes(true);
}

void NavigationBar::addArea(const QString &key, const QString &text, const QIcon &icon, const QString &shortcutText)
{
    auto *item = new QListWidgetItem(icon, text, this);
    item->setData(Qt::UserRole, key);
    item->setToolTip(u"%1 (%2)"_s.arg(text, shortcutText));
    item->setData(Qt::AccessibleTextRole, text);
    item->setSizeHint(QSize(0, fontMetrics().height() + 20));
    // As wide as the longest name in the current language (Chinese names are short, English ones are not).
    setFixedWidth(sizeHint().width());
}

void NavigationBar::setAreaHidden(const QString &key, bool hidden)
{
    const int row = rowOf(key);
    if (row >= 0)
        setRowHidden(row, hidden);
}

int NavigationBar::rowOf(const QString &key) const
{
    for (int r = 0; r < count(); ++r) {
        if (item(r)->data(Qt::UserRole).toString() == key)
            return r;
    }
    return -1;
}

QString NavigationBar::keyAt(int row) const
{
    return row >= 0 && row < count() ? item(row)->data(Qt::UserRole).toString() : QString();
}

QSize NavigationBar::sizeHint() const
{
    int width = 0;
    for (int r = 0; r < count(); ++r)
        width = qMax(width, fontMetrics().horizontalAdvance(item(r)->text()));
    // icon, the item padding and margins of the style sheet, the frame
    return {width + iconSize().width() + 84, QListWidget::sizeHint().height()};
}

} // namespace panorama
