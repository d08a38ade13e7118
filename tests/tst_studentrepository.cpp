// StudentRepository and StudentsService against a real PostgreSQL, connected as the login roles
// of the security fixture: each person gets exactly the students row-level security lets them
// see, with names, departments, instructors and counts; opening a detail is audited once, and a
// student one may not see is refused without an audit row.
#include "db/database.h"
#include "students/studentrepository.h"
#include "students/studentsservice.h"
#include "db/sqlresource.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using dashboard::db::ConnectionError;
using dashboard::db::ConnectionSettings;
using dashboard::students::MissedItem;
using dashboard::students::SessionRecord;
using dashboard::students::StudentDetail;
using dashboard::students::StudentRepository;
using dashboard::students::StudentsService;
using dashboard::students::StudentSummary;
using dashboard::students::TrendRange;
namespace Database = dashboard::db::Database;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

struct Login
{
    QString key;
    QString userId;
    QString access;
};

const QList<Login> kLogins{
    {QStringLiteral("A"), QStringLiteral("usr_a"), QStringLiteral("instructor")},
    {QStringLiteral("V"), QStringLiteral("usr_v"), QStringLiteral("instructor")},
    {QStringLiteral("S"), QStringLiteral("usr_s"), QStringLiteral("supervisor")},
};

QDateTime utc(const char *text)
{
    QDateTime dateTime = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
    dateTime.setTimeSpec(Qt::UTC);
    return dateTime;
}

QStringList studentIds(const QList<StudentSummary> &students)
{
    QStringList ids;
    for (const StudentSummary &s : students)
        ids << s.studentId;
    return ids;
}

const StudentSummary *find(const QList<StudentSummary> &students, const QString &id)
{
    for (const StudentSummary &s : students) {
        if (s.studentId == id)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestStudentRepository : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_database = nullptr;
    QHash<QString, QString> m_roleNames; // key -> login role

    ConnectionSettings settingsFor(const QString &key) const
    {
        ConnectionSettings settings = m_database->settings();
        settings.setValue(QStringLiteral("user"), m_roleNames.value(key));
        settings.setValue(QStringLiteral("password"), kPassword);
        return settings;
    }

    QSqlDatabase as(const QString &key)
    {
        const QString connectionName = QStringLiteral("students-%1-%2").arg(m_database->name(), key);
        if (QSqlDatabase::contains(connectionName))
            return QSqlDatabase::database(connectionName);
        ConnectionError error;
        QSqlDatabase db = Database::open(settingsFor(key), connectionName, &error);
        if (error.isError())
            qWarning("cannot connect as %s: %s", qPrintable(key), qPrintable(error.summary()));
        return db;
    }

    bool owner(const QString &sql)
    {
        QString error;
        if (m_database->exec(sql, &error))
            return true;
        qWarning("setup failed: %s\n%s", qPrintable(error), qPrintable(sql));
        return false;
    }

    int auditRows(const QString &where = QStringLiteral("true"))
    {
        return m_database->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE ") + where).toInt();
    }

private slots:
    void initTestCase()
    {
        m_database = new TestDatabase(QStringLiteral("students"));
        REQUIRE_DATABASE(*m_database);
        QString error;
        QVERIFY2(m_database->migrate(&error), qPrintable(error));

        QFile fixture(QStringLiteral(DASHBOARD_TEST_DATA "/security_fixture.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(fixture.readAll()).replace(QStringLiteral(":suffix"), m_database->name());
        QVERIFY2(m_database->exec(sql, &error), qPrintable(error));

        for (const Login &login : kLogins) {
            const QString roleName = m_database->scalar(QStringLiteral("SELECT email FROM users WHERE id = ?"), {login.userId}).toString();
            QVERIFY(!roleName.isEmpty());
            m_database->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(roleName));
            QVERIFY2(m_database->exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE dashboard_%3")
                                          .arg(roleName, kPassword, login.access),
                                      &error),
                     qPrintable(error));
            m_roleNames.insert(login.key, roleName);
            QVERIFY2(m_database->exec(QStringLiteral("INSERT INTO dashboard_logins (role_name, user_id, access_role) VALUES ('%1', '%2', '%3')")
                                          .arg(roleName, login.userId, login.access),
                                      &error),
                     qPrintable(error));
        }

        // Progress figures of A's students, fixed times for the fixture's sessions, a second
        // assignment with an overdue submission, snapshots around the trend ranges and quiz
        // sessions with answers.
        QVERIFY(owner(QStringLiteral(
            "UPDATE student_progress SET risk_score = 70, risk_factors = ARRAY['inactive_days:14:+30', 'overdue_assignments:1:+10', 'low_score:40:+10'],"
            " overall_score = 71.5, codes_progress = 62.5, phonetic_progress = 50, protocol_progress = 12.5,"
            " last_active_at = '2026-11-10 08:30:00', current_streak = 0, target_score = 80, target_date = '2026-12-15 00:00:00'"
            " WHERE student_id = 'stu_a1'")));
        QVERIFY(owner(QStringLiteral(
            "UPDATE student_progress SET risk_score = 30, risk_factors = ARRAY['accuracy_drop:12:+20', 'low_score:55:+10'],"
            " last_active_at = '2026-11-19 17:45:12.345', current_streak = 3 WHERE student_id = 'stu_a2'")));
        QVERIFY(owner(QStringLiteral("UPDATE student_progress SET risk_score = 90, risk_factors = ARRAY['never_active:0:+40'] WHERE student_id = 'stu_q1'")));
        QVERIFY(owner(QStringLiteral("UPDATE quiz_sessions SET started_at = '2026-11-01 10:00:00', completed_at = '2026-11-01 10:10:00' WHERE id = 'qs_a1'")));
        QVERIFY(owner(QStringLiteral("UPDATE voice_practice_sessions SET created_at = '2026-11-01 11:00:00' WHERE id = 'vs_a1'")));
        QVERIFY(owner(QStringLiteral("UPDATE assignments SET created_at = '2026-10-01 09:00:00', due_date = '2026-11-27 17:00:00' WHERE id = 'as_a'")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date, created_at, updated_at) VALUES"
            " ('as_a2', 'usr_a', 'Phonetic drill', 'Alpha to Zulu twice', 85, '2026-11-10 17:00:00', '2026-10-01 09:00:00', now())")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO assignment_submissions (id, assignment_id, student_id, status, updated_at) VALUES"
            " ('sub_a2_1', 'as_a2', 'stu_a1', 'OVERDUE', now()), ('sub_a2_2', 'as_a2', 'stu_a2', 'NOT_STARTED', now())")));
        QVERIFY(owner(QStringLiteral(
            "UPDATE assignment_submissions SET submitted_at = '2026-11-05 14:00:00', instructor_feedback = 'Good pace' WHERE id = 'sub_a1'")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO progress_snapshots (id, student_id, snapshot_date, overall_score, daily_accuracy, total_time_spent,"
            " sessions_completed, questions_answered) VALUES"
            " ('ps_a1_1015', 'stu_a1', '2026-10-15', 50, 55, 20, 1, 10),"
            " ('ps_a1_1105', 'stu_a1', '2026-11-05', 60, 70, 35, 2, 20),"
            " ('ps_a1_1120', 'stu_a1', '2026-11-20', 71.5, 80, 12, 1, 10),"
            " ('ps_a1_1121', 'stu_a1', '2026-11-21', 72, 85, 15, 1, 10)")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO quiz_sessions (id, user_id, module_id, category, difficulty, score, questions_answered, correct_answers, answers,"
            " started_at, completed_at) VALUES"
            " ('qa1', 'stu_a1', 'codes-2', 'CODES', 'MEDIUM', 60, 5, 2,"
            "  '[{\"q\": \"10-9\", \"correct\": false, \"ms\": 2100}, {\"q\": \"10-10\", \"correct\": false, \"ms\": 1900},"
            "    {\"q\": \"10-4\", \"correct\": true, \"ms\": 800}, {\"q\": \"10-9\", \"correct\": false, \"ms\": 2500},"
            "    {\"q\": \"10-20\", \"correct\": true, \"ms\": 1200}]',"
            "  '2026-11-18 10:00:00', '2026-11-18 10:05:00'),"
            " ('qa2', 'stu_a1', 'codes-2', 'CODES', 'MEDIUM', NULL, 2, 1,"
            "  '[{\"q\": \"10-9\", \"correct\": true, \"ms\": 1500}, {\"q\": \"10-10\", \"correct\": false, \"ms\": 3000}]',"
            "  '2026-11-19 09:00:00', NULL),"
            " ('qa3', 'stu_a1', 'phonetic-1', 'PHONETIC', 'EASY', 33.3, 3, 1,"
            "  '[{\"q\": \"Alpha\", \"correct\": true}, {\"q\": \"Bravo\", \"correct\": false}, {\"q\": \"Charlie\", \"correct\": false},"
            "    \"junk\", {\"correct\": false}, {\"q\": \"\", \"correct\": false}]',"
            "  '2026-11-17 12:00:00', '2026-11-17 12:03:30'),"
            " ('qa4', 'stu_a1', 'codes-3', 'CODES', 'EASY', 100, 1, 1, '{\"not\": \"an array\"}', '2026-10-20 08:00:00', '2026-10-20 08:01:00')")));
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO voice_practice_sessions (id, user_id, category, phrase, score, accuracy, duration, created_at) VALUES"
            " ('va2', 'stu_a1', 'PROTOCOL', 'Unit 12, 10-4', 75, 0.75, 200, '2026-11-19 15:00:00')")));
        // Student A2: 60 sessions (more than the detail shows), 12 items each wrong 5 times.
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO quiz_sessions (id, user_id, module_id, category, score, questions_answered, correct_answers, answers, started_at, completed_at)"
            " SELECT 'qb' || g, 'stu_a2', 'codes-1', 'CODES', 50, 1, 0,"
            "        jsonb_build_array(jsonb_build_object('q', 'item-' || lpad((g % 12)::text, 2, '0'), 'correct', false)),"
            "        timestamp '2026-09-01 08:00' + g * interval '1 day', timestamp '2026-09-01 08:10' + g * interval '1 day'"
            "   FROM generate_series(1, 60) AS g")));
        // Unread notifications of A: ntf_a, plus one read and one archived that do not count.
        QVERIFY(owner(QStringLiteral(
            "INSERT INTO notifications (id, user_id, title, message, type, is_read, is_archived) VALUES"
            " ('ntf_a_read', 'usr_a', 'Read', 'Seen already', 'SYSTEM_ALERT', true, false),"
            " ('ntf_a_archived', 'usr_a', 'Archived', 'Put away', 'SYSTEM_ALERT', false, true),"
            " ('ntf_a_2', 'usr_a', 'New', 'Still unread', 'SYSTEM_ALERT', false, false)")));
    }

    void cleanupTestCase()
    {
        if (!m_database)
            return;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QStringLiteral("students-")))
                Database::close(name);
        }
        QStringList roles = m_roleNames.values();
        delete m_database; // the database (and the pool threads' sessions) first, then the roles
        m_database = nullptr;
        TestDatabase cleanup(QStringLiteral("students_cleanup"));
        for (const QString &role : std::as_const(roles))
            QVERIFY(cleanup.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role)));
    }

    void instructorSeesExactlyTheirStudents()
    {
        StudentRepository repository(as(QStringLiteral("A")));
        const auto students = repository.fetchStudents();
        QVERIFY2(students.has_value(), qPrintable(repository.errorString()));
        // Highest risk first.
        QCOMPARE(studentIds(*students), (QStringList{QStringLiteral("stu_a1"), QStringLiteral("stu_a2")}));

        const StudentSummary &a1 = students->at(0);
        QCOMPARE(a1.name, QStringLiteral("Student A1"));
        QCOMPARE(a1.email, QStringLiteral("a1.%1@example.org").arg(m_database->name()));
        QCOMPARE(a1.departmentName, QStringLiteral("MPD Patrol Division"));
        QCOMPARE(a1.instructorName, QStringLiteral("Ana Instructor"));
        QCOMPARE(a1.riskScore, 70.0);
        QCOMPARE(a1.riskFactors, (QStringList{QStringLiteral("inactive_days:14:+30"), QStringLiteral("overdue_assignments:1:+10"),
                                             QStringLiteral("low_score:40:+10")}));
        QCOMPARE(a1.overallScore, 71.5);
        QCOMPARE(a1.codesProgress, 62.5);
        QCOMPARE(a1.phoneticProgress, 50.0);
        QCOMPARE(a1.protocolProgress, 12.5);
        QCOMPARE(a1.lastActiveAt, utc("2026-11-10T08:30:00"));
        QCOMPARE(a1.lastActiveAt.timeSpec(), Qt::UTC);
        QCOMPARE(a1.openAssignments, 1);    // sub_a2_1 OVERDUE; sub_a1 is SUBMITTED
        QCOMPARE(a1.overdueAssignments, 1);
        QVERIFY(a1.targetScore.has_value());
        QCOMPARE(*a1.targetScore, 80.0);
        QCOMPARE(a1.targetDate, QDate(2026, 12, 15));
        QVERIFY(!a1.goalAchieved);

        const StudentSummary &a2 = students->at(1);
        QCOMPARE(a2.name, QStringLiteral("Student A2"));
        QCOMPARE(a2.riskFactors.size(), 2);
        QCOMPARE(a2.lastActiveAt, utc("2026-11-19T17:45:12.345"));
        QCOMPARE(a2.currentStreak, 3);
        QCOMPARE(a2.openAssignments, 1); // NOT_STARTED
        QCOMPARE(a2.overdueAssignments, 0);
        QVERIFY(!a2.targetScore.has_value());
        QVERIFY(!a2.targetDate.isValid());
    }

    // students_own.sql (a plain instructor's list, from the covering index) returns exactly what
    // students.sql (through dashboard_my_student_progress) returns for them, row for row and in
    // the same order; anyone else gets students.sql (list_scope.sql says which).
    void theOwnListIsTheViewsListForAPlainInstructor()
    {
        const auto rows = [](QSqlDatabase db, const QString &name) {
            QSqlQuery query(db);
            QStringList out;
            if (!query.exec(dashboard::db::sqlResource(QStringLiteral("students/") + name)))
                return QStringList{query.lastError().text()};
            while (query.next()) {
                QStringList values;
                for (int column = 0; column < query.record().count(); ++column)
                    values << query.value(column).toString();
                out << values.join(QLatin1Char('|'));
            }
            return out;
        };
        const QSqlDatabase a = as(QStringLiteral("A"));
        QCOMPARE(rows(a, QStringLiteral("list_scope")), QStringList{QStringLiteral("true")});
        const QStringList own = rows(a, QStringLiteral("students_own"));
        QCOMPARE(own.size(), 2);
        QCOMPARE(own, rows(a, QStringLiteral("students")));
        QCOMPARE(rows(as(QStringLiteral("V")), QStringLiteral("list_scope")), QStringList{QStringLiteral("false")});
        QCOMPARE(rows(as(QStringLiteral("S")), QStringLiteral("list_scope")), QStringList{QStringLiteral("false")});
    }

    void supervisorSeesTheSubtree()
    {
        StudentRepository repository(as(QStringLiteral("S")));
        const auto students = repository.fetchStudents();
        QVERIFY2(students.has_value(), qPrintable(repository.errorString()));
        QStringList ids = studentIds(*students);
        QCOMPARE(ids.first(), QStringLiteral("stu_q1")); // risk 90
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("stu_a1"), QStringLiteral("stu_a2"), QStringLiteral("stu_b1"), QStringLiteral("stu_q1"),
                                   QStringLiteral("stu_v1")}));
        QCOMPARE(find(*students, QStringLiteral("stu_q1"))->departmentName, QStringLiteral("Metro Police Department"));
        QCOMPARE(find(*students, QStringLiteral("stu_q1"))->instructorName, QStringLiteral("Quinn Instructor"));
        QCOMPARE(find(*students, QStringLiteral("stu_b1"))->instructorName, QStringLiteral("Ben Instructor"));
        QCOMPARE(find(*students, QStringLiteral("stu_b1"))->departmentName, QStringLiteral("MPD Patrol Division"));
        QCOMPARE(find(*students, QStringLiteral("stu_v1"))->instructorName, QStringLiteral("Vera View-All"));
        QCOMPARE(find(*students, QStringLiteral("stu_a1"))->instructorName, QStringLiteral("Ana Instructor"));
        QCOMPARE(find(*students, QStringLiteral("stu_a1"))->openAssignments, 1);
        QCOMPARE(find(*students, QStringLiteral("stu_a1"))->overdueAssignments, 1);
        QCOMPARE(find(*students, QStringLiteral("stu_b1"))->openAssignments, 0);
    }

    void instructorWithViewAllSeesTheDepartment()
    {
        StudentRepository repository(as(QStringLiteral("V")));
        const auto students = repository.fetchStudents();
        QVERIFY2(students.has_value(), qPrintable(repository.errorString()));
        QStringList ids = studentIds(*students);
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("stu_a1"), QStringLiteral("stu_a2"), QStringLiteral("stu_b1"), QStringLiteral("stu_v1")}));
        // V reads no assignment of A's, but the counts are the student's own (as the risk factor
        // overdue_assignments already tells anyone who sees the student): 1 open, 1 overdue.
        QCOMPARE(find(*students, QStringLiteral("stu_a1"))->openAssignments, 1);
        QCOMPARE(find(*students, QStringLiteral("stu_a1"))->overdueAssignments, 1);
        QCOMPARE(find(*students, QStringLiteral("stu_a1"))->instructorName, QStringLiteral("Ana Instructor"));
    }

    void detailOfAVisibleStudent()
    {
        StudentRepository repository(as(QStringLiteral("A")));
        const int auditBefore = auditRows();
        const auto detail = repository.fetchDetail(QStringLiteral("stu_a1"), TrendRange::Days30, QDate(2026, 11, 20));
        QVERIFY2(detail.has_value(), qPrintable(repository.errorString()));

        // Exactly one audit row, the view of this student by A.
        QCOMPARE(auditRows(), auditBefore + 1);
        QCOMPARE(auditRows(QStringLiteral("action = 'view_student' AND resource = 'student' AND resource_id = 'stu_a1' AND user_id = 'usr_a'")), 1);

        QCOMPARE(detail->summary.studentId, QStringLiteral("stu_a1"));
        QCOMPARE(detail->summary.name, QStringLiteral("Student A1"));
        QCOMPARE(detail->summary.instructorName, QStringLiteral("Ana Instructor"));
        QCOMPARE(detail->summary.riskFactors.size(), 3);
        QCOMPARE(detail->summary.openAssignments, 1);

        // 30 days ending 2026-11-20: 10-22 .. 11-20.
        QList<QDate> dates;
        for (const auto &snapshot : detail->snapshots)
            dates << snapshot.date;
        QCOMPARE(dates, (QList<QDate>{QDate(2026, 11, 1), QDate(2026, 11, 5), QDate(2026, 11, 20)}));
        QCOMPARE(detail->snapshots.at(1).overallScore, 60.0);
        QCOMPARE(detail->snapshots.at(1).dailyAccuracy, 70.0);
        QCOMPARE(detail->snapshots.at(1).totalTimeSpent, 35);
        QCOMPARE(detail->snapshots.at(1).sessionsCompleted, 2);
        QCOMPARE(detail->snapshots.at(1).questionsAnswered, 20);

        // Sessions, newest first: voice and quiz together.
        QStringList sessionIds;
        for (const SessionRecord &session : detail->recentSessions)
            sessionIds << session.id;
        QCOMPARE(sessionIds, (QStringList{QStringLiteral("va2"), QStringLiteral("qa2"), QStringLiteral("qa1"), QStringLiteral("qa3"),
                                          QStringLiteral("vs_a1"), QStringLiteral("qs_a1"), QStringLiteral("qa4")}));
        const SessionRecord &voice = detail->recentSessions.at(0);
        QCOMPARE(voice.kind, SessionRecord::Kind::Voice);
        QCOMPARE(voice.category, QStringLiteral("PROTOCOL"));
        QCOMPARE(voice.startedAt, utc("2026-11-19T15:00:00"));
        QCOMPARE(voice.completedAt, voice.startedAt);
        QCOMPARE(voice.durationSeconds, 200);
        QCOMPARE(voice.score.value_or(-1), 75.0);
        QVERIFY(voice.moduleId.isEmpty());
        const SessionRecord &abandoned = detail->recentSessions.at(1);
        QCOMPARE(abandoned.kind, SessionRecord::Kind::Quiz);
        QVERIFY(!abandoned.completedAt.isValid());
        QVERIFY(!abandoned.score.has_value());
        QCOMPARE(abandoned.durationSeconds, 0);
        const SessionRecord &quiz = detail->recentSessions.at(2);
        QCOMPARE(quiz.moduleId, QStringLiteral("codes-2"));
        QCOMPARE(quiz.category, QStringLiteral("CODES"));
        QCOMPARE(quiz.difficulty, QStringLiteral("MEDIUM"));
        QCOMPARE(quiz.score.value_or(-1), 60.0);
        QCOMPARE(quiz.questionsAnswered, 5);
        QCOMPARE(quiz.correctAnswers, 2);
        QCOMPARE(quiz.startedAt, utc("2026-11-18T10:00:00"));
        QCOMPARE(quiz.startedAt.timeSpec(), Qt::UTC);
        QCOMPARE(quiz.completedAt, utc("2026-11-18T10:05:00"));
        QCOMPARE(quiz.durationSeconds, 300);
        QCOMPARE(detail->recentSessions.at(3).durationSeconds, 210);

        // Submissions with their assignment, latest due date first.
        QCOMPARE(detail->submissions.size(), 2);
        QCOMPARE(detail->submissions.at(0).assignmentId, QStringLiteral("as_a"));
        QCOMPARE(detail->submissions.at(0).assignmentTitle, QStringLiteral("Ten-codes week 1"));
        QCOMPARE(detail->submissions.at(0).status, QStringLiteral("SUBMITTED"));
        QCOMPARE(detail->submissions.at(0).score.value_or(-1), 70.0);
        QCOMPARE(detail->submissions.at(0).targetScore, 80.0);
        QCOMPARE(detail->submissions.at(0).dueDate, utc("2026-11-27T17:00:00"));
        QCOMPARE(detail->submissions.at(0).submittedAt, utc("2026-11-05T14:00:00"));
        QCOMPARE(detail->submissions.at(0).instructorFeedback, QStringLiteral("Good pace"));
        QCOMPARE(detail->submissions.at(0).attemptNumber, 1);
        QCOMPARE(detail->submissions.at(1).assignmentTitle, QStringLiteral("Phonetic drill"));
        QCOMPARE(detail->submissions.at(1).status, QStringLiteral("OVERDUE"));
        QVERIFY(!detail->submissions.at(1).score.has_value());
        QVERIFY(!detail->submissions.at(1).submittedAt.isValid());

        // Missed items over every session: most wrong, then highest error rate, then by item.
        QCOMPARE(detail->missedItems.size(), 4);
        auto check = [&](int i, const char *item, int attempts, int wrong) {
            const MissedItem &missed = detail->missedItems.at(i);
            QCOMPARE(missed.item, QString::fromLatin1(item));
            QCOMPARE(missed.attempts, attempts);
            QCOMPARE(missed.wrong, wrong);
        };
        check(0, "10-10", 2, 2);
        check(1, "10-9", 3, 2);
        check(2, "Bravo", 1, 1);
        check(3, "Charlie", 1, 1);
        QCOMPARE(detail->missedItems.at(1).errorRate(), 200.0 / 3);
    }

    void trendRanges()
    {
        StudentRepository repository(as(QStringLiteral("A")));
        auto datesOf = [&](TrendRange range, QDate asOf) {
            QList<QDate> dates;
            const auto detail = repository.fetchDetail(QStringLiteral("stu_a1"), range, asOf);
            if (detail) {
                for (const auto &snapshot : detail->snapshots)
                    dates << snapshot.date;
            }
            return dates;
        };
        QCOMPARE(datesOf(TrendRange::All, QDate(2026, 11, 20)),
                 (QList<QDate>{QDate(2026, 10, 15), QDate(2026, 11, 1), QDate(2026, 11, 5), QDate(2026, 11, 20)}));
        QCOMPARE(datesOf(TrendRange::Days365, QDate(2026, 11, 20)),
                 (QList<QDate>{QDate(2026, 10, 15), QDate(2026, 11, 1), QDate(2026, 11, 5), QDate(2026, 11, 20)}));
        // Without a date the range ends at the latest snapshot (11-21): 10-23 .. 11-21.
        QCOMPARE(datesOf(TrendRange::Days30, QDate()),
                 (QList<QDate>{QDate(2026, 11, 1), QDate(2026, 11, 5), QDate(2026, 11, 20), QDate(2026, 11, 21)}));
        // The first day of the range is included: 30 days ending 11-13 start on 10-15.
        QCOMPARE(datesOf(TrendRange::Days30, QDate(2026, 11, 13)), (QList<QDate>{QDate(2026, 10, 15), QDate(2026, 11, 1), QDate(2026, 11, 5)}));
        QCOMPARE(datesOf(TrendRange::Days30, QDate(2026, 11, 14)), (QList<QDate>{QDate(2026, 11, 1), QDate(2026, 11, 5)}));
    }

    void detailLimits()
    {
        StudentRepository repository(as(QStringLiteral("A")));
        const auto detail = repository.fetchDetail(QStringLiteral("stu_a2"), TrendRange::All);
        QVERIFY2(detail.has_value(), qPrintable(repository.errorString()));
        QVERIFY(detail->snapshots.isEmpty());
        QCOMPARE(detail->recentSessions.size(), 50);
        QCOMPARE(detail->recentSessions.first().id, QStringLiteral("qb60"));
        for (int i = 1; i < detail->recentSessions.size(); ++i)
            QVERIFY(detail->recentSessions.at(i - 1).startedAt >= detail->recentSessions.at(i).startedAt);
        QCOMPARE(detail->missedItems.size(), 10);
        for (const MissedItem &item : detail->missedItems)
            QCOMPARE(item.wrong, 5);
        QCOMPARE(detail->missedItems.first().item, QStringLiteral("item-00"));
        QCOMPARE(detail->submissions.size(), 1);
        QCOMPARE(detail->submissions.first().status, QStringLiteral("NOT_STARTED"));
    }

    void detailOfAnInvisibleStudentIsRefused_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("studentId");
        QTest::newRow("another instructor's student") << QStringLiteral("A") << QStringLiteral("stu_b1");
        QTest::newRow("another department") << QStringLiteral("S") << QStringLiteral("stu_x1");
        QTest::newRow("an instructor") << QStringLiteral("A") << QStringLiteral("usr_b");
        QTest::newRow("no such student") << QStringLiteral("A") << QStringLiteral("nobody");
        QTest::newRow("hostile id") << QStringLiteral("A") << QStringLiteral("stu_a1' OR '1'='1");
        QTest::newRow("empty id") << QStringLiteral("A") << QString();
    }

    void detailOfAnInvisibleStudentIsRefused()
    {
        QFETCH(QString, login);
        QFETCH(QString, studentId);
        StudentRepository repository(as(login));
        const int auditBefore = auditRows();
        const auto detail = repository.fetchDetail(studentId, TrendRange::Days90);
        QVERIFY(!detail.has_value());
        QCOMPARE(repository.errorString(), QStringLiteral("This student is not visible to you"));
        QCOMPARE(auditRows(), auditBefore);
        // The connection is still usable afterwards (the failed transaction was rolled back).
        QVERIFY(repository.fetchStudents().has_value());
    }

    // Stored times are UTC whatever the zone of the machine, including a time that does not
    // exist in local time (the spring-forward hour of New York on 2026-03-08).
    void timestampsAreUtcInAnyTimeZone()
    {
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "America/New_York");
        QVERIFY(owner(QStringLiteral("UPDATE student_progress SET last_active_at = '2026-03-08 02:30:00.250' WHERE student_id = 'stu_a2'")));
        StudentRepository repository(as(QStringLiteral("A")));
        const auto students = repository.fetchStudents();
        const auto detail = repository.fetchDetail(QStringLiteral("stu_a1"), TrendRange::All);
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        QVERIFY(owner(QStringLiteral("UPDATE student_progress SET last_active_at = '2026-11-19 17:45:12.345' WHERE student_id = 'stu_a2'")));

        QVERIFY(students.has_value());
        const StudentSummary *a2 = find(*students, QStringLiteral("stu_a2"));
        QVERIFY(a2);
        QCOMPARE(a2->lastActiveAt, QDateTime(QDate(2026, 3, 8), QTime(2, 30, 0, 250), Qt::UTC));
        QCOMPARE(find(*students, QStringLiteral("stu_a1"))->lastActiveAt, QDateTime(QDate(2026, 11, 10), QTime(8, 30), Qt::UTC));
        QVERIFY(detail.has_value());
        QCOMPARE(detail->recentSessions.at(2).startedAt, QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC));
    }

    void unreadNotifications()
    {
        StudentRepository repository(as(QStringLiteral("A")));
        QCOMPARE(repository.fetchUnreadNotificationCount(), std::optional<int>(2));
        StudentRepository supervisor(as(QStringLiteral("S")));
        QCOMPARE(supervisor.fetchUnreadNotificationCount(), std::optional<int>(0));
    }

    void serviceDeliversStudents()
    {
        StudentsService service(settingsFor(QStringLiteral("A")));
        QSignalSpy loaded(&service, &StudentsService::studentsLoaded);
        QSignalSpy failed(&service, &StudentsService::studentsFailed);
        service.loadStudents();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(failed.size(), 0);
        const auto students = loaded.at(0).at(0).value<QList<StudentSummary>>();
        QCOMPARE(studentIds(students), (QStringList{QStringLiteral("stu_a1"), QStringLiteral("stu_a2")}));

        // Two requests in a row: only the newer one's result arrives.
        loaded.clear();
        service.loadStudents();
        service.loadStudents();
        QVERIFY(loaded.wait(20000));
        QTest::qWait(300);
        QCOMPARE(loaded.size(), 1);
    }

    void serviceDeliversDetailAndCount()
    {
        StudentsService service(settingsFor(QStringLiteral("A")));
        QSignalSpy detailLoaded(&service, &StudentsService::detailLoaded);
        QSignalSpy detailFailed(&service, &StudentsService::detailFailed);
        QSignalSpy count(&service, &StudentsService::unreadNotificationCountLoaded);

        service.loadDetail(QStringLiteral("stu_a1"), TrendRange::All);
        QVERIFY(detailLoaded.wait(20000));
        const auto detail = detailLoaded.at(0).at(0).value<StudentDetail>();
        QCOMPARE(detail.summary.studentId, QStringLiteral("stu_a1"));
        QCOMPARE(detail.snapshots.size(), 5);
        QCOMPARE(detailFailed.size(), 0);

        service.loadDetail(QStringLiteral("stu_b1"), TrendRange::All);
        QVERIFY(detailFailed.wait(20000));
        QCOMPARE(detailFailed.at(0).at(0).toString(), QStringLiteral("stu_b1"));
        QCOMPARE(detailFailed.at(0).at(1).toString(), QStringLiteral("This student is not visible to you"));

        // A newer detail request supersedes an older one still running.
        detailLoaded.clear();
        service.loadDetail(QStringLiteral("stu_a1"), TrendRange::Days30);
        service.loadDetail(QStringLiteral("stu_a2"), TrendRange::Days30);
        QVERIFY(detailLoaded.wait(20000));
        QTest::qWait(300);
        QCOMPARE(detailLoaded.size(), 1);
        QCOMPARE(detailLoaded.at(0).at(0).value<StudentDetail>().summary.studentId, QStringLiteral("stu_a2"));

        service.loadUnreadNotificationCount();
        QVERIFY(count.wait(20000));
        QCOMPARE(count.at(0).at(0).toInt(), 2);
    }

    void serviceReportsAConnectionFailure()
    {
        ConnectionSettings settings = settingsFor(QStringLiteral("A"));
        settings.setValue(QStringLiteral("password"), QStringLiteral("wrong password"));
        StudentsService service(settings);
        QSignalSpy failed(&service, &StudentsService::studentsFailed);
        service.loadStudents();
        QVERIFY(failed.wait(20000));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    }

    void serviceWaitsForRunningWorkWhenDestroyed()
    {
        auto *service = new StudentsService(settingsFor(QStringLiteral("S")));
        for (int i = 0; i < 5; ++i) {
            service->loadStudents();
            service->loadDetail(QStringLiteral("stu_q1"), TrendRange::All);
        }
        delete service; // must neither crash nor leave work touching a deleted object
        QTest::qWait(200);
    }
};

QTEST_GUILESS_MAIN(TestStudentRepository)
#include "tst_studentrepository.moc"
