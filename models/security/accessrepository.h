#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace dashboard::db {
class Transaction;
}

namespace dashboard::security {

// Who may sign in to the dashboard: one PostgreSQL login role per person, named after their
// e-mail in lower case, member of exactly one of the groups dashboard_instructor,
// dashboard_supervisor, dashboard_admin, and mapped to users.id in dashboard_logins.

// The three access roles, as stored in dashboard_logins.access_role.
enum class AccessRole { Instructor, Supervisor, Admin };

QString accessRoleName(AccessRole role);                           // "instructor", ...
std::optional<AccessRole> accessRoleFromName(const QString &name); // exact, lower case
QString groupRoleName(AccessRole role);                            // "dashboard_instructor", ...
QStringList accessRoleNames();                                     // every valid name, in order

// One row of `access list`.
struct AccessEntry
{
    QString email;         // users.email as stored
    QString roleName;      // the PostgreSQL login role (dashboard_logins.role_name)
    QString userId;        // users.id
    QString accessRole;    // "instructor" | "supervisor" | "admin"
    QDateTime grantedAt;   // UTC
    QString grantedBy;     // the login that granted it (session_user at the time)
    bool canLogin = false; // the role exists, has LOGIN and has not expired
};

// The outcome of an operation. On any error nothing was changed.
struct AccessResult
{
    enum class Error {
        None,
        InvalidRole,         // not instructor, supervisor or admin
        InvalidPassword,     // empty or shorter than kMinimumPasswordLength
        InvalidEmail,        // empty, longer than 63 bytes, or a reserved role name
        UnknownUser,         // no users row with that e-mail
        AmbiguousUser,       // several users whose e-mails differ only in case
        NoInstructorProfile, // instructor/supervisor access needs an instructor_profiles row
        AlreadyGranted,      // the user already has a login
        NotGranted,          // the user has no login to revoke, change or give a password
        RoleNameTaken,       // the login name exists in the cluster (or here) but is not this user's
        LastAdministrator,   // revoking or demoting would leave no administrator
        NotMigrated,         // dashboard_logins or the group roles are missing
        DatabaseError,       // the server refused (message has its text)
    };

    Error error = Error::None;
    QString message;       // for the person: what happened, or why nothing happened
    QString sqlState;      // DatabaseError: the server's SQLSTATE, when it gave one
    QString serverMessage; // DatabaseError: the server's own words
    int endedSessions = 0; // revoke: running sessions of the dropped login that were ended
    bool changed = false;  // something was changed (false on errors, checks, and set-role to the role held)

    bool ok() const { return error == Error::None; }
};

// Grants, changes and revokes dashboard logins. Runs as the database owner (the role that ran
// `migrate`): it creates and drops cluster roles and writes dashboard_logins.
//
// Every operation runs in one transaction — CREATE/ALTER/DROP ROLE are transactional in
// PostgreSQL — so an error leaves roles and mappings exactly as they were. Operations on
// logins serialise on a lock of dashboard_logins, so two administrators revoking each other
// at once cannot leave the database without one.
//
// Passwords never reach the server in clear: they are turned into a SCRAM-SHA-256 verifier
// here (libpq's PQencryptPasswordConn) and only the verifier is sent.
class AccessRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccessRepository)

public:
    static constexpr int kMinimumPasswordLength = 12; // characters
    static constexpr int kMaximumRoleNameBytes = 63;  // NAMEDATALEN - 1

    explicit AccessRepository(QSqlDatabase db);

    // The login role name of an e-mail address: the address in lower case.
    static QString loginRoleName(const QString &email);

    // Checks everything grant() checks except the password, and changes nothing. Lets a tool
    // refuse before it asks for a password.
    AccessResult checkGrant(const QString &email, const QString &role);
    AccessResult grant(const QString &email, const QString &role, const QString &password);
    // Removes the mapping and drops the login role; then ends the role's running sessions.
    AccessResult revoke(const QString &email);
    AccessResult setRole(const QString &email, const QString &role);
    // Checks that the user has a login, without a password (see checkGrant()).
    AccessResult checkHasLogin(const QString &email);
    AccessResult setPassword(const QString &email, const QString &password);

    // Everyone with access, ordered by e-mail. On failure returns nothing and sets *result.
    QList<AccessEntry> list(AccessResult *result = nullptr);

    // Why a password is unacceptable, or an empty string.
    static QString passwordProblem(const QString &password);

private:
    struct User
    {
        QString id;
        QString email;
    };
    struct Login
    {
        QString roleName;
        QString userId;
        QString email;
        AccessRole role = AccessRole::Instructor;
    };
    class TransactionScope;

    AccessResult prepareGrant(const QString &email, const QString &role, User *user, AccessRole *accessRole,
                              QString *roleName);
    AccessResult prepareLoginChange(const QString &email, Login *login);
    AccessResult checkSchema();
    AccessResult findUser(const QString &email, User *user);
    AccessResult findLogin(const QString &email, Login *login);
    AccessResult requireProfile(const User &user, AccessRole role);
    AccessResult requireAnotherAdministrator(const Login &login, const QString &action);
    AccessResult makeVerifier(const QString &password, const QString &roleName, QString *verifier);
    // Runs one statement with bound values. On failure the open transaction is rolled back at
    // once (so the server's prepared statement can be freed) and the error says what failed.
    AccessResult run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what);
    // Runs a statement that the server builds with format() from bound values, so identifiers
    // and literals are quoted by PostgreSQL, never by string concatenation here.
    AccessResult runFormatted(const QString &format, const QVariantList &values, const QString &what);
    AccessResult failed(const QSqlQuery &query, const QString &what);
    AccessResult commit();

    QSqlDatabase m_db;
    db::Transaction *m_transaction = nullptr; // the operation's, while one runs
};

} // namespace dashboard::security
