#pragma once

#include <QLineEdit>
#include <QPointer>

class QFrame;
class QLabel;
class QTableView;
class QTimer;

namespace panorama {

class CustomerSearchModel;
class Database;

// The global search box (Ctrl+K): finds customers by phone, member ID, order or tracking number, e-mail, device
// ID or name as the agent types, in a results list that drops below the box. Enter opens the highlighted
// customer; the arrows move through the results without leaving the box; Escape closes the list.
class GlobalSearch final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalSearch)
public:
    GlobalSearch(Database &db, QWidget *parent = nullptr);
    ~GlobalSearch() override;

    CustomerSearchModel *model() const { return m_model; }
    QTableView *results() const { return m_view; }
    bool resultsVisible() const;
    // Runs the pending search now (the box coalesces keystrokes into one search per event-loop turn).
    void searchNow();

public Q_SLOTS:
    void activate(); // focus and select all

Q_SIGNALS:
    void customerChosen(const QString &customerId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showResults();
    void hideResults();
    void place();
    void choose(int row);

    CustomerSearchModel *m_model;
    QPointer<QFrame> m_popup; // lives in the window (to overlay it) but belongs to the box
    QTableView *m_view;
    QLabel *m_status;
    QTimer *m_delay;
};

} // namespace panorama
