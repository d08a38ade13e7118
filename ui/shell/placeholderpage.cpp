#include "placeholderpage.h"

#include "themedicon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dashboard::ui {

PlaceholderPage::PlaceholderPage(Page page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
{
    setObjectName(QStringLiteral("placeholder-") + NavigationSidebar::pageIconName(page));
    m_icon = new QLabel(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_bullets = new QLabel(this);
    m_bullets->setWordWrap(true);
    m_bullets->setTextFormat(Qt::RichText);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->setSpacing(12);
    text->addWidget(m_title);
    text->addWidget(m_summary);
    text->addWidget(m_bullets);
    text->addWidget(m_status);
    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    auto *box = new QWidget(this);
    box->setLayout(row);
    box->setMaximumWidth(760);
    // Centred, as wide as reads well; the labels wrap within that width.
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(box, 4);
    centre->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addLayout(centre);
    layout->addStretch();
    updateIcon();
    retranslateUi();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void PlaceholderPage::updateIcon()
{
    m_icon->setPixmap(themedIcon(NavigationSidebar::pageIconName(m_page)).pixmap(QSize(72, 72)));
}

void PlaceholderPage::retranslateUi()
{
    QString summary;
    QStringList bullets;
    switch (m_page) {
    case Page::Students:
        break;
    case Page::Assignments:
        summary = tr("Set practice work for your students and follow it through to the last submission.");
        bullets = {tr("Create assignments from the training modules, with a target score and a due date"),
                   tr("Assign them to one student, to a selection from the Students page, or to a whole group"),
                   tr("Follow every submission: not started, in progress, submitted, overdue"),
                   tr("Review attempts and scores, and leave feedback for the student")};
        break;
    case Page::Inbox:
        summary = tr("Your messages and notifications in one place.");
        bullets = {tr("Conversations with your students and colleagues, threaded"),
                   tr("Message several students at once, straight from the Students page"),
                   tr("Notifications: students at risk, assignments due, goals reached"),
                   tr("Works offline: what you write waits in an outbox and is sent once you are back online")};
        break;
    case Page::Analytics:
        summary = tr("How your students are doing as a group, over time.");
        bullets = {tr("Daily activity, accuracy and practice time across your students"),
                   tr("The hardest modules and items, by category and difficulty"),
                   tr("Risk over time: who is improving and who is slipping"),
                   tr("Compare one period with another")};
        break;
    case Page::Reports:
        summary = tr("Summaries to share with supervisors and the department.");
        bullets = {tr("Department summaries, including the departments below yours"),
                   tr("Progress reports per student or group, to print or export"),
                   tr("Who is on track for their target, and who needs attention"),
                   tr("The audit trail: who viewed which student, and when")};
        break;
    }
    m_title->setText(NavigationSidebar::pageTitle(m_page));
    m_summary->setText(summary);
    QString list = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &bullet : std::as_const(bullets))
        list += QStringLiteral("<li style=\"margin-bottom: 6px;\">%1</li>").arg(bullet.toHtmlEscaped());
    list += QStringLiteral("</ul>");
    m_bullets->setText(list);
    m_status->setText(tr("This page is coming in a later release of Instructor Dashboard."));
}

} // namespace dashboard::ui
