// Dashboard logins: `access grant|revoke|set-role|password|list` and AccessRepository against a
// real PostgreSQL. Every grant is proven by signing in as the new login with its password, every
// refusal by comparing the roles, memberships, verifiers, mappings and audit rows before and after.
#include "db/database.h"
#include "security/accessrepository.h"
#include "testdatabase.h"

#include <QAtomicInt>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using dashboard::db::ConnectionError;
using dashboard::db::ConnectionSettings;
using dashboard::security::AccessEntry;
using dashboard::security::AccessRepository;
using dashboard::security::AccessResult;
namespace Database = dashboard::db::Database;

Q_DECLARE_METATYPE(AccessResult::Error)

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
QAtomicInt s_connectionCounter;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the admin tool with `input` on its standard input (a pipe, so not a terminal), then
// closes it.
Run admin(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(DASHBOARD_ADMIN_BINARY), arguments);
    if (!process.waitForStarted(30000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // waitForFinished() also returns false for a write error: a tool that refuses before reading
    // its standard input closes the pipe under our pending write. Only a process still running
    // after the timeout is a failure here.
    process.waitForFinished(120000);
    if (process.state() != QProcess::NotRunning)
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// What signing in as a login gives.
struct SignIn
{
    ConnectionError error;
    QString userId;
    QString accessRole;
    QString queryError;
};

// A migrated database with departments, users and instructor profiles, whose e-mails (and so
// login names, which are cluster-wide) carry the database's name. Drops every role it made.
class Fixture
{
public:
    explicit Fixture(const QString &purpose)
        : database(purpose)
    {
    }
    ~Fixture()
    {
        for (const QString &name : std::as_const(m_heldConnections))
            Database::close(name);
        if (!database.isValid())
            return;
        for (const QString &role : ownRoles()) {
            QSqlQuery query(database.connection());
            // DROP OWNED only reaches this database, which is dropped next anyway.
            query.prepare(QStringLiteral("SELECT format('DROP OWNED BY %1$I', CAST(? AS text)), "
                                         "format('DROP ROLE IF EXISTS %1$I', CAST(? AS text))"));
            query.addBindValue(role);
            query.addBindValue(role);
            if (query.exec() && query.next()) {
                QSqlQuery(database.connection()).exec(query.value(0).toString());
                QSqlQuery(database.connection()).exec(query.value(1).toString());
            }
        }
    }

    TestDatabase database;

    // Migrates and seeds; false with *error when that fails.
    bool setUp(QString *error)
    {
        if (!database.isValid()) {
            *error = database.errorString();
            return false;
        }
        if (!database.migrate(error))
            return false;
        const QStringList statements{
            QStringLiteral("INSERT INTO departments (id, name, code, updated_at) VALUES "
                           "('d_north', 'North', 'N', now()), ('d_south', 'South', 'S', now())"),
            QStringLiteral("INSERT INTO users (id, email, role, updated_at) VALUES %1").arg(userRows()),
            QStringLiteral("INSERT INTO instructor_profiles (id, user_id, department_id, dashboard_settings, "
                           "notification_settings, updated_at) VALUES "
                           "('p_ines', 'u_ines', 'd_north', '{}', '{}', now()), "
                           "('p_sam', 'u_sam', 'd_north', '{}', '{}', now()), "
                           "('p_ivy', 'u_ivy', 'd_south', '{}', '{}', now()), "
                           "('p_long', 'u_long', 'd_south', '{}', '{}', now()), "
                           "('p_taken', 'u_taken', 'd_south', '{}', '{}', now())"),
        };
        for (const QString &statement : statements) {
            if (!database.exec(statement, error))
                return false;
        }
        return true;
    }

    // The e-mail of a seeded person as stored in users.
    QString email(const QString &who) const
    {
        if (who == QLatin1String("mixed"))
            return QStringLiteral("Mixed.Case.%1@Example.ORG").arg(database.name());
        if (who == QLatin1String("long"))
            return QString(50, QLatin1Char('l')) + QLatin1Char('.') + database.name() + QStringLiteral("@example.org");
        if (who == QLatin1String("dup-upper"))
            return QStringLiteral("Dup.%1@example.org").arg(database.name());
        if (who == QLatin1String("dup-lower"))
            return QStringLiteral("dup.%1@example.org").arg(database.name());
        if (who == QLatin1String("reserved"))
            return QStringLiteral("pg_x.%1@example.org").arg(database.name());
        return QStringLiteral("%1.%2@example.org").arg(who, database.name());
    }
    QString roleName(const QString &who) const { return email(who).toLower(); }
    static QString userId(const QString &who) { return QStringLiteral("u_") + QString(who).replace(QLatin1Char('-'), QLatin1Char('_')); }

    AccessRepository repository() { return AccessRepository(database.connection(QStringLiteral("access"))); }

    AccessResult grant(const QString &who, const QString &role)
    {
        return repository().grant(email(who), role, kPassword);
    }

    // Everything an access operation may touch, as one comparable text: this database's roles
    // with their attributes, memberships and verifiers, the mappings, and the audit row count.
    QString snapshot()
    {
        const QVariant value = database.scalar(
            QStringLiteral(
                "SELECT concat_ws(E'\\n', "
                " (SELECT string_agg(format('%s login=%s super=%s pw=%s', a.rolname, a.rolcanlogin, a.rolsuper, "
                "                          a.rolpassword), ';' ORDER BY a.rolname) "
                "    FROM pg_authid a WHERE strpos(a.rolname, current_database()) > 0), "
                " (SELECT string_agg(r.rolname || '>' || g.rolname, ';' ORDER BY r.rolname, g.rolname) "
                "    FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
                "   WHERE strpos(r.rolname, current_database()) > 0), "
                " (SELECT string_agg(concat_ws(',', role_name, user_id, access_role, granted_at, granted_by), ';' "
                "                    ORDER BY role_name) FROM dashboard_logins), "
                " (SELECT 'audit rows ' || count(*) FROM audit_logs))"));
        return value.isValid() ? value.toString() : QStringLiteral("<snapshot failed>");
    }

    // The roles of this database's people that exist in the cluster.
    QStringList ownRoles()
    {
        return database.column(QStringLiteral("SELECT rolname FROM pg_roles WHERE strpos(rolname, ?) > 0 ORDER BY 1"),
                               {database.name()});
    }

    QStringList groupsOf(const QString &roleName)
    {
        return database.column(QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                              "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = ? ORDER BY 1"),
                               {roleName});
    }

    ConnectionSettings loginSettings(const QString &roleName, const QString &password) const
    {
        ConnectionSettings settings = database.settings();
        settings.setValue(QStringLiteral("user"), roleName);
        settings.setValue(QStringLiteral("password"), password);
        return settings;
    }

    // Signs in as a login, asks the server who it is, and signs out.
    SignIn signIn(const QString &roleName, const QString &password = kPassword)
    {
        SignIn result;
        const QString name = QStringLiteral("signin-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
        {
            QSqlDatabase db = Database::open(loginSettings(roleName, password), name, &result.error);
            if (!result.error.isError()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT dashboard_current_user_id(), dashboard_current_access_role()"))
                    && query.next()) {
                    result.userId = query.value(0).toString();
                    result.accessRole = query.value(1).toString();
                } else {
                    result.queryError = query.lastError().text();
                }
            }
        }
        Database::close(name);
        return result;
    }

    // A session of a login that stays open until the fixture ends.
    QSqlDatabase hold(const QString &roleName)
    {
        const QString name = QStringLiteral("held-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
        ConnectionError error;
        QSqlDatabase db = Database::open(loginSettings(roleName, kPassword), name, &error);
        if (error.isError())
            qWarning("cannot hold a session of %s: %s", qPrintable(roleName), qPrintable(error.summary()));
        else
            m_heldConnections << name;
        return db;
    }

    // The server's log, where scripts/test's cluster writes (the test runs as its owner or root).
    static QByteArray serverLog()
    {
        QFile file(qEnvironmentVariable("DASHBOARD_TEST_CLUSTER") + QStringLiteral("/server.log"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private:
    QString userRows() const
    {
        const QList<std::pair<QString, QString>> people{
            {QStringLiteral("ines"), QStringLiteral("INSTRUCTOR")}, {QStringLiteral("sam"), QStringLiteral("SUPERVISOR")},
            {QStringLiteral("ivy"), QStringLiteral("INSTRUCTOR")},  {QStringLiteral("ada"), QStringLiteral("ADMIN")},
            {QStringLiteral("ben"), QStringLiteral("ADMIN")},       {QStringLiteral("noprof"), QStringLiteral("INSTRUCTOR")},
            {QStringLiteral("stu"), QStringLiteral("USER")},        {QStringLiteral("mixed"), QStringLiteral("ADMIN")},
            {QStringLiteral("long"), QStringLiteral("INSTRUCTOR")}, {QStringLiteral("dup-upper"), QStringLiteral("ADMIN")},
            {QStringLiteral("dup-lower"), QStringLiteral("ADMIN")}, {QStringLiteral("reserved"), QStringLiteral("ADMIN")},
            {QStringLiteral("taken"), QStringLiteral("INSTRUCTOR")},
        };
        QStringList rows;
        for (const auto &[who, role] : people)
            rows << QStringLiteral("('%1', '%2', '%3', now())").arg(userId(who), email(who), role);
        return rows.join(QLatin1String(", "));
    }

    QStringList m_heldConnections;
};

#define SET_UP(fixture)                                                                                                \
    do {                                                                                                               \
        QString setUpError;                                                                                            \
        QVERIFY2((fixture).setUp(&setUpError), qPrintable(setUpError));                                                \
    } while (false)

#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const AccessResult verifyResult = (result);                                                                    \
        QVERIFY2(verifyResult.ok(), qPrintable(verifyResult.message));                                                 \
    } while (false)

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(TestDatabase::environmentProblem().isEmpty(), qPrintable(TestDatabase::environmentProblem())); }

    void grantingARoleLetsThePersonSignIn_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("role");
        QTest::newRow("instructor") << QStringLiteral("ines") << QStringLiteral("instructor");
        QTest::newRow("supervisor") << QStringLiteral("sam") << QStringLiteral("supervisor");
        QTest::newRow("admin without a profile") << QStringLiteral("ada") << QStringLiteral("admin");
        QTest::newRow("admin with a profile") << QStringLiteral("ivy") << QStringLiteral("admin");
    }

    void grantingARoleLetsThePersonSignIn()
    {
        QFETCH(QString, who);
        QFETCH(QString, role);
        Fixture fixture(QStringLiteral("access_grant"));
        SET_UP(fixture);

        const AccessResult result = fixture.grant(who, role);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY2(result.message.contains(fixture.email(who)) && result.message.contains(role), qPrintable(result.message));

        const QString roleName = fixture.roleName(who);
        const SignIn signIn = fixture.signIn(roleName);
        QVERIFY2(!signIn.error.isError(), qPrintable(signIn.error.summary()));
        QVERIFY2(signIn.queryError.isEmpty(), qPrintable(signIn.queryError));
        QCOMPARE(signIn.userId, Fixture::userId(who));
        QCOMPARE(signIn.accessRole, role);

        // Exactly one dashboard group, no powers, and only a SCRAM verifier stored.
        QCOMPARE(fixture.groupsOf(roleName), QStringList{QStringLiteral("dashboard_") + role});
        QCOMPARE(fixture.database.scalar(QStringLiteral("SELECT rolcanlogin AND NOT rolsuper AND NOT rolcreaterole AND NOT rolcreatedb "
                                                        "AND NOT rolbypassrls AND NOT rolreplication AND rolinherit "
                                                        "FROM pg_authid WHERE rolname = ?"),
                                         {roleName})
                     .toBool(),
                 true);
        QVERIFY(fixture.database.scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {roleName})
                    .toString()
                    .startsWith(QLatin1String("SCRAM-SHA-256$")));

        // The mapping names the user, the role, and who granted it.
        QCOMPARE(fixture.database.scalar(QStringLiteral("SELECT user_id || ' ' || access_role || ' ' || granted_by "
                                                        "FROM dashboard_logins WHERE role_name = ?"),
                                         {roleName})
                     .toString(),
                 QStringLiteral("%1 %2 %3").arg(Fixture::userId(who), role, qEnvironmentVariable("PGUSER")));

        // A wrong password is refused.
        QCOMPARE(fixture.signIn(roleName, QStringLiteral("not the password at all")).error.kind,
                 ConnectionError::Kind::Authentication);
    }

    void emailsMatchWhateverTheLetterCase()
    {
        Fixture fixture(QStringLiteral("access_case"));
        SET_UP(fixture);
        const QString shouted = fixture.email(QStringLiteral("mixed")).toUpper();
        AccessResult result = fixture.repository().grant(shouted, QStringLiteral("admin"), kPassword);
        QVERIFY2(result.ok(), qPrintable(result.message));

        const QString roleName = fixture.roleName(QStringLiteral("mixed"));
        QCOMPARE(AccessRepository::loginRoleName(shouted), roleName);
        QCOMPARE(fixture.ownRoles(), QStringList{roleName});
        const SignIn signIn = fixture.signIn(roleName);
        QVERIFY2(!signIn.error.isError(), qPrintable(signIn.error.summary()));
        QCOMPARE(signIn.userId, Fixture::userId(QStringLiteral("mixed")));

        // Changing and revoking find the person whatever the case, too.
        result = fixture.repository().setPassword(fixture.email(QStringLiteral("mixed")).toLower(), kPassword + QLatin1Char('!'));
        QVERIFY2(result.ok(), qPrintable(result.message));
        VERIFY_OK(fixture.grant(QStringLiteral("ada"), QStringLiteral("admin")));
        result = fixture.repository().revoke(shouted);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(fixture.ownRoles(), QStringList{fixture.roleName(QStringLiteral("ada"))});
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("setup"); // "grant who role" | "sql statement with %db%"
        QTest::addColumn<QString>("operation"); // "grant" | "revoke" | "set-role" | "password"
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::addColumn<AccessResult::Error>("error");
        QTest::addColumn<QString>("message"); // %email% is the person's e-mail

        using E = AccessResult::Error;
        const QString grant = QStringLiteral("grant");
        QTest::newRow("unknown user") << QStringList{} << grant << QStringLiteral("nobody") << QStringLiteral("instructor")
                                      << kPassword << E::UnknownUser << QStringLiteral("no user with e-mail %email%");
        QTest::newRow("instructor without a profile")
            << QStringList{} << grant << QStringLiteral("noprof") << QStringLiteral("instructor") << kPassword
            << E::NoInstructorProfile << QStringLiteral("%email% has no instructor profile");
        QTest::newRow("supervisor without a profile")
            << QStringList{} << grant << QStringLiteral("ada") << QStringLiteral("supervisor") << kPassword
            << E::NoInstructorProfile << QStringLiteral("%email% has no instructor profile");
        QTest::newRow("duplicate grant") << QStringList{QStringLiteral("grant ines instructor")} << grant << QStringLiteral("ines")
                                         << QStringLiteral("admin") << kPassword << E::AlreadyGranted
                                         << QStringLiteral("%email% already has instructor access");
        QTest::newRow("e-mail longer than 63 bytes")
            << QStringList{} << grant << QStringLiteral("long") << QStringLiteral("instructor") << kPassword << E::InvalidEmail
            << QStringLiteral("at most 63");
        QTest::newRow("reserved role name") << QStringList{} << grant << QStringLiteral("reserved") << QStringLiteral("admin")
                                            << kPassword << E::InvalidEmail << QStringLiteral("reserves names starting with pg_");
        QTest::newRow("e-mails differing only in case")
            << QStringList{} << grant << QStringLiteral("dup-lower") << QStringLiteral("admin") << kPassword << E::AmbiguousUser
            << QStringLiteral("different letter case");
        QTest::newRow("role exists in the cluster but is not mapped")
            << QStringList{QStringLiteral("sql CREATE ROLE \"taken.%db%@example.org\" NOLOGIN")} << grant
            << QStringLiteral("taken") << QStringLiteral("instructor") << kPassword << E::RoleNameTaken
            << QStringLiteral("already exists on this server");
        QTest::newRow("empty password") << QStringList{} << grant << QStringLiteral("ines") << QStringLiteral("instructor")
                                        << QString() << E::InvalidPassword << QStringLiteral("the password is empty");
        QTest::newRow("password of 11 characters")
            << QStringList{} << grant << QStringLiteral("ines") << QStringLiteral("instructor") << QStringLiteral("elevenchars")
            << E::InvalidPassword << QStringLiteral("at least 12 characters");
        QTest::newRow("invalid role") << QStringList{} << grant << QStringLiteral("ines") << QStringLiteral("root") << kPassword
                                      << E::InvalidRole << QStringLiteral("'root' is not an access role");
        QTest::newRow("role names are lower case") << QStringList{} << grant << QStringLiteral("ada") << QStringLiteral("Admin")
                                                   << kPassword << E::InvalidRole << QStringLiteral("not an access role");
        QTest::newRow("revoking the last administrator")
            << QStringList{QStringLiteral("grant ada admin"), QStringLiteral("grant ines instructor")} << QStringLiteral("revoke")
            << QStringLiteral("ada") << QString() << QString() << E::LastAdministrator
            << QStringLiteral("%email% is the last administrator; grant another administrator first");
        QTest::newRow("demoting the last administrator")
            << QStringList{QStringLiteral("grant ivy admin")} << QStringLiteral("set-role") << QStringLiteral("ivy")
            << QStringLiteral("instructor") << QString() << E::LastAdministrator
            << QStringLiteral("%email% is the last administrator; grant another administrator first");
        QTest::newRow("set-role to supervisor without a profile")
            << QStringList{QStringLiteral("grant ada admin"), QStringLiteral("grant ben admin")} << QStringLiteral("set-role")
            << QStringLiteral("ada") << QStringLiteral("supervisor") << QString() << E::NoInstructorProfile
            << QStringLiteral("%email% has no instructor profile");
        QTest::newRow("set-role of an unknown role") << QStringList{QStringLiteral("grant ines instructor")}
                                                     << QStringLiteral("set-role") << QStringLiteral("ines")
                                                     << QStringLiteral("owner") << QString() << E::InvalidRole
                                                     << QStringLiteral("not an access role");
        QTest::newRow("set-role without access") << QStringList{} << QStringLiteral("set-role") << QStringLiteral("ines")
                                                 << QStringLiteral("admin") << QString() << E::NotGranted
                                                 << QStringLiteral("%email% has no dashboard access");
        QTest::newRow("revoking who has no access") << QStringList{} << QStringLiteral("revoke") << QStringLiteral("noprof")
                                                    << QString() << QString() << E::NotGranted
                                                    << QStringLiteral("%email% has no dashboard access");
        QTest::newRow("revoking an unknown user") << QStringList{} << QStringLiteral("revoke") << QStringLiteral("nobody")
                                                  << QString() << QString() << E::UnknownUser
                                                  << QStringLiteral("no user with e-mail %email%");
        QTest::newRow("password without access") << QStringList{} << QStringLiteral("password") << QStringLiteral("noprof")
                                                 << QString() << kPassword << E::NotGranted
                                                 << QStringLiteral("%email% has no dashboard access");
        QTest::newRow("short new password") << QStringList{QStringLiteral("grant ines instructor")} << QStringLiteral("password")
                                            << QStringLiteral("ines") << QString() << QStringLiteral("short") << E::InvalidPassword
                                            << QStringLiteral("at least 12 characters");
        QTest::newRow("role owning objects cannot be dropped")
            << QStringList{QStringLiteral("grant ada admin"), QStringLiteral("grant ben admin"),
                           QStringLiteral("sql CREATE TABLE owned_by_ben (id int)"),
                           QStringLiteral("sql ALTER TABLE owned_by_ben OWNER TO \"ben.%db%@example.org\"")}
            << QStringLiteral("revoke") << QStringLiteral("ben") << QString() << QString() << E::DatabaseError
            << QStringLiteral("cannot be dropped");
    }

    void refusalsChangeNothing()
    {
        QFETCH(QStringList, setup);
        QFETCH(QString, operation);
        QFETCH(QString, who);
        QFETCH(QString, role);
        QFETCH(QString, password);
        QFETCH(AccessResult::Error, error);
        QFETCH(QString, message);

        Fixture fixture(QStringLiteral("access_refuse"));
        SET_UP(fixture);
        for (const QString &step : std::as_const(setup)) {
            const QStringList words = step.split(QLatin1Char(' '));
            if (words.first() == QLatin1String("grant")) {
                VERIFY_OK(fixture.grant(words.at(1), words.at(2)));
            } else {
                QString sqlError;
                const QString sql = step.mid(4).replace(QLatin1String("%db%"), fixture.database.name());
                QVERIFY2(fixture.database.exec(sql, &sqlError), qPrintable(sqlError));
            }
        }
        const QString before = fixture.snapshot();
        const QString email = fixture.email(who);

        AccessRepository repository = fixture.repository();
        AccessResult result;
        if (operation == QLatin1String("grant"))
            result = repository.grant(email, role, password);
        else if (operation == QLatin1String("revoke"))
            result = repository.revoke(email);
        else if (operation == QLatin1String("set-role"))
            result = repository.setRole(email, role);
        else
            result = repository.setPassword(email, password);

        QCOMPARE(result.error, error);
        const QString expected = QString(message).replace(QLatin1String("%email%"), email);
        QVERIFY2(result.message.contains(expected), qPrintable(result.message + QStringLiteral(" / expected: ") + expected));
        QCOMPARE(fixture.snapshot(), before);
        if (operation == QLatin1String("grant")) {
            // Checking without a password gives the same answer (password rows aside).
            if (error != AccessResult::Error::InvalidPassword)
                QCOMPARE(repository.checkGrant(email, role).error, error);
        }
        // The connection is usable afterwards: no transaction was left open or aborted.
        QCOMPARE(fixture.database.scalar(QStringLiteral("SELECT 1")).toInt(), 1);
        AccessResult listed;
        repository.list(&listed);
        QVERIFY2(listed.ok(), qPrintable(listed.message));
    }

    void revokingEndsTheLoginAndItsSessions()
    {
        Fixture fixture(QStringLiteral("access_revoke"));
        SET_UP(fixture);
        VERIFY_OK(fixture.grant(QStringLiteral("ines"), QStringLiteral("instructor")));
        VERIFY_OK(fixture.grant(QStringLiteral("ada"), QStringLiteral("admin")));
        VERIFY_OK(fixture.grant(QStringLiteral("ben"), QStringLiteral("admin")));
        const QString ines = fixture.roleName(QStringLiteral("ines"));

        QSqlDatabase held = fixture.hold(ines);
        QVERIFY(held.isOpen());
        QSqlQuery stillThere(held);
        QVERIFY(stillThere.exec(QStringLiteral("SELECT dashboard_current_user_id()")));

        const AccessResult result = fixture.repository().revoke(fixture.email(QStringLiteral("ines")));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.endedSessions, 1);
        QVERIFY2(result.message.contains(QLatin1String("ended 1 running session")), qPrintable(result.message));
        QVERIFY(!fixture.ownRoles().contains(ines));
        QCOMPARE(fixture.database.scalar(QStringLiteral("SELECT count(*) FROM dashboard_logins WHERE user_id = 'u_ines'")).toInt(), 0);

        // The open session was ended, not left running with the dropped role's rights.
        QSqlQuery afterwards(held);
        QVERIFY(!afterwards.exec(QStringLiteral("SELECT dashboard_current_user_id()")));

        // Signing in fails. With password authentication PostgreSQL deliberately answers a
        // missing role exactly like a wrong password (so logins cannot be probed); the reason,
        // "Role ... does not exist", is only in the server's log.
        const SignIn signIn = fixture.signIn(ines);
        QVERIFY(signIn.error.isError());
        QCOMPARE(signIn.error.kind, ConnectionError::Kind::Authentication);
        QTRY_VERIFY_WITH_TIMEOUT(Fixture::serverLog().contains(QStringLiteral("Role \"%1\" does not exist").arg(ines).toUtf8()), 5000);

        // An administrator may be revoked while another remains.
        VERIFY_OK(fixture.repository().revoke(fixture.email(QStringLiteral("ada"))));
        QCOMPARE(fixture.ownRoles(), QStringList{fixture.roleName(QStringLiteral("ben"))});
        QCOMPARE(fixture.repository().revoke(fixture.email(QStringLiteral("ben"))).error, AccessResult::Error::LastAdministrator);

        // Access can be granted again after a revoke.
        VERIFY_OK(fixture.grant(QStringLiteral("ines"), QStringLiteral("supervisor")));
        QCOMPARE(fixture.signIn(ines).accessRole, QStringLiteral("supervisor"));
    }

    void revokingConcurrentlyKeepsOneAdministrator()
    {
        Fixture fixture(QStringLiteral("access_race"));
        SET_UP(fixture);
        VERIFY_OK(fixture.grant(QStringLiteral("ada"), QStringLiteral("admin")));
        VERIFY_OK(fixture.grant(QStringLiteral("ben"), QStringLiteral("admin")));

        AccessResult results[2];
        const QString emails[2] = {fixture.email(QStringLiteral("ada")), fixture.email(QStringLiteral("ben"))};
        const ConnectionSettings settings = fixture.database.settings();
        auto revokeIn = [&](int i) {
            const QString name = QStringLiteral("race-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
            {
                ConnectionError error;
                QSqlDatabase db = Database::open(settings, name, &error);
                if (error.isError()) {
                    results[i].error = AccessResult::Error::DatabaseError;
                    results[i].message = error.summary();
                } else {
                    results[i] = AccessRepository(db).revoke(emails[i]);
                }
            }
            Database::close(name);
        };
        std::thread first(revokeIn, 0);
        std::thread second(revokeIn, 1);
        first.join();
        second.join();
        QVERIFY2(results[0].ok() != results[1].ok(), qPrintable(results[0].message + QLatin1Char('/') + results[1].message));
        const AccessResult &refused = results[0].ok() ? results[1] : results[0];
        QCOMPARE(refused.error, AccessResult::Error::LastAdministrator);
        QCOMPARE(fixture.database.scalar(QStringLiteral("SELECT count(*) FROM dashboard_logins WHERE access_role = 'admin'")).toInt(), 1);
        QCOMPARE(fixture.ownRoles().size(), 1);
    }

    void setRoleChangesWhatTheServerSays()
    {
        Fixture fixture(QStringLiteral("access_setrole"));
        SET_UP(fixture);
        VERIFY_OK(fixture.grant(QStringLiteral("ines"), QStringLiteral("instructor")));
        const QString ines = fixture.roleName(QStringLiteral("ines"));
        const QString email = fixture.email(QStringLiteral("ines"));
        QCOMPARE(fixture.signIn(ines).accessRole, QStringLiteral("instructor"));

        // A session that stays open sees the change at its next statement.
        QSqlDatabase held = fixture.hold(ines);
        AccessResult result = fixture.repository().setRole(email, QStringLiteral("supervisor"));
        QVERIFY2(result.ok() && result.changed, qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("now has supervisor access (was instructor)")), qPrintable(result.message));
        QCOMPARE(fixture.signIn(ines).accessRole, QStringLiteral("supervisor"));
        QSqlQuery query(held);
        QVERIFY(query.exec(QStringLiteral("SELECT dashboard_current_access_role()")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("supervisor"));
        QCOMPARE(fixture.groupsOf(ines), QStringList{QStringLiteral("dashboard_supervisor")});

        result = fixture.repository().setRole(email, QStringLiteral("admin"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(fixture.signIn(ines).accessRole, QStringLiteral("admin"));
        QCOMPARE(fixture.groupsOf(ines), QStringList{QStringLiteral("dashboard_admin")});

        // The same role again changes nothing and says so.
        const QString before = fixture.snapshot();
        result = fixture.repository().setRole(email, QStringLiteral("admin"));
        QVERIFY2(result.ok() && !result.changed, qPrintable(result.message));
        QCOMPARE(fixture.snapshot(), before);

        // A membership added by hand is cleaned up: exactly one group afterwards.
        QVERIFY(fixture.database.exec(QStringLiteral("GRANT dashboard_instructor TO \"%1\"").arg(ines)));
        VERIFY_OK(fixture.grant(QStringLiteral("ada"), QStringLiteral("admin")));
        VERIFY_OK(fixture.repository().setRole(email, QStringLiteral("supervisor")));
        QCOMPARE(fixture.groupsOf(ines), QStringList{QStringLiteral("dashboard_supervisor")});
        QCOMPARE(fixture.signIn(ines).userId, QStringLiteral("u_ines"));
    }

    void passwordChangesReplaceTheVerifier()
    {
        Fixture fixture(QStringLiteral("access_password"));
        SET_UP(fixture);
        VERIFY_OK(fixture.grant(QStringLiteral("ines"), QStringLiteral("instructor")));
        const QString ines = fixture.roleName(QStringLiteral("ines"));
        const QString verifierBefore =
            fixture.database.scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {ines}).toString();

        const QString newPassword = QStringLiteral("ñandú pässwörd 2"); // non-ASCII on purpose
        const AccessResult result = fixture.repository().setPassword(fixture.email(QStringLiteral("ines")), newPassword);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QString verifierAfter =
            fixture.database.scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {ines}).toString();
        QVERIFY(verifierAfter.startsWith(QLatin1String("SCRAM-SHA-256$")));
        QVERIFY(verifierAfter != verifierBefore);
        QCOMPARE(fixture.signIn(ines, kPassword).error.kind, ConnectionError::Kind::Authentication);
        const SignIn signIn = fixture.signIn(ines, newPassword);
        QVERIFY2(!signIn.error.isError(), qPrintable(signIn.error.summary()));
        QCOMPARE(signIn.userId, QStringLiteral("u_ines"));
    }

    void listShowsEveryLogin()
    {
        Fixture fixture(QStringLiteral("access_list"));
        SET_UP(fixture);
        AccessResult status;
        QVERIFY(fixture.repository().list(&status).isEmpty());
        QVERIFY2(status.ok(), qPrintable(status.message));

        VERIFY_OK(fixture.grant(QStringLiteral("sam"), QStringLiteral("supervisor")));
        VERIFY_OK(fixture.grant(QStringLiteral("ada"), QStringLiteral("admin")));
        QVERIFY(fixture.database.exec(QStringLiteral("ALTER ROLE \"%1\" NOLOGIN").arg(fixture.roleName(QStringLiteral("sam")))));

        const QList<AccessEntry> entries = fixture.repository().list(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(entries.size(), 2);
        const AccessEntry &ada = entries.at(0); // ordered by e-mail
        QCOMPARE(ada.email, fixture.email(QStringLiteral("ada")));
        QCOMPARE(ada.roleName, fixture.roleName(QStringLiteral("ada")));
        QCOMPARE(ada.userId, QStringLiteral("u_ada"));
        QCOMPARE(ada.accessRole, QStringLiteral("admin"));
        QCOMPARE(ada.grantedBy, qEnvironmentVariable("PGUSER"));
        QCOMPARE(ada.grantedAt.timeSpec(), Qt::UTC);
        QVERIFY2(qAbs(ada.grantedAt.secsTo(QDateTime::currentDateTimeUtc())) < 300, qPrintable(ada.grantedAt.toString(Qt::ISODate)));
        QVERIFY(ada.canLogin);
        QCOMPARE(entries.at(1).accessRole, QStringLiteral("supervisor"));
        QVERIFY(!entries.at(1).canLogin);
    }

    void commandLineGrantsChangesAndRevokes()
    {
        Fixture fixture(QStringLiteral("access_cli"));
        SET_UP(fixture);
        const QString db = fixture.database.uri();
        const QString ines = fixture.email(QStringLiteral("ines"));
        const QString ada = fixture.email(QStringLiteral("ada"));

        // The password arrives on standard input, one line.
        Run run = admin({QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("--db"), db, QStringLiteral("--user"), ines,
                         QStringLiteral("--role"), QStringLiteral("instructor")},
                        kPassword.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("granted instructor access to %1").arg(ines)), qPrintable(run.out));
        SignIn signIn = fixture.signIn(fixture.roleName(QStringLiteral("ines")));
        QVERIFY2(!signIn.error.isError(), qPrintable(signIn.error.summary()));
        QCOMPARE(signIn.userId, QStringLiteral("u_ines"));
        QCOMPARE(signIn.accessRole, QStringLiteral("instructor"));

        // --db may also come before the command; no final newline is needed.
        run = admin({QStringLiteral("--db"), db, QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("--user"), ada,
                     QStringLiteral("--role"), QStringLiteral("admin")},
                    kPassword.toUtf8());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(fixture.signIn(fixture.roleName(QStringLiteral("ada"))).accessRole, QStringLiteral("admin"));

        // list: a header and one aligned row per login.
        run = admin({QStringLiteral("access"), QStringLiteral("list"), QStringLiteral("--db"), db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("E-MAIL")) && lines.at(0).contains(QLatin1String("ROLE"))
                     && lines.at(0).contains(QLatin1String("GRANTED AT")) && lines.at(0).contains(QLatin1String("GRANTED BY"))
                     && lines.at(0).contains(QLatin1String("LOGIN ALLOWED")),
                 qPrintable(lines.at(0)));
        QVERIFY(lines.at(1).startsWith(ada));
        QVERIFY(lines.at(2).startsWith(ines));
        const qsizetype roleColumn = lines.at(0).indexOf(QLatin1String("ROLE"));
        QCOMPARE(lines.at(1).indexOf(QLatin1String("admin")), roleColumn);
        QCOMPARE(lines.at(2).indexOf(QLatin1String("instructor")), roleColumn);
        const qsizetype loginColumn = lines.at(0).indexOf(QLatin1String("LOGIN ALLOWED"));
        QCOMPARE(lines.at(1).mid(loginColumn), QStringLiteral("yes"));
        QCOMPARE(lines.at(2).mid(loginColumn), QStringLiteral("yes"));
        QVERIFY(lines.at(1).contains(QLatin1String("  ") + qEnvironmentVariable("PGUSER") + QLatin1String("  ")));

        // set-role, password, revoke.
        run = admin({QStringLiteral("access"), QStringLiteral("set-role"), QStringLiteral("--db"), db, QStringLiteral("--user"), ines,
                     QStringLiteral("--role"), QStringLiteral("supervisor")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(fixture.signIn(fixture.roleName(QStringLiteral("ines"))).accessRole, QStringLiteral("supervisor"));

        const QString newPassword = QStringLiteral("a brand new password");
        run = admin({QStringLiteral("access"), QStringLiteral("password"), QStringLiteral("--db"), db, QStringLiteral("--user"), ines},
                    newPassword.toUtf8() + "\r\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(fixture.signIn(fixture.roleName(QStringLiteral("ines")), kPassword).error.kind, ConnectionError::Kind::Authentication);
        QVERIFY(!fixture.signIn(fixture.roleName(QStringLiteral("ines")), newPassword).error.isError());

        run = admin({QStringLiteral("access"), QStringLiteral("revoke"), QStringLiteral("--db"), db, QStringLiteral("--user"), ines});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("revoked the supervisor access of %1").arg(ines)), qPrintable(run.out));
        QVERIFY(fixture.signIn(fixture.roleName(QStringLiteral("ines")), newPassword).error.isError());
        QCOMPARE(fixture.ownRoles(), QStringList{fixture.roleName(QStringLiteral("ada"))});
    }

    void commandLineRefusalsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments"); // %ines% etc. are e-mails
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QByteArray password = kPassword.toUtf8() + '\n';
        QTest::newRow("no action") << QStringList{QStringLiteral("access")} << QByteArray() << 2 << QStringLiteral("no action given");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("access"), QStringLiteral("promote")} << QByteArray() << 2
                                        << QStringLiteral("unknown action 'promote'");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("access"), QStringLiteral("list"), QStringLiteral("now")}
                                        << QByteArray() << 2 << QStringLiteral("unexpected argument 'now'");
        QTest::newRow("grant without --user") << QStringList{QStringLiteral("access"), QStringLiteral("grant"),
                                                             QStringLiteral("--role"), QStringLiteral("admin")}
                                              << password << 2 << QStringLiteral("access grant needs --user");
        QTest::newRow("grant without --role") << QStringList{QStringLiteral("access"), QStringLiteral("grant"),
                                                             QStringLiteral("--user"), QStringLiteral("%ines%")}
                                              << password << 2 << QStringLiteral("access grant needs --role");
        QTest::newRow("invalid --role") << QStringList{QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("--user"),
                                                       QStringLiteral("%ines%"), QStringLiteral("--role"), QStringLiteral("root")}
                                        << password << 2 << QStringLiteral("invalid --role 'root'");
        QTest::newRow("revoke with --role") << QStringList{QStringLiteral("access"), QStringLiteral("revoke"), QStringLiteral("--user"),
                                                           QStringLiteral("%ines%"), QStringLiteral("--role"), QStringLiteral("admin")}
                                            << QByteArray() << 2 << QStringLiteral("access revoke takes no --role");
        QTest::newRow("a password option") << QStringList{QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("--user"),
                                                          QStringLiteral("%ines%"), QStringLiteral("--role"),
                                                          QStringLiteral("instructor"), QStringLiteral("--password"), kPassword}
                                           << QByteArray() << 2 << QStringLiteral("Unknown option 'password'");
        QTest::newRow("unknown user") << QStringList{QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("--user"),
                                                     QStringLiteral("%nobody%"), QStringLiteral("--role"), QStringLiteral("admin")}
                                      << password << 1 << QStringLiteral("no user with e-mail %nobody%");
        QTest::newRow("no profile") << QStringList{QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("--user"),
                                                   QStringLiteral("%noprof%"), QStringLiteral("--role"), QStringLiteral("instructor")}
                                    << password << 1 << QStringLiteral("%noprof% has no instructor profile");
        QTest::newRow("duplicate grant") << QStringList{QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("--user"),
                                                        QStringLiteral("%ada%"), QStringLiteral("--role"), QStringLiteral("admin")}
                                         << password << 1 << QStringLiteral("%ada% already has admin access");
        QTest::newRow("no password on stdin") << QStringList{QStringLiteral("access"), QStringLiteral("grant"),
                                                             QStringLiteral("--user"), QStringLiteral("%ines%"),
                                                             QStringLiteral("--role"), QStringLiteral("instructor")}
                                              << QByteArray() << 1 << QStringLiteral("no password on standard input");
        QTest::newRow("short password on stdin") << QStringList{QStringLiteral("access"), QStringLiteral("grant"),
                                                                QStringLiteral("--user"), QStringLiteral("%ines%"),
                                                                QStringLiteral("--role"), QStringLiteral("instructor")}
                                                 << QByteArray("short\n") << 1 << QStringLiteral("at least 12 characters");
        QTest::newRow("empty line on stdin") << QStringList{QStringLiteral("access"), QStringLiteral("password"),
                                                            QStringLiteral("--user"), QStringLiteral("%ada%")}
                                             << QByteArray("\n") << 1 << QStringLiteral("the password is empty");
        QTest::newRow("last administrator") << QStringList{QStringLiteral("access"), QStringLiteral("revoke"), QStringLiteral("--user"),
                                                           QStringLiteral("%ada%")}
                                            << QByteArray() << 1 << QStringLiteral("%ada% is the last administrator");
        QTest::newRow("demoting the last administrator")
            << QStringList{QStringLiteral("access"), QStringLiteral("set-role"), QStringLiteral("--user"), QStringLiteral("%ada%"),
                           QStringLiteral("--role"), QStringLiteral("instructor")}
            << QByteArray() << 1 << QStringLiteral("%ada% is the last administrator");
    }

    void commandLineRefusalsChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        Fixture fixture(QStringLiteral("access_cli_refuse"));
        SET_UP(fixture);
        VERIFY_OK(fixture.grant(QStringLiteral("ada"), QStringLiteral("admin")));
        const auto expand = [&fixture](QString text) {
            for (const QString &who : {QStringLiteral("ines"), QStringLiteral("ada"), QStringLiteral("noprof"), QStringLiteral("nobody")})
                text.replace(QLatin1Char('%') + who + QLatin1Char('%'), fixture.email(who));
            return text;
        };
        for (QString &argument : arguments)
            argument = expand(argument);
        arguments << QStringLiteral("--db") << fixture.database.uri();
        const QString before = fixture.snapshot();

        const Run run = admin(arguments, input);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.err));
        QVERIFY2(run.err.startsWith(QLatin1String("instructor-dashboard-admin: error: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(expand(message)), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fixture.snapshot(), before);
    }

    void commandLineWithoutMigrationsSaysSo()
    {
        TestDatabase database(QStringLiteral("access_unmigrated"));
        REQUIRE_DATABASE(database);
        const Run run = admin({QStringLiteral("access"), QStringLiteral("list"), QStringLiteral("--db"), database.uri()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("run 'instructor-dashboard-admin migrate' first")), qPrintable(run.err));
    }

    void passwordsNeverTravelInClear()
    {
        // No option could carry a password.
        Run run = admin({QStringLiteral("access"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("grant|revoke|set-role|password|list")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String("--password")) && !run.out.contains(QLatin1String("-p,")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("standard input")));

        // The server logs every statement of this database; the clear passwords must not be in its log.
        Fixture fixture(QStringLiteral("access_clear"));
        SET_UP(fixture);
        QVERIFY(fixture.database.exec(QStringLiteral("ALTER DATABASE %1 SET log_statement = 'all'").arg(fixture.database.name())));
        const QString first = QStringLiteral("first-secret-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        const QString second = QStringLiteral("second-secret-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        const QString email = fixture.email(QStringLiteral("ines"));
        const QString db = fixture.database.uri();
        run = admin({QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("--db"), db, QStringLiteral("--user"), email,
                     QStringLiteral("--role"), QStringLiteral("instructor")},
                    first.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = admin({QStringLiteral("access"), QStringLiteral("password"), QStringLiteral("--db"), db, QStringLiteral("--user"), email},
                    second.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!fixture.signIn(fixture.roleName(QStringLiteral("ines")), second).error.isError());

        const QString roleName = fixture.roleName(QStringLiteral("ines"));
        QVERIFY(fixture.database.scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {roleName})
                    .toString()
                    .startsWith(QLatin1String("SCRAM-SHA-256$")));
        // The statements did reach the log (so its silence about the passwords means something).
        const QByteArray marker = QStringLiteral("ALTER ROLE \"%1\" WITH PASSWORD 'SCRAM-SHA-256$").arg(roleName).toUtf8();
        QTRY_VERIFY_WITH_TIMEOUT(Fixture::serverLog().contains(marker), 5000);
        const QByteArray log = Fixture::serverLog();
        QVERIFY(log.contains(QStringLiteral("CREATE ROLE \"%1\"").arg(roleName).toUtf8()));
        QVERIFY(!log.contains(first.toUtf8()));
        QVERIFY(!log.contains(second.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
