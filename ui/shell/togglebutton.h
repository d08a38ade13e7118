#pragma once

#include <QToolButton>

namespace dashboard::ui {

// A checkable text button whose "on" state reads at a glance in light and dark palettes alike
// (the style's own sunken look is faint on dark ones): when checked it is drawn in the
// palette's highlight colour. Used for the quick filters and the trend ranges.
class ToggleButton : public QToolButton
{
    Q_OBJECT

public:
    explicit ToggleButton(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace dashboard::ui
