#include "categoryprogresschart.h"

#include "chartstyle.h"
#include "shell/appearance.h"

#include <algorithm>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QCategoryAxis>

namespace dashboard::ui {

namespace {
// Where the value axis ends: past 100 by the room a full bar's value label needs.
constexpr double kAxisEnd = 130;
} // namespace

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
    // After the bar's end: inside, a short bar (a new student's 0-20 %) cut its own value off.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(categoryNames());
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    // 0-100 %, with room after 100 for the value label of a full bar; ticks at 0, 50 and 100
    // only (fitTicks() adds the others when there is room).
    auto *percent = new QCategoryAxis;
    percent->setRange(0, kAxisEnd);
    percent->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_percent = percent;
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);

    styleChart(chart, palette(), font());
    categories->setGridLineVisible(false);
    const QColor colour = Appearance::seriesColor(0, palette());
    set->setColor(colour);
    set->setBorderColor(colour);
    set->setLabelColor(palette().color(QPalette::WindowText));
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

QStringList CategoryProgressChart::categoryNames()
{
    // Bottom-up, as the category axis lists them.
    return {tr("Protocol"), tr("Phonetic"), tr("10-codes")};
}

QSize CategoryProgressChart::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    int names = 0;
    for (const QString &name : categoryNames())
        names = std::max(names, metrics.horizontalAdvance(name));
    QFont bold = font();
    bold.setBold(true);
    // The plot: four value labels' width for 0-100 %, then the label of a full bar.
    const int value = QFontMetrics(bold).horizontalAdvance(QStringLiteral("100 %"));
    return {names + 5 * value + 4 * metrics.averageCharWidth(), QChartView::minimumSizeHint().height()};
}

void CategoryProgressChart::fitTicks()
{
    if (!m_percent)
        return;
    // 0, 50, 100 when narrow; every 20 when there is room.
    const int label = fontMetrics().horizontalAdvance(QStringLiteral("100%")) + fontMetrics().averageCharWidth() * 4;
    const int step = width() - 90 >= 7 * label ? 20 : 50;
    for (const QString &existing : m_percent->categoriesLabels())
        m_percent->remove(existing);
    for (int value = 0; value <= 100; value += step)
        m_percent->append(QStringLiteral("%1%").arg(value), value);
}

} // namespace dashboard::ui
