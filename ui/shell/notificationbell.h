#pragma once

#include <QToolButton>

class QAction;

namespace dashboard::ui {

// The toolbar's bell: the unread notification count painted as a badge on the icon; its menu
// says how many are unread. The inbox that lists them arrives with messaging.
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

signals:
    void refreshRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_count = -1;
    QAction *m_summary = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace dashboard::ui
