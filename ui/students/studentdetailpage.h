#pragma once

#include "students/studentdetail.h"
#include "students/studentsummary.h"

#include <QDate>
#include <QWidget>

class QAbstractButton;
class QAbstractItemModel;
class QButtonGroup;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace dashboard::ui {

class CategoryProgressChart;
class MissedItemsModel;
class PageStateWidget;
class SessionsTableModel;
class StudentNotesPanel;
class SubmissionsTableModel;
class TimeSpentChart;
class TrendPlot;

// One student, in a closable tab of the Students page: who they are and why they are at risk,
// their trends over a chosen range, their sessions, submissions and most-missed items.
//
// The page does not load anything itself: it asks (detailRequested) and the Students page,
// which owns the service, answers with setDetail() or setError().
class StudentDetailPage : public QWidget
{
    Q_OBJECT

public:
    explicit StudentDetailPage(const students::StudentSummary &summary, QWidget *parent = nullptr);
    ~StudentDetailPage() override;

    QString studentId() const { return m_summary.studentId; }
    QString studentName() const { return m_summary.name; }
    students::TrendRange range() const { return m_range; }
    bool isLoaded() const { return m_loaded; }
    const students::StudentDetail &detail() const { return m_detail; }

    // The range buttons do this too; emits detailRequested.
    void setRange(students::TrendRange range);
    // Asks again for the current range.
    void reload();

    void setLoading();
    // From the server, or from the local copy (which has the summary and the trends; the tables
    // of sessions, submissions and missed items then say they need the server).
    enum class Source { Server, LocalCopy };
    void setDetail(const students::StudentDetail &detail, Source source = Source::Server);
    bool isFromLocalCopy() const { return m_source == Source::LocalCopy; }
    void setError(const QString &message);

    // The header's figures and risk factors, as shown (for tests).
    QString headerText() const;
    QDate rangeStart() const { return m_from; }
    QDate rangeEnd() const { return m_to; }

    TrendPlot *trendPlot() const { return m_trend; }
    TimeSpentChart *timeSpentChart() const { return m_timeSpent; }
    CategoryProgressChart *categoryChart() const { return m_categories; }
    QTableView *sessionsView() const { return m_sessionsView; }
    QTableView *submissionsView() const { return m_submissionsView; }
    QTableView *missedView() const { return m_missedView; }
    PageStateWidget *state() const { return m_state; }
    StudentNotesPanel *notesPanel() const { return m_notes; }

signals:
    void detailRequested(const QString &studentId, dashboard::students::TrendRange range);
    void loaded();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createContent();
    QWidget *titled(QLabel **title, QWidget *body);
    QTableView *createTable(QAbstractItemModel *model, int sortRole, QSortFilterProxyModel **proxy);
    void updateHeader();
    void updateCharts();
    void retranslateUi();
    void saveSplitters() const;
    // The three tables side by side when they fit, else as tabs (each then gets the full width).
    void arrangeTables(bool resetSizes = false);
    void restoreSplitters();

    students::StudentSummary m_summary;
    students::StudentDetail m_detail;
    students::TrendRange m_range = students::TrendRange::Days90;
    bool m_loaded = false;
    Source m_source = Source::Server;
    bool m_wasShown = false; // splitter sizes are worth saving only once laid out
    QDate m_from;
    QDate m_to;

    QLabel *m_name = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_riskDot = nullptr;
    QLabel *m_riskScore = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_factorsTitle = nullptr;
    QLabel *m_factors = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QButtonGroup *m_rangeGroup = nullptr;
    QList<QToolButton *> m_rangeButtons;

    PageStateWidget *m_state = nullptr;
    QSplitter *m_outer = nullptr; // the rest | notes
    QSplitter *m_vertical = nullptr;
    QSplitter *m_chartsRow = nullptr;
    QSplitter *m_tablesRow = nullptr;
    QTabWidget *m_tablesTabs = nullptr;
    QStackedWidget *m_tablesStack = nullptr;
    QList<QWidget *> m_tableBoxes;
    QList<QLabel *> m_tableTitles;
    QLabel *m_trendTitle = nullptr;
    QLabel *m_timeTitle = nullptr;
    QLabel *m_categoryTitle = nullptr;
    QLabel *m_sessionsTitle = nullptr;
    QLabel *m_submissionsTitle = nullptr;
    QLabel *m_missedTitle = nullptr;
    TrendPlot *m_trend = nullptr;
    TimeSpentChart *m_timeSpent = nullptr;
    CategoryProgressChart *m_categories = nullptr;
    SessionsTableModel *m_sessions = nullptr;
    SubmissionsTableModel *m_submissions = nullptr;
    MissedItemsModel *m_missed = nullptr;
    QTableView *m_sessionsView = nullptr;
    QTableView *m_submissionsView = nullptr;
    QTableView *m_missedView = nullptr;
    StudentNotesPanel *m_notes = nullptr;
    QWidget *m_notesBox = nullptr;
    QLabel *m_notesTitle = nullptr;
};

} // namespace dashboard::ui
