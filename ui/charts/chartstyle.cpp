#include "chartstyle.h"

#include "shell/appearance.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>

namespace dashboard::ui {

void styleChart(QChart *chart, const QPalette &palette, const QFont &font)
{
    const bool dark = Appearance::isDark(palette);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(dark ? 45 : 35);
    chart->setTitleBrush(text);
    chart->setTitleFont(font);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font);
        axis->setTitleBrush(text);
        axis->setTitleFont(font);
        axis->setLinePenColor(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

} // namespace dashboard::ui
