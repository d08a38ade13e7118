#pragma once

#include <QtCharts/QChartView>

class QCategoryAxis;

namespace dashboard::ui {

// Progress per training category (10-codes, phonetic, protocol), 0–100, as horizontal bars.
class CategoryProgressChart : public QChartView
{
    Q_OBJECT

public:
    explicit CategoryProgressChart(QWidget *parent = nullptr);

    void setProgress(double codes, double phonetic, double protocol);

    // Wide enough for the longest category name beside a full bar with its value after it.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static QStringList categoryNames();
    void rebuild();
    void fitTicks();

    QCategoryAxis *m_percent = nullptr;

    double m_values[3] = {0, 0, 0};
};

} // namespace dashboard::ui
