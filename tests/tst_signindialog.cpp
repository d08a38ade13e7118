// The sign-in dialog offscreen, driven by keyboard and mouse against the PostgreSQL of
// scripts/test: a good login is accepted; a wrong password, a revoked login, an unreachable
// server and a refused TLS requirement are explained inside the dialog; empty fields are named
// before anything connects; a remembered password goes to the SecretStore and into no file;
// without a keychain the dialog says so.
#include "security/keychainsecretstore.h"
#include "security/memorysecretstore.h"
#include "signin/signindialog.h"
#include "testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

#include <memory>

using dashboard::security::MemorySecretStore;
using dashboard::security::SecretStore;
using dashboard::ui::KeychainSecretStore;
using dashboard::ui::SignInDialog;

namespace {

const int kTimeout = 20000;

// The dialog's widgets, found by object name.
struct Form
{
    explicit Form(SignInDialog &dialog)
        : dialog(dialog)
        , host(find<QLineEdit>("host"))
        , port(find<QSpinBox>("port"))
        , database(find<QLineEdit>("database"))
        , tls(find<QComboBox>("tls"))
        , user(find<QLineEdit>("user"))
        , password(find<QLineEdit>("password"))
        , remember(find<QCheckBox>("remember"))
        , keychainNote(find<QLabel>("keychainNote"))
        , hostError(find<QLabel>("hostError"))
        , databaseError(find<QLabel>("databaseError"))
        , userError(find<QLabel>("userError"))
        , errorPanel(find<QWidget>("errorPanel"))
        , errorText(find<QLabel>("errorText"))
        , busyPanel(find<QWidget>("busyPanel"))
        , signIn(find<QPushButton>("signIn"))
    {
    }

    template<typename T>
    T *find(const char *name)
    {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("the sign-in dialog has no %s", name);
        return widget;
    }

    SignInDialog &dialog;
    QLineEdit *host;
    QSpinBox *port;
    QLineEdit *database;
    QComboBox *tls;
    QLineEdit *user;
    QLineEdit *password;
    QCheckBox *remember;
    QLabel *keychainNote;
    QLabel *hostError;
    QLabel *databaseError;
    QLabel *userError;
    QWidget *errorPanel;
    QLabel *errorText;
    QWidget *busyPanel;
    QPushButton *signIn;
};

// Replaces a field's text the way a person does: select all, type.
void typeInto(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Backspace);
    else
        QTest::keyClicks(field, text);
}

// Clicks a check box on its box, as a person does (its middle may be empty space).
void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 1,
                                                      box->height() / 2));
}

// Picks a TLS mode with the keyboard: Home is "Disable", each Down the next mode.
void chooseTlsMode(QComboBox *tls, const QString &sslmode)
{
    QTest::keyClick(tls, Qt::Key_Home);
    while (tls->currentData().toString() != sslmode && tls->currentIndex() < tls->count() - 1)
        QTest::keyClick(tls, Qt::Key_Down);
}

QString environmentPassword()
{
    return qEnvironmentVariable("PGPASSWORD");
}

// Every file under a directory whose bytes contain the secret (as UTF-8 or UTF-16).
QStringList filesContaining(const QString &directory, const QString &secret)
{
    QStringList found;
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found << file.fileName();
    }
    return found;
}

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_database;

    // Shows the dialog, active, so focus and shortcuts behave as on a desktop.
    static bool showActive(SignInDialog &dialog)
    {
        dialog.show();
        dialog.activateWindow();
        return QTest::qWaitForWindowActive(&dialog);
    }

    // Fills every field with the test server's login.
    void fillValid(Form &form, const QString &password)
    {
        typeInto(form.host, qEnvironmentVariable("PGHOST"));
        typeInto(form.port, QString::number(qEnvironmentVariableIntValue("PGPORT")));
        typeInto(form.database, m_database->name());
        chooseTlsMode(form.tls, QStringLiteral("disable"));
        typeInto(form.user, qEnvironmentVariable("PGUSER"));
        typeInto(form.password, password);
    }

    // Presses Enter in the password field and waits for the server's refusal.
    static bool signInAndExpectFailure(Form &form)
    {
        QSignalSpy failed(&form.dialog, &SignInDialog::signInFailed);
        QTest::keyClick(form.password, Qt::Key_Return);
        return failed.wait(kTimeout) && form.dialog.isVisible() && form.dialog.result() != QDialog::Accepted;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QStandardPaths::isTestModeEnabled());
        m_database = std::make_unique<TestDatabase>(QStringLiteral("signin"));
        REQUIRE_DATABASE(*m_database);
        QVERIFY2(!environmentPassword().isEmpty(), "PGPASSWORD is not set: run through scripts/test");
        // Settings go to the test-mode location, not the person's own configuration.
        QVERIFY2(QSettings().fileName().contains(QLatin1String(".qttest")), qPrintable(QSettings().fileName()));
    }

    void init()
    {
        QSettings().clear();
    }

    void cleanupTestCase()
    {
        m_database.reset();
        for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation})
            QDir(QStandardPaths::writableLocation(location)).removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1Char('/')
             + QCoreApplication::organizationName())
            .removeRecursively();
    }

    void theRightPasswordSignsIn()
    {
        MemorySecretStore store;
        SignInDialog dialog(&store);
        Form form(dialog);
        QVERIFY(showActive(dialog));
        fillValid(form, environmentPassword());

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy busy(&dialog, &SignInDialog::busyChanged);
        QTest::keyClick(form.password, Qt::Key_Return);
        // Connecting happens off the UI thread, with the inputs disabled meanwhile.
        QVERIFY(dialog.isBusy());
        QVERIFY(form.busyPanel->isVisible());
        QVERIFY(!form.host->isEnabled());
        QVERIFY(!form.password->isEnabled());
        QVERIFY(!form.signIn->isEnabled());
        QVERIFY(accepted.wait(kTimeout));

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(!busy.isEmpty());
        QVERIFY(dialog.serverInfo().isConnected());
        QCOMPARE(dialog.serverInfo().user, qEnvironmentVariable("PGUSER"));
        const auto settings = dialog.settings();
        QCOMPARE(settings.value(QStringLiteral("host")), qEnvironmentVariable("PGHOST"));
        QCOMPARE(settings.value(QStringLiteral("port")), qEnvironmentVariable("PGPORT"));
        QCOMPARE(settings.value(QStringLiteral("dbname")), m_database->name());
        QCOMPARE(settings.value(QStringLiteral("user")), qEnvironmentVariable("PGUSER"));
        QCOMPARE(settings.value(QStringLiteral("sslmode")), QStringLiteral("disable"));
        QCOMPARE(settings.value(QStringLiteral("password")), environmentPassword());

        // Everything but the password is remembered for next time.
        const QSettings saved;
        QCOMPARE(saved.value(QStringLiteral("signIn/host")).toString(), qEnvironmentVariable("PGHOST"));
        QCOMPARE(saved.value(QStringLiteral("signIn/database")).toString(), m_database->name());
        QCOMPARE(saved.value(QStringLiteral("signIn/user")).toString(), qEnvironmentVariable("PGUSER"));
        QCOMPARE(saved.value(QStringLiteral("signIn/sslmode")).toString(), QStringLiteral("disable"));
        for (const QString &key : saved.allKeys())
            QVERIFY2(saved.value(key).toString() != environmentPassword(), qPrintable(key));
        // "Remember" was not ticked: nothing in the store.
        QCOMPARE(store.size(), 0);
    }

    void aWrongPasswordIsExplainedAndSelectedForRetyping()
    {
        SignInDialog dialog(nullptr);
        Form form(dialog);
        QVERIFY(showActive(dialog));
        const QString wrong = QStringLiteral("not-") + environmentPassword();
        fillValid(form, wrong);
        QVERIFY(signInAndExpectFailure(form));

        QVERIFY(form.errorPanel->isVisible());
        QVERIFY2(form.errorText->text().contains(QStringLiteral("Wrong user name or password")), qPrintable(form.errorText->text()));
        QVERIFY(form.errorText->text().contains(QStringLiteral("Check the user name and password")));
        // Everything typed is kept; the password is selected, ready to be typed again.
        QCOMPARE(form.host->text(), qEnvironmentVariable("PGHOST"));
        QCOMPARE(form.database->text(), m_database->name());
        QCOMPARE(form.user->text(), qEnvironmentVariable("PGUSER"));
        QVERIFY(form.password->isEnabled());
        QTRY_VERIFY(form.password->hasFocus());
        QCOMPARE(form.password->selectedText(), wrong);

        // Typing the right one over it signs in.
        QTest::keyClicks(form.password, environmentPassword());
        QCOMPARE(form.password->text(), environmentPassword());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(form.password, Qt::Key_Enter);
        QVERIFY(accepted.wait(kTimeout));
        QVERIFY(dialog.serverInfo().isConnected());
    }

    void anUnknownOrRevokedLoginIsExplained()
    {
        SignInDialog dialog(nullptr);
        Form form(dialog);
        QVERIFY(showActive(dialog));
        fillValid(form, QStringLiteral("whatever"));

        // With password authentication PostgreSQL does not say whether a login exists, so a
        // login that was never granted (or was dropped) reads as a wrong name or password.
        typeInto(form.user, QStringLiteral("nobody-%1@example.org").arg(QCoreApplication::applicationPid()));
        QVERIFY(signInAndExpectFailure(form));
        QVERIFY2(form.errorText->text().contains(QStringLiteral("Wrong user name or password")), qPrintable(form.errorText->text()));

        // A login whose access was revoked (NOLOGIN) is named as such.
        const QString role = QStringLiteral("t_revoked_%1").arg(QCoreApplication::applicationPid());
        QString error;
        QVERIFY2(m_database->exec(QStringLiteral("CREATE ROLE %1 NOLOGIN PASSWORD 'revoked-pw'").arg(role), &error), qPrintable(error));
        const auto dropRole = qScopeGuard([this, role] { m_database->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)); });
        typeInto(form.user, role);
        typeInto(form.password, QStringLiteral("revoked-pw"));
        QVERIFY(signInAndExpectFailure(form));
        const QString text = form.errorText->text();
        QVERIFY2(text.contains(QStringLiteral("No such login")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Ask an administrator to grant you access")), qPrintable(text));
        QCOMPARE(form.user->text(), role);
        QTRY_VERIFY(form.user->hasFocus());
    }

    void anUnreachableServerIsExplained()
    {
        SignInDialog dialog(nullptr);
        Form form(dialog);
        QVERIFY(showActive(dialog));
        fillValid(form, environmentPassword());
        typeInto(form.port, QStringLiteral("1"));
        QCOMPARE(form.port->value(), 1);
        QVERIFY(signInAndExpectFailure(form));
        const QString text = form.errorText->text();
        QVERIFY2(text.contains(QStringLiteral("The server could not be reached")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Check the server name and port")));
        // The likely mistake has the focus.
        QTRY_VERIFY(form.host->hasFocus());
        QCOMPARE(form.password->text(), environmentPassword());
    }

    void aRefusedTlsRequirementIsExplained()
    {
        SignInDialog dialog(nullptr);
        Form form(dialog);
        QVERIFY(showActive(dialog));
        fillValid(form, environmentPassword());
        chooseTlsMode(form.tls, QStringLiteral("require"));
        QCOMPARE(form.tls->currentText(), QStringLiteral("Require"));
        QVERIFY(signInAndExpectFailure(form));
        const QString text = form.errorText->text();
        QVERIFY2(text.contains(QStringLiteral("No secure (TLS) connection could be made")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("TLS mode")));
        QCOMPARE(dialog.settings().value(QStringLiteral("sslmode")), QStringLiteral("require"));
    }

    void emptyFieldsAreNamedBeforeConnecting()
    {
        SignInDialog dialog(nullptr);
        Form form(dialog);
        QVERIFY(showActive(dialog));
        fillValid(form, environmentPassword());
        typeInto(form.host, QString());
        typeInto(form.user, QStringLiteral("   "));

        QSignalSpy busy(&dialog, &SignInDialog::busyChanged);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(form.signIn, Qt::LeftButton);
        // No attempt: nothing went busy, nothing to wait for.
        QVERIFY(!dialog.isBusy());
        QVERIFY(busy.isEmpty());
        QVERIFY(!form.errorPanel->isVisible());
        QVERIFY(form.hostError->isVisible());
        QCOMPARE(form.hostError->text(), QStringLiteral("Enter the server's name or address."));
        QVERIFY(form.userError->isVisible());
        QCOMPARE(form.userError->text(), QStringLiteral("Enter your user name."));
        QVERIFY(!form.databaseError->isVisible());
        QTRY_VERIFY(form.host->hasFocus());
        QTest::qWait(200);
        QVERIFY(busy.isEmpty());
        QVERIFY(accepted.isEmpty());
        QVERIFY(dialog.isVisible());

        // Typing into a field takes its complaint away.
        QTest::keyClicks(form.host, qEnvironmentVariable("PGHOST"));
        QVERIFY(!form.hostError->isVisible());
        QVERIFY(form.userError->isVisible());
    }

    void aRememberedPasswordGoesToTheStoreAndIntoNoFile()
    {
        const QString password = environmentPassword();
        MemorySecretStore store;
        {
            SignInDialog dialog(&store);
            Form form(dialog);
            QVERIFY(showActive(dialog));
            QVERIFY(form.remember->isEnabled());
            QVERIFY(!form.keychainNote->isVisible());
            fillValid(form, password);
            clickCheckBox(form.remember);
            QVERIFY(form.remember->isChecked());
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            QTest::keyClick(form.password, Qt::Key_Return);
            QVERIFY(accepted.wait(kTimeout));
        }
        const QString account = SecretStore::accountFor(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGHOST"),
                                                        qEnvironmentVariableIntValue("PGPORT"), m_database->name());
        QCOMPARE(account, QStringLiteral("%1@%2:%3/%4")
                              .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGHOST"),
                                   qEnvironmentVariable("PGPORT"), m_database->name()));
        QVERIFY(store.contains(account));
        QCOMPARE(store.password(account), password);

        // No file of the application holds the password.
        QSettings().sync();
        QVERIFY(QFile::exists(QSettings().fileName()));
        QVERIFY(!filesContaining(QFileInfo(QSettings().fileName()).absolutePath(), m_database->name()).isEmpty());
        const QStringList directories{
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1Char('/')
                + QCoreApplication::organizationName(),
        };
        for (const QString &directory : directories) {
            const QStringList leaks = filesContaining(directory, password);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
        }

        // Next time everything is filled in, the password from the store.
        {
            SignInDialog dialog(&store);
            Form form(dialog);
            QVERIFY(showActive(dialog));
            QCOMPARE(form.host->text(), qEnvironmentVariable("PGHOST"));
            QCOMPARE(form.port->value(), qEnvironmentVariableIntValue("PGPORT"));
            QCOMPARE(form.database->text(), m_database->name());
            QCOMPARE(form.tls->currentData().toString(), QStringLiteral("disable"));
            QCOMPARE(form.user->text(), qEnvironmentVariable("PGUSER"));
            QTRY_COMPARE(form.password->text(), password);
            QVERIFY(form.remember->isChecked());
            // Unticked, the password is forgotten once signed in.
            clickCheckBox(form.remember);
            QVERIFY(!form.remember->isChecked());
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            QTest::keyClick(form.password, Qt::Key_Return);
            QVERIFY(accepted.wait(kTimeout));
            QTRY_VERIFY(!store.contains(account));
        }
    }

    void aFailedSaveStillSignsInAndSaysSo()
    {
        MemorySecretStore store;
        store.setWriteError(QStringLiteral("the keychain is locked"));
        SignInDialog dialog(&store);
        Form form(dialog);
        QVERIFY(showActive(dialog));
        fillValid(form, environmentPassword());
        clickCheckBox(form.remember);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(form.password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(form.errorPanel->isVisible(), kTimeout);
        QVERIFY(accepted.isEmpty());
        QVERIFY(form.errorText->text().contains(QStringLiteral("could not be saved in the keychain")));
        QVERIFY(form.errorText->text().contains(QStringLiteral("the keychain is locked")));
        QCOMPARE(form.signIn->text(), QStringLiteral("&Continue"));
        QTest::keyClick(form.signIn, Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
        QVERIFY(dialog.serverInfo().isConnected());
        QCOMPARE(store.size(), 0);
    }

    void withoutAKeychainTheDialogSaysSo()
    {
        // This environment has no D-Bus session (as in CI and under Xvfb).
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        KeychainSecretStore keychain;
        QVERIFY(!keychain.isAvailable());
        QCOMPARE(KeychainSecretStore::serviceName(), QStringLiteral("instructor-dashboard"));

        SignInDialog dialog(&keychain);
        Form form(dialog);
        QVERIFY(showActive(dialog));
        QVERIFY(!form.remember->isEnabled());
        QVERIFY(!form.remember->isChecked());
        const QString note = QStringLiteral("No keychain is available on this computer: the password will be asked each time.");
        QCOMPARE(form.remember->toolTip(), note);
        QVERIFY(form.keychainNote->isVisible());
        QCOMPARE(form.keychainNote->text(), note);

        // Asked to keep a password anyway, it refuses and writes nothing anywhere (no plaintext fallback).
        const QString secret = QStringLiteral("never-written-%1").arg(QCoreApplication::applicationPid());
        QSignalSpy finished(&keychain, &SecretStore::finished);
        keychain.writePassword(QStringLiteral("someone@example.org:5432/db"), secret);
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QSignalSpy read(&keychain, &SecretStore::passwordRead);
        keychain.readPassword(QStringLiteral("someone@example.org:5432/db"));
        QVERIFY(read.wait(kTimeout));
        QCOMPARE(read.first().at(2).toBool(), false);
        const QString configRoot = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QVERIFY(filesContaining(configRoot, secret).isEmpty());
        QVERIFY(!QFile::exists(configRoot + QStringLiteral("/instructor-dashboard.conf")));
    }

    void aPreviousLoginIsPrefilledWithoutItsPassword()
    {
        QString error;
        const auto previous = dashboard::db::ConnectionSettings::parse(
            QStringLiteral("postgresql://ana%40example.org:secret@db.example.org:6543/training?sslmode=verify-full"), &error);
        QVERIFY2(previous, qPrintable(error));
        SignInDialog dialog(nullptr);
        Form form(dialog);
        dialog.prefill(*previous);
        QVERIFY(showActive(dialog));
        QCOMPARE(form.host->text(), QStringLiteral("db.example.org"));
        QCOMPARE(form.port->value(), 6543);
        QCOMPARE(form.database->text(), QStringLiteral("training"));
        QCOMPARE(form.tls->currentText(), QStringLiteral("Verify full (recommended)"));
        QCOMPARE(form.user->text(), QStringLiteral("ana@example.org"));
        QVERIFY(form.password->text().isEmpty());
        QTRY_VERIFY(form.password->hasFocus());
    }

    void theKeyboardDrivesTheDialog()
    {
        SignInDialog dialog(nullptr);
        Form form(dialog);
        QVERIFY(showActive(dialog));

        // Tab walks the form top to bottom.
        form.host->setFocus();
        QTRY_VERIFY(form.host->hasFocus());
        const QList<QWidget *> order{form.port, form.database, form.tls, form.user, form.password};
        for (QWidget *expected : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            QVERIFY2(focused == expected || expected->isAncestorOf(focused),
                     qPrintable(QStringLiteral("expected %1, got %2").arg(expected->objectName(), focused->objectName())));
        }

        // Mnemonics reach their fields.
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(form.database->hasFocus());
        QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(form.password->hasFocus());

        // A language change re-applies the texts without losing anything typed.
        typeInto(form.user, QStringLiteral("ana@example.org"));
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&dialog, &languageChange);
        QCOMPARE(form.signIn->text(), QStringLiteral("&Sign in"));
        QCOMPARE(form.tls->itemText(form.tls->count() - 1), QStringLiteral("Verify full (recommended)"));
        QCOMPARE(form.user->text(), QStringLiteral("ana@example.org"));

        // Esc cancels, even while signing in; the attempt's late answer is ignored.
        fillValid(form, environmentPassword());
        QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(form.password, Qt::Key_Return);
        QVERIFY(dialog.isBusy());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        QTest::qWait(1000);
        QVERIFY(accepted.isEmpty());
        QVERIFY(failed.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    // Before anything reads settings or the session bus: settings in Qt's test location, under
    // names of this run's own, and no D-Bus session, as in CI.
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InstructorDashboardTest-%1").arg(QCoreApplication::applicationPid()));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signindialog"));
    TestSignInDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signindialog.moc"
