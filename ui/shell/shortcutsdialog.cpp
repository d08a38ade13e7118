#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dashboard::ui {

namespace {

QString withoutMnemonic(QString text)
{
    // "&Refresh" -> "Refresh", "Save && quit" -> "Save & quit"
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(580, 560);
    retranslateUi();
}

void ShortcutsDialog::setGroups(const QList<Group> &groups)
{
    m_groups = groups;
    fill();
}

int ShortcutsDialog::rowCount() const
{
    int rows = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        rows += m_tree->topLevelItem(i)->childCount();
    return rows;
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    fill(); // the texts and shortcuts as they are now
    QDialog::showEvent(event);
}

void ShortcutsDialog::fill()
{
    m_tree->clear();
    auto addGroup = [this](const QString &title) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setFirstColumnSpanned(true);
        return group;
    };
    for (const Group &group : std::as_const(m_groups)) {
        QTreeWidgetItem *parent = nullptr;
        for (const QPointer<QAction> &action : group.actions) {
            if (!action || action->shortcuts().isEmpty())
                continue;
            if (!parent)
                parent = addGroup(group.menu ? withoutMnemonic(group.menu->text()) : QString());
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            new QTreeWidgetItem(parent, {withoutMnemonic(action->text()), keys.join(tr(" or "))});
        }
    }
    // Keys of widgets rather than menus.
    QTreeWidgetItem *lists = addGroup(tr("Lists and tabs"));
    const QList<QPair<QString, QString>> keys{
        {tr("Open the selected student"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)},
        {tr("Next / previous tab"), QKeySequence(Qt::CTRL | Qt::Key_Tab).toString(QKeySequence::NativeText) + tr(" / ")
                                        + QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText)},
        {tr("Select all students"), QKeySequence(QKeySequence::SelectAll).toString(QKeySequence::NativeText)},
        {tr("Context menu of the selection"), QKeySequence(Qt::Key_Menu).toString(QKeySequence::NativeText) + tr(" or ")
                                                  + QKeySequence(Qt::SHIFT | Qt::Key_F10).toString(QKeySequence::NativeText)},
    };
    for (const auto &[what, key] : keys)
        new QTreeWidgetItem(lists, {what, key});
    m_tree->expandAll();
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("Everything in Instructor Dashboard can be reached from the keyboard. "
                        "Alt with the underlined letter opens a menu."));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    fill();
}

} // namespace dashboard::ui
