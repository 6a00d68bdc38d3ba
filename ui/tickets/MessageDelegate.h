#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace panorama {

// Paints a conversation message as a bubble: the customer on the left, agent replies on the right, internal notes
// across the width on a note-coloured background, system messages small and centred. Wraps Chinese and English
// text to the view's width.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDelegate)
public:
    explicit MessageDelegate(QListView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect bubble;
        QRect header;
        QRect body;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    QString headerText(const QModelIndex &index) const;

    QListView *m_view;
};

} // namespace panorama
