#pragma once

#include <QListWidget>

namespace dashboard::ui {

// The window's pages, in sidebar order (Ctrl+1 … Ctrl+5).
enum class Page { Students, Assignments, Inbox, Analytics, Reports };
constexpr int kPageCount = 5;

// The left-hand list of pages: icon and name, keyboard navigable (arrows, Home/End, typing).
class NavigationSidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    Page currentPage() const;
    void setCurrentPage(Page page);

    static QString pageTitle(Page page); // translated
    static QString pageIconName(Page page);

    QSize sizeHint() const override;

signals:
    void pageSelected(dashboard::ui::Page page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

} // namespace dashboard::ui
