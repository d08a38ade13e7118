#include "notificationbell.h"

#include "themedicon.h"

#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

namespace dashboard::ui {

NotificationBell::NotificationBell(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("notificationBell"));
    setIcon(themedIcon(QStringLiteral("bell")));
    setPopupMode(QToolButton::InstantPopup);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    // Room for the badge over the bell's shoulder; the menu arrow would only crowd it.
    setStyleSheet(QStringLiteral("QToolButton#notificationBell::menu-indicator { image: none; width: 0px; }"));
    setMinimumSize(QSize(40, 34));
    auto *menu = new QMenu(this);
    m_summary = menu->addAction(QString());
    m_summary->setEnabled(false);
    m_itemsEnd = menu->addSeparator();
    m_markAll = menu->addAction(QString());
    m_markAll->setVisible(false);
    connect(m_markAll, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const Item &item : std::as_const(m_items))
            ids << item.id;
        if (!ids.isEmpty())
            emit markReadRequested(ids);
    });
    m_refresh = menu->addAction(QString());
    connect(m_refresh, &QAction::triggered, this, &NotificationBell::refreshRequested);
    setMenu(menu);
    retranslateUi();
}

void NotificationBell::setUnread(const QList<Item> &items)
{
    m_items = items;
    rebuildItems();
}

void NotificationBell::rebuildItems()
{
    for (QAction *action : std::as_const(m_itemActions)) {
        menu()->removeAction(action);
        action->deleteLater();
    }
    m_itemActions.clear();
    const int shown = int(std::min<qsizetype>(m_items.size(), kMenuItems));
    for (int i = 0; i < shown; ++i) {
        const Item &item = m_items.at(i);
        auto *action = new QAction(tr("%1 — mark as read").arg(item.title), menu());
        action->setToolTip(item.message);
        const QString id = item.id;
        connect(action, &QAction::triggered, this, [this, id] { emit markReadRequested({id}); });
        menu()->insertAction(m_itemsEnd, action);
        m_itemActions << action;
    }
    menu()->setToolTipsVisible(true);
    m_markAll->setVisible(!m_items.isEmpty());
}

void NotificationBell::setUnreadCount(int count)
{
    m_count = count;
    retranslateUi();
    update();
}

QString NotificationBell::badgeText() const
{
    if (m_count <= 0)
        return {};
    return m_count > 99 ? QStringLiteral("99+") : QString::number(m_count);
}

void NotificationBell::paintEvent(QPaintEvent *event)
{
    QToolButton::paintEvent(event);
    const QString text = badgeText();
    if (text.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = this->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.72);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal height = metrics.height() + 1;
    const qreal width = qMax(height, metrics.horizontalAdvance(text) + height * 0.55);
    // Over the bell's right shoulder, leaving its dome in sight.
    const QRectF icon(QPointF((this->width() - iconSize().width()) / 2.0, (this->height() - iconSize().height()) / 2.0), iconSize());
    const qreal left = qMin(icon.center().x() + icon.width() * 0.15, rect().right() - width - 1.0);
    const QRectF badge(left, qMax(1.0, icon.top() - height * 0.45), width, height);
    // A ring in the window colour keeps the badge apart from the bell in either palette.
    painter.setPen(QPen(palette().color(QPalette::Window), 1.5));
    painter.setBrush(QColor(0xd6, 0x33, 0x33));
    painter.drawRoundedRect(badge, height / 2, height / 2);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
}

void NotificationBell::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

void NotificationBell::retranslateUi()
{
    QString summary;
    if (m_count < 0)
        summary = tr("Notifications not loaded yet");
    else if (m_count == 0)
        summary = tr("No unread notifications");
    else
        summary = tr("%n unread notification(s)", nullptr, m_count);
    m_summary->setText(summary);
    m_refresh->setText(tr("Check for &new notifications"));
    m_markAll->setText(tr("Mark &all as read"));
    rebuildItems();
    setToolTip(tr("Notifications: %1").arg(summary));
    setAccessibleName(tr("Notifications"));
    setAccessibleDescription(summary);
    setText(tr("Notifications"));
}

} // namespace dashboard::ui
