#pragma once

#include "db/connectionerror.h"
#include "db/connectionsettings.h"
#include "db/serverprobe.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace dashboard::security {
class SecretStore;
}

namespace dashboard::ui {

// Who signs in, to which server: each person with their own PostgreSQL login.
//
// Checks the login off the UI thread and explains a failure inside the dialog. On success it
// remembers the server and user name in QSettings and the password only in the SecretStore,
// and only when asked to.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // store may be null (nothing is remembered); it must outlive the dialog.
    explicit SignInDialog(security::SecretStore *store, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Starts from a login used before (the session just signed out of, say): server, database,
    // TLS mode and user, never the password. Values left out come from the libpq environment.
    void prefill(const db::ConnectionSettings &settings);

    // What to connect with, password included (in memory only). Complete once accepted.
    db::ConnectionSettings settings() const;
    // The server that accepted the login.
    db::ServerInfo serverInfo() const { return m_serverInfo; }

    // True while signing in or saving the password; the inputs are disabled meanwhile.
    bool isBusy() const { return m_state == State::Connecting || m_state == State::Saving; }

public slots:
    // Validates, then signs in off the UI thread; accepts once the server said yes.
    void signIn();
    // Esc, Cancel, closing the window: also while signing in, which is then abandoned.
    void reject() override;

signals:
    void busyChanged(bool busy);
    // The server refused or could not be reached; the dialog shows why.
    void signInFailed();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State {
        Editing,
        Connecting,
        Saving,             // connected; waiting for the keychain to store the password
        SignedInWithWarning // connected, but the password could not be remembered
    };
    enum Field { Host = 0x1, Database = 0x2, User = 0x4 };

    void createWidgets();
    void retranslateUi();
    void restoreSettings();
    void saveSettings() const;
    QString currentAccount() const;
    void lookUpRememberedPassword();
    void focusFirstEmptyField();
    void onPasswordRead(const QString &account, const QString &password, bool found);
    void onStoreFinished(const QString &account, bool ok, const QString &error);
    void updateKeychainAvailability();
    bool validate();
    void showValidation();
    void onProbeFinished();
    void showError();
    void fitToContents();
    void setState(State state);
    void finishSignIn();

    security::SecretStore *m_store = nullptr;
    State m_state = State::Editing;
    int m_invalidFields = 0;
    db::ConnectionError m_error;
    QString m_saveError;
    // The account being saved while State::Saving.
    QString m_savingAccount;
    // The password was typed (not filled in from the store): a late answer never replaces it.
    bool m_passwordTyped = false;
    db::ServerInfo m_serverInfo;
    QFutureWatcher<db::ServerInfo> m_probe;

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QGroupBox *m_serverGroup = nullptr;
    QFormLayout *m_serverForm = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_hostError = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_databaseError = nullptr;
    QLabel *m_tlsLabel = nullptr;
    QComboBox *m_tls = nullptr;
    QGroupBox *m_loginGroup = nullptr;
    QFormLayout *m_loginForm = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_userError = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    QFrame *m_errorPanel = nullptr;
    QLabel *m_errorIcon = nullptr;
    QLabel *m_errorText = nullptr;
    QWidget *m_busyPanel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyText = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace dashboard::ui
