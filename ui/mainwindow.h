#pragma once

#include "db/connectionsettings.h"
#include "db/serverprobe.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QPushButton;

namespace dashboard::ui {

class AboutDialog;

// The dashboard's main window. The pages instructors work in arrive with later releases;
// this window connects, says to what, and offers the standard menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(db::ConnectionSettings settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Checks the server off the UI thread; connectionChecked() follows.
    void checkConnection();
    const db::ServerInfo &serverInfo() const { return m_serverInfo; }

signals:
    void connectionChecked();
    // File ▸ Sign out: whoever opened the window closes it and asks who signs in next.
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void showConnectionState();
    void showAbout();
    QString accessDescription() const;

    db::ConnectionSettings m_settings;
    db::ServerInfo m_serverInfo;
    bool m_checking = false;
    QFutureWatcher<db::ServerInfo> m_probe;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    AboutDialog *m_about = nullptr;
};

} // namespace dashboard::ui
