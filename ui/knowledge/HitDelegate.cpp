#include "ui/knowledge/HitDelegate.h"

#include "models/KnowledgeHitsModel.h"
#include "ui/settings/Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {
constexpr int kPadding = 6;
}

HitDelegate::HitDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString HitDelegate::html(const QModelIndex &index, bool selected) const
{
    // On the selection colour everything is in the selection's text colour, or it would not be legible.
    const QString secondary =
        selected ? QApplication::palette().color(QPalette::HighlightedText).name() : Theme::muted().name();
    const QString type = index.data(KnowledgeHitsModel::KindRole).toString();
    const QString kind = type == u"quick_reply"_s ? tr("Quick reply")
                         : type == u"case"_s      ? tr("Similar case")
                                                  : tr("Article");
    const QString lang = index.data(KnowledgeHitsModel::LanguageRole).toString() == u"en"_s ? u"EN"_s : u"中"_s;
    return u"<div><b>%1</b> <span style='color:%2'>· %3 · %4</span></div><div style='color:%2'>%5</div>"_s.arg(
        index.data(KnowledgeHitsModel::TitleRole).toString().toHtmlEscaped(), secondary, kind, lang,
        index.data(KnowledgeHitsModel::SnippetHtmlRole).toString());
}

QSize HitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : 320;
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setHtml(html(index, false));
    doc.setTextWidth(width - 2 * kPadding);
    return {width, int(doc.size().height()) + 2 * kPadding};
}

void HitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    o.text.clear();
    const QWidget *w = option.widget;
    (w ? w->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &o, painter, w);
    const bool selected = option.state & QStyle::State_Selected;
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    if (selected)
        doc.setDefaultStyleSheet(u"body { color: %1; }"_s.arg(option.palette.color(QPalette::HighlightedText).name()));
    doc.setHtml(html(index, selected));
    doc.setTextWidth(option.rect.width() - 2 * kPadding);
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kPadding, kPadding));
    doc.drawContents(painter);
    painter->restore();
}

} // namespace panorama
