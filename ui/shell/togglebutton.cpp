#include "togglebutton.h"

#include <QStyleOptionToolButton>
#include <QStylePainter>

namespace dashboard::ui {

ToggleButton::ToggleButton(QWidget *parent)
    : QToolButton(parent)
{
    setCheckable(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void ToggleButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    if (isChecked()) {
        option.palette.setColor(QPalette::Button, palette().color(QPalette::Highlight));
        option.palette.setColor(QPalette::ButtonText, palette().color(QPalette::HighlightedText));
        option.palette.setColor(QPalette::WindowText, palette().color(QPalette::HighlightedText));
    }
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
}

} // namespace dashboard::ui
