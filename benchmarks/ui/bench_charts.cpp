// bench_charts: drawing a 365-day chart (goal <= 16 ms, one frame), offscreen at 1366x400.
//   QT_QPA_PLATFORM=offscreen build/bench/benchmarks/ui/bench_charts
// - qcustomplot5Series: a plain QCustomPlot with 5 line graphs x 365 daily points with NaN gaps
//   (every ~6th day missing, plus a 10-day hole), date axis; replot() only (data set once).
//   "antialiased" = QCP::aeAll as TrendPlot uses; "plain" = QCustomPlot's default.
//   "lines only" = without the disc TrendPlot draws on every point.
//   "+paint" additionally pushes the buffer to the widget (rpImmediateRefresh -> repaint()).
// - trendPlot: the project's TrendPlot (2 graphs: overall score and daily accuracy) with 365
//   snapshots: replot() only, and setSnapshots() (which replots) per iteration; as a diagnostic,
//   replot() with the grid drawn solid instead of dotted.
#include "charts/trendplot.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using dashboard::ui::TrendPlot;

namespace {

// QBENCHMARK with -median runs a test function several times: say things once.
bool firstRun(const char *function, const char *tag)
{
    static QSet<QString> seen;
    const QString key = QString::fromLatin1(function) + QLatin1Char('/') + QString::fromLatin1(tag ? tag : "");
    if (seen.contains(key))
        return false;
    seen.insert(key);
    return true;
}

constexpr int kDays = 365;
const QDate kTo(2025, 6, 30);
const QDate kFrom = kTo.addDays(-(kDays - 1));

bool isGap(int day, int series)
{
    return (day + series) % 6 == 0 || (day >= 200 && day < 210);
}

} // namespace

class BenchCharts : public QObject
{
    Q_OBJECT

private slots:
    void qcustomplot5Series_data()
    {
        QTest::addColumn<bool>("antialiased");
        QTest::addColumn<bool>("paint");
        QTest::addColumn<bool>("dots");
        QTest::newRow("antialiased") << true << false << true;
        QTest::newRow("antialiased+paint") << true << true << true;
        QTest::newRow("antialiased, lines only") << true << false << false;
        QTest::newRow("plain") << false << false << true;
        QTest::newRow("plain+paint") << false << true << true;
    }
    void qcustomplot5Series()
    {
        QFETCH(bool, antialiased);
        QFETCH(bool, paint);
        QFETCH(bool, dots);
        QCustomPlot plot;
        plot.resize(1366, 400);
        if (antialiased)
            plot.setAntialiasedElements(QCP::aeAll);
        auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
        ticker->setDateTimeFormat(QStringLiteral("MMM yyyy"));
        plot.xAxis->setTicker(ticker);
        plot.legend->setVisible(true);
        QRandomGenerator random(365);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const QColor colors[] = {Qt::blue, Qt::red, Qt::darkGreen, Qt::magenta, Qt::darkYellow};
        int gaps = 0;
        for (int series = 0; series < 5; ++series) {
            QVector<double> keys, values;
            double value = 40 + 10 * series;
            for (int day = 0; day < kDays; ++day) {
                keys << TrendPlot::keyOf(kFrom.addDays(day));
                value = qBound(0.0, value + random.bounded(6.0) - 3.0, 100.0);
                const bool gap = isGap(day, series);
                gaps += gap;
                values << (gap ? nan : value);
            }
            QCPGraph *graph = plot.addGraph();
            graph->setName(QStringLiteral("series %1").arg(series + 1));
            graph->setPen(QPen(colors[series], 2));
            if (dots) // a disc on every point, as TrendPlot draws
                graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colors[series], 4));
            graph->setData(keys, values, true);
        }
        plot.xAxis->setRange(TrendPlot::keyOf(kFrom) - 43200, TrendPlot::keyOf(kTo) + 43200);
        plot.yAxis->setRange(0, 100);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot(); // first draw (buffers, fonts) outside the measurement
        QBENCHMARK {
            plot.replot(paint ? QCustomPlot::rpImmediateRefresh : QCustomPlot::rpRefreshHint);
        }
        if (firstRun(QTest::currentTestFunction(), QTest::currentDataTag()))
            qInfo("5 graphs x %d points, %d NaN gaps, %dx%d, device pixel ratio %g", kDays, gaps, plot.width(), plot.height(),
              plot.devicePixelRatioF());
    }

    void trendPlot_data()
    {
        QTest::addColumn<bool>("setSnapshots");
        QTest::addColumn<bool>("solidGrid");
        QTest::newRow("replot") << false << false;
        QTest::newRow("setSnapshots+replot") << true << false;
        QTest::newRow("replot, solid grid (diagnostic)") << false << true;
    }
    void trendPlot()
    {
        QFETCH(bool, setSnapshots);
        QFETCH(bool, solidGrid);
        QList<dashboard::students::DailySnapshot> snapshots;
        QRandomGenerator random(366);
        for (int day = 0; day < kDays; ++day) {
            if (isGap(day, 0))
                continue;
            dashboard::students::DailySnapshot s;
            s.date = kFrom.addDays(day);
            s.overallScore = random.bounded(100.0);
            s.dailyAccuracy = random.bounded(100.0);
            s.totalTimeSpent = random.bounded(90);
            s.sessionsCompleted = random.bounded(5);
            s.questionsAnswered = random.bounded(60);
            snapshots << s;
        }
        TrendPlot plot;
        plot.resize(1366, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setSnapshots(snapshots, kFrom, kTo);
        QCOMPARE(plot.pointCount(), kDays);
        if (solidGrid) { // TrendPlot draws its grid dotted; how much of the time is that?
            for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
                QPen pen = axis->grid()->pen();
                pen.setStyle(Qt::SolidLine);
                axis->grid()->setPen(pen);
            }
        }
        QBENCHMARK {
            if (setSnapshots)
                plot.setSnapshots(snapshots, kFrom, kTo);
            else
                plot.replot();
        }
        if (firstRun(QTest::currentTestFunction(), QTest::currentDataTag()))
            qInfo("TrendPlot: %d points, %d gaps", plot.pointCount(), plot.gapCount());
    }
};

QTEST_MAIN(BenchCharts)
#include "bench_charts.moc"
