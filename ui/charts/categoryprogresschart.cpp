#include "categoryprogresschart.h"

#include "chartstyle.h"
#include "shell/appearance.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

namespace dashboard::ui {

CategoryProgressChart::CategoryProgressChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("categoryProgressChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    rebuild();
}

void CategoryProgressChart::setProgress(double codes, double phonetic, double protocol)
{
    m_values[0] = codes;
    m_values[1] = phonetic;
    m_values[2] = protocol;
    rebuild();
}

void CategoryProgressChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void CategoryProgressChart::rebuild()
{
    auto *chart = new QChart;
    chart->legend()->setVisible(false);
    auto *set = new QBarSet(tr("Progress"));
    // Listed bottom-up by the category axis: protocol, phonetic, 10-codes reads top-down.
    *set << m_values[2] << m_values[1] << m_values[0];
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append({tr("Protocol"), tr("Phonetic"), tr("10-codes")});
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    m_percent = percent;
    percent->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);

    styleChart(chart, palette(), font());
    categories->setGridLineVisible(false);
    const QColor colour = Appearance::seriesColor(0, palette());
    set->setColor(colour);
    set->setBorderColor(colour);
    // Dark text on a light bar (dark palette), white on a dark one (light palette).
    set->setLabelColor(colour.lightness() > 150 ? QColor(0x10, 0x14, 0x18) : QColor(Qt::white));
    QFont labelFont = font();
    labelFont.setBold(true);
    set->setLabelFont(labelFont);

    QChart *old = this->chart();
    setChart(chart);
    delete old;
    fitTicks();
}

void CategoryProgressChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitTicks();
}

void CategoryProgressChart::fitTicks()
{
    if (!m_percent)
        return;
    // 0, 50, 100 when narrow; every 20 when there is room.
    const int label = fontMetrics().horizontalAdvance(QStringLiteral("100%")) + fontMetrics().averageCharWidth() * 4;
    m_percent->setTickCount(width() - 90 >= 5 * label ? 6 : 3);
}

} // namespace dashboard::ui
