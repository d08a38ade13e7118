// instructor-dashboard: the desktop application.
#include "db/connectionsettings.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "security/keychainsecretstore.h"
#include "signin/signindialog.h"

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("instructor-dashboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Instructor Dashboard"));
    QApplication::setOrganizationName(QStringLiteral("InstructorDashboard"));
    QApplication::setApplicationVersion(QStringLiteral(DASHBOARD_VERSION));
    dashboard::i18n::install(QLocale::system());

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
                                                 "file once it has loaded, then exit."),
                                              DesktopMain::tr("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), DesktopMain::tr("Window size for --screenshot, e.g. 1366x768."),
                                        DesktopMain::tr("WxH"), QStringLiteral("1366x768"));
    parser.addOptions({dbOption, screenshotOption, sizeOption});
    parser.process(app);

    // The screenshot's size, checked before anything is shown.
    QSize screenshotSize;
    if (parser.isSet(screenshotOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() != 2 || size[0].toInt() < 200 || size[1].toInt() < 200) {
            std::fprintf(stderr, "%s\n", qPrintable(DesktopMain::tr("invalid --size '%1': use WIDTHxHEIGHT").arg(parser.value(sizeOption))));
            return 2;
        }
        screenshotSize = QSize(size[0].toInt(), size[1].toInt());
    }
    const QString screenshotFile = parser.value(screenshotOption);

    dashboard::db::ConnectionSettings settings;
    if (parser.isSet(dbOption)) {
        QString error;
        const auto parsed = dashboard::db::ConnectionSettings::parse(parser.value(dbOption), &error);
        if (!parsed) {
            std::fprintf(stderr, "%s\n", qPrintable(DesktopMain::tr("invalid --db value: %1").arg(error)));
            return 2;
        }
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
    openWindow = [&app, &signOut, screenshotSize, screenshotFile](const dashboard::db::ConnectionSettings &login) {
        auto *window = new dashboard::ui::MainWindow(login);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(window, &dashboard::ui::MainWindow::signOutRequested, &app,
                         [window, login, &signOut] { signOut(window, login); });
        if (!screenshotFile.isEmpty()) {
            window->resize(screenshotSize);
            QObject::connect(window, &dashboard::ui::MainWindow::connectionChecked, window, [window, screenshotFile] {
                // One more turn of the event loop so the new state is laid out and painted.
                QTimer::singleShot(100, window, [window, screenshotFile] {
                    const bool saved = window->grab().save(screenshotFile, "PNG");
                    if (!saved)
                        std::fprintf(stderr, "%s\n", qPrintable(DesktopMain::tr("could not write %1").arg(screenshotFile)));
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            });
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
        if (!screenshotFile.isEmpty()) {
            // Once shown and painted, the dialog itself is the picture.
            bool saved = false;
            QTimer::singleShot(300, &dialog, [&dialog, &saved, screenshotFile] {
                saved = dialog.grab().save(screenshotFile, "PNG");
                if (!saved)
                    std::fprintf(stderr, "%s\n", qPrintable(DesktopMain::tr("could not write %1").arg(screenshotFile)));
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
