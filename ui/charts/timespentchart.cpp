#include "timespentchart.h"

#include "chartstyle.h"
#include "shell/appearance.h"

#include <QLocale>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace dashboard::ui {

TimeSpentChart::TimeSpentChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("timeSpentChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    rebuild();
}

int TimeSpentChart::practisedDayCount() const
{
    return int(std::count_if(m_minutes.cbegin(), m_minutes.cend(), [](int minutes) { return minutes > 0; }));
}

void TimeSpentChart::setSnapshots(const QList<students::DailySnapshot> &snapshots, QDate from, QDate to)
{
    m_days.clear();
    m_minutes.clear();
    if (from.isValid() && to.isValid() && from <= to) {
        QHash<QDate, int> byDate;
        for (const students::DailySnapshot &snapshot : snapshots)
            byDate.insert(snapshot.date, snapshot.totalTimeSpent);
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            m_days << day;
            m_minutes << byDate.value(day, 0);
        }
    }
    rebuild();
}

void TimeSpentChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void TimeSpentChart::rebuild()
{
    // A fresh chart each time: cheaper to reason about than patching axes and series.
    auto *chart = new QChart;
    chart->legend()->setVisible(false);

    auto *set = new QBarSet(tr("Minutes"));
    int maximum = 0;
    QStringList categories;
    for (qsizetype i = 0; i < m_days.size(); ++i) {
        *set << m_minutes.at(i);
        maximum = qMax(maximum, m_minutes.at(i));
        categories << m_days.at(i).toString(Qt::ISODate);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    bars->setBarWidth(m_days.size() > 120 ? 1.0 : 0.75);
    chart->addSeries(bars);

    auto *dayAxis = new QBarCategoryAxis;
    dayAxis->append(categories);
    chart->addAxis(dayAxis, Qt::AlignBottom);
    bars->attachAxis(dayAxis);
    dayAxis->setVisible(false);

    // Labels: a date axis over exactly the span of the category dayAxis (half a day either side).
    auto *dates = new QDateTimeAxis;
    auto *span = new QLineSeries;
    if (!m_days.isEmpty()) {
        const QDateTime first(m_days.first(), QTime(0, 0), Qt::UTC);
        const QDateTime last(m_days.last(), QTime(0, 0), Qt::UTC);
        dates->setRange(first.addSecs(-12 * 3600), last.addSecs(12 * 3600));
        span->append(double(first.toMSecsSinceEpoch()), 0);
        span->append(double(last.toMSecsSinceEpoch()), 0);
    } else {
        const QDateTime today(QDate::currentDate(), QTime(0, 0), Qt::UTC);
        dates->setRange(today.addDays(-29), today);
    }
    const qint64 days = m_days.size();
    dates->setFormat(days > 300 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    m_dates = dates;
    chart->addSeries(span);
    chart->addAxis(dates, Qt::AlignBottom);
    span->attachAxis(dates);

    auto *minutes = new QValueAxis;
    const int top = maximum <= 0 ? 30 : int(std::ceil(maximum * 1.1 / 10.0) * 10);
    minutes->setRange(0, top);
    minutes->setTickCount(5);
    minutes->setLabelFormat(QStringLiteral("%d"));
    minutes->setTitleText(tr("Minutes"));
    chart->addAxis(minutes, Qt::AlignLeft);
    bars->attachAxis(minutes);
    span->attachAxis(minutes);

    styleChart(chart, palette(), font());
    dayAxis->setVisible(false);
    const QColor colour = Appearance::seriesColor(2, palette());
    set->setColor(colour);
    set->setBorderColor(colour);
    span->setPen(Qt::NoPen);
    if (m_days.isEmpty() || maximum == 0)
        chart->setTitle(tr("No practice in this period"));

    const QList<QDate> daysCopy = m_days;
    connect(set, &QBarSet::hovered, this, [this, daysCopy, set](bool status, int index) {
        if (!status || index < 0 || index >= daysCopy.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1\n%n minute(s)", nullptr, int(set->at(index)))
                               .arg(QLocale().toString(daysCopy.at(index), QLocale::LongFormat)),
                           this);
    });

    QChart *old = this->chart();
    setChart(chart);
    delete old;
    fitTicks();
}

void TimeSpentChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitTicks();
}

void TimeSpentChart::fitTicks()
{
    if (!m_dates)
        return;
    // As many date labels as fit side by side, at most one per day.
    const int label = fontMetrics().horizontalAdvance(QStringLiteral("30 Sep")) + fontMetrics().averageCharWidth() * 4;
    const int fit = qMax(2, (width() - 80) / qMax(1, label));
    m_dates->setTickCount(qBound(2, fit, qMax(2, int(m_days.size()))));
}

} // namespace dashboard::ui
