#pragma once

#include <QToolButton>

namespace panorama::SizingButton {

// "Size advice…" for a view that shows a customer, an order line or a ticket: runs the window's sizing.open
// command, which reads what the view has selected (so the button and Ctrl+Shift+Z do the same).
QToolButton *create(QWidget *parent);

} // namespace panorama::SizingButton
