// bench_detailmemory: resident memory of the app after opening ten student details (goal <= 150 MB).
// Signs in from the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD) as the
// app does, shows the main window at 1366x768, waits for the Students page, opens the first ten
// students of the list (highest risk first) one tab each, waits until every tab has loaded and
// has been shown once, then prints VmRSS / VmHWM from /proc/self/status.
//   QT_QPA_PLATFORM=offscreen PGHOST=... PGUSER=... build/bench/benchmarks/ui/bench_detailmemory [count]
// Exit status: 0 done, 1 failed (message on stderr).
#include "db/connectionsettings.h"
#include "mainwindow.h"
#include "students/studentdetailpage.h"
#include "students/studentsfiltermodel.h"
#include "students/studentsmodel.h"
#include "students/studentspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cstdio>

using dashboard::ui::MainWindow;
using dashboard::ui::StudentDetailPage;
using dashboard::ui::StudentsPage;

namespace {

QString statusField(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(qstrlen(field) + 1).simplified());
    }
    return {};
}

void report(const char *stage)
{
    std::printf("%-40s VmRSS %-12s VmHWM %s\n", stage, qPrintable(statusField("VmRSS")), qPrintable(statusField("VmHWM")));
    std::fflush(stdout);
}

int fail(const char *message)
{
    std::fprintf(stderr, "bench_detailmemory: %s\n", message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("instructor-dashboard-bench"));
    QApplication::setOrganizationName(QStringLiteral("InstructorDashboard"));
    QStandardPaths::setTestModeEnabled(true); // no stored window layout of a real user
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10;
    report("QApplication");

    QElapsedTimer timer;
    timer.start();
    auto *window = new MainWindow(dashboard::db::ConnectionSettings{});
    window->resize(1366, 768);
    window->showPage(dashboard::ui::Page::Students);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return fail("window not exposed");
    StudentsPage *page = window->studentsPage();
    QSignalSpy shown(page, &StudentsPage::studentsShown);
    QSignalSpy checked(window, &MainWindow::connectionChecked);
    window->checkConnection();
    if (!checked.wait(30000) || !window->serverInfo().isConnected())
        return fail(qPrintable(QStringLiteral("not connected: %1").arg(window->serverInfo().error.summary())));
    if (!shown.wait(60000))
        return fail("the students list did not arrive");
    QTest::qWait(200);
    std::printf("students listed: %d (%lld ms after the window was created)\n", page->filterModel()->rowCount(),
                qint64(timer.elapsed()));
    report("Students page shown");

    if (page->filterModel()->rowCount() < count)
        return fail("fewer students than details to open");
    timer.restart();
    QList<StudentDetailPage *> details;
    QStringList failures;
    for (int row = 0; row < count; ++row) {
        const QString id = page->filterModel()->index(row, 0).data(dashboard::students::StudentsModel::StudentIdRole).toString();
        StudentDetailPage *detail = page->openStudent(id);
        if (!detail)
            return fail("openStudent returned nullptr");
        details << detail;
        QObject::connect(detail, &StudentDetailPage::failed, detail, [&failures](const QString &e) { failures << e; });
    }
    // Requests go out one at a time; wait until every tab has loaded.
    QElapsedTimer waited;
    waited.start();
    auto allLoaded = [&details] {
        return std::all_of(details.cbegin(), details.cend(), [](const StudentDetailPage *d) { return d->isLoaded(); });
    };
    while (!allLoaded() && failures.isEmpty() && waited.elapsed() < 60000)
        QTest::qWait(10);
    if (!failures.isEmpty())
        return fail(qPrintable(QStringLiteral("a detail failed: %1").arg(failures.first())));
    if (!allLoaded())
        return fail("the details did not load within 60 s");
    std::printf("details loaded: %d (%lld ms after the first was asked for)\n", int(details.size()), qint64(timer.elapsed()));
    // Show every tab once, as a person flicking through them would (charts are laid out and painted).
    for (StudentDetailPage *detail : details) {
        page->tabs()->setCurrentWidget(detail);
        QTest::qWait(50);
    }
    QTest::qWait(300);
        report("after opening the details");
    delete window;
    return 0;
}
