#pragma once

#include "students/studentdetail.h"
#include "students/studentsfiltermodel.h"
#include "students/studentsummary.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QToolButton;

namespace dashboard::students {
class StudentsModel;
class StudentsService;
} // namespace dashboard::students

namespace dashboard::ui {

class PageStateWidget;
class StudentDetailPage;

// The Students page: a tab with the list of every student the signed-in person may see —
// highest risk first, quick filters, the search text from the toolbar, export — and a
// closable tab per opened student.
//
// The page runs no query: it asks the StudentsService and shows what comes back. Detail
// requests go out one at a time (the service keeps only the newest of a kind), so several
// tabs loading at once each get their answer.
class StudentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit StudentsPage(QWidget *parent = nullptr);
    ~StudentsPage() override;

    // Not owned; set once connected.
    void setService(students::StudentsService *service);

    // Reloads the list, and the student tab in front if there is one.
    void reload();
    // Reads the list (and the open students' notes) again without showing the loading state.
    void refreshQuietly();
    bool isLoading() const;
    bool hasLoaded() const { return m_loaded; }

    // Before and instead of data: the connection's state, in the page.
    void showConnecting();
    void showConnectionProblem(const QString &message, const QString &advice);

    void setSearchText(const QString &text);
    void setQuickFilters(students::StudentsFilterModel::QuickFilters filters);

    // Writes what the list shows (visible columns in their order, rows as filtered and sorted).
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    void exportCsvInteractively();

    // Opens (or brings to front) a student's tab; nullptr when the student is not in the list.
    StudentDetailPage *openStudent(const QString &studentId);
    StudentDetailPage *currentDetail() const;
    QList<StudentDetailPage *> detailPages() const;
    void showList();
    bool closeCurrentDetail();

    // "Showing 12 of 80 students"
    QString shownTotalText() const;
    // Student ids of the selected rows, in view order.
    QStringList selectedStudentIds() const;

    QTableView *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    students::StudentsModel *model() const { return m_model; }
    students::StudentsFilterModel *filterModel() const { return m_filter; }
    PageStateWidget *listState() const { return m_listState; }
    QToolButton *quickFilterButton(students::StudentsFilterModel::QuickFilter filter) const;

    QAction *openAction() const { return m_openAction; }
    QAction *messageAction() const { return m_messageAction; }
    QAction *assignAction() const { return m_assignAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *closeTabAction() const { return m_closeTabAction; }

    void saveSettings() const;

signals:
    void studentsShown();
    void studentsFailed(const QString &error);
    void loadingChanged(bool loading);
    // The list's Retry: whoever knows the connection decides whether to reconnect or reload.
    void retryRequested();
    void detailOpened(dashboard::ui::StudentDetailPage *page);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct DetailRequest
    {
        QPointer<StudentDetailPage> page;
        QString studentId;
        students::TrendRange range;
    };

    QWidget *createListTab();
    void createActions();
    void restoreSettings();
    void retranslateUi();
    void updateCounts();
    void fitColumns();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void onStudentsLoaded(const QList<students::StudentSummary> &students);
    void onStudentsFailed(const QString &error);
    void requestDetail(StudentDetailPage *page, const QString &studentId, students::TrendRange range);
    void sendNextDetailRequest();
    void onDetailLoaded(const students::StudentDetail &detail);
    void onDetailFailed(const QString &studentId, const QString &error);
    void closeTab(int index);

    QPointer<students::StudentsService> m_service;
    students::StudentsModel *m_model = nullptr;
    students::StudentsFilterModel *m_filter = nullptr;
    QList<QPair<students::StudentsFilterModel::QuickFilter, students::StudentsFilterModel *>> m_counters;
    bool m_listLoading = false;
    bool m_loaded = false;
    bool m_headerRestored = false;
    std::optional<DetailRequest> m_detailInFlight;
    QList<DetailRequest> m_detailQueue;

    QTabWidget *m_tabs = nullptr;
    PageStateWidget *m_listState = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_filtersLabel = nullptr;
    QList<QPair<students::StudentsFilterModel::QuickFilter, QToolButton *>> m_filterButtons;
    QLabel *m_shownTotal = nullptr;
    QToolButton *m_messageButton = nullptr;
    QToolButton *m_assignButton = nullptr;
    QToolButton *m_exportButton = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_messageAction = nullptr;
    QAction *m_assignAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeTabAction = nullptr;
};

} // namespace dashboard::ui
