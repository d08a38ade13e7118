#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QTreeWidget;

namespace dashboard::ui {

// Help ▸ Keyboard shortcuts: every action of the window that has a shortcut, grouped by menu,
// plus the keys of the lists and tabs that are not menu actions.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Group
    {
        QPointer<QAction> menu; // its text names the group
        QList<QPointer<QAction>> actions;
    };

    explicit ShortcutsDialog(QWidget *parent = nullptr);

    void setGroups(const QList<Group> &groups);
    int rowCount() const; // for tests

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QList<Group> m_groups;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace dashboard::ui
