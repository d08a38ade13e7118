#include "signindialog.h"

#include "security/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>

namespace dashboard::ui {

namespace {

// libpq's sslmode values, in the order the TLS combo box lists them.
const std::array<const char *, 6> kSslModes{"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

const QString kDefaultSslMode = QStringLiteral("prefer"); // libpq's own default

QString settingsKey(const char *name)
{
    return QStringLiteral("signIn/") + QLatin1String(name);
}

QLabel *newFieldError(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

// A field with its complaint right under it, in the field column of a form.
QWidget *fieldWithError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return cell;
}

} // namespace

SignInDialog::SignInDialog(security::SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    createWidgets();
    connect(&m_probe, &QFutureWatcher<db::ServerInfo>::finished, this, &SignInDialog::onProbeFinished);
    if (m_store) {
        connect(m_store, &security::SecretStore::passwordRead, this,
                [this](const QString &account, const QString &password, bool found, const QString &) {
                    onPasswordRead(account, password, found);
                });
        connect(m_store, &security::SecretStore::finished, this, &SignInDialog::onStoreFinished);
        connect(m_store, &security::SecretStore::availabilityChanged, this, &SignInDialog::updateKeychainAvailability);
    }
    retranslateUi();
    restoreSettings();
    updateKeychainAvailability();
    setState(State::Editing);
    lookUpRememberedPassword();
    focusFirstEmptyField();
}

// The probe, if one is still running, owns copies of everything it needs; its result is
// simply dropped, so closing never waits for a slow server.
SignInDialog::~SignInDialog()
{
    // ~QDialog hides the dialog, and the focused field's editingFinished would then reach a
    // half-destroyed SignInDialog.
    for (const QObject *field : std::initializer_list<const QObject *>{m_host, m_port, m_database, m_user})
        disconnect(field, nullptr, this, nullptr);
}

void SignInDialog::createWidgets()
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    // Server
    m_serverGroup = new QGroupBox(this);
    m_serverForm = new QFormLayout(m_serverGroup);
    m_host = new QLineEdit(m_serverGroup);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    m_hostLabel = new QLabel(m_serverGroup);
    m_hostLabel->setBuddy(m_host);
    m_hostError = newFieldError(m_serverGroup);
    m_hostError->setObjectName(QStringLiteral("hostError"));
    m_serverForm->addRow(m_hostLabel, fieldWithError(m_host, m_hostError, m_serverGroup));

    m_port = new QSpinBox(m_serverGroup);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_portLabel = new QLabel(m_serverGroup);
    m_portLabel->setBuddy(m_port);
    m_serverForm->addRow(m_portLabel, m_port);

    m_database = new QLineEdit(m_serverGroup);
    m_database->setObjectName(QStringLiteral("database"));
    m_databaseLabel = new QLabel(m_serverGroup);
    m_databaseLabel->setBuddy(m_database);
    m_databaseError = newFieldError(m_serverGroup);
    m_databaseError->setObjectName(QStringLiteral("databaseError"));
    m_serverForm->addRow(m_databaseLabel, fieldWithError(m_database, m_databaseError, m_serverGroup));

    m_tls = new QComboBox(m_serverGroup);
    m_tls->setObjectName(QStringLiteral("tls"));
    for (const char *mode : kSslModes)
        m_tls->addItem(QString(), QString::fromLatin1(mode));
    m_tlsLabel = new QLabel(m_serverGroup);
    m_tlsLabel->setBuddy(m_tls);
    m_serverForm->addRow(m_tlsLabel, m_tls);

    // Login
    m_loginGroup = new QGroupBox(this);
    m_loginForm = new QFormLayout(m_loginGroup);
    m_user = new QLineEdit(m_loginGroup);
    m_user->setObjectName(QStringLiteral("user"));
    m_userLabel = new QLabel(m_loginGroup);
    m_userLabel->setBuddy(m_user);
    m_userError = newFieldError(m_loginGroup);
    m_userError->setObjectName(QStringLiteral("userError"));
    m_loginForm->addRow(m_userLabel, fieldWithError(m_user, m_userError, m_loginGroup));

    m_password = new QLineEdit(m_loginGroup);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(m_loginGroup);
    m_passwordLabel->setBuddy(m_password);
    m_loginForm->addRow(m_passwordLabel, m_password);

    m_remember = new QCheckBox(m_loginGroup);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_loginForm->addRow(QString(), m_remember);
    m_keychainNote = new QLabel(m_loginGroup);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_loginForm->addRow(QString(), m_keychainNote);

    // Why the last attempt failed, inside the dialog.
    m_errorPanel = new QFrame(this);
    m_errorPanel->setObjectName(QStringLiteral("errorPanel"));
    m_errorPanel->setFrameShape(QFrame::StyledPanel);
    m_errorIcon = new QLabel(m_errorPanel);
    m_errorIcon->setAlignment(Qt::AlignTop);
    m_errorText = new QLabel(m_errorPanel);
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextFormat(Qt::RichText);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *errorLayout = new QHBoxLayout(m_errorPanel);
    errorLayout->addWidget(m_errorIcon);
    errorLayout->addWidget(m_errorText, 1);
    m_errorPanel->setVisible(false);

    m_busyPanel = new QWidget(this);
    m_busyPanel->setObjectName(QStringLiteral("busyPanel"));
    m_busyBar = new QProgressBar(m_busyPanel);
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_busyText = new QLabel(m_busyPanel);
    auto *busyLayout = new QHBoxLayout(m_busyPanel);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyText, 1);
    m_busyPanel->setVisible(false);

    m_buttons = new QDialogButtonBox(this);
    m_signInButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signIn"));
    m_signInButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addWidget(m_serverGroup);
    layout->addWidget(m_loginGroup);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_busyPanel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // Wide enough that the notes and errors wrap into a line or two, not a column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_tls);
    setTabOrder(m_tls, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_remember);

    // A field's complaint goes away as soon as it is edited.
    const auto clearComplaint = [this](Field field) {
        if (m_invalidFields & field) {
            m_invalidFields &= ~field;
            showValidation();
        }
    };
    connect(m_host, &QLineEdit::textEdited, this, [clearComplaint] { clearComplaint(Host); });
    connect(m_database, &QLineEdit::textEdited, this, [clearComplaint] { clearComplaint(Database); });
    connect(m_user, &QLineEdit::textEdited, this, [clearComplaint] { clearComplaint(User); });
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordTyped = true; });
    // Another account may have a password of its own in the keychain.
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::editingFinished, this, &SignInDialog::lookUpRememberedPassword);
    connect(m_port, &QSpinBox::editingFinished, this, &SignInDialog::lookUpRememberedPassword);
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign In"));
    m_heading->setText(tr("Sign in to Instructor Dashboard"));
    m_intro->setText(tr("Use the database login your administrator gave you."));

    m_serverGroup->setTitle(tr("Server"));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("e.g. db.example.org"));
    m_portLabel->setText(tr("&Port:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_tlsLabel->setText(tr("&TLS mode:"));
    const std::array<QString, 6> tlsLabels{tr("Disable"), tr("Allow"), tr("Prefer"), tr("Require"), tr("Verify CA"),
                                           tr("Verify full (recommended)")};
    const std::array<QString, 6> tlsHelp{
        tr("Never encrypt the connection."),
        tr("Encrypt only if the server insists."),
        tr("Encrypt if the server can, without checking its certificate."),
        tr("Always encrypt, without checking the server's certificate."),
        tr("Always encrypt, and check that the server's certificate is signed by a trusted authority."),
        tr("Always encrypt, and check the server's certificate and name. Protects your password from impostors.")};
    for (int i = 0; i < int(tlsLabels.size()); ++i) {
        m_tls->setItemText(i, tlsLabels[i]);
        m_tls->setItemData(i, tlsHelp[i], Qt::ToolTipRole);
    }

    m_loginGroup->setTitle(tr("Your login"));
    m_userLabel->setText(tr("&User name:"));
    m_user->setPlaceholderText(tr("usually your e-mail address"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_remember->setText(tr("&Remember password"));
    m_keychainNote->setText(tr("No keychain is available on this computer: the password will be asked each time."));
    updateKeychainAvailability();

    m_signInButton->setText(m_state == State::SignedInWithWarning ? tr("&Continue") : tr("&Sign in"));

    // Both forms' fields start at the same x, as if they were one form.
    const QList<QLabel *> labels{m_hostLabel, m_portLabel, m_databaseLabel, m_tlsLabel, m_userLabel, m_passwordLabel};
    int labelWidth = 0;
    for (QLabel *label : labels) {
        label->setMinimumWidth(0);
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    }
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);

    showValidation();
    showError();
    setState(m_state);
}

void SignInDialog::restoreSettings()
{
    // Until someone has signed in here, start from the libpq environment, as psql would.
    const QSettings store;
    m_host->setText(store.value(settingsKey("host"), qEnvironmentVariable("PGHOST")).toString());
    const int port = store.value(settingsKey("port"), qEnvironmentVariableIntValue("PGPORT")).toInt();
    if (port >= m_port->minimum() && port <= m_port->maximum())
        m_port->setValue(port);
    m_database->setText(store.value(settingsKey("database"), qEnvironmentVariable("PGDATABASE")).toString());
    QString sslMode = store.value(settingsKey("sslmode"), qEnvironmentVariable("PGSSLMODE")).toString();
    if (m_tls->findData(sslMode) < 0)
        sslMode = kDefaultSslMode;
    m_tls->setCurrentIndex(m_tls->findData(sslMode));
    m_user->setText(store.value(settingsKey("user"), qEnvironmentVariable("PGUSER")).toString());
    m_remember->setChecked(store.value(settingsKey("rememberPassword"), false).toBool());
}

void SignInDialog::prefill(const db::ConnectionSettings &settings)
{
    const auto value = [&settings](const char *keyword) { return settings.effective(QLatin1String(keyword)); };
    if (const QString host = value("host"); !host.isEmpty())
        m_host->setText(host);
    if (const int port = value("port").toInt(); port >= m_port->minimum() && port <= m_port->maximum())
        m_port->setValue(port);
    if (const QString database = value("dbname"); !database.isEmpty())
        m_database->setText(database);
    if (const int tls = m_tls->findData(value("sslmode")); tls >= 0)
        m_tls->setCurrentIndex(tls);
    if (const QString user = value("user"); !user.isEmpty())
        m_user->setText(user);
    m_password->clear();
    m_passwordTyped = false;
    lookUpRememberedPassword();
    focusFirstEmptyField();
}

void SignInDialog::focusFirstEmptyField()
{
    // Start where typing is needed: the first empty field, else the password.
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password}) {
        if (edit->text().trimmed().isEmpty() || edit == m_password) {
            edit->setFocus();
            return;
        }
    }
}

void SignInDialog::saveSettings() const
{
    // Never the password: that goes to the SecretStore or nowhere.
    const db::ConnectionSettings current = settings();
    QSettings store;
    store.setValue(settingsKey("host"), current.value(QStringLiteral("host")));
    store.setValue(settingsKey("port"), m_port->value());
    store.setValue(settingsKey("database"), current.value(QStringLiteral("dbname")));
    store.setValue(settingsKey("sslmode"), current.value(QStringLiteral("sslmode")));
    store.setValue(settingsKey("user"), current.value(QStringLiteral("user")));
    store.setValue(settingsKey("rememberPassword"), m_remember->isChecked());
}

db::ConnectionSettings SignInDialog::settings() const
{
    db::ConnectionSettings settings;
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), QString::number(m_port->value()));
    settings.setValue(QStringLiteral("dbname"), m_database->text().trimmed());
    QString user = m_user->text().trimmed();
    // Logins are made from the person's e-mail address in lower case; people type capitals.
    if (user.contains(QLatin1Char('@')))
        user = user.toLower();
    settings.setValue(QStringLiteral("user"), user);
    // Left empty, libpq still tries PGPASSWORD and ~/.pgpass.
    settings.setValue(QStringLiteral("password"), m_password->text());
    settings.setValue(QStringLiteral("sslmode"), m_tls->currentData().toString());
    return settings;
}

QString SignInDialog::currentAccount() const
{
    const db::ConnectionSettings current = settings();
    return security::SecretStore::accountFor(current.value(QStringLiteral("user")), current.value(QStringLiteral("host")),
                                             m_port->value(), current.value(QStringLiteral("dbname")));
}

void SignInDialog::updateKeychainAvailability()
{
    const bool available = m_store && m_store->isAvailable();
    m_remember->setEnabled(available);
    if (!available)
        m_remember->setChecked(false);
    m_remember->setToolTip(available ? tr("Keep the password in this computer's keychain, never in a file.")
                                     : m_keychainNote->text());
    m_loginForm->setRowVisible(m_keychainNote, !available);
    fitToContents();
}

void SignInDialog::lookUpRememberedPassword()
{
    // Only for people who chose to be remembered: reading may make the keychain ask to be unlocked.
    if (!m_store || !m_store->isAvailable() || !m_remember->isChecked() || m_passwordTyped || isBusy())
        return;
    const db::ConnectionSettings current = settings();
    for (const char *keyword : {"host", "dbname", "user"}) {
        if (current.value(QLatin1String(keyword)).isEmpty())
            return;
    }
    m_store->readPassword(currentAccount());
}

void SignInDialog::onPasswordRead(const QString &account, const QString &password, bool found)
{
    // A late answer for an account no longer on screen, or for a password typed meanwhile, is dropped.
    if (account != currentAccount() || m_passwordTyped || m_state != State::Editing)
        return;
    m_password->setText(found ? password : QString());
    if (found)
        m_remember->setChecked(true);
}

bool SignInDialog::validate()
{
    m_invalidFields = 0;
    if (m_host->text().trimmed().isEmpty())
        m_invalidFields |= Host;
    if (m_database->text().trimmed().isEmpty())
        m_invalidFields |= Database;
    if (m_user->text().trimmed().isEmpty())
        m_invalidFields |= User;
    return m_invalidFields == 0;
}

void SignInDialog::showValidation()
{
    m_hostError->setText(tr("Enter the server's name or address."));
    m_databaseError->setText(tr("Enter the name of the database."));
    m_userError->setText(tr("Enter your user name."));
    m_hostError->setVisible(m_invalidFields & Host);
    m_databaseError->setVisible(m_invalidFields & Database);
    m_userError->setVisible(m_invalidFields & User);
    fitToContents();
}

void SignInDialog::signIn()
{
    if (m_state == State::SignedInWithWarning) {
        QDialog::accept();
        return;
    }
    if (m_state != State::Editing)
        return;
    m_error = {};
    showError();
    if (!validate()) {
        showValidation();
        if (m_invalidFields & Host)
            m_host->setFocus();
        else if (m_invalidFields & Database)
            m_database->setFocus();
        else
            m_user->setFocus();
        return;
    }
    showValidation();
    m_serverInfo = {};
    setState(State::Connecting);
    m_probe.setFuture(QtConcurrent::run(&db::probeServer, settings()));
}

void SignInDialog::onProbeFinished()
{
    if (m_state != State::Connecting)
        return; // cancelled meanwhile
    const db::ServerInfo info = m_probe.result();
    if (!info.isConnected()) {
        m_error = info.error;
        using Kind = db::ConnectionError::Kind;
        if (!m_error.isError()) {
            m_error.kind = Kind::Other;
            m_error.target = info.target;
        }
        setState(State::Editing);
        showError();
        // Everything typed stays; the password is selected, ready to be typed again, and
        // the focus goes where the mistake most likely is.
        m_password->selectAll();
        switch (m_error.kind) {
        case Kind::Unreachable:
            m_host->setFocus();
            m_host->selectAll();
            break;
        case Kind::UnknownRole:
            m_user->setFocus();
            m_user->selectAll();
            break;
        case Kind::MissingDatabase:
            m_database->setFocus();
            m_database->selectAll();
            break;
        case Kind::Tls:
            m_tls->setFocus();
            break;
        default:
            m_password->setFocus();
            break;
        }
        emit signInFailed();
        return;
    }

    m_serverInfo = info;
    saveSettings();
    if (m_store && m_store->isAvailable()) {
        const QString account = currentAccount();
        if (m_remember->isChecked() && !m_password->text().isEmpty()) {
            m_savingAccount = account;
            setState(State::Saving);
            m_store->writePassword(account, m_password->text());
            return;
        }
        // Not to be remembered (any more); nobody needs to wait for that.
        m_store->removePassword(account);
    }
    finishSignIn();
}

void SignInDialog::onStoreFinished(const QString &account, bool ok, const QString &error)
{
    if (m_state != State::Saving || account != m_savingAccount)
        return;
    if (ok) {
        finishSignIn();
        return;
    }
    // Signed in all the same; say so, and let the person go on.
    m_saveError = error;
    setState(State::SignedInWithWarning);
    showError();
    m_signInButton->setFocus();
}

void SignInDialog::reject()
{
    // Cancelling while signing in drops the attempt; its result is ignored when it comes.
    if (isBusy())
        setState(State::Editing);
    QDialog::reject();
}

void SignInDialog::finishSignIn()
{
    setState(State::Editing);
    QDialog::accept();
}

void SignInDialog::setState(State state)
{
    const bool wasBusy = isBusy();
    m_state = state;
    const bool editing = state == State::Editing;
    m_serverGroup->setEnabled(editing);
    m_loginGroup->setEnabled(editing);
    m_signInButton->setEnabled(editing || state == State::SignedInWithWarning);
    m_signInButton->setText(state == State::SignedInWithWarning ? tr("&Continue") : tr("&Sign in"));
    m_busyPanel->setVisible(isBusy());
    if (state == State::Connecting)
        m_busyText->setText(tr("Signing in to %1…").arg(settings().value(QStringLiteral("host"))));
    else if (state == State::Saving)
        m_busyText->setText(tr("Saving your password in the keychain…"));
    fitToContents();
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void SignInDialog::showError()
{
    using Kind = db::ConnectionError::Kind;
    QString headline;
    QString advice;
    QString details;
    if (m_state == State::SignedInWithWarning) {
        headline = tr("You are signed in, but your password could not be saved in the keychain.");
        advice = tr("You will be asked for it next time.");
        details = m_saveError;
    } else if (m_error.isError()) {
        // The cause and what to do; host, port and user are right there in the form.
        switch (m_error.kind) {
        case Kind::None:
            break;
        case Kind::Authentication:
            headline = tr("Wrong user name or password.");
            break;
        case Kind::UnknownRole:
            headline = tr("No such login: access was never granted, or it has been revoked.");
            break;
        case Kind::Unreachable:
            headline = tr("The server could not be reached.");
            break;
        case Kind::MissingDatabase:
            headline = tr("The database does not exist on this server.");
            break;
        case Kind::Tls:
            headline = tr("No secure (TLS) connection could be made.");
            break;
        case Kind::NoDriver:
            headline = tr("The PostgreSQL driver for Qt is not installed.");
            break;
        case Kind::Other:
            headline = tr("The connection failed.");
            details = m_error.serverMessage;
            break;
        }
        advice = m_error.advice();
    }
    if (headline.isEmpty()) {
        m_errorPanel->setVisible(false);
        m_errorText->clear();
        fitToContents();
        return;
    }
    QString html = QStringLiteral("<b>%1</b><br>%2").arg(headline.toHtmlEscaped(), advice.toHtmlEscaped());
    if (!details.isEmpty())
        html += QStringLiteral("<br><small>%1</small>").arg(details.toHtmlEscaped());
    m_errorText->setText(html);
    // The server's own words, for whoever helps.
    m_errorText->setToolTip(m_error.isError() ? m_error.serverMessage : QString());
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_errorIcon->setPixmap(style()
                               ->standardIcon(m_state == State::SignedInWithWarning ? QStyle::SP_MessageBoxWarning
                                                                                    : QStyle::SP_MessageBoxCritical,
                                              nullptr, this)
                               .pixmap(iconSize, iconSize));
    m_errorPanel->setVisible(true);
    fitToContents();
}

void SignInDialog::fitToContents()
{
    // Word-wrapped notes and errors need more height than the layout's minimum admits: grow
    // to what they need at the current width (never shrink under the person's hands). Before
    // the first show, QDialog sizes itself.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

} // namespace dashboard::ui
