#include "mainwindow.h"

#include "aboutdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dashboard::ui {

MainWindow::MainWindow(db::ConnectionSettings settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
{
    auto *central = new QWidget(this);
    m_title = new QLabel(central);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body = new QLabel(central);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = new QPushButton(central);
    m_retryButton->setVisible(false);
    connect(m_retryButton, &QPushButton::clicked, this, &MainWindow::checkConnection);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_retryButton, 0, Qt::AlignLeft);
    layout->addStretch();
    setCentralWidget(central);

    m_connectionLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_connectionLabel);

    createActions();
    connect(&m_probe, &QFutureWatcher<db::ServerInfo>::finished, this, [this] {
        m_serverInfo = m_probe.result();
        m_checking = false;
        showConnectionState();
        emit connectionChecked();
    });

    QSettings settingsStore;
    if (!restoreGeometry(settingsStore.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
    retranslateUi();
}

MainWindow::~MainWindow()
{
    m_probe.waitForFinished();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_reconnectAction = m_fileMenu->addAction(QString(), this, &MainWindow::checkConnection);
    m_reconnectAction->setShortcut(QKeySequence::Refresh);
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::checkConnection()
{
    if (m_checking)
        return;
    m_checking = true;
    showConnectionState();
    m_probe.setFuture(QtConcurrent::run(&db::probeServer, m_settings));
}

void MainWindow::showConnectionState()
{
    if (m_checking) {
        m_body->setText(tr("Connecting to %1…").arg(m_settings.describe().toHtmlEscaped()));
        m_connectionLabel->setText(tr("Connecting…"));
        m_retryButton->setVisible(false);
    } else if (m_serverInfo.isConnected()) {
        m_body->setText(tr("<p>Connected to PostgreSQL %1 at %2 as <b>%3</b>.</p>"
                           "<p>The pages for your work — <b>Students</b> at risk and their progress, "
                           "<b>Assignments</b>, the <b>Inbox</b>, <b>Analytics</b> and department <b>Reports</b> — "
                           "are coming in the next releases of Instructor Dashboard.</p>")
                            .arg(m_serverInfo.serverVersion.toHtmlEscaped(), m_serverInfo.target.toHtmlEscaped(),
                                 m_serverInfo.user.toHtmlEscaped())
                        + QStringLiteral("<p>%1</p>").arg(accessDescription().toHtmlEscaped()));
        m_connectionLabel->setText(tr("Online — %1").arg(m_serverInfo.target));
        m_retryButton->setVisible(false);
    } else {
        m_body->setText(tr("<p><b>Not connected.</b> %1</p><p>%2</p>")
                            .arg(m_serverInfo.error.summary().toHtmlEscaped(), m_serverInfo.error.advice().toHtmlEscaped()));
        m_connectionLabel->setText(tr("Offline"));
        m_retryButton->setVisible(true);
    }
    if (m_about)
        m_about->setServer(m_serverInfo.target, m_serverInfo.serverVersion);
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

void MainWindow::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog(this);
    m_about->setServer(m_serverInfo.target, m_serverInfo.serverVersion);
    m_about->show();
    m_about->raise();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Instructor Dashboard"));
    m_fileMenu->setTitle(tr("&File"));
    m_reconnectAction->setText(tr("&Reconnect"));
    m_signOutAction->setText(tr("Sign &out"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Instructor Dashboard"));
    m_title->setText(tr("Instructor Dashboard"));
    m_retryButton->setText(tr("&Retry"));
    showConnectionState();
}

} // namespace dashboard::ui
