// instructor-dashboard: the desktop application.
#include "db/connectionsettings.h"
#include "mainwindow.h"
#include "security/keychainsecretstore.h"
#include "shell/appearance.h"
#include "shell/navigationsidebar.h"
#include "signin/signindialog.h"
#include "students/studentdetailpage.h"
#include "students/studentsfiltermodel.h"
#include "students/studentsmodel.h"
#include "students/studentspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

// Gives this file's free functions a translation context.
struct DesktopMain
{
    Q_DECLARE_TR_FUNCTIONS(DesktopMain)
};

void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    QCoreApplication::exit(1);
}

// --screenshot: waits until the asked page shows live data, grabs the window, and exits.
struct ScreenshotRequest
{
    QString file;
    QSize size;
    QString page;      // "students" | "student-detail" | a page not built yet ("assignments", ...)
    QString studentId; // empty: the first of the list
};

dashboard::ui::Page pageFromName(const QString &name)
{
    using dashboard::ui::Page;
    for (int i = 0; i < dashboard::ui::kPageCount; ++i) {
        if (name == dashboard::ui::NavigationSidebar::pageIconName(static_cast<Page>(i)))
            return static_cast<Page>(i);
    }
    return Page::Students; // "students", "student-detail"
}

bool isPageName(const QString &name)
{
    return name == QLatin1String("student-detail") || name == QLatin1String("students") || pageFromName(name) != dashboard::ui::Page::Students;
}

void driveScreenshot(dashboard::ui::MainWindow *window, const ScreenshotRequest &request)
{
    using dashboard::ui::StudentDetailPage;
    using dashboard::ui::StudentsPage;
    window->resize(request.size);
    window->showPage(pageFromName(request.page));
    StudentsPage *page = window->studentsPage();

    auto grab = [window, request] {
        // A moment for the layout, the charts and the last repaint to settle.
        QTimer::singleShot(400, window, [window, request] {
            const bool saved = window->grab().save(request.file, "PNG");
            if (!saved)
                fail(DesktopMain::tr("could not write %1").arg(request.file));
            else
                QCoreApplication::exit(0);
        });
    };

    QObject::connect(window, &dashboard::ui::MainWindow::connectionChecked, window, [window] {
        if (!window->serverInfo().isConnected()) {
            // Offline, the page comes from the local copy; fail only when there is none.
            QTimer::singleShot(15000, window, [window] {
                if (!window->hasLocalData())
                    fail(DesktopMain::tr("cannot take the screenshot: %1").arg(window->serverInfo().error.summary()));
            });
        } else if (window->serverInfo().accessRole.isEmpty())
            fail(DesktopMain::tr("cannot take the screenshot: this login has no dashboard access role"));
    });
    QObject::connect(page, &StudentsPage::studentsFailed, window,
                     [](const QString &error) { fail(DesktopMain::tr("the students could not be loaded: %1").arg(error)); });
    auto shown = std::make_shared<bool>(false);
    QObject::connect(page, &StudentsPage::studentsShown, window, [window, page, request, grab, shown] {
        if (*shown)
            return;
        *shown = true;
        if (request.page != QLatin1String("student-detail")) {
            grab();
            return;
        }
        QString id = request.studentId;
        if (id.isEmpty()) {
            if (page->filterModel()->rowCount() == 0) {
                fail(DesktopMain::tr("cannot show a student: the list is empty"));
                return;
            }
            id = page->filterModel()->index(0, 0).data(dashboard::students::StudentsModel::StudentIdRole).toString();
        }
        StudentDetailPage *detail = page->openStudent(id);
        if (!detail) {
            fail(DesktopMain::tr("student %1 is not in the list of this login").arg(id));
            return;
        }
        // Online, the server's detail (with its sessions) follows the local copy's: wait for it.
        QObject::connect(detail, &StudentDetailPage::loaded, detail, [window, detail, grab] {
            if (!detail->isFromLocalCopy() || !window->serverInfo().isConnected())
                grab();
        });
        QObject::connect(detail, &StudentDetailPage::failed, detail, [detail, grab] {
            if (detail->isFromLocalCopy())
                grab(); // offline: the local copy is what there is
        });
        QObject::connect(detail, &StudentDetailPage::failed, detail,
                         [](const QString &error) { fail(DesktopMain::tr("the student could not be loaded: %1").arg(error)); });
    });
    QTimer::singleShot(120000, window, [] { fail(DesktopMain::tr("timed out waiting for the page to load")); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("instructor-dashboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Instructor Dashboard"));
    QApplication::setOrganizationName(QStringLiteral("InstructorDashboard"));
    QApplication::setApplicationVersion(QStringLiteral(DASHBOARD_VERSION));
    dashboard::ui::Appearance::captureSystemDefaults();
    dashboard::ui::Appearance::applyStored();

    QCommandLineParser parser;
    parser.setApplicationDescription(DesktopMain::tr("Instructor Dashboard for radio communications training."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      DesktopMain::tr("Connection URI, keyword/value string or service name. Without it the libpq "
                                         "environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, ...) are used."),
                                      DesktopMain::tr("connection"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              DesktopMain::tr("Render the window (or the sign-in dialog, when it is shown) to a PNG "
                                                 "file once the page has loaded, then exit."),
                                              DesktopMain::tr("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), DesktopMain::tr("Window size for --screenshot, e.g. 1366x768."),
                                        DesktopMain::tr("WxH"), QStringLiteral("1366x768"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        DesktopMain::tr("The page to show: students, student-detail, assignments, inbox, "
                                                        "analytics or reports."),
                                        DesktopMain::tr("page"), QStringLiteral("students"));
    const QCommandLineOption studentOption(QStringLiteral("student"),
                                           DesktopMain::tr("With --page student-detail: the student's id (default: the first "
                                                           "of the list, the highest risk)."),
                                           DesktopMain::tr("id"));
    const QCommandLineOption paletteOption(QStringLiteral("palette"),
                                           DesktopMain::tr("Colours for this session: light, dark or system."),
                                           DesktopMain::tr("palette"));
    const QCommandLineOption langOption(QStringLiteral("lang"), DesktopMain::tr("Language for this session: en or es."),
                                        DesktopMain::tr("language"));
    parser.addOptions({dbOption, screenshotOption, sizeOption, pageOption, studentOption, paletteOption, langOption});
    parser.process(app);

    auto usageError = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    };

    // Session overrides of the stored preferences; not remembered.
    if (parser.isSet(paletteOption)) {
        dashboard::ui::Appearance::PaletteChoice choice;
        if (!dashboard::ui::Appearance::paletteFromName(parser.value(paletteOption), &choice))
            return usageError(DesktopMain::tr("invalid --palette '%1': use light, dark or system").arg(parser.value(paletteOption)));
        dashboard::ui::Appearance::applyPalette(choice);
    }
    if (parser.isSet(langOption)) {
        const QString language = parser.value(langOption);
        if (language != QLatin1String("en") && language != QLatin1String("es"))
            return usageError(DesktopMain::tr("invalid --lang '%1': use en or es").arg(language));
        dashboard::ui::Appearance::applyLanguage(language);
    }
    const QString pageName = parser.value(pageOption);
    if (!isPageName(pageName))
        return usageError(DesktopMain::tr("invalid --page '%1': use students, student-detail, assignments, inbox, analytics or "
                                          "reports").arg(pageName));

    // The screenshot's size, checked before anything is shown.
    QSize screenshotSize;
    if (parser.isSet(screenshotOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() != 2 || size[0].toInt() < 200 || size[1].toInt() < 200)
            return usageError(DesktopMain::tr("invalid --size '%1': use WIDTHxHEIGHT").arg(parser.value(sizeOption)));
        screenshotSize = QSize(size[0].toInt(), size[1].toInt());
    }
    const ScreenshotRequest screenshot{parser.value(screenshotOption), screenshotSize, pageName, parser.value(studentOption)};

    dashboard::db::ConnectionSettings settings;
    if (parser.isSet(dbOption)) {
        QString error;
        const auto parsed = dashboard::db::ConnectionSettings::parse(parser.value(dbOption), &error);
        if (!parsed)
            return usageError(DesktopMain::tr("invalid --db value: %1").arg(error));
        settings = *parsed;
    }

    dashboard::ui::KeychainSecretStore secrets;

    // Opens the main window for a login; File ▸ Sign out closes it and asks again.
    std::function<void(const dashboard::db::ConnectionSettings &)> openWindow;
    const auto signOut = [&secrets, &openWindow](dashboard::ui::MainWindow *window,
                                                 const dashboard::db::ConnectionSettings &login) {
        auto *dialog = new dashboard::ui::SignInDialog(&secrets);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->prefill(login);
        QObject::connect(dialog, &QDialog::accepted, dialog, [dialog, &openWindow] { openWindow(dialog->settings()); });
        QObject::connect(dialog, &QDialog::rejected, dialog, [] { QCoreApplication::exit(0); });
        // Shown before the window closes, so closing the last window does not end the program.
        dialog->show();
        window->close();
    };
    openWindow = [&app, &signOut, screenshot, &parser, &studentOption, &pageOption](const dashboard::db::ConnectionSettings &login) {
        auto *window = new dashboard::ui::MainWindow(login);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(window, &dashboard::ui::MainWindow::signOutRequested, &app,
                         [window, login, &signOut] { signOut(window, login); });
        if (!screenshot.file.isEmpty()) {
            driveScreenshot(window, screenshot);
        } else if (screenshot.page == QLatin1String("student-detail") || parser.isSet(studentOption)) {
            // Without --screenshot, --page/--student open that page once the list is there.
            window->showPage(dashboard::ui::Page::Students);
            const QString id = parser.value(studentOption);
            auto *page = window->studentsPage();
            auto opened = std::make_shared<bool>(false);
            QObject::connect(page, &dashboard::ui::StudentsPage::studentsShown, window, [page, id, opened] {
                if (*opened || page->filterModel()->rowCount() == 0)
                    return;
                *opened = true;
                page->openStudent(id.isEmpty() ? page->filterModel()->index(0, 0).data(dashboard::students::StudentsModel::StudentIdRole).toString()
                                               : id);
            });
        } else if (parser.isSet(pageOption)) {
            window->showPage(pageFromName(screenshot.page));
        }
        window->show();
        window->checkConnection();
    };

    // Sign in without asking when the command line or the libpq environment already names
    // the server and the login (a service names both); otherwise ask.
    const bool service = !qEnvironmentVariableIsEmpty("PGSERVICE");
    const bool environmentNamesLogin = (service || !qEnvironmentVariableIsEmpty("PGHOST"))
                                       && (service || !qEnvironmentVariableIsEmpty("PGUSER"));
    if (parser.isSet(dbOption) || environmentNamesLogin) {
        openWindow(settings);
    } else {
        dashboard::ui::SignInDialog dialog(&secrets);
        if (!screenshot.file.isEmpty()) {
            // Once shown and painted, the dialog itself is the picture.
            bool saved = false;
            const QString file = screenshot.file;
            QTimer::singleShot(300, &dialog, [&dialog, &saved, file] {
                saved = dialog.grab().save(file, "PNG");
                if (!saved)
                    std::fprintf(stderr, "%s\n", qPrintable(DesktopMain::tr("could not write %1").arg(file)));
                dialog.reject();
            });
            dialog.exec();
            return saved ? 0 : 1;
        }
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        openWindow(dialog.settings());
    }
    return app.exec();
}
