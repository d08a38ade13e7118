#include "trendplot.h"

#include "shell/appearance.h"

#include <QLocale>
#include <QToolTip>

#include <cmath>
#include <limits>

namespace dashboard::ui {

namespace {
constexpr double kDay = 24 * 60 * 60;
}

TrendPlot::TrendPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("trendPlot"));
    setMinimumHeight(200);
    setAntialiasedElements(QCP::aeAll);
    setNoAntialiasingOnDrag(true);

    m_ticker.reset(new QCPAxisTickerDateTime);
    m_ticker->setDateTimeSpec(Qt::UTC);
    m_ticker->setTickCount(6);
    xAxis->setTicker(m_ticker);
    yAxis->setRange(0, 105);
    yAxis->ticker()->setTickCount(5);

    m_overall = addGraph();
    m_accuracy = addGraph();
    for (QCPGraph *graph : {m_overall, m_accuracy}) {
        graph->setLineStyle(QCPGraph::lsLine);
        graph->setAdaptiveSampling(true);
    }

    // Legend in a row of its own above the plot, so it never hides a line near 100.
    plotLayout()->insertRow(0);
    auto *legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(0, 0, legendRow);
    legendRow->setMargins(QMargins(0, 0, 0, 0));
    legendRow->addElement(0, 0, legend);
    legendRow->addElement(0, 1, new QCPLayoutElement(this)); // takes the rest of the row
    legendRow->setColumnStretchFactor(0, 0.001);
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    plotLayout()->setRowStretchFactor(0, 0.001);

    m_tracer = new QCPItemTracer(this);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(9);
    m_tracer->setInterpolating(false);
    m_tracer->setVisible(false);

    m_empty = new QCPItemText(this);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setPositionAlignment(Qt::AlignCenter);
    m_empty->setVisible(false);

    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    setMouseTracking(true);
    connect(this, &QCustomPlot::mouseMove, this, &TrendPlot::onMouseMove);

    applyPalette();
    retranslateUi();
}

double TrendPlot::keyOf(QDate date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(QDateTime(date, QTime(0, 0), Qt::UTC));
}

void TrendPlot::setSnapshots(const QList<students::DailySnapshot> &snapshots, QDate from, QDate to)
{
    m_byDate.clear();
    for (const students::DailySnapshot &snapshot : snapshots)
        m_byDate.insert(snapshot.date, snapshot);
    m_from = from;
    m_to = to;

    QVector<double> keys, overall, accuracy;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (from.isValid() && to.isValid()) {
        const qint64 days = from.daysTo(to) + 1;
        keys.reserve(days);
        overall.reserve(days);
        accuracy.reserve(days);
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            keys << keyOf(day);
            const auto it = m_byDate.constFind(day);
            overall << (it == m_byDate.constEnd() ? nan : it->overallScore);
            accuracy << (it == m_byDate.constEnd() ? nan : it->dailyAccuracy);
        }
    }
    m_overall->setData(keys, overall, true);
    m_accuracy->setData(keys, accuracy, true);

    const qint64 span = from.isValid() && to.isValid() ? from.daysTo(to) : 0;
    m_ticker->setDateTimeFormat(span > 300 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    if (from.isValid() && to.isValid())
        xAxis->setRange(keyOf(from) - kDay / 2, keyOf(to) + kDay / 2);
    m_empty->setVisible(m_byDate.isEmpty());
    m_tracer->setVisible(false);
    replot();
}

int TrendPlot::pointCount() const
{
    return m_overall->data()->size();
}

int TrendPlot::gapCount() const
{
    int gaps = 0;
    for (auto it = m_overall->data()->constBegin(); it != m_overall->data()->constEnd(); ++it) {
        if (std::isnan(it->value))
            ++gaps;
    }
    return gaps;
}

QString TrendPlot::hoverText(QDate day) const
{
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    const auto it = m_byDate.constFind(day);
    if (it == m_byDate.constEnd())
        return tr("%1\nNo practice").arg(date);
    const QLocale locale;
    return tr("%1\nOverall score: %2\nDaily accuracy: %3%")
        .arg(date, locale.toString(it->overallScore, 'f', 1), locale.toString(it->dailyAccuracy, 'f', 1));
}

QDate TrendPlot::tracedDay() const
{
    return m_tracer->visible() ? m_traced : QDate();
}

void TrendPlot::onMouseMove(QMouseEvent *event)
{
    if (!m_from.isValid() || !axisRect()->rect().contains(event->pos())) {
        m_tracer->setVisible(false);
        QToolTip::hideText();
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const double key = xAxis->pixelToCoord(event->pos().x());
    const QDate day = QCPAxisTickerDateTime::keyToDateTime(std::round(key / kDay) * kDay).toUTC().date();
    if (day < m_from || day > m_to) {
        m_tracer->setVisible(false);
        QToolTip::hideText();
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const bool practised = m_byDate.contains(day);
    m_traced = practised ? day : QDate();
    m_tracer->setGraph(m_overall);
    m_tracer->setGraphKey(keyOf(day));
    m_tracer->setVisible(practised);
    QToolTip::showText(event->globalPosition().toPoint(), hoverText(day), this);
    replot(QCustomPlot::rpQueuedReplot);
}

void TrendPlot::leaveEvent(QEvent *event)
{
    m_tracer->setVisible(false);
    replot(QCustomPlot::rpQueuedReplot);
    QCustomPlot::leaveEvent(event);
}

void TrendPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        replot();
    } else if (event->type() == QEvent::LanguageChange) {
        setLocale(QLocale());
        retranslateUi();
        replot();
    }
    QCustomPlot::changeEvent(event);
}

void TrendPlot::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(Appearance::isDark(pal) ? 45 : 35);
    setBackground(pal.brush(QPalette::Base));
    axisRect()->setBackground(pal.brush(QPalette::Base));
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
        axis->setTickLabelFont(font());
        axis->setLabelFont(font());
    }
    legend->setTextColor(text);
    legend->setFont(font());
    const QColor overall = Appearance::seriesColor(0, pal);
    const QColor accuracy = Appearance::seriesColor(1, pal);
    m_overall->setPen(QPen(overall, 2.2));
    m_overall->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, overall, 4.5));
    m_accuracy->setPen(QPen(accuracy, 1.6));
    m_accuracy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, accuracy, 4));
    m_tracer->setPen(QPen(text, 1.5));
    m_tracer->setBrush(Qt::NoBrush);
    m_empty->setColor(pal.color(QPalette::PlaceholderText));
    m_empty->setFont(font());
}

void TrendPlot::retranslateUi()
{
    m_overall->setName(tr("Overall score"));
    m_accuracy->setName(tr("Daily accuracy (%)"));
    yAxis->setLabel(tr("Score / accuracy"));
    m_empty->setText(tr("No practice in this period"));
}

} // namespace dashboard::ui
