// The main window offscreen: it connects off the UI thread and says where in the status bar,
// About shows the server's version; an unreachable server is explained inside the Students page
// with Retry; the sidebar, Ctrl+1..5, the menus' shortcuts and the placeholder pages; the
// preferences switch language and palette live; geometry, splitter and last page are restored.
#include "aboutdialog.h"
#include "mainwindow.h"
#include "shell/appearance.h"
#include "shell/connectionstatuswidget.h"
#include "shell/navigationsidebar.h"
#include "shell/notificationbell.h"
#include "shell/pagestatewidget.h"
#include "shell/placeholderpage.h"
#include "shell/preferencesdialog.h"
#include "shell/shortcutsdialog.h"
#include "students/studentspage.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using dashboard::ui::AboutDialog;
using dashboard::ui::Appearance;
using dashboard::ui::MainWindow;
using dashboard::ui::NavigationSidebar;
using dashboard::ui::Page;
using dashboard::ui::PageStateWidget;
using dashboard::ui::PlaceholderPage;
using dashboard::ui::PreferencesDialog;
using dashboard::ui::ShortcutsDialog;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString allLabelText(QWidget *widget)
    {
        QString text;
        for (const QLabel *label : widget->findChildren<QLabel *>()) {
            if (label->isVisibleTo(widget))
                text += label->text() + QLatin1Char('\n');
        }
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

    static std::optional<dashboard::db::ConnectionSettings> unreachable()
    {
        QString error;
        return dashboard::db::ConnectionSettings::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), &error);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Appearance::captureSystemDefaults();
        Appearance::applyLanguage(QStringLiteral("en"));
    }

    void connectsAndShowsTheServerVersion()
    {
        TestDatabase database(QStringLiteral("mainwindow"));
        REQUIRE_DATABASE(database);
        QString error;
        QVERIFY2(database.migrate(&error), qPrintable(error));
        const QString version = database.scalar(QStringLiteral("SELECT current_setting('server_version')")).toString();
        QVERIFY(!version.isEmpty());

        MainWindow window(database.settings(), nullptr, MainWindow::LocalCopy::None);
        window.show();
        QSignalSpy checked(&window, &MainWindow::connectionChecked);
        window.checkConnection();
        QCOMPARE(window.connectionStatus()->state(), dashboard::ui::ConnectionStatusWidget::State::Connecting);
        QVERIFY(checked.wait(20000));
        QVERIFY(window.serverInfo().isConnected());
        QCOMPARE(window.serverInfo().serverVersion, version);
        // The superuser has no dashboard access: connected, and the page says what to do.
        const QString status = window.connectionStatus()->text();
        QVERIFY2(status.startsWith(QStringLiteral("Online — ") + window.serverInfo().user + QLatin1Char('@')), qPrintable(status));
        QVERIFY2(status.endsWith(QLatin1Char('/') + database.name()), qPrintable(status));
        QVERIFY(window.connectionStatus()->toolTip().contains(version));
        QVERIFY(allLabelText(window.studentsPage()).contains(QStringLiteral("no dashboard access")));

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
        auto settings = unreachable();
        QVERIFY(settings);
        MainWindow window(*settings, nullptr, MainWindow::LocalCopy::None);
        window.show();
        QSignalSpy checked(&window, &MainWindow::connectionChecked);
        window.checkConnection();
        QVERIFY(checked.wait(20000));
        QVERIFY(!window.serverInfo().isConnected());
        QCOMPARE(window.studentsPage()->listState()->state(), PageStateWidget::State::Error);
        QVERIFY(allLabelText(&window).contains(QStringLiteral("server unreachable")));
        QVERIFY2(window.connectionStatus()->text().startsWith(QStringLiteral("Offline — ")), qPrintable(window.connectionStatus()->text()));
        QCOMPARE(window.notificationBell()->badgeText(), QString());
        QPushButton *retry = nullptr;
        for (QPushButton *button : window.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Retry") && button->isVisible())
                retry = button;
        }
        QVERIFY(retry);
        // Retry checks again, off the UI thread.
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.size(), 2);
        // So does F5 while offline.
        window.findChild<QAction *>(QStringLiteral("refresh"))->trigger();
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.size(), 3);
    }

    void sidebarAndShortcutsSwitchPages()
    {
        auto settings = unreachable();
        MainWindow window(*settings, nullptr, MainWindow::LocalCopy::None);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *sidebar = window.findChild<NavigationSidebar *>();
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 5);
        QCOMPARE(window.currentPage(), Page::Students);
        // Ctrl+1..5
        for (int i = 4; i >= 0; --i) {
            QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(int(window.currentPage()), i);
            QCOMPARE(sidebar->currentRow(), i);
        }
        // Arrow keys in the sidebar.
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(window.currentPage(), Page::Assignments);
        // A page not built yet says what is coming.
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *placeholder = qobject_cast<PlaceholderPage *>(stack->currentWidget());
        QVERIFY(placeholder);
        const QString text = allLabelText(placeholder);
        QVERIFY2(text.contains(QStringLiteral("Assignments")) && text.count(QStringLiteral("<li")) >= 3, qPrintable(text));
        // Ctrl+F goes back to the students' search.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Page::Students);
        QVERIFY(window.searchField()->hasFocus());
    }

    void everyMenuActionHasItsShortcut()
    {
        auto settings = unreachable();
        MainWindow window(*settings, nullptr, MainWindow::LocalCopy::None);
        auto shortcut = [&window](const char *name) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            return action ? action->shortcuts() : QList<QKeySequence>{};
        };
        QCOMPARE(shortcut("refresh"), QList<QKeySequence>{QKeySequence(Qt::Key_F5)});
        QCOMPARE(shortcut("fullScreen"), QList<QKeySequence>{QKeySequence(Qt::Key_F11)});
        QCOMPARE(shortcut("quit"), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)});
        QCOMPARE(shortcut("signOut"), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)});
        QCOMPARE(shortcut("preferences"), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)});
        QCOMPARE(shortcut("keyboardShortcuts"), (QList<QKeySequence>{QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)}));
        QCOMPARE(shortcut("find"), QList<QKeySequence>{QKeySequence(QKeySequence::Find)});
        QCOMPARE(shortcut("closeStudentTab"), QKeySequence::keyBindings(QKeySequence::Close));
        // Every top-level menu has a mnemonic.
        for (QAction *menu : window.menuBar()->actions())
            QVERIFY2(menu->text().contains(QLatin1Char('&')), qPrintable(menu->text()));

        window.findChild<QAction *>(QStringLiteral("keyboardShortcuts"))->trigger();
        auto *dialog = window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->rowCount() >= 12);

        // Sign out is a request to whoever opened the window.
        QSignalSpy signOut(&window, &MainWindow::signOutRequested);
        window.findChild<QAction *>(QStringLiteral("signOut"))->trigger();
        QCOMPARE(signOut.size(), 1);
    }

    void preferencesSwitchLanguageAndPaletteLive()
    {
        auto settings = unreachable();
        MainWindow window(*settings, nullptr, MainWindow::LocalCopy::None);
        window.show();
        window.findChild<QAction *>(QStringLiteral("preferences"))->trigger();
        auto *dialog = window.findChild<PreferencesDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));

        dialog->setPaletteChoice(int(Appearance::PaletteChoice::Dark));
        QCOMPARE(Appearance::currentPalette(), Appearance::PaletteChoice::Dark);
        QVERIFY(Appearance::isDark(QApplication::palette()));
        // The window hears of it through its event queue.
        QTRY_VERIFY(Appearance::isDark(window.palette()));
        QVERIFY(Appearance::isDark(window.studentsPage()->palette()));
        dialog->setPaletteChoice(int(Appearance::PaletteChoice::Light));
        QTRY_VERIFY(!Appearance::isDark(window.palette()));

        dialog->setLanguage(QStringLiteral("es"));
        QCOMPARE(Appearance::currentLanguage(), QStringLiteral("es"));
        QCOMPARE(QSettings().value(QStringLiteral("preferences/language")).toString(), QStringLiteral("es"));
        QCOMPARE(QSettings().value(QStringLiteral("preferences/palette")).toString(), QStringLiteral("light"));
        // The catalog may not translate every new string yet; the menus it does.
        // Widgets hear of it through their event queues.
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
        dialog->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        dialog->setPaletteChoice(int(Appearance::PaletteChoice::System));
    }

    void geometrySplitterAndPageAreRestored()
    {
        auto settings = unreachable();
        QList<int> sizes;
        {
            MainWindow window(*settings, nullptr, MainWindow::LocalCopy::None);
            window.resize(1000, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({230, 770});
            window.showPage(Page::Analytics);
            QTest::qWait(50);
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow window(*settings, nullptr, MainWindow::LocalCopy::None);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), Page::Analytics);
        QCOMPARE(window.size(), QSize(1000, 640));
        QTest::qWait(50);
        // Within the splitter handle's few pixels of layout rounding.
        const int sidebar = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first();
        QVERIFY2(qAbs(sidebar - sizes.first()) <= 5, qPrintable(QStringLiteral("%1 vs %2").arg(sidebar).arg(sizes.first())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
