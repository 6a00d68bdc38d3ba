#include "ui/tickets/MessageDelegate.h"

#include "models/ConversationModel.h"
#include "models/Display.h"
#include "ui/settings/Theme.h"

#include <QListView>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {
constexpr int kMargin = 8;  // around a bubble
constexpr int kPadding = 8; // inside a bubble
constexpr int kGap = 2;     // header to body

int bodyFlags()
{
    return Qt::TextWordWrap | Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop;
}
} // namespace

MessageDelegate::MessageDelegate(QListView *view) : QStyledItemDelegate(view), m_view(view) {}

QString MessageDelegate::headerText(const QModelIndex &index) const
{
    QString text = index.data(ConversationModel::AuthorNameRole).toString() + u" · "_s +
                   Display::dateTime(index.data(ConversationModel::CreatedAtRole).toLongLong());
    if (index.data(ConversationModel::VisibilityRole).toString() == u"internal"_s)
        text = tr("Internal note") + u" · "_s + text;
    if (index.data(ConversationModel::PendingRole).toBool())
        text += u" · "_s + tr("not synced yet");
    return text;
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                int width) const
{
    const QString kind = index.data(ConversationModel::AuthorKindRole).toString();
    const bool internal = index.data(ConversationModel::VisibilityRole).toString() == u"internal"_s;
    const bool system = kind == u"system"_s;
    // Replies and customer messages take up to three quarters of the width, notes and system lines all of it.
    const int full = qMax(120, width - 2 * kMargin);
    const int bubbleWidth = internal || system ? full : qMax(120, full * 3 / 4);
    const int textWidth = bubbleWidth - 2 * kPadding;
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    const QFontMetrics fm(option.font);
    const QFontMetrics sfm(small);
    const QRect body = fm.boundingRect(QRect(0, 0, textWidth, 100000), bodyFlags(), index.data().toString());
    const int headerHeight = sfm.height();
    const int height = kPadding + headerHeight + kGap + body.height() + kPadding;
    int left = option.rect.left() + kMargin;
    if (kind == u"agent"_s && !internal)
        left = option.rect.left() + kMargin + full - bubbleWidth;
    Layout l;
    l.bubble = QRect(left, option.rect.top() + kMargin / 2, bubbleWidth, height);
    l.header = QRect(left + kPadding, l.bubble.top() + kPadding, textWidth, headerHeight);
    l.body = QRect(left + kPadding, l.header.bottom() + 1 + kGap, textWidth, body.height());
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_view->viewport()->width();
    QStyleOptionViewItem o = option;
    o.rect = QRect(0, 0, width, 0);
    const Layout l = layout(o, index, width);
    return {width, l.bubble.height() + kMargin};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option, index, option.rect.width());
    const QString kind = index.data(ConversationModel::AuthorKindRole).toString();
    const bool internal = index.data(ConversationModel::VisibilityRole).toString() == u"internal"_s;
    const bool dark = Theme::isDark();
    QColor fill;
    if (internal)
        fill = dark ? QColor(0x4a, 0x40, 0x22) : QColor(0xff, 0xf4, 0xd6);
    else if (kind == u"agent"_s)
        fill = dark ? QColor(0x23, 0x3d, 0x57) : QColor(0xe3, 0xef, 0xfa);
    else if (kind == u"system"_s)
        fill = option.palette.color(QPalette::Window);
    else
        fill = dark ? QColor(0x33, 0x37, 0x3c) : QColor(0xf0, 0xf2, 0xf5);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(l.bubble), 8, 8);
    painter->fillPath(path, fill);
    if (option.state & QStyle::State_Selected || option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1.5));
        painter->drawPath(path);
    }
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    painter->setFont(small);
    painter->setPen(internal ? Theme::warning() : Theme::muted());
    painter->drawText(l.header, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(headerText(index), Qt::ElideRight, l.header.width()));
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(l.body, bodyFlags(), index.data().toString());
    painter->restore();
}

} // namespace panorama
