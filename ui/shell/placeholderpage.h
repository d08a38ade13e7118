#pragma once

#include "navigationsidebar.h"

#include <QWidget>

class QLabel;

namespace dashboard::ui {

// A page not built yet: what it will do, so the area is never blank.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(Page page, QWidget *parent = nullptr);

    Page page() const { return m_page; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateIcon();

    Page m_page;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_bullets = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace dashboard::ui
