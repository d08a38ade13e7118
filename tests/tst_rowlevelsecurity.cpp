// What each person may see and change, enforced by PostgreSQL itself: the tests connect as
// the real login roles of instructors, supervisors and an administrator (as a person with
// psql and a password would) and check, relation by relation, exactly which rows come back
// and which writes succeed.
#include "db/database.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using dashboard::db::ConnectionError;
using dashboard::db::ConnectionSettings;
namespace Database = dashboard::db::Database;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

struct Login
{
    QString key;     // "A", "S", ...
    QString userId;  // users.id
    QString access;  // instructor | supervisor | admin
};

const QList<Login> kLogins{
    {QStringLiteral("A"), QStringLiteral("usr_a"), QStringLiteral("instructor")},
    {QStringLiteral("B"), QStringLiteral("usr_b"), QStringLiteral("instructor")},
    {QStringLiteral("V"), QStringLiteral("usr_v"), QStringLiteral("instructor")},
    {QStringLiteral("Q"), QStringLiteral("usr_q"), QStringLiteral("instructor")},
    {QStringLiteral("X"), QStringLiteral("usr_x"), QStringLiteral("instructor")},
    {QStringLiteral("S"), QStringLiteral("usr_s"), QStringLiteral("supervisor")},
    {QStringLiteral("T"), QStringLiteral("usr_t"), QStringLiteral("supervisor")},
    {QStringLiteral("M"), QStringLiteral("usr_m"), QStringLiteral("admin")},
};

} // namespace

class TestRowLevelSecurity : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_database = nullptr;
    QHash<QString, QString> m_roleNames; // key -> login role
    QStringList m_extraRoles;             // other roles this test created

    QSqlDatabase as(const QString &key)
    {
        const QString connectionName = QStringLiteral("rls-%1-%2").arg(m_database->name(), key);
        if (QSqlDatabase::contains(connectionName))
            return QSqlDatabase::database(connectionName);
        ConnectionSettings settings = m_database->settings();
        settings.setValue(QStringLiteral("user"), m_roleNames.value(key, key));
        settings.setValue(QStringLiteral("password"), kPassword);
        ConnectionError error;
        QSqlDatabase db = Database::open(settings, connectionName, &error);
        if (error.isError())
            qWarning("cannot connect as %s: %s", qPrintable(key), qPrintable(error.summary()));
        return db;
    }

    // Sorted first column of a query run as a login, or "ERROR <sqlstate>".
    QStringList rows(const QString &key, const QString &sql)
    {
        QSqlQuery query(as(key));
        if (!query.exec(sql))
            return {QStringLiteral("ERROR ") + query.lastError().nativeErrorCode()};
        QStringList values;
        while (query.next())
            values << query.value(0).toString();
        values.sort();
        return values;
    }

    // Runs a statement as a login: rows affected, or -1 with *state set.
    int run(const QString &key, const QString &sql, QString *state = nullptr)
    {
        QSqlQuery query(as(key));
        if (!query.exec(sql)) {
            if (state)
                *state = query.lastError().nativeErrorCode();
            return -1;
        }
        return query.numRowsAffected();
    }

    QVariant owner(const QString &sql) { return m_database->scalar(sql); }

    int auditCount() { return owner(QStringLiteral("SELECT count(*) FROM audit_logs")).toInt(); }

    void createLogin(const QString &roleName, const QString &group = QString())
    {
        QString error;
        const QString membership = group.isEmpty() ? QString() : QStringLiteral(" IN ROLE ") + group;
        QVERIFY2(m_database->exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'%3").arg(roleName, kPassword, membership), &error),
                 qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        m_database = new TestDatabase(QStringLiteral("rls"));
        REQUIRE_DATABASE(*m_database);
        QString error;
        QVERIFY2(m_database->migrate(&error), qPrintable(error));

        QFile fixture(QStringLiteral(DASHBOARD_TEST_DATA "/security_fixture.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QString sql = QString::fromUtf8(fixture.readAll()).replace(QStringLiteral(":suffix"), m_database->name());
        QVERIFY2(m_database->exec(sql, &error), qPrintable(error));

        for (const Login &login : kLogins) {
            const QString roleName = m_database->scalar(QStringLiteral("SELECT email FROM users WHERE id = ?"), {login.userId}).toString();
            QVERIFY(!roleName.isEmpty());
            m_database->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(roleName));
            createLogin(roleName, QStringLiteral("dashboard_") + login.access);
            QVERIFY2(m_database->exec(QStringLiteral("INSERT INTO dashboard_logins (role_name, user_id, access_role) VALUES ('%1', '%2', '%3')")
                                          .arg(roleName, login.userId, login.access),
                                      &error),
                     qPrintable(error));
            m_roleNames.insert(login.key, roleName);
        }
        // The retention job's login, and the student app's own role with the rights it has today.
        const QString retention = QStringLiteral("retention_") + m_database->name();
        const QString studentApp = QStringLiteral("student_app_") + m_database->name();
        for (const QString &role : {retention, studentApp})
            m_database->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        createLogin(retention, QStringLiteral("dashboard_retention"));
        createLogin(studentApp);
        QVERIFY(m_database->exec(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON users, quiz_sessions, voice_practice_sessions TO \"%1\"")
                                     .arg(studentApp)));
        m_roleNames.insert(QStringLiteral("retention"), retention);
        m_roleNames.insert(QStringLiteral("student_app"), studentApp);
        m_extraRoles << retention << studentApp;
    }

    void cleanupTestCase()
    {
        if (!m_database)
            return;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QStringLiteral("rls-")))
                Database::close(name);
        }
        QStringList roles = m_roleNames.values();
        roles.removeDuplicates();
        // The database (and with it every grant) goes first, so the roles can be dropped.
        delete m_database;
        m_database = nullptr;
        TestDatabase cleanup(QStringLiteral("rls_cleanup"));
        for (const QString &role : std::as_const(roles))
            cleanup.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
    }

    void eachLoginResolvesToItsUser()
    {
        for (const Login &login : kLogins) {
            QCOMPARE(rows(login.key, QStringLiteral("SELECT dashboard_current_user_id()")), QStringList{login.userId});
            QCOMPARE(rows(login.key, QStringLiteral("SELECT dashboard_current_access_role()")), QStringList{login.access});
        }
    }

    void visibility_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *login, const char *relation, const QString &ids) {
            QStringList expected = ids.isEmpty() ? QStringList() : ids.split(QLatin1Char(' '));
            expected.sort();
            QTest::addRow("%s %s", login, relation) << QString::fromLatin1(login) << QString::fromLatin1(relation) << expected;
        };
        // Instructor A: their own students only.
        row("A", "student_progress", QStringLiteral("sp_a1 sp_a2"));
        row("A", "progress_snapshots", QStringLiteral("ps_a1"));
        row("A", "dashboard_users", QStringLiteral("stu_a1 stu_a2 usr_a"));
        row("A", "dashboard_quiz_sessions", QStringLiteral("qs_a1"));
        row("A", "dashboard_voice_practice_sessions", QStringLiteral("vs_a1"));
        row("A", "assignments", QStringLiteral("as_a"));
        row("A", "assignment_submissions", QStringLiteral("sub_a1"));
        row("A", "messages", QStringLiteral("msg_a_to_a1 msg_b_to_a"));
        row("A", "notifications", QStringLiteral("ntf_a"));
        row("A", "analytics_daily", QStringLiteral("ad_a"));
        row("A", "instructor_profiles", QStringLiteral("ip_a"));
        row("A", "departments", QStringLiteral("dep_c dep_p"));
        row("A", "module_analytics", QStringLiteral("ma_1"));
        // Instructor B, same department, cannot see A's students.
        row("B", "student_progress", QStringLiteral("sp_b1"));
        row("B", "dashboard_quiz_sessions", QStringLiteral("qs_b1"));
        row("B", "dashboard_voice_practice_sessions", QString());
        row("B", "assignment_submissions", QStringLiteral("sub_b1"));
        row("B", "messages", QStringLiteral("msg_b_to_a"));
        row("B", "notifications", QStringLiteral("ntf_b"));
        // Instructor V with can_view_all: the whole department, but only their own assignments.
        row("V", "student_progress", QStringLiteral("sp_a1 sp_a2 sp_b1 sp_v1"));
        row("V", "progress_snapshots", QStringLiteral("ps_a1 ps_b1"));
        row("V", "dashboard_users", QStringLiteral("stu_a1 stu_a2 stu_b1 stu_v1 usr_a usr_b usr_t usr_v"));
        row("V", "dashboard_quiz_sessions", QStringLiteral("qs_a1 qs_b1"));
        row("V", "assignments", QString());
        row("V", "assignment_submissions", QString());
        row("V", "messages", QString());
        row("V", "analytics_daily", QStringLiteral("ad_dep_c ad_v"));
        row("V", "instructor_profiles", QStringLiteral("ip_a ip_b ip_t ip_v"));
        // Instructor X of the other department sees only their own.
        row("X", "student_progress", QStringLiteral("sp_x1"));
        row("X", "dashboard_users", QStringLiteral("stu_x1 usr_x"));
        row("X", "assignments", QStringLiteral("as_x"));
        row("X", "departments", QStringLiteral("dep_o"));
        // Supervisor T of the child department: that department only, not the parent's or the sibling's.
        row("T", "student_progress", QStringLiteral("sp_a1 sp_a2 sp_b1 sp_v1"));
        row("T", "progress_snapshots", QStringLiteral("ps_a1 ps_b1"));
        row("T", "dashboard_quiz_sessions", QStringLiteral("qs_a1 qs_b1"));
        row("T", "assignments", QStringLiteral("as_a as_b"));
        row("T", "assignment_submissions", QStringLiteral("sub_a1 sub_b1"));
        row("T", "messages", QString());
        row("T", "notifications", QString());
        row("T", "analytics_daily", QStringLiteral("ad_a ad_b ad_dep_c ad_v"));
        row("T", "instructor_profiles", QStringLiteral("ip_a ip_b ip_t ip_v"));
        // Supervisor S of the parent department: the whole subtree, not the sibling tree.
        row("S", "student_progress", QStringLiteral("sp_a1 sp_a2 sp_b1 sp_q1 sp_v1"));
        row("S", "progress_snapshots", QStringLiteral("ps_a1 ps_b1 ps_q1"));
        row("S", "dashboard_users",
            QStringLiteral("stu_a1 stu_a2 stu_b1 stu_q1 stu_v1 usr_a usr_b usr_q usr_s usr_t usr_v"));
        row("S", "dashboard_quiz_sessions", QStringLiteral("qs_a1 qs_b1 qs_q1"));
        row("S", "assignments", QStringLiteral("as_a as_b"));
        row("S", "assignment_submissions", QStringLiteral("sub_a1 sub_b1"));
        row("S", "analytics_daily", QStringLiteral("ad_a ad_b ad_dep_c ad_dep_p ad_q ad_v"));
        row("S", "departments", QStringLiteral("dep_c dep_p"));
        // The administrator sees everything.
        row("M", "student_progress", QStringLiteral("sp_a1 sp_a2 sp_b1 sp_q1 sp_v1 sp_x1"));
        row("M", "dashboard_quiz_sessions", QStringLiteral("qs_a1 qs_b1 qs_q1 qs_x1"));
        row("M", "assignments", QStringLiteral("as_a as_b as_x"));
        row("M", "messages", QStringLiteral("msg_a_to_a1 msg_b_to_a msg_x_to_x1"));
        row("M", "notifications", QStringLiteral("ntf_a ntf_b ntf_x"));
        row("M", "analytics_daily", QStringLiteral("ad_a ad_all ad_b ad_dep_c ad_dep_o ad_dep_p ad_q ad_v ad_x"));
        row("M", "departments", QStringLiteral("dep_c dep_o dep_p"));
    }

    void visibility()
    {
        QFETCH(QString, login);
        QFETCH(QString, relation);
        QFETCH(QStringList, expected);
        QCOMPARE(rows(login, QStringLiteral("SELECT id FROM %1").arg(relation)), expected);
    }

    // dashboard_my_student_progress (0026) reads by the cheapest path but shows each person exactly
    // the rows row-level security shows them in student_progress, no more, no fewer.
    void myStudentProgressIsExactlyWhatThePolicyShows_data()
    {
        QTest::addColumn<QString>("login");
        for (const char *login : {"A", "B", "V", "Q", "X", "S", "T", "M"})
            QTest::newRow(login) << QString::fromLatin1(login);
    }

    void myStudentProgressIsExactlyWhatThePolicyShows()
    {
        QFETCH(QString, login);
        const QStringList expected = rows(login, QStringLiteral("SELECT id FROM student_progress"));
        QVERIFY(!expected.isEmpty() || login == QLatin1String("Q"));
        QCOMPARE(rows(login, QStringLiteral("SELECT id FROM dashboard_my_student_progress")), expected);
    }

    void theStudentAppTablesAreOnlyReachedThroughTheViews_data()
    {
        QTest::addColumn<QString>("login");
        for (const char *login : {"A", "S", "M"})
            QTest::newRow(login) << QString::fromLatin1(login);
    }

    void theStudentAppTablesAreOnlyReachedThroughTheViews()
    {
        QFETCH(QString, login);
        for (const char *table : {"users", "quiz_sessions", "voice_practice_sessions"})
            QCOMPARE(rows(login, QStringLiteral("SELECT id FROM %1").arg(QLatin1String(table))), QStringList{QStringLiteral("ERROR 42501")});
        // The password hash never leaves the student app's table.
        QCOMPARE(rows(login, QStringLiteral("SELECT password_hash FROM dashboard_users")), QStringList{QStringLiteral("ERROR 42703")});
    }

    void theAuditTrailIsOnlyForAdministrators()
    {
        for (const char *login : {"A", "V", "S", "T"}) {
            const QStringList result = rows(QString::fromLatin1(login), QStringLiteral("SELECT id FROM audit_logs"));
            QVERIFY2(result.isEmpty() || result == QStringList{QStringLiteral("ERROR 42501")}, qPrintable(result.join(QLatin1Char(','))));
            const QStringList system = rows(QString::fromLatin1(login), QStringLiteral("SELECT id FROM system_logs"));
            QVERIFY2(system.isEmpty() || system == QStringList{QStringLiteral("ERROR 42501")}, qPrintable(system.join(QLatin1Char(','))));
        }
        QVERIFY(!rows(QStringLiteral("M"), QStringLiteral("SELECT id FROM audit_logs")).isEmpty());
    }

    void anInstructorCannotChangeAnotherInstructorsData()
    {
        struct Attempt
        {
            const char *sql;
            const char *check; // a query whose value must not change
        };
        const QList<Attempt> attempts{
            {"UPDATE student_progress SET target_score = 99 WHERE id = 'sp_b1'", "SELECT coalesce(target_score, -1) FROM student_progress WHERE id = 'sp_b1'"},
            {"UPDATE student_progress SET instructor_id = 'usr_a' WHERE id = 'sp_b1'", "SELECT instructor_id FROM student_progress WHERE id = 'sp_b1'"},
            {"DELETE FROM student_progress WHERE id = 'sp_b1'", "SELECT count(*) FROM student_progress WHERE id = 'sp_b1'"},
            {"UPDATE assignment_submissions SET score = 100 WHERE id = 'sub_b1'", "SELECT score FROM assignment_submissions WHERE id = 'sub_b1'"},
            {"UPDATE assignment_submissions SET instructor_feedback = 'x' WHERE id = 'sub_b1'",
             "SELECT coalesce(instructor_feedback, '') FROM assignment_submissions WHERE id = 'sub_b1'"},
            {"UPDATE assignments SET title = 'mine now' WHERE id = 'as_b'", "SELECT title FROM assignments WHERE id = 'as_b'"},
            {"DELETE FROM assignments WHERE id = 'as_b'", "SELECT count(*) FROM assignments WHERE id = 'as_b'"},
            {"INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date) "
             "VALUES ('as_forged', 'usr_b', 'Forged', 'x', 50, now() + interval '1 day')",
             "SELECT count(*) FROM assignments WHERE id = 'as_forged'"},
            {"INSERT INTO assignment_submissions (id, assignment_id, student_id) VALUES ('sub_forged', 'as_b', 'stu_a1')",
             "SELECT count(*) FROM assignment_submissions WHERE id = 'sub_forged'"},
            {"UPDATE messages SET content = 'edited' WHERE id = 'msg_b_to_a'", "SELECT content FROM messages WHERE id = 'msg_b_to_a'"},
            {"DELETE FROM messages WHERE id = 'msg_b_to_a'", "SELECT count(*) FROM messages WHERE id = 'msg_b_to_a'"},
            {"INSERT INTO messages (id, sender_id, subject, content, recipients) VALUES ('msg_forged', 'usr_b', 's', 'c', '[]')",
             "SELECT count(*) FROM messages WHERE id = 'msg_forged'"},
            {"UPDATE notifications SET is_read = true WHERE id = 'ntf_b'", "SELECT is_read FROM notifications WHERE id = 'ntf_b'"},
            {"INSERT INTO notifications (id, user_id, title, message, type) VALUES ('ntf_forged', 'usr_b', 't', 'm', 'SYSTEM_ALERT')",
             "SELECT count(*) FROM notifications WHERE id = 'ntf_forged'"},
            {"UPDATE instructor_profiles SET can_view_all = true WHERE id = 'ip_a'", "SELECT can_view_all FROM instructor_profiles WHERE id = 'ip_a'"},
            {"UPDATE instructor_profiles SET dashboard_settings = '{\"x\":1}' WHERE id = 'ip_b'",
             "SELECT dashboard_settings::text FROM instructor_profiles WHERE id = 'ip_b'"},
            {"INSERT INTO dashboard_logins (role_name, user_id, access_role) VALUES ('someone', 'usr_m', 'admin')",
             "SELECT count(*) FROM dashboard_logins"},
            {"UPDATE dashboard_logins SET access_role = 'admin'", "SELECT string_agg(access_role, ',' ORDER BY role_name) FROM dashboard_logins"},
            {"UPDATE departments SET name = 'Renamed' WHERE id = 'dep_c'", "SELECT name FROM departments WHERE id = 'dep_c'"},
            {"UPDATE analytics_daily SET total_students = 0 WHERE id = 'ad_a'", "SELECT total_students FROM analytics_daily WHERE id = 'ad_a'"},
            {"INSERT INTO audit_logs (id, user_id, action, resource) VALUES ('forged', 'usr_b', 'x', 'y')",
             "SELECT count(*) FROM audit_logs WHERE id = 'forged'"},
            {"UPDATE audit_logs SET action = 'x'", "SELECT string_agg(action, ',' ORDER BY id) FROM audit_logs"},
            {"DELETE FROM audit_logs", "SELECT count(*) FROM audit_logs"},
            {"UPDATE users SET name = 'x' WHERE id = 'stu_b1'", "SELECT name FROM users WHERE id = 'stu_b1'"},
            {"INSERT INTO quiz_sessions (id, user_id, module_id, category) VALUES ('qs_forged', 'stu_a1', 'm', 'CODES')",
             "SELECT count(*) FROM quiz_sessions WHERE id = 'qs_forged'"},
            {"TRUNCATE student_progress", "SELECT count(*) FROM student_progress"},
            {"ALTER TABLE student_progress ADD COLUMN stolen int", "SELECT count(*) FROM pg_attribute WHERE attrelid = 'student_progress'::regclass"},
            {"DROP TABLE notifications", "SELECT count(*) FROM notifications"},
        };
        for (const Attempt &attempt : attempts) {
            const QVariant before = owner(QString::fromLatin1(attempt.check));
            QString state;
            const int affected = run(QStringLiteral("A"), QString::fromLatin1(attempt.sql), &state);
            QVERIFY2(affected <= 0, qPrintable(QStringLiteral("succeeded: ") + QString::fromLatin1(attempt.sql)));
            QCOMPARE(owner(QString::fromLatin1(attempt.check)), before);
        }
    }

    void anInstructorCanChangeTheirOwn()
    {
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("UPDATE student_progress SET target_score = 85 WHERE id = 'sp_a1'")), 1);
        QCOMPARE(owner(QStringLiteral("SELECT target_score FROM student_progress WHERE id = 'sp_a1'")).toDouble(), 85.0);
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("UPDATE assignment_submissions SET score = 92, status = 'GRADED', "
                                                         "instructor_feedback = 'Well done' WHERE id = 'sub_a1'")),
                 1);
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("UPDATE notifications SET is_read = true, read_at = now() WHERE id = 'ntf_a'")), 1);
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date) "
                                                         "VALUES ('as_a2', 'usr_a', 'Phonetic drill', 'x', 80, now() + interval '3 days')")),
                 1);
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("INSERT INTO messages (id, sender_id, subject, content, recipients) "
                                                         "VALUES ('msg_a_new', 'usr_a', 'Hi', 'Practice', '[{\"id\": \"stu_a2\"}]')")),
                 1);
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("UPDATE instructor_profiles SET dashboard_settings = '{\"theme\": \"dark\"}' WHERE id = 'ip_a'")), 1);
    }

    void aSupervisorReadsButDoesNotGradeOthersWork()
    {
        QCOMPARE(run(QStringLiteral("T"), QStringLiteral("UPDATE assignments SET title = 'x' WHERE id = 'as_a'")), 0);
        QCOMPARE(run(QStringLiteral("T"), QStringLiteral("UPDATE assignment_submissions SET score = 1 WHERE id = 'sub_a1'")), 0);
        QCOMPARE(owner(QStringLiteral("SELECT title FROM assignments WHERE id = 'as_a'")).toString(), QStringLiteral("Ten-codes week 1"));
        QCOMPARE(owner(QStringLiteral("SELECT score FROM assignment_submissions WHERE id = 'sub_a1'")).toDouble(), 92.0);
        // Students of the sibling tree stay out of reach, for reading and writing.
        QCOMPARE(run(QStringLiteral("S"), QStringLiteral("UPDATE student_progress SET target_score = 1 WHERE id = 'sp_x1'")), 0);
    }

    void roleAndSettingTricksDoNotWidenAccess()
    {
        QString state;
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("SET ROLE dashboard_admin"), &state), -1);
        QCOMPARE(state, QStringLiteral("42501"));
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("SET SESSION AUTHORIZATION postgres"), &state), -1);
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("SET ROLE dashboard_instructor")), 0);
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("SET app.user_id = 'usr_m'")), 0);
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("SET request.jwt.claim.sub = 'usr_m'")), 0);
        QCOMPARE(rows(QStringLiteral("A"), QStringLiteral("SELECT dashboard_current_user_id()")), QStringList{QStringLiteral("usr_a")});
        QCOMPARE(rows(QStringLiteral("A"), QStringLiteral("SELECT id FROM student_progress")),
                 (QStringList{QStringLiteral("sp_a1"), QStringLiteral("sp_a2")}));
        run(QStringLiteral("A"), QStringLiteral("RESET ROLE"));
        // A login that exists but was never mapped sees nothing at all.
        const QString stranger = QStringLiteral("stranger_") + m_database->name();
        m_database->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(stranger));
        createLogin(stranger, QStringLiteral("dashboard_instructor"));
        m_roleNames.insert(QStringLiteral("stranger"), stranger);
        QCOMPARE(rows(QStringLiteral("stranger"), QStringLiteral("SELECT id FROM student_progress")), QStringList());
        QCOMPARE(rows(QStringLiteral("stranger"), QStringLiteral("SELECT id FROM dashboard_users")), QStringList());
    }

    void everyStatementLeavesExactlyOneAuditRow()
    {
        int before = auditCount();
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("UPDATE student_progress SET target_score = 88 WHERE id = 'sp_a2'")), 1);
        QCOMPARE(auditCount(), before + 1);
        QSqlQuery last(m_database->connection());
        QVERIFY(last.exec(QStringLiteral("SELECT user_id, user_role::text, action, resource, resource_id, old_data->>'target_score', "
                                         "new_data->>'target_score', changes::text, user_email FROM audit_logs "
                                         "WHERE resource = 'student_progress' AND resource_id = 'sp_a2'")));
        QVERIFY(last.next());
        QCOMPARE(last.value(0).toString(), QStringLiteral("usr_a"));
        QCOMPARE(last.value(1).toString(), QStringLiteral("INSTRUCTOR"));
        QCOMPARE(last.value(2).toString(), QStringLiteral("update"));
        QCOMPARE(last.value(3).toString(), QStringLiteral("student_progress"));
        QCOMPARE(last.value(4).toString(), QStringLiteral("sp_a2"));
        QVERIFY(last.value(5).isNull());
        QCOMPARE(last.value(6).toDouble(), 88.0);
        QCOMPARE(last.value(7).toString(), QStringLiteral("[\"target_score\"]"));
        QCOMPARE(last.value(8).toString(), m_roleNames.value(QStringLiteral("A")));

        // Insert and delete, each one row.
        before = auditCount();
        QCOMPARE(run(QStringLiteral("B"), QStringLiteral("INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date) "
                                                         "VALUES ('as_b2', 'usr_b', 'Drill', 'x', 70, now() + interval '2 days')")),
                 1);
        QCOMPARE(run(QStringLiteral("B"), QStringLiteral("DELETE FROM assignments WHERE id = 'as_b2'")), 1);
        QCOMPARE(auditCount(), before + 2);
        QCOMPARE(owner(QStringLiteral("SELECT string_agg(action || ':' || resource_id || ':' || user_id, ',' ORDER BY \"timestamp\", action DESC) "
                                      "FROM audit_logs WHERE resource = 'assignments' AND resource_id = 'as_b2'")).toString(),
                 QStringLiteral("insert:as_b2:usr_b,delete:as_b2:usr_b"));

        // A statement that changes several rows is one audit row; one that changes none, no row.
        before = auditCount();
        QCOMPARE(run(QStringLiteral("M"), QStringLiteral("UPDATE notifications SET is_archived = true")), 3);
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(owner(QStringLiteral("SELECT jsonb_array_length(new_data) FROM (SELECT new_data FROM audit_logs "
                                      "WHERE resource = 'notifications' AND action = 'update' ORDER BY \"timestamp\" DESC LIMIT 1) latest"))
                     .toInt(),
                 3);
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("UPDATE student_progress SET target_score = 1 WHERE id = 'sp_x1'")), 0);
        QCOMPARE(auditCount(), before + 1);
    }

    // More than 100 rows: the image is the count and the first 100 keys, and `changes` still names
    // exactly the columns that differ in at least one row (0022 compares them column by column).
    void aBulkUpdateListsExactlyTheColumnsItChanged()
    {
        QVERIFY(m_database->exec(QStringLiteral(
            "INSERT INTO notifications (id, user_id, title, message, type) "
            "SELECT 'ntf_bulk_' || lpad(g::text, 3, '0'), 'usr_m', 'Bulk ' || g, 'm', 'SYSTEM_ALERT' FROM generate_series(1, 150) g")));
        const int before = auditCount();
        // is_read changes in every row, title in one row only, message in none (set to itself).
        QSqlQuery bulk(m_database->connection());
        QVERIFY(bulk.exec(QStringLiteral("UPDATE notifications SET is_read = true, message = message, "
                                         "title = CASE WHEN id = 'ntf_bulk_150' THEN 'Last' ELSE title END "
                                         "WHERE id LIKE 'ntf\\_bulk\\_%'")));
        QCOMPARE(bulk.numRowsAffected(), 150);
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(owner(QStringLiteral("SELECT changes::text || ' ' || (new_data->>'rows') || ' ' || jsonb_array_length(new_data->'ids') "
                                      "|| ' ' || (old_data->>'rows') || ' ' || (resource_id IS NULL) FROM audit_logs "
                                      "WHERE resource = 'notifications' AND action = 'update' ORDER BY \"timestamp\" DESC, id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("[\"title\", \"is_read\"] 150 100 150 true"));
        QVERIFY(m_database->exec(QStringLiteral("DELETE FROM notifications WHERE id LIKE 'ntf\\_bulk\\_%'")));
        QCOMPARE(owner(QStringLiteral("SELECT (old_data->>'rows') || ' ' || (changes IS NULL) FROM audit_logs "
                                      "WHERE resource = 'notifications' AND action = 'delete' ORDER BY \"timestamp\" DESC, id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("150 true"));
    }

    // The row triggers run only when the statement did not set their value itself (0022), so no
    // writer, not even the owner, chooses updated_at or sync_xid; a statement that sets exactly the values
    // the triggers would set keeps them.
    void updatedAtAndSyncXidCannotBeChosenByTheStatement()
    {
        QVERIFY(m_database->exec(QStringLiteral("UPDATE student_progress SET target_score = 77, updated_at = '2000-01-01', "
                                                "sync_xid = '3'::xid8 WHERE id = 'sp_a2'")));
        QCOMPARE(owner(QStringLiteral("SELECT (updated_at > now() AT TIME ZONE 'UTC' - interval '1 hour') || ' ' || (sync_xid > '3'::xid8) "
                                      "FROM student_progress WHERE id = 'sp_a2'"))
                     .toString(),
                 QStringLiteral("true true"));
        QVERIFY(m_database->exec(QStringLiteral("INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date, updated_at) "
                                                "VALUES ('as_b9', 'usr_a', 'Drill', 'x', 70, now() + interval '2 days', '2000-01-01')")));
        QCOMPARE(owner(QStringLiteral("SELECT updated_at > now() AT TIME ZONE 'UTC' - interval '1 hour' FROM assignments WHERE id = 'as_b9'")).toBool(),
                 true);
        QVERIFY(m_database->exec(QStringLiteral("DELETE FROM assignments WHERE id = 'as_b9'")));

        // In one transaction: the statement's own values are kept, and equal what the triggers set.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.exec(QStringLiteral("UPDATE student_progress SET target_score = 78, updated_at = CURRENT_TIMESTAMP AT TIME ZONE 'UTC', "
                                          "sync_xid = pg_current_xact_id() WHERE id = 'sp_a2'")));
        QVERIFY(query.exec(QStringLiteral("SELECT updated_at = (CURRENT_TIMESTAMP AT TIME ZONE 'UTC')::timestamp(3), "
                                          "sync_xid = pg_current_xact_id() FROM student_progress WHERE id = 'sp_a2'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool());
        QVERIFY(query.value(1).toBool());
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
    }

    // dashboard_new_id() (0010, inlined since 0024): 'c', 12 hex digits of milliseconds, 12 random
    // ones; callable by the groups; no two alike; and no longer a SECURITY DEFINER call per row.
    void newIdsKeepTheirFormat()
    {
        const QStringList ids = rows(QStringLiteral("A"), QStringLiteral("SELECT public.dashboard_new_id() FROM generate_series(1, 1000)"));
        QCOMPARE(ids.size(), 1000);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 1000);
        static const QRegularExpression format(QStringLiteral("^c[0-9a-f]{24}$"));
        for (const QString &id : ids)
            QVERIFY2(format.match(id).hasMatch(), qPrintable(id));
        const qint64 milliseconds = ids.constFirst().mid(1, 12).toLongLong(nullptr, 16);
        QVERIFY(qAbs(milliseconds - QDateTime::currentMSecsSinceEpoch()) < 3600 * 1000);
        QCOMPARE(owner(QStringLiteral("SELECT prosecdef OR proconfig IS NOT NULL FROM pg_proc WHERE oid = 'public.dashboard_new_id'::regproc"))
                     .toBool(),
                 false);
    }

    void viewingAStudentIsAudited()
    {
        const int before = auditCount();
        QVERIFY(run(QStringLiteral("A"), QStringLiteral("SELECT dashboard_audit_view('student', 'stu_a1')")) >= 0);
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(owner(QStringLiteral("SELECT user_id || ':' || action || ':' || resource_id FROM audit_logs "
                                      "WHERE action LIKE 'view%' ORDER BY \"timestamp\" DESC LIMIT 1")).toString(),
                 QStringLiteral("usr_a:view_student:stu_a1"));
        QString state;
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("SELECT dashboard_audit_view('student', 'stu_x1')"), &state), -1);
        QCOMPARE(state, QStringLiteral("42501"));
        QCOMPARE(run(QStringLiteral("A"), QStringLiteral("SELECT dashboard_audit_view('anything; DROP TABLE users', 'stu_a1')"), &state), -1);
        QCOMPARE(run(QStringLiteral("stranger"), QStringLiteral("SELECT dashboard_audit_view('student', 'stu_a1')"), &state), -1);
        QCOMPARE(auditCount(), before + 1);
    }

    void onlyTheRetentionJobDeletesAndOnlyOldRows()
    {
        QVERIFY(m_database->exec(QStringLiteral("INSERT INTO audit_logs (id, action, resource, timestamp) VALUES "
                                                "('old_audit', 'x', 'y', (now() AT TIME ZONE 'UTC') - interval '8 years')")));
        const int before = auditCount();
        QString state;
        // Even the owner cannot rewrite or delete recent history.
        QVERIFY(!m_database->exec(QStringLiteral("UPDATE audit_logs SET action = 'rewritten' WHERE id <> 'old_audit'")));
        QVERIFY(!m_database->exec(QStringLiteral("DELETE FROM audit_logs WHERE id <> 'old_audit'")));
        QCOMPARE(auditCount(), before);
        QCOMPARE(run(QStringLiteral("retention"), QStringLiteral("DELETE FROM audit_logs"), &state), 1);
        QCOMPARE(owner(QStringLiteral("SELECT count(*) FROM audit_logs WHERE id = 'old_audit'")).toInt(), 0);
        QCOMPARE(auditCount(), before - 1);
    }

    void theStudentAppKeepsWorking()
    {
        const QString app = QStringLiteral("student_app");
        QCOMPARE(run(app, QStringLiteral("INSERT INTO quiz_sessions (id, user_id, module_id, category, score) VALUES ('qs_new', 'stu_a1', 'codes-2', 'CODES', 77)")), 1);
        QCOMPARE(run(app, QStringLiteral("UPDATE users SET name = 'Student A1 (renamed)', updated_at = now() WHERE id = 'stu_a1'")), 1);
        QCOMPARE(run(app, QStringLiteral("INSERT INTO users (id, email, role, updated_at) VALUES ('stu_new', 'new.' || current_database() || '@example.org', 'USER', now())")), 1);
        QCOMPARE(run(app, QStringLiteral("DELETE FROM voice_practice_sessions WHERE id = 'vs_x1'")), 1);
        QCOMPARE(rows(app, QStringLiteral("SELECT count(*) FROM users")), QStringList{QStringLiteral("15")});
    }
};

QTEST_GUILESS_MAIN(TestRowLevelSecurity)
#include "tst_rowlevelsecurity.moc"
