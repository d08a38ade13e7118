// The Students page offscreen, signed in as a real instructor login against PostgreSQL: the
// list (order, sorting, search with hostile text, quick filters, shown/total), opening a
// student (Enter) with its trend ranges, CSV export, and a refresh that keeps the selection and
// the scroll position. The detail's small table models pass QAbstractItemModelTester.
#include "charts/timespentchart.h"
#include "charts/trendplot.h"
#include "mainwindow.h"
#include "shell/appearance.h"
#include "shell/connectionstatuswidget.h"
#include "shell/notificationbell.h"
#include "shell/pagestatewidget.h"
#include "students/csvexport.h"
#include "students/misseditemsmodel.h"
#include "students/sessionstablemodel.h"
#include "students/studentdetailpage.h"
#include "students/studentsfiltermodel.h"
#include "students/studentsmodel.h"
#include "students/studentspage.h"
#include "students/submissionstablemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChart>
#include <QToolButton>

using dashboard::students::StudentsFilterModel;
using dashboard::students::StudentsModel;
using dashboard::students::TrendRange;
using dashboard::ui::MainWindow;
using dashboard::ui::MissedItemsModel;
using dashboard::ui::PageStateWidget;
using dashboard::ui::SessionsTableModel;
using dashboard::ui::StudentDetailPage;
using dashboard::ui::StudentsPage;
using dashboard::ui::SubmissionsTableModel;

namespace {

const QString kPassword = QStringLiteral("a long password for the students page");
constexpr int kBulkStudents = 60;
constexpr int kTotal = 6 + kBulkStudents;
const QString kHostileName = QStringLiteral("O'Brien \"Ozzy\" 100%_done \\ test");
const QString kRtlName = QStringLiteral("سارة الأحمد");
const QString kAccentName = QStringLiteral("Zoë Ångström");

} // namespace

class TestStudentsPage : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_database = nullptr;
    QString m_role;
    MainWindow *m_window = nullptr;

    bool owner(const QString &sql)
    {
        QString error;
        if (m_database->exec(sql, &error))
            return true;
        qWarning("setup failed: %s\n%s", qPrintable(error), qPrintable(sql));
        return false;
    }

    StudentsPage *page() const { return m_window->studentsPage(); }

    QStringList shownIds() const
    {
        QStringList ids;
        const QAbstractItemModel *model = page()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(StudentsModel::StudentIdRole).toString();
        return ids;
    }

    // Types text key by key, as a keyboard (or an input method, for scripts beyond Latin-1)
    // delivers it; QTest::keyClicks takes Latin-1 only.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar ch : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }

    int shownCount() const { return page()->table()->model()->rowCount(); }

    QString expectedLabel(int shown) const { return QStringLiteral("Showing %1 of %2 student").arg(shown).arg(kTotal); }

    // Refreshes with F5, as a person would, and waits for the list to arrive.
    bool refreshWithF5()
    {
        QSignalSpy shown(page(), &StudentsPage::studentsShown);
        QTest::keyClick(page()->table(), Qt::Key_F5);
        return shown.wait(20000);
    }

    StudentDetailPage *waitForDetail(StudentDetailPage *detail)
    {
        if (!detail)
            return nullptr;
        QSignalSpy loaded(detail, &StudentDetailPage::loaded);
        if (!loaded.wait(20000))
            return nullptr;
        return detail;
    }

private slots:
    void initTestCase()
    {
        // Settings of this test only, starting empty (column widths, last page, language).
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();

        m_database = new TestDatabase(QStringLiteral("studentspage"));
        REQUIRE_DATABASE(*m_database);
        QString error;
        QVERIFY2(m_database->migrate(&error), qPrintable(error));
        QFile fixture(QStringLiteral(DASHBOARD_TEST_DATA "/security_fixture.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QVERIFY2(m_database->exec(QString::fromUtf8(fixture.readAll()).replace(QStringLiteral(":suffix"), m_database->name()), &error),
                 qPrintable(error));

        // Instructor A signs in with a login of their own (role names are cluster-wide: the
        // e-mail carries the database's name).
        m_role = m_database->scalar(QStringLiteral("SELECT email FROM users WHERE id = 'usr_a'")).toString();
        QVERIFY(!m_role.isEmpty());
        m_database->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(m_role));
        QVERIFY(owner(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE dashboard_instructor").arg(m_role, kPassword)));
        QVERIFY(owner(QStringLiteral("INSERT INTO dashboard_logins (role_name, user_id, access_role) VALUES ('%1', 'usr_a', 'instructor')")
                          .arg(m_role)));

        // A's students with known risk: a3 85, a1 70, a5 55, a2 30, a4 10, a6 5, then 60 more
        // below 5.
        const QString suffix = m_database->name();
        QVERIFY(owner(QStringLiteral("INSERT INTO users (id, email, name, role, department_id, updated_at) VALUES"
                                     " ('stu_a3', 'ob.%1@example.org', $$%2$$, 'USER', 'dep_c', now()),"
                                     " ('stu_a4', 'rtl.%1@example.org', '%3', 'USER', 'dep_c', now()),"
                                     " ('stu_a5', 'zoe.%1@example.org', '%4', 'USER', 'dep_c', now()),"
                                     " ('stu_a6', 'plain.%1@example.org', 'Plain Student', 'USER', 'dep_c', now())")
                          .arg(suffix, kHostileName, kRtlName, kAccentName)));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO student_progress (id, student_id, instructor_id, overall_score, risk_score, risk_factors, last_active_at,"
            " current_streak, target_score, codes_progress, phonetic_progress, protocol_progress, updated_at) VALUES"
            " ('sp_a3', 'stu_a3', 'usr_a', 50, 85, ARRAY['inactive_days:20:+30', 'low_score:50:+10'],"
            "  now() - interval '20 days', 0, 90, 64, 45.5, 20, now()),"
            " ('sp_a4', 'stu_a4', 'usr_a', 80, 10, NULL, now(), 4, NULL, 80, 80, 80, now()),"
            " ('sp_a5', 'stu_a5', 'usr_a', 0, 55, ARRAY['never_active:0:+40'], NULL, 0, NULL, 0, 0, 0, now()),"
            " ('sp_a6', 'stu_a6', 'usr_a', 60, 5, NULL, now(), 9, 50, 60, 60, 60, now())")));
        QVERIFY(owner(QStringLiteral(
            "UPDATE student_progress SET risk_score = 70, risk_factors = ARRAY['inactive_days:14:+30', 'overdue_assignments:1:+10'],"
            " overall_score = 71.5, last_active_at = now() - interval '14 days', target_score = 80 WHERE student_id = 'stu_a1'")));
        QVERIFY(owner(QStringLiteral(
            "UPDATE student_progress SET risk_score = 30, last_active_at = now() - interval '2 days', current_streak = 3"
            " WHERE student_id = 'stu_a2'")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO users (id, email, name, role, department_id, updated_at)"
            " SELECT 'stu_bulk' || lpad(g::text, 2, '0'), 'bulk' || g || '.%1@example.org', 'Bulk Student ' || lpad(g::text, 2, '0'),"
            "        'USER', 'dep_c', now() FROM generate_series(1, %2) g").arg(suffix).arg(kBulkStudents)));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO student_progress (id, student_id, instructor_id, overall_score, risk_score, last_active_at, updated_at)"
            " SELECT 'sp_bulk' || lpad(g::text, 2, '0'), 'stu_bulk' || lpad(g::text, 2, '0'), 'usr_a', 70, 4.5 - g * 0.05, now(), now()"
            "   FROM generate_series(1, %1) g").arg(kBulkStudents)));
        // a1 has an overdue submission.
        QVERIFY(owner(QStringLiteral("UPDATE assignment_submissions SET status = 'OVERDUE' WHERE id = 'sub_a1'")));
        // a3: snapshots on 67 of the 100 days up to 20 days ago (every third day missing), a
        // submission, quiz sessions with answers and a voice session.
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO progress_snapshots (id, student_id, snapshot_date, overall_score, daily_accuracy, total_time_spent,"
            " sessions_completed, questions_answered)"
            " SELECT 'ps_a3_' || g, 'stu_a3', current_date - 20 - g, 40 + g % 10, 60 + g % 7, 10 + g % 20, 1, 10"
            "   FROM generate_series(0, 99) g WHERE g % 3 <> 1")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO assignment_submissions (id, assignment_id, student_id, status, updated_at) VALUES"
            " ('sub_a3', 'as_a', 'stu_a3', 'NOT_STARTED', now())")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO quiz_sessions (id, user_id, module_id, category, difficulty, score, questions_answered, correct_answers, answers,"
            " started_at, completed_at) VALUES"
            " ('qa3_1', 'stu_a3', 'codes-2', 'CODES', 'MEDIUM', 33.3, 3, 1,"
            "  '[{\"q\": \"10-9\", \"correct\": false, \"ms\": 2100}, {\"q\": \"10-4\", \"correct\": true, \"ms\": 900},"
            "    {\"q\": \"10-10\", \"correct\": false, \"ms\": 1900}]', now() - interval '21 days', now() - interval '21 days' + interval '5 minutes'),"
            " ('qa3_2', 'stu_a3', 'codes-2', 'CODES', 'MEDIUM', 50, 2, 1,"
            "  '[{\"q\": \"10-9\", \"correct\": false, \"ms\": 2500}, {\"q\": \"10-4\", \"correct\": true, \"ms\": 700}]',"
            "  now() - interval '20 days', now() - interval '20 days' + interval '3 minutes')")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO voice_practice_sessions (id, user_id, category, phrase, score, accuracy, duration, created_at) VALUES"
            " ('va3', 'stu_a3', 'PROTOCOL', 'Unit 12, 10-4', 75, 0.75, 200, now() - interval '22 days')")));

        auto settings = m_database->settings();
        settings.setValue(QStringLiteral("user"), m_role);
        settings.setValue(QStringLiteral("password"), kPassword);
        // The server path: the page reads the server directly (tst_offline covers the local copy).
        m_window = new MainWindow(settings, nullptr, MainWindow::LocalCopy::None);
        m_window->resize(1280, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QSignalSpy shown(page(), &StudentsPage::studentsShown);
        QSignalSpy checked(m_window, &MainWindow::connectionChecked);
        m_window->checkConnection();
        QVERIFY(checked.wait(20000));
        QVERIFY2(m_window->serverInfo().isConnected(), qPrintable(m_window->serverInfo().error.summary()));
        QVERIFY(shown.wait(20000));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window; // the service and its pool work first
        m_window = nullptr;
        if (!m_database)
            return;
        delete m_database; // the database (and the pool threads' sessions), then the login
        m_database = nullptr;
        TestDatabase cleanup(QStringLiteral("studentspage_cleanup"));
        QVERIFY(cleanup.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(m_role)));
    }

    void listsTheInstructorsStudentsHighestRiskFirst()
    {
        QCOMPARE(page()->listState()->state(), PageStateWidget::State::Content);
        QCOMPARE(shownCount(), kTotal);
        QCOMPARE(shownIds().mid(0, 6), (QStringList{QStringLiteral("stu_a3"), QStringLiteral("stu_a1"), QStringLiteral("stu_a5"),
                                                    QStringLiteral("stu_a2"), QStringLiteral("stu_a4"), QStringLiteral("stu_a6")}));
        QVERIFY2(page()->shownTotalText().startsWith(expectedLabel(kTotal)), qPrintable(page()->shownTotalText()));
        QCOMPARE(page()->table()->horizontalHeader()->sortIndicatorSection(), int(StudentsModel::Risk));
        QCOMPARE(page()->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        // The status bar says where we are; the bell has A's one unread notification.
        QVERIFY2(m_window->connectionStatus()->text().startsWith(QStringLiteral("Online — %1@").arg(m_role)),
                 qPrintable(m_window->connectionStatus()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->notificationBell()->unreadCount(), 1, 20000);
        QCOMPARE(m_window->notificationBell()->badgeText(), QStringLiteral("1"));
    }

    void clickingAHeaderSorts()
    {
        QHeaderView *header = page()->table()->horizontalHeader();
        auto clickSection = [header](int section) {
            const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        // Risk again: ascending.
        clickSection(StudentsModel::Risk);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(shownIds().first(), QStringLiteral("stu_bulk%1").arg(kBulkStudents));
        QCOMPARE(shownIds().last(), QStringLiteral("stu_a3"));
        // Name: in the order the indicator shows.
        clickSection(StudentsModel::Name);
        QCOMPARE(header->sortIndicatorSection(), int(StudentsModel::Name));
        const QAbstractItemModel *model = page()->table()->model();
        for (int row = 1; row < model->rowCount(); ++row) {
            const int order = model->index(row - 1, 0).data(StudentsModel::SortRole).toString().localeAwareCompare(
                model->index(row, 0).data(StudentsModel::SortRole).toString());
            QVERIFY(header->sortIndicatorOrder() == Qt::AscendingOrder ? order <= 0 : order >= 0);
        }
        // Back to highest risk first.
        page()->table()->sortByColumn(StudentsModel::Risk, Qt::DescendingOrder);
        QCOMPARE(shownIds().first(), QStringLiteral("stu_a3"));
    }

    void searchMatchesOnlyWhatWasTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("quote") << QStringLiteral("o'brien") << 1;
        QTest::newRow("double quotes") << QStringLiteral("\"Ozzy\"") << 1;
        QTest::newRow("percent") << QStringLiteral("100%") << 1;
        QTest::newRow("LIKE wildcards") << QStringLiteral("%_") << 1;
        QTest::newRow("backslash") << QStringLiteral("\\ test") << 1;
        QTest::newRow("regex characters") << QStringLiteral("(.*") << 0;
        QTest::newRow("right-to-left") << QStringLiteral("سارة") << 1;
        QTest::newRow("accents, any case") << QStringLiteral("ÅNGSTRÖM") << 1;
        QTest::newRow("e-mail") << QStringLiteral("plain.") << 1;
        QTest::newRow("many") << QStringLiteral("bulk student") << kBulkStudents;
        QTest::newRow("nothing") << QStringLiteral("no such student") << 0;
    }

    void searchMatchesOnlyWhatWasTyped()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QLineEdit *search = m_window->searchField();
        // Ctrl+F reaches the field from anywhere.
        page()->table()->setFocus();
        QTest::keyClick(page()->table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        type(search, text);
        QCOMPARE(search->text(), text);
        QCOMPARE(shownCount(), expected);
        QVERIFY2(page()->shownTotalText().startsWith(expectedLabel(expected)), qPrintable(page()->shownTotalText()));
        // Esc clears it.
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(shownCount(), kTotal);
    }

    void quickFiltersCombineWithTheSearch()
    {
        QToolButton *atRisk = page()->quickFilterButton(StudentsFilterModel::AtRisk);
        QToolButton *inactive = page()->quickFilterButton(StudentsFilterModel::Inactive7Days);
        QToolButton *below = page()->quickFilterButton(StudentsFilterModel::BelowTarget);
        QToolButton *overdue = page()->quickFilterButton(StudentsFilterModel::HasOverdue);
        QVERIFY(atRisk && inactive && below && overdue);
        // Each says how many it would show.
        QVERIFY2(atRisk->text().endsWith(QStringLiteral("(3)")), qPrintable(atRisk->text()));
        QVERIFY2(inactive->text().endsWith(QStringLiteral("(3)")), qPrintable(inactive->text()));
        QVERIFY2(below->text().endsWith(QStringLiteral("(2)")), qPrintable(below->text()));
        QVERIFY2(overdue->text().endsWith(QStringLiteral("(1)")), qPrintable(overdue->text()));

        QTest::mouseClick(atRisk, Qt::LeftButton);
        QCOMPARE(shownIds(), (QStringList{QStringLiteral("stu_a3"), QStringLiteral("stu_a1"), QStringLiteral("stu_a5")}));
        QVERIFY(page()->shownTotalText().startsWith(expectedLabel(3)));
        QTest::mouseClick(below, Qt::LeftButton);
        QCOMPARE(shownIds(), (QStringList{QStringLiteral("stu_a3"), QStringLiteral("stu_a1")}));
        type(m_window->searchField(), QStringLiteral("ozzy"));
        QCOMPARE(shownIds(), QStringList{QStringLiteral("stu_a3")});
        m_window->searchField()->clear();
        QTest::mouseClick(below, Qt::LeftButton);
        QTest::mouseClick(atRisk, Qt::LeftButton);
        QTest::mouseClick(overdue, Qt::LeftButton);
        QCOMPARE(shownIds(), QStringList{QStringLiteral("stu_a1")});
        QTest::mouseClick(overdue, Qt::LeftButton);
        QTest::mouseClick(inactive, Qt::LeftButton);
        QCOMPARE(shownIds(), (QStringList{QStringLiteral("stu_a3"), QStringLiteral("stu_a1"), QStringLiteral("stu_a5")}));
        QTest::mouseClick(inactive, Qt::LeftButton);
        QCOMPARE(shownCount(), kTotal);
    }

    void contextActionsArePresentButDisabled()
    {
        for (QAction *action : {page()->messageAction(), page()->assignAction()}) {
            QVERIFY(!action->isEnabled());
            QVERIFY(action->toolTip().startsWith(QStringLiteral("Coming with")));
        }
    }

    void exportWritesTheCurrentView()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("students.csv"));
        page()->setQuickFilters(StudentsFilterModel::AtRisk);
        QString error;
        QVERIFY2(page()->exportCsv(path, &error), qPrintable(error));
        page()->setQuickFilters({});

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3);
        const QAbstractItemModel *model = page()->table()->model();
        QCOMPARE(lines.first().split(QLatin1Char(',')).first(), model->headerData(StudentsModel::Name, Qt::Horizontal).toString());
        QCOMPARE(lines.first().count(QLatin1Char(',')), StudentsModel::ColumnCount - 1);
        // The hostile name survives, quoted, with its quotes doubled.
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("\"O'Brien \"\"Ozzy\"\" 100%_done \\ test\",")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(3).startsWith(kAccentName + QLatin1Char(',')));

        // A hidden column is left out.
        page()->table()->horizontalHeader()->setSectionHidden(StudentsModel::RiskFactors, true);
        QVERIFY(page()->exportCsv(path, &error));
        page()->table()->horizontalHeader()->setSectionHidden(StudentsModel::RiskFactors, false);
        QVERIFY(file.seek(0));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(file.readLine()).trimmed();
        QCOMPARE(header.count(QLatin1Char(',')), StudentsModel::ColumnCount - 2);
    }

    void csvFieldsAreQuotedAndDefused()
    {
        using dashboard::ui::csv::field;
        QCOMPARE(field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(field(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(field(QStringLiteral("-12.5")), QStringLiteral("-12.5"));
        QCOMPARE(field(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
    }

    void enterOpensTheStudentInATab()
    {
        QTableView *table = page()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(table->currentIndex().data(StudentsModel::StudentIdRole).toString(), QStringLiteral("stu_a3"));
        QSignalSpy opened(page(), &StudentsPage::detailOpened);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        auto *detail = opened.first().first().value<StudentDetailPage *>();
        QVERIFY(detail);
        QCOMPARE(page()->tabs()->count(), 2);
        QCOMPARE(page()->tabs()->currentWidget(), detail);
        QCOMPARE(detail->studentId(), QStringLiteral("stu_a3"));

        // The tables' models are checked by Qt's own tester while they fill.
        auto source = [](QTableView *view) { return qobject_cast<QSortFilterProxyModel *>(view->model())->sourceModel(); };
        QAbstractItemModelTester sessionsTester(source(detail->sessionsView()), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester submissionsTester(source(detail->submissionsView()),
                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester missedTester(source(detail->missedView()), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(waitForDetail(detail));
        QCOMPARE(detail->range(), TrendRange::Days90);
        // 90 days up to the newest snapshot: 60 of them have one.
        QCOMPARE(detail->detail().snapshots.size(), 60);
        QCOMPARE(detail->trendPlot()->pointCount(), 90);
        QCOMPARE(detail->trendPlot()->gapCount(), 30);
        QCOMPARE(detail->timeSpentChart()->dayCount(), 90);
        QCOMPARE(detail->timeSpentChart()->practisedDayCount(), 60);
        const QString header = detail->headerText();
        QVERIFY2(header.contains(kHostileName), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("Risk 85")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("MPD Patrol Division")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("Ana Instructor")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral(": +30")), qPrintable(header));
        QCOMPARE(detail->sessionsView()->model()->rowCount(), 3);
        QCOMPARE(detail->submissionsView()->model()->rowCount(), 1);
        QCOMPARE(detail->missedView()->model()->index(0, MissedItemsModel::Item).data().toString(), QStringLiteral("10-9"));
        QCOMPARE(detail->missedView()->model()->index(0, MissedItemsModel::Wrong).data().toInt(), 2);

        // The range buttons reload.
        auto clickRange = [detail](const char *name) {
            auto *button = detail->findChild<QToolButton *>(QLatin1String(name));
            QVERIFY(button);
            QSignalSpy loaded(detail, &StudentDetailPage::loaded);
            QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(loaded.wait(20000));
        };
        clickRange("range30");
        QCOMPARE(detail->range(), TrendRange::Days30);
        QCOMPARE(detail->detail().snapshots.size(), 20);
        QCOMPARE(detail->trendPlot()->pointCount(), 30);
        QCOMPARE(detail->trendPlot()->gapCount(), 10);
        clickRange("rangeAll");
        QCOMPARE(detail->detail().snapshots.size(), 67);
        clickRange("range90");
        QCOMPARE(detail->detail().snapshots.size(), 60);
        // Hovering a day says its values or that there was no practice.
        const QDate newest = detail->rangeEnd();
        dashboard::ui::TrendPlot *plot = detail->trendPlot();
        QVERIFY(plot->hoverText(newest).contains(QStringLiteral("Overall score")));
        QVERIFY(plot->hoverText(newest.addDays(-1)).contains(QStringLiteral("No practice")));
        auto pointAt = [plot](QDate day) {
            return QPoint(int(plot->xAxis->coordToPixel(dashboard::ui::TrendPlot::keyOf(day))), plot->axisRect()->center().y());
        };
        QTest::mouseMove(plot, pointAt(newest.addDays(-2)));
        QTRY_COMPARE(plot->tracedDay(), newest.addDays(-2));
        QTest::mouseMove(plot, pointAt(newest.addDays(-1))); // a day without practice
        QTRY_COMPARE(plot->tracedDay(), QDate());

        // Enter on the same student again brings the tab to front instead of a second one.
        page()->showList();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(page()->tabs()->count(), 2);
        QCOMPARE(page()->tabs()->currentWidget(), detail);

        // Two tabs loading at once each get their answer.
        page()->showList();
        StudentDetailPage *second = page()->openStudent(QStringLiteral("stu_a1"));
        StudentDetailPage *third = page()->openStudent(QStringLiteral("stu_a5"));
        QVERIFY(second && third);
        QTRY_VERIFY_WITH_TIMEOUT(second->isLoaded() && third->isLoaded(), 20000);
        QCOMPARE(page()->tabs()->count(), 4);

        // Ctrl+W closes the tab in front; the list's tab cannot be closed.
        QTest::keyClick(page()->tabs(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(page()->tabs()->count(), 3);
        page()->tabs()->setCurrentIndex(0);
        QTest::keyClick(page()->tabs(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(page()->tabs()->count(), 3);
        while (page()->tabs()->count() > 1) {
            page()->tabs()->setCurrentIndex(1);
            QVERIFY(page()->closeCurrentDetail());
        }
    }

    void refreshKeepsSelectionAndScrollPosition()
    {
        page()->showList();
        QTableView *table = page()->table();
        table->setFocus();
        // Rows 40 and 41, scrolled into the middle of the list.
        table->selectionModel()->select(QItemSelection(table->model()->index(40, 0), table->model()->index(41, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(table->model()->index(41, 0), QItemSelectionModel::NoUpdate);
        table->scrollTo(table->model()->index(41, 0), QAbstractItemView::PositionAtCenter);
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const QStringList selected = page()->selectedStudentIds();
        QCOMPARE(selected.size(), 2);

        // A changed figure arrives in place.
        QVERIFY(owner(QStringLiteral("UPDATE student_progress SET overall_score = 12.5, updated_at = now() WHERE student_id = '%1'")
                          .arg(selected.first())));
        QVERIFY(refreshWithF5());
        QCOMPARE(page()->selectedStudentIds(), selected);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(table->currentIndex().data(StudentsModel::StudentIdRole).toString(), selected.last());
        const QModelIndex changed = table->model()->index(40, StudentsModel::OverallScore);
        QCOMPARE(changed.data(StudentsModel::StudentIdRole).toString(), selected.first());
        QCOMPARE(changed.data(StudentsModel::SortRole).toDouble(), 12.5);
        QCOMPARE(shownCount(), kTotal);
        QCOMPARE(page()->listState()->state(), PageStateWidget::State::Content);
    }

    void aFailedReloadKeepsTheDataAndOffersRetry()
    {
        page()->showList();
        QSignalSpy failed(page(), &StudentsPage::studentsFailed);
        QVERIFY(owner(QStringLiteral("REVOKE dashboard_instructor FROM \"%1\"").arg(m_role)));
        QTest::keyClick(page()->table(), Qt::Key_F5);
        const bool gotFailure = failed.wait(20000);
        QVERIFY(owner(QStringLiteral("GRANT dashboard_instructor TO \"%1\"").arg(m_role)));
        QVERIFY(gotFailure);
        // What was there stays; a banner above it says why, with Retry.
        QCOMPARE(page()->listState()->state(), PageStateWidget::State::Error);
        QVERIFY(!page()->listState()->errorText().isEmpty());
        QCOMPARE(shownCount(), kTotal);
        auto *retry = page()->listState()->findChild<QPushButton *>(QStringLiteral("bannerRetryButton"));
        QVERIFY(retry && retry->isVisible());
        QSignalSpy shown(page(), &StudentsPage::studentsShown);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(shown.wait(20000));
        QCOMPARE(page()->listState()->state(), PageStateWidget::State::Content);
        QVERIFY(!retry->isVisible());
    }

    void languageAndPaletteChangeLive()
    {
        using dashboard::ui::Appearance;
        StudentDetailPage *detail = waitForDetail(page()->openStudent(QStringLiteral("stu_a3")));
        QVERIFY(detail);
        Appearance::applyPalette(Appearance::PaletteChoice::Dark);
        QTRY_VERIFY(Appearance::isDark(detail->palette()));
        QTRY_VERIFY(detail->timeSpentChart()->chart()->backgroundBrush().color().lightness() < 128);
        QCOMPARE(detail->timeSpentChart()->dayCount(), 90);
        Appearance::applyLanguage(QStringLiteral("es"));
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
        Appearance::applyLanguage(QStringLiteral("en"));
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QVERIFY(detail->headerText().contains(QStringLiteral("Risk 85")));
        Appearance::applyPalette(Appearance::PaletteChoice::Light);
        QTRY_VERIFY(!Appearance::isDark(detail->palette()));
        QTRY_VERIFY(detail->timeSpentChart()->chart()->backgroundBrush().color().lightness() >= 128);
        QVERIFY(page()->closeCurrentDetail());
    }

    void detailModelsPassTheModelTester()
    {
        using dashboard::students::MissedItem;
        using dashboard::students::SessionRecord;
        using dashboard::students::SubmissionRecord;
        SessionsTableModel sessions;
        QAbstractItemModelTester sessionsTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionRecord quiz;
        quiz.id = QStringLiteral("q1");
        quiz.startedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
        quiz.category = QStringLiteral("CODES");
        quiz.questionsAnswered = 10;
        quiz.correctAnswers = 7;
        quiz.durationSeconds = 125;
        SessionRecord voice;
        voice.kind = SessionRecord::Kind::Voice;
        voice.startedAt = quiz.startedAt.addDays(1);
        voice.completedAt = voice.startedAt;
        voice.score = 75;
        sessions.setSessions({quiz, voice});
        QCOMPARE(sessions.rowCount(), 2);
        QCOMPARE(sessions.index(0, SessionsTableModel::Score).data().toString(), QStringLiteral("Abandoned"));
        QCOMPARE(sessions.index(0, SessionsTableModel::Answers).data().toString(), QStringLiteral("7 of 10"));
        QCOMPARE(sessions.index(0, SessionsTableModel::Duration).data().toString(), QStringLiteral("2 min 5 s"));
        QCOMPARE(sessions.index(1, SessionsTableModel::Activity).data().toString(), QStringLiteral("Voice"));
        QCOMPARE(sessions.index(0, SessionsTableModel::Activity).data().toString(), QStringLiteral("Quiz · 10-codes"));
        sessions.setSessions({});
        QCOMPARE(sessions.rowCount(), 0);

        SubmissionsTableModel submissions;
        QAbstractItemModelTester submissionsTester(&submissions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SubmissionRecord submission;
        submission.assignmentTitle = QStringLiteral("Ten-codes week 1");
        submission.status = QStringLiteral("IN_PROGRESS");
        submission.targetScore = 80;
        submissions.setSubmissions({submission});
        QCOMPARE(submissions.index(0, SubmissionsTableModel::Status).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(submissions.index(0, SubmissionsTableModel::Score).data().toString(), QString());

        MissedItemsModel missed;
        QAbstractItemModelTester missedTester(&missed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        missed.setItems({MissedItem{QStringLiteral("10-9"), 4, 3}});
        QCOMPARE(missed.index(0, MissedItemsModel::ErrorRate).data().toString(), QStringLiteral("75%"));
        QCOMPARE(missed.index(0, MissedItemsModel::ErrorRate).data(MissedItemsModel::SortRole).toDouble(), 75.0);
    }
};

QTEST_MAIN(TestStudentsPage)
#include "tst_studentspage.moc"
