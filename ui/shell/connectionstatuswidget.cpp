#include "connectionstatuswidget.h"

#include "appearance.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>

namespace dashboard::ui {

ConnectionStatusWidget::ConnectionStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionStatus"));
    m_dot = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("connectionLabel"));
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    update();
}

void ConnectionStatusWidget::setConnecting()
{
    m_state = State::Connecting;
    update();
}

void ConnectionStatusWidget::setOnline(const QString &where, const QString &details)
{
    m_state = State::Online;
    m_where = where;
    m_details = details;
    update();
}

void ConnectionStatusWidget::setLoading()
{
    m_state = State::Loading;
    update();
}

void ConnectionStatusWidget::setSyncing()
{
    m_state = State::Syncing;
    update();
}

void ConnectionStatusWidget::setOffline(const QString &reason, const QDateTime &dataFrom)
{
    m_state = State::Offline;
    m_reason = reason;
    m_dataFrom = dataFrom;
    update();
}

QString ConnectionStatusWidget::freshnessText(const QDateTime &utc, const QDateTime &nowUtc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    // The locale's short time without seconds ("10:42", "10:42 AM"): minutes are what matter.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    const QString time = locale.toString(local.time(), format);
    if (local.date() == nowUtc.toLocalTime().date())
        return time;
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QStringLiteral("d MMM")), time);
}

void ConnectionStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_state != State::Syncing && m_state != State::Connecting)
        emit syncRequested();
    QWidget::mouseReleaseEvent(event);
}

QString ConnectionStatusWidget::text() const
{
    return m_label->text();
}

void ConnectionStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void ConnectionStatusWidget::update()
{
    int level = 1; // amber while connecting or loading
    switch (m_state) {
    case State::Connecting:
        m_label->setText(tr("Connecting…"));
        setToolTip(QString());
        break;
    case State::Online:
        m_label->setText(tr("Online — %1").arg(m_where));
        setToolTip(m_details);
        level = 0;
        break;
    case State::Loading:
        m_label->setText(tr("Loading…"));
        setToolTip(m_where);
        break;
    case State::Syncing:
        m_label->setText(tr("Syncing…"));
        setToolTip(m_where);
        break;
    case State::Offline:
        if (m_dataFrom.isValid()) {
            m_label->setText(tr("Offline — data from %1").arg(freshnessText(m_dataFrom)));
            setToolTip(tr("%1\nShowing the local copy. Click to try again.").arg(m_reason));
        } else {
            m_label->setText(tr("Offline — %1").arg(m_reason));
            setToolTip(tr("%1\nClick to try again.").arg(m_reason));
        }
        level = 2;
        break;
    }
    const int side = fontMetrics().height() * 6 / 10;
    const qreal ratio = devicePixelRatioF();
    QPixmap dot(QSize(side, side) * ratio);
    dot.setDevicePixelRatio(ratio);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Appearance::riskColor(level, palette()));
    painter.drawEllipse(QRectF(0.5, 0.5, side - 1, side - 1));
    painter.end();
    m_dot->setPixmap(dot);
}

} // namespace dashboard::ui
