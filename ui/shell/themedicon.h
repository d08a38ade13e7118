#pragma once

#include <QIcon>
#include <QString>

namespace dashboard::ui {

// An icon from one of our line-drawn SVGs (resources/icons, drawn in black), painted at any
// size and device pixel ratio in the current palette's text colour — so it stays sharp on
// high-DPI screens and readable in light and dark palettes alike.
QIcon themedIcon(const QString &name); // "bell", "students", ...

} // namespace dashboard::ui
