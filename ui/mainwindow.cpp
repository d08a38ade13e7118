#include "mainwindow.h"

#include "notes/studentnote.h"
#include "offline/cachedatabase.h"
#include "offline/cachepaths.h"
#include "students/studentdetailpage.h"
#include "students/studentnotespanel.h"

#include "aboutdialog.h"
#include "shell/connectionstatuswidget.h"
#include "shell/notificationbell.h"
#include "shell/placeholderpage.h"
#include "shell/preferencesdialog.h"
#include "shell/shortcutsdialog.h"
#include "shell/themedicon.h"
#include "students/studentspage.h"
#include "students/studentsservice.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

namespace dashboard::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kPageKey = QStringLiteral("mainWindow/page");

} // namespace

MainWindow::MainWindow(db::ConnectionSettings settings, QWidget *parent, LocalCopy localCopy)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
{
    createWidgets();
    createActions();
    createMenus();
    connect(&m_probe, &QFutureWatcher<db::ServerInfo>::finished, this, &MainWindow::onProbeFinished);
    if (localCopy == LocalCopy::Use) {
        const auto identity = offline::CacheIdentity::fromSettings(m_settings);
        m_cachePath = offline::CachePaths::filePath(identity);
        m_sync = new sync::SyncController(m_settings, identity, m_cachePath, this);
        sync::SyncEngine *engine = m_sync->engine();
        connect(engine, &sync::SyncEngine::cacheOpened, this, &MainWindow::onCacheOpened);
        connect(engine, &sync::SyncEngine::stateChanged, this, &MainWindow::onSyncStateChanged);
        connect(engine, &sync::SyncEngine::cacheChanged, this, &MainWindow::onCacheChanged);
        connect(engine, &sync::SyncEngine::writeFailed, this, [this](const QString &message) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Not saved"), message, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        connect(engine, &sync::SyncEngine::writesRejected, this, [this](int count) {
            statusBar()->showMessage(tr("The server refused %n change(s); they are kept in the student's notes to edit or discard.", "", count),
                                     15000);
        });
        connect(m_studentsPage, &StudentsPage::detailOpened, this, [this](StudentDetailPage *page) {
            StudentNotesPanel *notes = page->notesPanel();
            connect(notes, &StudentNotesPanel::noteSubmitted, this,
                    [this](const QString &studentId, const QString &id, const QString &body, notes::NoteFlag flag) {
                        m_sync->writeNote(studentId, id, body, notes::flagToString(flag));
                    });
            connect(notes, &StudentNotesPanel::noteDiscarded, this, [this](const QString &id) { m_sync->discardNoteChanges(id); });
        });
        connect(m_status, &ConnectionStatusWidget::syncRequested, this, [this] { m_sync->syncNow(); });
        connect(m_bell, &NotificationBell::markReadRequested, this, [this](const QStringList &ids) {
            for (const QString &id : ids)
                m_sync->markNotificationRead(id);
        });
    }
    retranslateUi();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    m_probe.waitForFinished();
    // The pages stop listening before the service (and its running work) goes away; the sync
    // engine stops first, so nothing tells the pages to reload meanwhile.
    delete m_sync;
    m_sync = nullptr;
    m_studentsPage->setService(nullptr);
    delete m_service;
    m_service = nullptr;
}

void MainWindow::ensureService()
{
    if (m_service)
        return;
    m_service = new students::StudentsService(m_settings);
    connect(m_service, &students::StudentsService::unreadNotificationCountLoaded, m_bell, &NotificationBell::setUnreadCount);
    connect(m_service, &students::StudentsService::unreadNotificationsLoaded, m_bell,
            [this](const QStringList &ids, const QStringList &titles, const QStringList &messages) {
                QList<NotificationBell::Item> items;
                for (qsizetype i = 0; i < ids.size(); ++i)
                    items.append({ids.at(i), titles.value(i), messages.value(i)});
                m_bell->setUnread(items);
            });
    m_studentsPage->setService(m_service);
}

void MainWindow::onCacheOpened(bool usable, const QString &message)
{
    m_cacheUsable = usable;
    if (!message.isEmpty()) {
        auto *box = new QMessageBox(usable ? QMessageBox::Information : QMessageBox::Warning, tr("Local copy"), message,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (!usable)
        return;
    ensureService();
    m_service->setCache(m_cachePath);
}

void MainWindow::onSyncStateChanged(sync::SyncEngine::State state, const QString &reason, const QDateTime &dataFrom)
{
    m_syncState = state;
    m_syncReason = reason;
    const bool hadData = m_dataFrom.isValid();
    m_dataFrom = dataFrom;
    if (!hadData && m_dataFrom.isValid())
        onCacheChanged(); // the first fill is in
    showConnectionState();
}

void MainWindow::onCacheChanged()
{
    if (!m_cacheUsable || !m_service || !m_dataFrom.isValid())
        return;
    m_studentsPage->refreshQuietly();
    m_service->loadUnreadNotificationCount();
    emit localDataShown();
}

void MainWindow::signOut()
{
    if (m_cacheUsable) {
        QMessageBox box(QMessageBox::Question, tr("Sign out"),
                        tr("Remove the local copy of your students from this computer?"), QMessageBox::NoButton, this);
        box.setInformativeText(tr("Keep it to work offline the next time you sign in here. Changes not yet sent to the "
                                  "server are kept in it and would be lost with it."));
        QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Keep"), QMessageBox::AcceptRole);
        QAbstractButton *cancel = box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == cancel)
            return;
        if (box.clickedButton() == remove) {
            // The engine closes its connections first; the page readers' connections close with
            // their threads, and unlinked files vanish when the last one does.
            delete m_sync;
            m_sync = nullptr;
            m_cacheUsable = false;
            QString error;
            if (!offline::CacheDatabase::wipeFiles(m_cachePath, &error))
                QMessageBox::warning(this, tr("Sign out"), tr("The local copy could not be removed: %1").arg(error));
        }
    }
    emit signOutRequested();
}

void MainWindow::createWidgets()
{
    m_sidebar = new NavigationSidebar(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_studentsPage = new StudentsPage(m_pages);
    m_pages->addWidget(m_studentsPage);
    for (int i = 1; i < kPageCount; ++i)
        m_pages->addWidget(new PlaceholderPage(static_cast<Page>(i), m_pages));
    connect(m_sidebar, &NavigationSidebar::pageSelected, this, &MainWindow::showPage);
    connect(m_studentsPage, &StudentsPage::retryRequested, this, &MainWindow::checkConnection);
    connect(m_studentsPage, &StudentsPage::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_status->setLoading();
        else
            showConnectionState();
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({m_sidebar->sizeHint().width(), 1000});
    setCentralWidget(m_splitter);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setIconSize(QSize(22, 22));
    m_pageTitle = new QLabel(m_toolBar);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_pageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_pageTitle->setFont(titleFont);
    m_pageTitle->setContentsMargins(8, 0, 8, 0);
    m_toolBar->addWidget(m_pageTitle);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_search = new QLineEdit(m_toolBar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 36);
    m_toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_studentsPage->setSearchText(text);
        if (!text.isEmpty() && (currentPage() != Page::Students || m_studentsPage->tabs()->currentIndex() != 0)) {
            showPage(Page::Students);
            m_studentsPage->showList();
        }
    });
    // Enter or Down in the search field goes on to the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        QTableView *table = m_studentsPage->table();
        table->setFocus();
        if (!table->currentIndex().isValid() && table->model()->rowCount() > 0)
            table->setCurrentIndex(table->model()->index(0, 0));
    });
    auto *clearSearch = new QAction(m_search);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clearSearch);
    m_toolBar->addSeparator();
    m_bell = new NotificationBell(m_toolBar);
    m_toolBar->addWidget(m_bell);
    connect(m_bell, &NotificationBell::refreshRequested, this, [this] {
        if (m_sync && m_syncStarted)
            m_sync->syncNow(); // the count follows the sync (cacheChanged)
        else if (m_service && m_serverInfo.isConnected())
            m_service->loadUnreadNotificationCount();
    });

    m_status = new ConnectionStatusWidget(this);
    statusBar()->addPermanentWidget(m_status);
}

void MainWindow::createActions()
{
    m_signOutAction = new QAction(this);
    m_signOutAction->setObjectName(QStringLiteral("signOut"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("find"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);
    m_preferencesAction = new QAction(this);
    m_preferencesAction->setObjectName(QStringLiteral("preferences"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refresh"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_syncAction = new QAction(this);
    m_syncAction->setObjectName(QStringLiteral("syncNow"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_syncAction->setEnabled(false);
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreen"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    m_pageGroup = new QActionGroup(this);
    m_pageGroup->setExclusive(true);
    for (int i = 0; i < kPageCount; ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("page-") + NavigationSidebar::pageIconName(static_cast<Page>(i)));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setIcon(themedIcon(NavigationSidebar::pageIconName(static_cast<Page>(i))));
        action->setIconVisibleInMenu(false);
        m_pageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
        m_pageActions << action;
    }
    m_pageActions.first()->setChecked(true);

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcuts"));
    m_shortcutsAction->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setToolTipsVisible(true);
    m_fileMenu->addAction(m_studentsPage->exportAction());
    m_fileMenu->addAction(m_studentsPage->closeTabAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setToolTipsVisible(true);
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_studentsPage->messageAction());
    m_editMenu->addAction(m_studentsPage->assignAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_syncAction);
    m_viewMenu->addAction(m_fullScreenAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_pageActions);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::checkConnection()
{
    if (m_sync && !m_syncStarted) {
        m_syncStarted = true;
        m_syncAction->setEnabled(true);
        m_sync->start();
    }
    if (m_checking)
        return;
    m_checking = true;
    showConnectionState();
    if (!m_studentsPage->hasLoaded())
        m_studentsPage->showConnecting();
    m_probe.setFuture(QtConcurrent::run(&db::probeServer, m_settings));
}

void MainWindow::onProbeFinished()
{
    m_serverInfo = m_probe.result();
    m_checking = false;
    showConnectionState();
    if (m_serverInfo.isConnected()) {
        if (m_serverInfo.accessRole.isEmpty()) {
            m_studentsPage->showConnectionProblem(tr("This login has no dashboard access."), accessDescription());
        } else {
            ensureService();
            m_studentsPage->reload();
            m_service->loadUnreadNotificationCount();
        }
    } else if (!hasLocalData()) {
        m_studentsPage->showConnectionProblem(m_serverInfo.error.summary(), m_serverInfo.error.advice());
        m_bell->setUnreadCount(-1);
    }
    if (m_about)
        m_about->setServer(m_serverInfo.target, m_serverInfo.serverVersion);
    emit connectionChecked();
}

void MainWindow::refresh()
{
    if (m_sync && m_syncStarted)
        m_sync->syncNow();
    if (hasLocalData() && !m_serverInfo.isConnected()) {
        checkConnection();
        return;
    }
    if (!m_serverInfo.isConnected() || !m_service) {
        checkConnection();
        return;
    }
    m_studentsPage->reload();
    m_service->loadUnreadNotificationCount();
}

QString MainWindow::connectionLabel() const
{
    const QString user = m_serverInfo.user.isEmpty() ? m_settings.effective(QStringLiteral("user")) : m_serverInfo.user;
    QString host = m_settings.effective(QStringLiteral("host"));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    const QString port = m_settings.effective(QStringLiteral("port"));
    const QString database = m_settings.effective(QStringLiteral("dbname"));
    return QStringLiteral("%1@%2%3/%4").arg(user, host, port.isEmpty() ? QString() : QLatin1Char(':') + port,
                                             database.isEmpty() ? user : database);
}

void MainWindow::showConnectionState()
{
    // With a local copy, the sync engine knows best: it talks to the server every minute.
    if (m_cacheUsable && m_syncState != sync::SyncEngine::State::Starting) {
        switch (m_syncState) {
        case sync::SyncEngine::State::Syncing:
            m_status->setSyncing();
            return;
        case sync::SyncEngine::State::Offline:
            m_status->setOffline(m_syncReason, m_dataFrom);
            return;
        case sync::SyncEngine::State::Online:
            if (m_serverInfo.isConnected() && !m_studentsPage->isLoading()) {
                m_status->setOnline(connectionLabel(), tr("PostgreSQL %1 at %2\n%3")
                                                           .arg(m_serverInfo.serverVersion, m_serverInfo.target, accessDescription()));
                return;
            }
            if (!m_checking && !m_serverInfo.isConnected()) {
                m_status->setOnline(connectionLabel());
                return;
            }
            break;
        case sync::SyncEngine::State::Starting:
            break;
        }
    }
    if (m_checking) {
        m_status->setConnecting();
    } else if (m_serverInfo.isConnected()) {
        if (m_studentsPage->isLoading()) {
            m_status->setLoading();
        } else {
            m_status->setOnline(connectionLabel(), tr("PostgreSQL %1 at %2\n%3")
                                                       .arg(m_serverInfo.serverVersion, m_serverInfo.target, accessDescription()));
        }
    } else if (m_serverInfo.error.isError()) {
        m_status->setOffline(m_serverInfo.error.summary());
    } else {
        m_status->setOffline(tr("not connected yet"));
    }
}

QString MainWindow::accessDescription() const
{
    if (m_serverInfo.accessRole == QLatin1String("instructor"))
        return tr("You are signed in as an instructor: you see your own students.");
    if (m_serverInfo.accessRole == QLatin1String("supervisor"))
        return tr("You are signed in as a supervisor: you see your department and the departments below it.");
    if (m_serverInfo.accessRole == QLatin1String("admin"))
        return tr("You are signed in as an administrator: you see every department.");
    return tr("This login has no dashboard access role. Ask an administrator to grant you access "
              "(instructor-dashboard-admin access grant).");
}

void MainWindow::showPage(Page page)
{
    const int index = static_cast<int>(page);
    if (index < 0 || index >= kPageCount)
        return;
    m_pages->setCurrentIndex(index);
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentPage(page);
    m_pageActions.at(index)->setChecked(true);
    m_pageTitle->setText(NavigationSidebar::pageTitle(page));
}

Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::focusSearch()
{
    showPage(Page::Students);
    m_studentsPage->showList();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog(this);
    m_about->setServer(m_serverInfo.target, m_serverInfo.serverVersion);
    m_about->show();
    m_about->raise();
}

void MainWindow::showPreferences()
{
    if (!m_preferences)
        m_preferences = new PreferencesDialog(this);
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(this);
        auto group = [](QMenu *menu) {
            ShortcutsDialog::Group g;
            g.menu = menu->menuAction();
            for (QAction *action : menu->actions())
                g.actions << action;
            return g;
        };
        m_shortcuts->setGroups({group(m_fileMenu), group(m_editMenu), group(m_viewMenu), group(m_helpMenu)});
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::WindowStateChange)
        m_fullScreenAction->setChecked(isFullScreen());
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const int page = settings.value(kPageKey, 0).toInt();
    showPage(page >= 0 && page < kPageCount ? static_cast<Page>(page) : Page::Students);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kPageKey, m_pages->currentIndex());
    m_studentsPage->saveSettings();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Instructor Dashboard"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_search->setPlaceholderText(tr("Search students by name or e-mail (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search students"));
    m_fileMenu->setTitle(tr("&File"));
    m_signOutAction->setText(tr("Sign &Out"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find Student"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_syncAction->setText(tr("&Sync Now"));
    m_syncAction->setToolTip(tr("Bring the local copy up to date and send the changes made offline"));
    m_fullScreenAction->setText(tr("F&ull Screen"));
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions[i]->setText(NavigationSidebar::pageTitle(static_cast<Page>(i)));
    m_pageTitle->setText(NavigationSidebar::pageTitle(currentPage()));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Instructor Dashboard"));
    showConnectionState();
}

} // namespace dashboard::ui
