#pragma once

#include <QWidget>

namespace panorama {

// Stands in for an area whose engine this build does not include: says so plainly, never shows made-up results.
class UnavailableArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnavailableArea)
public:
    UnavailableArea(const QString &objectName, const QString &title, const QString &explanation,
                    QWidget *parent = nullptr);
};

} // namespace panorama
