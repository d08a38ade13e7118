#pragma once

#include "db/connectionsettings.h"
#include "db/serverprobe.h"
#include "shell/navigationsidebar.h"
#include "sync/syncengine.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace dashboard::students {
class StudentsService;
}

namespace dashboard::ui {

class AboutDialog;
class ConnectionStatusWidget;
class NotificationBell;
class PreferencesDialog;
class ShortcutsDialog;
class StudentsPage;

// The dashboard's main window: the pages in a sidebar (Students, and what is coming), the
// search field and the notifications bell in the toolbar, the connection in the status bar.
// It checks the server off the UI thread, then has the pages load through StudentsService.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Local copy (LocalCopy::Use): the person's cache is opened and kept in step with the server
    // (SyncEngine), and the pages read it first, so the window works offline.
    enum class LocalCopy { Use, None };
    explicit MainWindow(db::ConnectionSettings settings, QWidget *parent = nullptr, LocalCopy localCopy = LocalCopy::Use);
    ~MainWindow() override;

    // Checks the server off the UI thread; connectionChecked() follows. Once connected, the
    // pages load.
    void checkConnection();
    const db::ServerInfo &serverInfo() const { return m_serverInfo; }

    // View ▸ Refresh (F5): reloads what is shown, or reconnects when offline.
    void refresh();

    void showPage(Page page);
    Page currentPage() const;

    StudentsPage *studentsPage() const { return m_studentsPage; }
    QLineEdit *searchField() const { return m_search; }
    NotificationBell *notificationBell() const { return m_bell; }
    ConnectionStatusWidget *connectionStatus() const { return m_status; }
    students::StudentsService *studentsService() const { return m_service; }
    sync::SyncController *syncController() const { return m_sync; }
    // True once the local copy is open and has data from an earlier sync to show.
    bool hasLocalData() const { return m_cacheUsable && m_dataFrom.isValid(); }
    QString cachePath() const { return m_cachePath; }

    // "user@host:port/db" of the session.
    QString connectionLabel() const;

signals:
    void connectionChecked();
    // File ▸ Sign out: whoever opened the window closes it and asks who signs in next.
    void signOutRequested();
    // The local copy has been read for the first time, or after a sync (for tests and screenshots).
    void localDataShown();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void createMenus();
    void retranslateUi();
    void restoreSettings();
    void saveSettings() const;
    void onProbeFinished();
    void showConnectionState();
    void showAbout();
    void showPreferences();
    void showShortcuts();
    void focusSearch();
    QString accessDescription() const;
    void ensureService();
    void onCacheOpened(bool usable, const QString &message);
    void onSyncStateChanged(sync::SyncEngine::State state, const QString &reason, const QDateTime &dataFrom);
    void onCacheChanged();
    void signOut();

    db::ConnectionSettings m_settings;
    db::ServerInfo m_serverInfo;
    bool m_checking = false;
    QFutureWatcher<db::ServerInfo> m_probe;
    students::StudentsService *m_service = nullptr;
    sync::SyncController *m_sync = nullptr;
    QString m_cachePath;
    bool m_syncStarted = false;
    bool m_cacheUsable = false;
    sync::SyncEngine::State m_syncState = sync::SyncEngine::State::Starting;
    QString m_syncReason;
    QDateTime m_dataFrom;

    NavigationSidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    StudentsPage *m_studentsPage = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_pageTitle = nullptr;
    QLineEdit *m_search = nullptr;
    NotificationBell *m_bell = nullptr;
    ConnectionStatusWidget *m_status = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QActionGroup *m_pageGroup = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;

    AboutDialog *m_about = nullptr;
    PreferencesDialog *m_preferences = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
};

} // namespace dashboard::ui
