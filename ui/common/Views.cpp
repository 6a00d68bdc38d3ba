#include "ui/common/Views.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace panorama::Views {

void setupTable(QTableView *view, const QString &objectName, const QString &accessibleName)
{
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setTabKeyNavigation(false); // Tab leaves the table: focus order follows the layout
    view->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring every row: scrolling 10k rows stays cheap.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void setupTree(QTreeView *view, const QString &objectName, const QString &accessibleName)
{
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setTextElideMode(Qt::ElideRight);
    view->header()->setStretchLastSection(true);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setProperty("role", u"heading"_s);
    l->setAccessibleName(text);
    return l;
}

QLabel *badge(const QString &text, const QString &kind, QWidget *parent)
{
    auto *l = new QLabel(parent);
    setBadge(l, text, kind);
    return l;
}

void setBadge(QLabel *label, const QString &text, const QString &kind)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setProperty("badge", kind);
    label->setAccessibleName(text);
    // Property selectors are evaluated when the style is applied: re-polish after a change.
    label->style()->unpolish(label);
    label->style()->polish(label);
}

QLabel *muted(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setProperty("role", u"muted"_s);
    return l;
}

} // namespace panorama::Views
