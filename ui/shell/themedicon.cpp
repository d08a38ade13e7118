#include "themedicon.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace dashboard::ui {

namespace {

class ThemedSvgIconEngine : public QIconEngine
{
public:
    explicit ThemedSvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(coloured(mode));
        // Square drawing centred in the rectangle.
        const int side = qMin(rect.width(), rect.height());
        const QRect target(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side);
        renderer.render(painter, target);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    QIconEngine *clone() const override { return new ThemedSvgIconEngine(m_svg); }

    QString key() const override { return QStringLiteral("dashboard-themed-svg"); }

private:
    QByteArray coloured(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        QColor colour = palette.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            colour = palette.color(QPalette::HighlightedText);
        QByteArray svg = m_svg;
        svg.replace("#000000", colour.name(QColor::HexRgb).toLatin1());
        return svg;
    }

    QByteArray m_svg;
};

} // namespace

QIcon themedIcon(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("icon %s is missing from the resources", qPrintable(name));
            return {};
        }
        it = cache.insert(name, file.readAll());
    }
    return QIcon(new ThemedSvgIconEngine(*it));
}

} // namespace dashboard::ui
