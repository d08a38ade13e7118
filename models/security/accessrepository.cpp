#include "accessrepository.h"

#include "db/database.h"
#include "db/transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace dashboard::security {

namespace {

using Error = AccessResult::Error;

AccessResult failure(Error error, const QString &message)
{
    AccessResult result;
    result.error = error;
    result.message = message;
    return result;
}

AccessResult success(const QString &message, bool changed = true)
{
    AccessResult result;
    result.message = message;
    result.changed = changed;
    return result;
}

// The server's message on one line: the primary text, then DETAIL and HINT in parentheses;
// libpq's "ERROR:" prefixes and the driver's "(SQLSTATE)" line dropped.
QString serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    static const QRegularExpression sqlState(QStringLiteral("^\\([0-9A-Z]{5}\\)$"));
    QString primary;
    QStringList details;
    for (QString line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.isEmpty() || sqlState.match(line).hasMatch())
            continue;
        bool detail = false;
        for (const auto prefix : {QLatin1String("ERROR:"), QLatin1String("FATAL:"), QLatin1String("DETAIL:"), QLatin1String("HINT:")}) {
            if (line.startsWith(prefix)) {
                detail = prefix == QLatin1String("DETAIL:") || prefix == QLatin1String("HINT:");
                line = line.mid(prefix.size()).trimmed();
            }
        }
        if (primary.isEmpty() && !detail)
            primary = line;
        else
            details << line;
    }
    if (!details.isEmpty())
        primary += QStringLiteral(" (%1)").arg(details.join(QLatin1String("; ")));
    return primary;
}

// PostgreSQL refuses these as role names (CREATE ROLE: "role name … is reserved").
bool isReservedRoleName(const QString &name)
{
    return name.startsWith(QLatin1String("pg_")) || name == QLatin1String("public") || name == QLatin1String("none");
}

} // namespace

QString accessRoleName(AccessRole role)
{
    switch (role) {
    case AccessRole::Instructor:
        return QStringLiteral("instructor");
    case AccessRole::Supervisor:
        return QStringLiteral("supervisor");
    case AccessRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<AccessRole> accessRoleFromName(const QString &name)
{
    for (const AccessRole role : {AccessRole::Instructor, AccessRole::Supervisor, AccessRole::Admin}) {
        if (name == accessRoleName(role))
            return role;
    }
    return std::nullopt;
}

QString groupRoleName(AccessRole role)
{
    return QStringLiteral("dashboard_") + accessRoleName(role);
}

QStringList accessRoleNames()
{
    return {accessRoleName(AccessRole::Instructor), accessRoleName(AccessRole::Supervisor), accessRoleName(AccessRole::Admin)};
}

// Makes the operation's transaction known to run() for the duration of one public call.
class AccessRepository::TransactionScope
{
public:
    TransactionScope(AccessRepository *repository, db::Transaction *transaction)
        : m_repository(repository)
    {
        m_repository->m_transaction = transaction;
    }
    ~TransactionScope() { m_repository->m_transaction = nullptr; }
    TransactionScope(const TransactionScope &) = delete;
    TransactionScope &operator=(const TransactionScope &) = delete;

private:
    AccessRepository *m_repository;
};

AccessRepository::AccessRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AccessRepository::loginRoleName(const QString &email)
{
    return email.trimmed().toLower();
}

QString AccessRepository::passwordProblem(const QString &password)
{
    if (password.isEmpty())
        return tr("the password is empty");
    // Characters as a person counts them, not UTF-16 code units.
    if (password.toUcs4().size() < kMinimumPasswordLength)
        return tr("the password is too short: at least %n characters are required", nullptr, kMinimumPasswordLength);
    return {};
}

// --- building blocks -------------------------------------------------------------------------

AccessResult AccessRepository::failed(const QSqlQuery &query, const QString &what)
{
    const QString text = serverText(query.lastError());
    if (m_transaction)
        m_transaction->rollback();
    AccessResult result = failure(Error::DatabaseError, tr("%1 failed: %2. Nothing was changed.").arg(what, text));
    result.sqlState = query.lastError().nativeErrorCode();
    result.serverMessage = text;
    return result;
}

AccessResult AccessRepository::run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what)
{
    // Utility statements (LOCK, DDL) cannot be prepared; they have nothing to bind either.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return failed(query, what);
        return {};
    }
    if (!query.prepare(sql))
        return failed(query, what);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failed(query, what);
    return {};
}

AccessResult AccessRepository::runFormatted(const QString &format, const QVariantList &values, const QString &what)
{
    QStringList arguments;
    for (qsizetype i = 0; i < values.size(); ++i)
        arguments << QStringLiteral("CAST(? AS text)");
    QSqlQuery build(m_db);
    if (auto result = run(build, QStringLiteral("SELECT format(CAST(? AS text), %1)").arg(arguments.join(QLatin1String(", "))),
                          QVariantList{format} + values, what);
        !result.ok())
        return result;
    if (!build.next())
        return failed(build, what);
    const QString statement = build.value(0).toString();
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        return failed(query, what);
    return {};
}

AccessResult AccessRepository::commit()
{
    if (!m_transaction || !m_transaction->commit())
        return failure(Error::DatabaseError, tr("committing the change failed: %1. Nothing was changed.").arg(serverText(m_db.lastError())));
    return {};
}

AccessResult AccessRepository::checkSchema()
{
    QSqlQuery query(m_db);
    if (auto result = run(query,
                          QStringLiteral("SELECT to_regclass('public.dashboard_logins') IS NOT NULL "
                                         "AND (SELECT count(*) FROM pg_roles WHERE rolname IN "
                                         "('dashboard_instructor', 'dashboard_supervisor', 'dashboard_admin')) = 3"),
                          {}, tr("checking the database"));
        !result.ok())
        return result;
    if (!query.next() || !query.value(0).toBool())
        return failure(Error::NotMigrated, tr("this database has no dashboard logins yet (the table dashboard_logins or the "
                                              "group roles are missing); run 'instructor-dashboard-admin migrate' first"));
    return {};
}

AccessResult AccessRepository::findUser(const QString &email, User *user)
{
    const QString wanted = email.trimmed();
    if (wanted.isEmpty())
        return failure(Error::InvalidEmail, tr("the e-mail address is empty"));
    QSqlQuery query(m_db);
    if (auto result = run(query,
                          QStringLiteral("SELECT id, email FROM users WHERE lower(email) = lower(CAST(? AS text)) "
                                         "ORDER BY email LIMIT 2"),
                          {wanted}, tr("looking up the user"));
        !result.ok())
        return result;
    if (!query.next())
        return failure(Error::UnknownUser, tr("no user with e-mail %1").arg(wanted));
    user->id = query.value(0).toString();
    user->email = query.value(1).toString();
    if (query.next()) {
        return failure(Error::AmbiguousUser,
                       tr("several users have the e-mail %1 in different letter case (%2, %3); logins are named after the "
                          "e-mail in lower case, so correct the addresses first")
                           .arg(wanted, user->email, query.value(1).toString()));
    }
    return {};
}

AccessResult AccessRepository::findLogin(const QString &email, Login *login)
{
    User user;
    if (auto result = findUser(email, &user); !result.ok())
        return result;
    QSqlQuery query(m_db);
    if (auto result = run(query, QStringLiteral("SELECT role_name, access_role FROM dashboard_logins WHERE user_id = ?"), {user.id},
                          tr("looking up the login"));
        !result.ok())
        return result;
    if (!query.next())
        return failure(Error::NotGranted, tr("%1 has no dashboard access").arg(user.email));
    login->roleName = query.value(0).toString();
    login->userId = user.id;
    login->email = user.email;
    login->role = accessRoleFromName(query.value(1).toString()).value_or(AccessRole::Instructor);
    return {};
}

AccessResult AccessRepository::requireProfile(const User &user, AccessRole role)
{
    if (role == AccessRole::Admin)
        return {};
    QSqlQuery query(m_db);
    if (auto result = run(query, QStringLiteral("SELECT 1 FROM instructor_profiles WHERE user_id = ?"), {user.id},
                          tr("looking up the instructor profile"));
        !result.ok())
        return result;
    if (!query.next()) {
        return failure(Error::NoInstructorProfile,
                       tr("%1 has no instructor profile; %2 access needs one: create the profile first")
                           .arg(user.email, accessRoleName(role)));
    }
    return {};
}

AccessResult AccessRepository::requireAnotherAdministrator(const Login &login, const QString &action)
{
    if (login.role != AccessRole::Admin)
        return {};
    QSqlQuery query(m_db);
    if (auto result = run(query,
                          QStringLiteral("SELECT count(*) FROM dashboard_logins WHERE access_role = 'admin' AND role_name <> ?"),
                          {login.roleName}, tr("counting administrators"));
        !result.ok())
        return result;
    if (!query.next() || query.value(0).toInt() == 0) {
        return failure(Error::LastAdministrator,
                       tr("%1 is the last administrator; grant another administrator first, then %2").arg(login.email, action));
    }
    return {};
}

AccessResult AccessRepository::makeVerifier(const QString &password, const QString &roleName, QString *verifier)
{
    PGconn *connection = db::Database::pgHandle(m_db);
    if (!connection)
        return failure(Error::DatabaseError, tr("not connected to PostgreSQL. Nothing was changed."));
    QByteArray clear = password.toUtf8();
    // The verifier is salted and computed here; the server only ever sees the verifier.
    char *encrypted = PQencryptPasswordConn(connection, clear.constData(), roleName.toUtf8().constData(), "scram-sha-256");
    clear.fill('\0');
    if (!encrypted) {
        return failure(Error::DatabaseError, tr("could not encrypt the password: %1. Nothing was changed.")
                                                 .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    }
    *verifier = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return {};
}

// Everything a grant checks, inside the caller's transaction, after locking dashboard_logins.
AccessResult AccessRepository::prepareGrant(const QString &email, const QString &role, User *user, AccessRole *accessRole,
                                            QString *roleName)
{
    const auto parsedRole = accessRoleFromName(role);
    if (!parsedRole) {
        return failure(Error::InvalidRole, tr("'%1' is not an access role; use one of: %2")
                                               .arg(role, accessRoleNames().join(QLatin1String(", "))));
    }
    *accessRole = *parsedRole;
    if (auto result = checkSchema(); !result.ok())
        return result;
    // Serialises every change of logins: the last-administrator rule holds under concurrency.
    QSqlQuery lock(m_db);
    if (auto result = run(lock, QStringLiteral("LOCK TABLE dashboard_logins IN SHARE ROW EXCLUSIVE MODE"), {},
                          tr("locking the logins"));
        !result.ok())
        return result;
    if (auto result = findUser(email, user); !result.ok())
        return result;

    QSqlQuery existing(m_db);
    if (auto result = run(existing, QStringLiteral("SELECT role_name, access_role FROM dashboard_logins WHERE user_id = ?"),
                          {user->id}, tr("looking up the login"));
        !result.ok())
        return result;
    if (existing.next()) {
        return failure(Error::AlreadyGranted, tr("%1 already has %2 access (login %3); use 'set-role' to change it")
                                                  .arg(user->email, existing.value(1).toString(), existing.value(0).toString()));
    }

    *roleName = loginRoleName(user->email);
    if (roleName->toUtf8().size() > kMaximumRoleNameBytes) {
        return failure(Error::InvalidEmail,
                       tr("the e-mail %1 is %2 bytes long; PostgreSQL role names, and so login names, can have at most %3")
                           .arg(user->email)
                           .arg(roleName->toUtf8().size())
                           .arg(kMaximumRoleNameBytes));
    }
    if (isReservedRoleName(*roleName)) {
        return failure(Error::InvalidEmail, tr("%1 cannot be a login name: PostgreSQL reserves names starting with pg_ and "
                                               "the names public and none")
                                                .arg(*roleName));
    }

    QSqlQuery mapped(m_db);
    if (auto result = run(mapped,
                          QStringLiteral("SELECT l.user_id, u.email FROM dashboard_logins l LEFT JOIN users u ON u.id = l.user_id "
                                         "WHERE l.role_name = ?"),
                          {*roleName}, tr("looking up the login"));
        !result.ok())
        return result;
    if (mapped.next()) {
        return failure(Error::RoleNameTaken, tr("the login %1 already belongs to another user (%2, id %3); revoke it first")
                                                 .arg(*roleName, mapped.value(1).toString(), mapped.value(0).toString()));
    }
    QSqlQuery cluster(m_db);
    if (auto result = run(cluster, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {*roleName},
                          tr("looking up the role"));
        !result.ok())
        return result;
    if (cluster.next()) {
        return failure(Error::RoleNameTaken,
                       tr("a PostgreSQL role named %1 already exists on this server but is not a dashboard login of this "
                          "database; rename or drop it first (role names are shared by every database of the server)")
                           .arg(*roleName));
    }
    return requireProfile(*user, *accessRole);
}

AccessResult AccessRepository::prepareLoginChange(const QString &email, Login *login)
{
    if (auto result = checkSchema(); !result.ok())
        return result;
    QSqlQuery lock(m_db);
    if (auto result = run(lock, QStringLiteral("LOCK TABLE dashboard_logins IN SHARE ROW EXCLUSIVE MODE"), {},
                          tr("locking the logins"));
        !result.ok())
        return result;
    return findLogin(email, login);
}

// --- operations ------------------------------------------------------------------------------

AccessResult AccessRepository::checkGrant(const QString &email, const QString &role)
{
    db::Transaction transaction(m_db);
    if (!transaction.isActive())
        return failure(Error::DatabaseError, tr("could not start a transaction: %1").arg(serverText(m_db.lastError())));
    TransactionScope scope(this, &transaction);
    User user;
    AccessRole accessRole;
    QString roleName;
    if (auto result = prepareGrant(email, role, &user, &accessRole, &roleName); !result.ok())
        return result;
    return success(tr("%1 can be granted %2 access").arg(user.email, accessRoleName(accessRole)), false);
}

AccessResult AccessRepository::grant(const QString &email, const QString &role, const QString &password)
{
    if (!accessRoleFromName(role)) {
        return failure(Error::InvalidRole, tr("'%1' is not an access role; use one of: %2")
                                               .arg(role, accessRoleNames().join(QLatin1String(", "))));
    }
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return failure(Error::InvalidPassword, problem);

    db::Transaction transaction(m_db);
    if (!transaction.isActive())
        return failure(Error::DatabaseError, tr("could not start a transaction: %1").arg(serverText(m_db.lastError())));
    TransactionScope scope(this, &transaction);
    User user;
    AccessRole accessRole;
    QString roleName;
    if (auto result = prepareGrant(email, role, &user, &accessRole, &roleName); !result.ok())
        return result;

    QString verifier;
    if (auto result = makeVerifier(password, roleName, &verifier); !result.ok())
        return result;
    if (auto result = runFormatted(QStringLiteral("CREATE ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT "
                                                  "NOREPLICATION NOBYPASSRLS PASSWORD %L IN ROLE %I"),
                                   {roleName, verifier, groupRoleName(accessRole)}, tr("creating the login role"));
        !result.ok())
        return result;
    QSqlQuery insert(m_db);
    if (auto result = run(insert, QStringLiteral("INSERT INTO dashboard_logins (role_name, user_id, access_role) VALUES (?, ?, ?)"),
                          {roleName, user.id, accessRoleName(accessRole)}, tr("recording the login"));
        !result.ok())
        return result;
    if (auto result = commit(); !result.ok())
        return result;
    return success(tr("granted %1 access to %2 (login %3)").arg(accessRoleName(accessRole), user.email, roleName));
}

AccessResult AccessRepository::revoke(const QString &email)
{
    db::Transaction transaction(m_db);
    if (!transaction.isActive())
        return failure(Error::DatabaseError, tr("could not start a transaction: %1").arg(serverText(m_db.lastError())));
    TransactionScope scope(this, &transaction);
    Login login;
    if (auto result = prepareLoginChange(email, &login); !result.ok())
        return result;
    if (auto result = requireAnotherAdministrator(login, tr("revoke")); !result.ok())
        return result;

    // After DROP ROLE its sessions still carry the old oid; it finds them once the drop is committed.
    QSqlQuery oid(m_db);
    if (auto result = run(oid, QStringLiteral("SELECT oid FROM pg_roles WHERE rolname = ?"), {login.roleName},
                          tr("looking up the login role"));
        !result.ok())
        return result;
    const QVariant roleOid = oid.next() ? oid.value(0) : QVariant();

    QSqlQuery remove(m_db);
    if (auto result = run(remove, QStringLiteral("DELETE FROM dashboard_logins WHERE role_name = ?"), {login.roleName},
                          tr("removing the login"));
        !result.ok())
        return result;
    // A mapping whose role was dropped by hand is still removed; the role is gone already.
    if (roleOid.isValid()) {
        if (auto result = runFormatted(QStringLiteral("DROP ROLE %I"), {login.roleName},
                                       tr("dropping the login role %1").arg(login.roleName));
            !result.ok()) {
            if (result.sqlState == QLatin1String("2BP01")) { // dependent_objects_still_exist
                result.message = tr("the login %1 owns objects or holds privileges, so it cannot be dropped: %2. Move or "
                                    "drop them first (REASSIGN OWNED BY / DROP OWNED BY, in each database named), then "
                                    "revoke again. Nothing was changed.")
                                     .arg(login.roleName, result.serverMessage);
            }
            return result;
        }
    }
    if (auto result = commit(); !result.ok())
        return result;

    AccessResult result = success(tr("revoked the %1 access of %2; the login %3 was dropped")
                                      .arg(accessRoleName(login.role), login.email, login.roleName));
    if (!roleOid.isValid())
        return result;
    // The drop does not end running sessions; end them so access ends now, not at their next sign-in.
    QSqlQuery terminate(m_db);
    if (!terminate.prepare(QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                                          "WHERE usesysid = CAST(? AS oid) AND pid <> pg_backend_pid()"))) {
        result.message += QLatin1String("; ") + tr("its running sessions could not be ended (%1)").arg(serverText(terminate.lastError()));
        return result;
    }
    terminate.addBindValue(roleOid.toString());
    if (!terminate.exec() || !terminate.next()) {
        result.message += QLatin1String("; ") + tr("its running sessions could not be ended (%1)").arg(serverText(terminate.lastError()));
        return result;
    }
    result.endedSessions = terminate.value(0).toInt();
    if (result.endedSessions > 0)
        result.message += QLatin1String("; ") + tr("ended %n running session(s)", nullptr, result.endedSessions);
    return result;
}

AccessResult AccessRepository::setRole(const QString &email, const QString &role)
{
    const auto newRole = accessRoleFromName(role);
    if (!newRole) {
        return failure(Error::InvalidRole, tr("'%1' is not an access role; use one of: %2")
                                               .arg(role, accessRoleNames().join(QLatin1String(", "))));
    }
    db::Transaction transaction(m_db);
    if (!transaction.isActive())
        return failure(Error::DatabaseError, tr("could not start a transaction: %1").arg(serverText(m_db.lastError())));
    TransactionScope scope(this, &transaction);
    Login login;
    if (auto result = prepareLoginChange(email, &login); !result.ok())
        return result;
    if (login.role == *newRole)
        return success(tr("%1 already has %2 access; nothing changed").arg(login.email, accessRoleName(*newRole)), false);
    if (*newRole != AccessRole::Admin) {
        if (auto result = requireAnotherAdministrator(login, tr("change their role")); !result.ok())
            return result;
    }
    if (auto result = requireProfile(User{login.userId, login.email}, *newRole); !result.ok())
        return result;

    // Leave exactly one dashboard group, whatever memberships were added by hand.
    QSqlQuery groups(m_db);
    if (auto result = run(groups,
                          QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                         "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = ? AND g.rolname IN "
                                         "('dashboard_instructor', 'dashboard_supervisor', 'dashboard_admin')"),
                          {login.roleName}, tr("looking up the login's groups"));
        !result.ok())
        return result;
    QStringList memberOf;
    while (groups.next())
        memberOf << groups.value(0).toString();
    for (const QString &group : std::as_const(memberOf)) {
        if (group == groupRoleName(*newRole))
            continue;
        if (auto result = runFormatted(QStringLiteral("REVOKE %I FROM %I"), {group, login.roleName}, tr("leaving %1").arg(group));
            !result.ok())
            return result;
    }
    if (!memberOf.contains(groupRoleName(*newRole))) {
        if (auto result = runFormatted(QStringLiteral("GRANT %I TO %I"), {groupRoleName(*newRole), login.roleName},
                                       tr("joining %1").arg(groupRoleName(*newRole)));
            !result.ok())
            return result;
    }
    QSqlQuery update(m_db);
    if (auto result = run(update,
                          QStringLiteral("UPDATE dashboard_logins SET access_role = ?, granted_at = (now() AT TIME ZONE 'UTC'), "
                                         "granted_by = session_user WHERE role_name = ?"),
                          {accessRoleName(*newRole), login.roleName}, tr("recording the new role"));
        !result.ok())
        return result;
    if (auto result = commit(); !result.ok())
        return result;
    return success(tr("%1 now has %2 access (was %3)").arg(login.email, accessRoleName(*newRole), accessRoleName(login.role)));
}

AccessResult AccessRepository::checkHasLogin(const QString &email)
{
    db::Transaction transaction(m_db);
    if (!transaction.isActive())
        return failure(Error::DatabaseError, tr("could not start a transaction: %1").arg(serverText(m_db.lastError())));
    TransactionScope scope(this, &transaction);
    Login login;
    if (auto result = prepareLoginChange(email, &login); !result.ok())
        return result;
    return success(tr("%1 has %2 access (login %3)").arg(login.email, accessRoleName(login.role), login.roleName), false);
}

AccessResult AccessRepository::setPassword(const QString &email, const QString &password)
{
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return failure(Error::InvalidPassword, problem);
    db::Transaction transaction(m_db);
    if (!transaction.isActive())
        return failure(Error::DatabaseError, tr("could not start a transaction: %1").arg(serverText(m_db.lastError())));
    TransactionScope scope(this, &transaction);
    Login login;
    if (auto result = prepareLoginChange(email, &login); !result.ok())
        return result;
    QSqlQuery exists(m_db);
    if (auto result = run(exists, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {login.roleName},
                          tr("looking up the login role"));
        !result.ok())
        return result;
    if (!exists.next()) {
        return failure(Error::DatabaseError, tr("the login role %1 of %2 no longer exists on the server; revoke the access "
                                                "and grant it again")
                                                 .arg(login.roleName, login.email));
    }
    QString verifier;
    if (auto result = makeVerifier(password, login.roleName, &verifier); !result.ok())
        return result;
    if (auto result = runFormatted(QStringLiteral("ALTER ROLE %I WITH PASSWORD %L"), {login.roleName, verifier},
                                   tr("changing the password"));
        !result.ok())
        return result;
    if (auto result = commit(); !result.ok())
        return result;
    return success(tr("changed the password of %1 (login %2)").arg(login.email, login.roleName));
}

QList<AccessEntry> AccessRepository::list(AccessResult *status)
{
    QList<AccessEntry> entries;
    AccessResult result = checkSchema();
    QSqlQuery query(m_db);
    if (result.ok()) {
        result = run(query,
                     QStringLiteral("SELECT u.email, l.role_name, l.user_id, l.access_role, l.granted_at, l.granted_by, "
                                    "COALESCE(r.rolcanlogin AND (r.rolvaliduntil IS NULL OR r.rolvaliduntil > now()), false) "
                                    "FROM dashboard_logins l JOIN users u ON u.id = l.user_id "
                                    "LEFT JOIN pg_roles r ON r.rolname = l.role_name "
                                    "ORDER BY lower(u.email), l.role_name"),
                     {}, tr("listing the logins"));
    }
    if (result.ok()) {
        while (query.next()) {
            AccessEntry entry;
            entry.email = query.value(0).toString();
            entry.roleName = query.value(1).toString();
            entry.userId = query.value(2).toString();
            entry.accessRole = query.value(3).toString();
            entry.grantedAt = query.value(4).toDateTime();
            entry.grantedAt.setTimeSpec(Qt::UTC); // stored as UTC without a zone
            entry.grantedBy = query.value(5).toString();
            entry.canLogin = query.value(6).toBool();
            entries << entry;
        }
    }
    if (status)
        *status = result;
    return entries;
}

} // namespace dashboard::security
