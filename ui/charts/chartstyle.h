#pragma once

#include <QPalette>

class QChart;

namespace dashboard::ui {

// Gives a Qt chart the widget palette's look: the dark or light theme as a base, then the
// palette's base colour behind it, its text colour on labels and a faint grid — so charts
// read well in either palette. Call again on QEvent::PaletteChange; series colours are reset
// by the theme, so set them afterwards.
void styleChart(QChart *chart, const QPalette &palette, const QFont &font);

} // namespace dashboard::ui
