#pragma once

#include <QToolButton>

class QAction;

namespace dashboard::ui {

// The toolbar's bell: the unread notification count painted as a badge on the icon; its menu
// says how many are unread and lists the newest of them (when the local copy has them), each
// with "mark as read", and "Mark all as read". The inbox that lists everything arrives with
// messaging.
class NotificationBell : public QToolButton
{
    Q_OBJECT

public:
    explicit NotificationBell(QWidget *parent = nullptr);

    // -1: not known (not connected yet).
    void setUnreadCount(int count);
    int unreadCount() const { return m_count; }

    // The badge's text: "" for none, "1".."99", "99+".
    QString badgeText() const;

    struct Item
    {
        QString id;
        QString title;
        QString message;
    };
    // The newest unread notifications, for the menu (at most kMenuItems are listed).
    void setUnread(const QList<Item> &items);
    static constexpr int kMenuItems = 8;

signals:
    void refreshRequested();
    void markReadRequested(const QStringList &notificationIds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildItems();

    int m_count = -1;
    QList<Item> m_items;
    QList<QAction *> m_itemActions;
    QAction *m_itemsEnd = nullptr;
    QAction *m_markAll = nullptr;
    QAction *m_summary = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace dashboard::ui
