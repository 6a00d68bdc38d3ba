#pragma once

#include <QString>

class QAbstractItemView;
class QLabel;
class QTableView;
class QTreeView;
class QWidget;

// Small helpers that give every table and heading in the workstation the same calm, keyboard-friendly setup.
namespace panorama::Views {

// Row selection, no grid, alternating rows, elided text, hidden row numbers, a stretching last column.
void setupTable(QTableView *view, const QString &objectName, const QString &accessibleName);
void setupTree(QTreeView *view, const QString &objectName, const QString &accessibleName);
// A section heading ("Identities", "Possible duplicates") that screen readers announce as such.
QLabel *heading(const QString &text, QWidget *parent);
// A rounded badge (tier, status); `kind` selects its colour in the style sheet.
QLabel *badge(const QString &text, const QString &kind, QWidget *parent);
void setBadge(QLabel *label, const QString &text, const QString &kind);
// Secondary text in the muted colour.
QLabel *muted(const QString &text, QWidget *parent);

} // namespace panorama::Views
