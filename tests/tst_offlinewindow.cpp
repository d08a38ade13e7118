// The main window with its local copy, offscreen, signed in as a real instructor login: it fills
// the copy and shows "Online"; with the server stopped, a new window opens on the copy, says
// "Offline — data from …", lists the students and opens a student's detail from it; a note
// written there waits in the outbox ("Waiting to be sent"); when the server is back, Sync Now
// sends it and the note is on the server once, and shown as sent. The bell lists the unread
// notifications and marks one read through the same path.
//
// It stops and starts the test cluster: RUN_SERIAL (tests/CMakeLists.txt).
#include "mainwindow.h"
#include "notes/notesmodel.h"
#include "shell/connectionstatuswidget.h"
#include "shell/notificationbell.h"
#include "students/studentdetailpage.h"
#include "students/studentnotespanel.h"
#include "students/studentsfiltermodel.h"
#include "students/studentspage.h"
#include "testcluster.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using dashboard::notes::NotesModel;
using dashboard::notes::StudentNote;
using dashboard::ui::ConnectionStatusWidget;
using dashboard::ui::MainWindow;
using dashboard::ui::StudentDetailPage;
using dashboard::ui::StudentsPage;

namespace {

const QString kPassword = QStringLiteral("offline window password");

} // namespace

class TestOfflineWindow : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_database = nullptr;
    QString m_role;

    dashboard::db::ConnectionSettings settings() const
    {
        auto settings = m_database->settings();
        settings.setValue(QStringLiteral("user"), m_role);
        settings.setValue(QStringLiteral("password"), kPassword);
        return settings;
    }

    bool owner(const QString &sql)
    {
        QString error;
        if (m_database->exec(sql, &error))
            return true;
        qWarning("setup failed: %s\n%s", qPrintable(error), qPrintable(sql));
        return false;
    }

    // A window that has shown its local copy (and, online, finished its first sync).
    std::unique_ptr<MainWindow> openWindow(bool expectOnline)
    {
        auto window = std::make_unique<MainWindow>(settings());
        window->resize(1280, 720);
        window->show();
        QSignalSpy shown(window->studentsPage(), &StudentsPage::studentsShown);
        window->checkConnection();
        if (!shown.wait(30000))
            qWarning("the students were not shown");
        const auto wanted = expectOnline ? ConnectionStatusWidget::State::Online : ConnectionStatusWidget::State::Offline;
        if (!QTest::qWaitFor([&] { return window->connectionStatus()->state() == wanted; }, 30000))
            qWarning("status: %s", qPrintable(window->connectionStatus()->text()));
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = TestCluster::environmentProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_database = new TestDatabase(QStringLiteral("offlinewindow"));
        REQUIRE_DATABASE(*m_database);
        QString error;
        QVERIFY2(m_database->migrate(&error), qPrintable(error));
        QFile fixture(QStringLiteral(DASHBOARD_TEST_DATA "/security_fixture.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QVERIFY2(m_database->exec(QString::fromUtf8(fixture.readAll()).replace(QStringLiteral(":suffix"), m_database->name()), &error),
                 qPrintable(error));
        m_role = m_database->scalar(QStringLiteral("SELECT email FROM users WHERE id = 'usr_a'")).toString();
        m_database->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(m_role));
        QVERIFY(owner(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE dashboard_instructor").arg(m_role, kPassword)));
        QVERIFY(owner(QStringLiteral("INSERT INTO dashboard_logins (role_name, user_id, access_role) VALUES ('%1', 'usr_a', 'instructor')").arg(m_role)));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO progress_snapshots (id, student_id, snapshot_date, sessions_completed, overall_score, daily_accuracy) "
            "SELECT 'ps_a2_' || d, 'stu_a2', current_date - 40 + d, 1, 50 + d, 60 FROM generate_series(0, 39) d")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO notifications (id, user_id, title, message, type) VALUES "
            "('nt_w1', 'usr_a', 'Student A2 is at risk', 'Risk 62 of 100', 'STUDENT_AT_RISK'), "
            "('nt_w2', 'usr_a', 'Assignment overdue', 'Ten-codes week 1', 'ASSIGNMENT_OVERDUE')")));
        // A fresh local copy for this login.
        const auto first = openWindow(true);
        QCOMPARE(first->connectionStatus()->state(), ConnectionStatusWidget::State::Online);
        QVERIFY(first->hasLocalData());
        QVERIFY(QFile::exists(first->cachePath()));
    }

    void init()
    {
        if (!TestCluster::isRunning()) {
            QString error;
            QVERIFY2(TestCluster::start(&error), qPrintable(error));
            m_database->reconnect();
        }
    }

    void cleanupTestCase()
    {
        init();
        const QString role = m_role;
        delete m_database;
        TestDatabase cleanup(QStringLiteral("offlinewindow_cleanup"));
        cleanup.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
    }

    void opensOfflineOnTheLocalCopyAndSendsTheNoteLater()
    {
        QString error;
        QVERIFY2(TestCluster::stop(&error), qPrintable(error));
        auto window = openWindow(false);
        ConnectionStatusWidget *status = window->connectionStatus();
        QCOMPARE(status->state(), ConnectionStatusWidget::State::Offline);
        QVERIFY2(status->text().startsWith(QStringLiteral("Offline — data from ")), qPrintable(status->text()));

        StudentsPage *page = window->studentsPage();
        QCOMPARE(page->filterModel()->rowCount(), 2); // a1 and a2, from the copy
        StudentDetailPage *detail = nullptr;
        {
            QSignalSpy loaded(window->studentsPage(), &StudentsPage::detailOpened);
            detail = page->openStudent(QStringLiteral("stu_a2"));
            QVERIFY(detail);
        }
        QVERIFY(QTest::qWaitFor([&] { return detail->isLoaded(); }, 20000));
        QCOMPARE(detail->detail().snapshots.size(), 40); // the trend, from the copy

        // A note, written offline.
        auto *notes = detail->notesPanel();
        notes->editor()->setPlainText(QStringLiteral("Call about the phonetic drills"));
        notes->flagBox()->setCurrentIndex(1); // Follow up
        QVERIFY(notes->submit());
        QVERIFY(QTest::qWaitFor([&] { return notes->model()->rowCount() == 1; }, 10000));
        QCOMPARE(notes->model()->index(0).data(NotesModel::DeliveryRole).toInt(), int(StudentNote::Delivery::Pending));
        const QString noteId = notes->model()->index(0).data(NotesModel::IdRole).toString();
        QVERIFY(!noteId.isEmpty());

        // Back online: Sync Now sends it, and the panel shows it as sent.
        QVERIFY2(TestCluster::start(&error), qPrintable(error));
        m_database->reconnect();
        window->syncController()->syncNow();
        QVERIFY(QTest::qWaitFor([&] {
            return notes->model()->rowCount() == 1
                && notes->model()->index(0).data(NotesModel::DeliveryRole).toInt() == int(StudentNote::Delivery::Synced);
        }, 30000));
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM student_notes WHERE id = ?"), {noteId}).toInt(), 1);
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT flag::text FROM student_notes WHERE id = ?"), {noteId}).toString(),
                 QStringLiteral("FOLLOW_UP"));
        QVERIFY(QTest::qWaitFor([&] { return status->state() == ConnectionStatusWidget::State::Online; }, 30000));
    }

    void theBellMarksANotificationRead()
    {
        auto window = openWindow(true);
        auto *bell = window->notificationBell();
        const int unread = m_database->scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = 'usr_a' AND NOT is_read")).toInt();
        QVERIFY(unread >= 2);
        QVERIFY2(QTest::qWaitFor([&] { return bell->unreadCount() == unread; }, 20000), qPrintable(QString::number(bell->unreadCount())));
        // Its menu lists them, each with "mark as read".
        QVERIFY(QTest::qWaitFor([&] {
            int items = 0;
            for (QAction *action : bell->menu()->actions())
                items += action->text().endsWith(QStringLiteral("mark as read")) ? 1 : 0;
            return items == unread;
        }, 20000));
        emit bell->markReadRequested({QStringLiteral("nt_w1")});
        QVERIFY(QTest::qWaitFor([&] { return bell->unreadCount() == unread - 1; }, 20000));
        QVERIFY(QTest::qWaitFor([&] {
            return m_database->scalar(QStringLiteral("SELECT is_read FROM notifications WHERE id = 'nt_w1'")).toBool();
        }, 20000));
        QVERIFY(!m_database->scalar(QStringLiteral("SELECT is_read FROM notifications WHERE id = 'nt_w2'")).toBool());
    }
};

QTEST_MAIN(TestOfflineWindow)
#include "tst_offlinewindow.moc"
