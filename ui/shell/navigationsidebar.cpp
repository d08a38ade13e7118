#include "navigationsidebar.h"

#include "themedicon.h"

#include <QEvent>

namespace dashboard::ui {

NavigationSidebar::NavigationSidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < kPageCount; ++i) {
        auto *item = new QListWidgetItem(this);
        item->setIcon(themedIcon(pageIconName(static_cast<Page>(i))));
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 6));
    }
    retranslateUi();
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit pageSelected(static_cast<Page>(row));
    });
    setAccessibleName(tr("Pages"));
}

Page NavigationSidebar::currentPage() const
{
    return static_cast<Page>(qMax(0, currentRow()));
}

void NavigationSidebar::setCurrentPage(Page page)
{
    setCurrentRow(static_cast<int>(page));
}

QString NavigationSidebar::pageTitle(Page page)
{
    switch (page) {
    case Page::Students:
        return tr("Students");
    case Page::Assignments:
        return tr("Assignments");
    case Page::Inbox:
        return tr("Inbox");
    case Page::Analytics:
        return tr("Analytics");
    case Page::Reports:
        return tr("Reports");
    }
    return {};
}

QString NavigationSidebar::pageIconName(Page page)
{
    switch (page) {
    case Page::Students:
        return QStringLiteral("students");
    case Page::Assignments:
        return QStringLiteral("assignments");
    case Page::Inbox:
        return QStringLiteral("inbox");
    case Page::Analytics:
        return QStringLiteral("analytics");
    case Page::Reports:
        return QStringLiteral("reports");
    }
    return {};
}

QSize NavigationSidebar::sizeHint() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width = qMax(width, fontMetrics().horizontalAdvance(item(i)->text()));
    return QSize(width + iconSize().width() + 48, QListWidget::sizeHint().height());
}

void NavigationSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QListWidget::changeEvent(event);
}

void NavigationSidebar::retranslateUi()
{
    for (int i = 0; i < count(); ++i) {
        const auto page = static_cast<Page>(i);
        item(i)->setText(pageTitle(page));
        item(i)->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(page)).arg(i + 1));
    }
    setAccessibleName(tr("Pages"));
    updateGeometry();
}

} // namespace dashboard::ui
