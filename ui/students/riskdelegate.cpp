#include "riskdelegate.h"

#include "shell/appearance.h"
#include "students/studentsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace dashboard::ui {

namespace {

// WCAG relative luminance, for the contrast check below.
double luminance(const QColor &colour)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QIcon dotIcon(const QColor &colour, int side, qreal ratio)
{
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const qreal inset = side * 0.18;
    painter.drawEllipse(QRectF(inset, inset, side - 2 * inset, side - 2 * inset));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

QColor RiskDelegate::dotColor(const QModelIndex &index, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QVariant decoration = index.data(Qt::DecorationRole);
    QColor colour;
    if (decoration.canConvert<QColor>())
        colour = decoration.value<QColor>();
    if (!colour.isValid()) {
        const QVariant level = index.data(students::StudentsModel::RiskLevelRole);
        return Appearance::riskColor(level.isValid() ? level.toInt() : 0, palette);
    }
    // A graphical object needs 3:1 against its background.
    for (int i = 0; i < 8 && contrast(colour, base) < 3.0; ++i)
        colour = Appearance::isDark(palette) ? colour.lighter(118) : colour.darker(118);
    return colour;
}

void RiskDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int side = option->fontMetrics.height();
    const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : qApp->devicePixelRatio();
    option->icon = dotIcon(dotColor(index, option->palette), side, ratio);
    option->decorationSize = QSize(side, side);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationPosition = QStyleOptionViewItem::Left;
    // The dot and the score read as one: keep them together.
    option->displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace dashboard::ui
