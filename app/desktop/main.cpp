// instructor-dashboard: the desktop application.
#include "db/connectionsettings.h"
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

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
                                              DesktopMain::tr("Render the window to a PNG file once it has loaded, then exit."),
                                              DesktopMain::tr("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), DesktopMain::tr("Window size for --screenshot, e.g. 1366x768."),
                                        DesktopMain::tr("WxH"), QStringLiteral("1366x768"));
    parser.addOptions({dbOption, screenshotOption, sizeOption});
    parser.process(app);

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

    dashboard::ui::MainWindow window(settings);
    if (parser.isSet(screenshotOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() != 2 || size[0].toInt() < 200 || size[1].toInt() < 200) {
            std::fprintf(stderr, "%s\n", qPrintable(DesktopMain::tr("invalid --size '%1': use WIDTHxHEIGHT").arg(parser.value(sizeOption))));
            return 2;
        }
        window.resize(size[0].toInt(), size[1].toInt());
        const QString file = parser.value(screenshotOption);
        QObject::connect(&window, &dashboard::ui::MainWindow::connectionChecked, &window, [&window, file] {
            // One more turn of the event loop so the new state is laid out and painted.
            QTimer::singleShot(100, &window, [&window, file] {
                const bool saved = window.grab().save(file, "PNG");
                if (!saved)
                    std::fprintf(stderr, "%s\n", qPrintable(DesktopMain::tr("could not write %1").arg(file)));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    }
    window.show();
    window.checkConnection();
    return app.exec();
}
