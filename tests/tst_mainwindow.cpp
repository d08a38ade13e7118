// The main window offscreen: it connects off the UI thread, says to what, and About shows the
// server's version; an unreachable server shows why, with Retry.
#include "aboutdialog.h"
#include "mainwindow.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using dashboard::ui::AboutDialog;
using dashboard::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString allLabelText(QWidget *widget)
    {
        QString text;
        for (const QLabel *label : widget->findChildren<QLabel *>())
            text += label->text() + QLatin1Char('\n');
        return text;
    }

    static QAction *actionNamed(QWidget *window, const QString &text)
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

private slots:
    void connectsAndShowsTheServerVersion()
    {
        TestDatabase database(QStringLiteral("mainwindow"));
        REQUIRE_DATABASE(database);
        const QString version = database.scalar(QStringLiteral("SELECT current_setting('server_version')")).toString();
        QVERIFY(!version.isEmpty());

        MainWindow window(database.settings());
        window.show();
        QSignalSpy checked(&window, &MainWindow::connectionChecked);
        window.checkConnection();
        QVERIFY(checked.wait(20000));
        QVERIFY(window.serverInfo().isConnected());
        QCOMPARE(window.serverInfo().serverVersion, version);
        QVERIFY(allLabelText(&window).contains(version));

        QAction *about = actionNamed(&window, QStringLiteral("&About Instructor Dashboard"));
        QVERIFY(about);
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        const QString aboutText = allLabelText(dialog);
        QVERIFY2(aboutText.contains(QStringLiteral("PostgreSQL ") + version), qPrintable(aboutText));
        QVERIFY(aboutText.contains(QStringLiteral(DASHBOARD_VERSION)));
    }

    void anUnreachableServerIsExplainedWithRetry()
    {
        QString error;
        auto settings = dashboard::db::ConnectionSettings::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), &error);
        QVERIFY(settings);
        MainWindow window(*settings);
        window.show();
        QSignalSpy checked(&window, &MainWindow::connectionChecked);
        window.checkConnection();
        QVERIFY(checked.wait(20000));
        QVERIFY(!window.serverInfo().isConnected());
        QVERIFY(allLabelText(&window).contains(QStringLiteral("server unreachable")));
        QPushButton *retry = nullptr;
        for (QPushButton *button : window.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Retry"))
                retry = button;
        }
        QVERIFY(retry && retry->isVisible());
        // Retry checks again, off the UI thread.
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.size(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
