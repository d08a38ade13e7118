#pragma once

#include "students/studentdetail.h"

#include <QDate>
#include <QList>
#include <QtCharts/QChartView>

class QBarSet;
class QDateTimeAxis;

namespace dashboard::ui {

// Minutes practised per day (Qt Charts). One bar per calendar day of the range: a day without
// practice has no bar, so gaps stay visible. The bars sit on a hidden category axis, and a date
// axis spanning the same days labels them, so long ranges keep readable labels.
class TimeSpentChart : public QChartView
{
    Q_OBJECT

public:
    explicit TimeSpentChart(QWidget *parent = nullptr);

    void setSnapshots(const QList<students::DailySnapshot> &snapshots, QDate from, QDate to);

    int dayCount() const { return int(m_days.size()); }
    int practisedDayCount() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitTicks();

    QDateTimeAxis *m_dates = nullptr;

    QList<QDate> m_days;
    QList<int> m_minutes;
};

} // namespace dashboard::ui
