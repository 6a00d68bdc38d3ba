#pragma once

#include <QStyledItemDelegate>

namespace panorama {

// Paints a knowledge-base hit: the title in bold with its kind and language, the snippet underneath with the
// matched terms highlighted.
class HitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HitDelegate)
public:
    explicit HitDelegate(QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString html(const QModelIndex &index, bool selected) const;
};

} // namespace panorama
