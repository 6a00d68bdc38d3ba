#pragma once

#include <QListWidget>

namespace panorama {

// The area switcher on the left: Customers, Tickets, Knowledge, Sizing, QA alerts (supervisors), Dashboard.
class NavigationBar final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationBar)
public:
    explicit NavigationBar(QWidget *parent = nullptr);

    void addArea(const QString &key, const QString &text, const QIcon &icon, const QString &shortcutText);
    void setAreaHidden(const QString &key, bool hidden);
    int rowOf(const QString &key) const;
    QString keyAt(int row) const;

    QSize sizeHint() const override;
};

} // namespace panorama
