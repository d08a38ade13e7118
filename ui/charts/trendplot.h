#pragma once

#include "students/studentdetail.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <qcustomplot.h>

namespace dashboard::ui {

// Overall score and daily accuracy over the chosen range (QCustomPlot). A day without a
// snapshot is a NaN point, so the lines break there instead of bridging the gap; single days
// show as dots. Drag pans and the wheel zooms, horizontally; hovering shows the day's values.
class TrendPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit TrendPlot(QWidget *parent = nullptr);

    // snapshots ascending by date; [from, to] the range shown.
    void setSnapshots(const QList<students::DailySnapshot> &snapshots, QDate from, QDate to);

    // The text the hover tooltip shows for a day (also for tests).
    QString hoverText(QDate day) const;
    int pointCount() const;  // points of the overall graph, gaps (NaN) included
    int gapCount() const;    // of which NaN

    static double keyOf(QDate date);
    // The day the hover marker is on, or an invalid date when it is hidden.
    QDate tracedDay() const;

protected:
    void changeEvent(QEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void onMouseMove(QMouseEvent *event);
    void applyPalette();
    void retranslateUi();

    QHash<QDate, students::DailySnapshot> m_byDate;
    QDate m_from;
    QDate m_to;
    QDate m_traced;
    QCPGraph *m_overall = nullptr;
    QCPGraph *m_accuracy = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QCPItemText *m_empty = nullptr;
    QSharedPointer<QCPAxisTickerDateTime> m_ticker;
};

} // namespace dashboard::ui
