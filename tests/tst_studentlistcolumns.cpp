// The Students list's columns kept on student_progress (migration 0027): names, department and
// instructor, and the open and overdue assignment counts, right after every kind of change.
#include "aggregation/aggregator.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using dashboard::aggregation::Aggregator;

class TestStudentListColumns : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_database = nullptr;

    void mustRun(const QString &sql)
    {
        QString error;
        QVERIFY2(m_database->exec(sql, &error), qPrintable(sql + QStringLiteral(": ") + error));
    }

    QString text(const QString &sql) { return m_database->scalar(sql).toString(); }

    // "open/overdue" as stored for a student.
    QString stored(const QString &student)
    {
        return text(QStringLiteral("SELECT open_assignments || '/' || overdue_assignments FROM student_progress WHERE student_id = '%1'")
                        .arg(student));
    }

    // Every student whose stored counts differ from a count of their submissions (none, always).
    QStringList drifted()
    {
        return m_database->column(QStringLiteral(
            "SELECT sp.student_id FROM student_progress sp"
            "  LEFT JOIN (SELECT s.student_id,"
            "                    count(*) FILTER (WHERE s.status IN ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE')) AS open_count,"
            "                    count(*) FILTER (WHERE s.status = 'OVERDUE') AS overdue_count"
            "               FROM assignment_submissions s GROUP BY s.student_id) c ON c.student_id = sp.student_id"
            " WHERE (sp.open_assignments, sp.overdue_assignments) IS DISTINCT FROM (coalesce(c.open_count, 0), coalesce(c.overdue_count, 0))"
            " ORDER BY 1"));
    }

private slots:
    void initTestCase()
    {
        m_database = new TestDatabase(QStringLiteral("studentlistcolumns"));
        REQUIRE_DATABASE(*m_database);
        QString error;
        QVERIFY2(m_database->migrate(&error), qPrintable(error));
        mustRun(QStringLiteral("INSERT INTO departments (id, name, code) VALUES ('d1', 'Metro Police Department', 'MPD')"));
        mustRun(QStringLiteral("INSERT INTO users (id, email, name, role, department_id, updated_at) VALUES "
                               "('i1', 'i1@example.org', 'Ines', 'INSTRUCTOR', 'd1', now()),"
                               "('i2', 'i2@example.org', 'Ivan', 'INSTRUCTOR', 'd1', now()),"
                               "('s1', 's1@example.org', 'Sam', 'USER', 'd1', now()),"
                               "('s2', 's2@example.org', 'Sofia', 'USER', 'd1', now()),"
                               "('s3', 's3@example.org', NULL, 'USER', NULL, now())"));
        mustRun(QStringLiteral("INSERT INTO instructor_profiles (id, user_id, department_id, dashboard_settings, notification_settings) "
                               "VALUES ('p1', 'i1', 'd1', '{}', '{}'), ('p2', 'i2', 'd1', '{}', '{}')"));
        mustRun(QStringLiteral("INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date, updated_at) VALUES "
                               "('a1', 'i1', 'Codes', 'The 10-codes', 80, now() + interval '7 days', now()),"
                               "('a2', 'i1', 'Phonetic', 'Alpha to Zulu', 80, now() + interval '7 days', now())"));
        // s2 has a submission before it has a progress row: the insert counts it.
        mustRun(QStringLiteral("INSERT INTO assignment_submissions (id, assignment_id, student_id, status, updated_at) VALUES "
                               "('early', 'a2', 's2', 'OVERDUE', now())"));
    }

    void cleanupTestCase() { delete m_database; }

    void aRowInsertedWithoutThemGetsThemAll()
    {
        mustRun(QStringLiteral("INSERT INTO student_progress (id, student_id, instructor_id) VALUES "
                               "('sp1', 's1', 'i1'), ('sp2', 's2', 'i1'), ('sp3', 's3', NULL)"));
        QCOMPARE(text(QStringLiteral("SELECT concat_ws('|', student_name, student_email, department_name, instructor_name)"
                                     "  FROM student_progress WHERE id = 'sp1'")),
                 QStringLiteral("Sam|s1@example.org|Metro Police Department|Ines"));
        QCOMPARE(stored(QStringLiteral("s1")), QStringLiteral("0/0"));
        QCOMPARE(stored(QStringLiteral("s2")), QStringLiteral("1/1"));
        // No name, no department, no instructor: NULLs, not a failure.
        QCOMPARE(text(QStringLiteral("SELECT concat_ws('|', coalesce(student_name, '-'), student_email, coalesce(department_name, '-'),"
                                     "                       coalesce(instructor_name, '-')) FROM student_progress WHERE id = 'sp3'")),
                 QStringLiteral("-|s3@example.org|-|-"));
    }

    void countsFollowEveryChangeOfTheSubmissions()
    {
        // One statement for many students (an assignment given to the class).
        mustRun(QStringLiteral("INSERT INTO assignment_submissions (id, assignment_id, student_id, status, updated_at) VALUES "
                               "('s1a1', 'a1', 's1', 'NOT_STARTED', now()), ('s2a1', 'a1', 's2', 'NOT_STARTED', now()),"
                               "('s1a2', 'a2', 's1', 'IN_PROGRESS', now())"));
        QCOMPARE(stored(QStringLiteral("s1")), QStringLiteral("2/0"));
        QCOMPARE(stored(QStringLiteral("s2")), QStringLiteral("2/1"));

        mustRun(QStringLiteral("UPDATE assignment_submissions SET status = 'OVERDUE' WHERE id = 's1a1'"));
        QCOMPARE(stored(QStringLiteral("s1")), QStringLiteral("2/1"));
        mustRun(QStringLiteral("UPDATE assignment_submissions SET status = 'SUBMITTED' WHERE id IN ('s1a1', 's2a1')"));
        QCOMPARE(stored(QStringLiteral("s1")), QStringLiteral("1/0"));
        QCOMPARE(stored(QStringLiteral("s2")), QStringLiteral("1/1"));
        // A change that moves nothing between the counts (SUBMITTED to GRADED) leaves them.
        mustRun(QStringLiteral("UPDATE assignment_submissions SET status = 'GRADED', score = 90 WHERE id = 's1a1'"));
        QCOMPARE(stored(QStringLiteral("s1")), QStringLiteral("1/0"));
        // A submission moved to another student counts for the new one only.
        mustRun(QStringLiteral("UPDATE assignment_submissions SET student_id = 's2', attempt_number = 2 WHERE id = 's1a2'"));
        QCOMPARE(stored(QStringLiteral("s1")), QStringLiteral("0/0"));
        QCOMPARE(stored(QStringLiteral("s2")), QStringLiteral("2/1"));

        // Deleting an assignment deletes its submissions (cascade), and their counts.
        mustRun(QStringLiteral("DELETE FROM assignments WHERE id = 'a2'"));
        QCOMPARE(stored(QStringLiteral("s2")), QStringLiteral("0/0"));
        QCOMPARE(drifted(), QStringList());
    }

    void aCountThatWouldGoNegativeIsRefusedAndChangesNothing()
    {
        // The counts are never set by hand; a wrong value is caught by the constraint.
        QSqlQuery query(m_database->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE student_progress SET overdue_assignments = 3, open_assignments = 1 WHERE student_id = 's1'")));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("23514"));
        QCOMPARE(stored(QStringLiteral("s1")), QStringLiteral("0/0"));
    }

    // Two transactions change submissions of the same student at once: each adds its own change
    // (a recount from each one's snapshot would lose the first to commit).
    void concurrentChangesOfOneStudentAreBothCounted()
    {
        mustRun(QStringLiteral("INSERT INTO assignment_submissions (id, assignment_id, student_id, status, updated_at) VALUES "
                               "('c1', 'a1', 's3', 'NOT_STARTED', now())"));
        mustRun(QStringLiteral("INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date, updated_at) VALUES "
                               "('a3', 'i1', 'Protocol', 'Radio protocol', 80, now() + interval '7 days', now())"));
        mustRun(QStringLiteral("INSERT INTO assignment_submissions (id, assignment_id, student_id, status, updated_at) VALUES "
                               "('c2', 'a3', 's3', 'NOT_STARTED', now())"));
        QCOMPARE(stored(QStringLiteral("s3")), QStringLiteral("2/0"));

        QSqlDatabase first = m_database->connection(QStringLiteral("first"));
        QSqlQuery one(first);
        QVERIFY(one.exec(QStringLiteral("BEGIN")));
        QVERIFY(one.exec(QStringLiteral("UPDATE assignment_submissions SET status = 'OVERDUE' WHERE id = 'c1'")));

        // The second waits for the first's lock on the student's row, in a thread of its own.
        const QSqlDatabase model = m_database->connection();
        const QStringList settings{model.hostName(), QString::number(model.port()), model.databaseName(), model.userName(), model.password()};
        QFuture<QString> second = QtConcurrent::run([settings]() -> QString {
            QString failure;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("second"));
                db.setHostName(settings.at(0));
                db.setPort(settings.at(1).toInt());
                db.setDatabaseName(settings.at(2));
                db.setUserName(settings.at(3));
                db.setPassword(settings.at(4));
                QSqlQuery two(db);
                if (!db.open())
                    failure = db.lastError().text();
                else if (!two.exec(QStringLiteral("UPDATE assignment_submissions SET status = 'SUBMITTED' WHERE id = 'c2'")))
                    failure = two.lastError().text();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("second"));
            return failure;
        });
        // Until the first commits, the second cannot finish.
        QTest::qWait(300);
        QVERIFY(!second.isFinished());
        QVERIFY(one.exec(QStringLiteral("COMMIT")));
        second.waitForFinished();
        QCOMPARE(second.result(), QString());
        QCOMPARE(stored(QStringLiteral("s3")), QStringLiteral("1/1"));
        QCOMPARE(drifted(), QStringList());
    }

    void aReassignedStudentShowsTheNewInstructor()
    {
        mustRun(QStringLiteral("UPDATE student_progress SET instructor_id = 'i2' WHERE student_id = 's1'"));
        QCOMPARE(text(QStringLiteral("SELECT instructor_name FROM student_progress WHERE student_id = 's1'")), QStringLiteral("Ivan"));
        mustRun(QStringLiteral("UPDATE student_progress SET instructor_id = NULL WHERE student_id = 's1'"));
        QVERIFY(m_database->scalar(QStringLiteral("SELECT instructor_name FROM student_progress WHERE student_id = 's1'")).isNull());
        mustRun(QStringLiteral("UPDATE student_progress SET instructor_id = 'i1' WHERE student_id = 's1'"));
        QCOMPARE(text(QStringLiteral("SELECT instructor_name FROM student_progress WHERE student_id = 's1'")), QStringLiteral("Ines"));
    }

    void aRenamedDepartmentShowsAtOnce()
    {
        mustRun(QStringLiteral("UPDATE departments SET name = 'Metropolitan Police' WHERE id = 'd1'"));
        QCOMPARE(m_database->column(QStringLiteral("SELECT coalesce(department_name, '-') FROM student_progress ORDER BY student_id")),
                 (QStringList{QStringLiteral("Metropolitan Police"), QStringLiteral("Metropolitan Police"), QStringLiteral("-")}));
    }

    void aTruncateLeavesNoCountBehind()
    {
        // In a transaction rolled back afterwards, so the tests below keep their submissions.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM student_progress WHERE open_assignments > 0")) && query.next());
        QVERIFY(query.value(0).toInt() > 0);
        QVERIFY2(query.exec(QStringLiteral("TRUNCATE assignments CASCADE")), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM student_progress WHERE open_assignments <> 0 OR overdue_assignments <> 0"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(stored(QStringLiteral("s3")), QStringLiteral("1/1"));
    }

    // users belongs to the student app: a renamed student or instructor shows after the next
    // `aggregate`, which leaves the counts (kept by the trigger) as they are.
    void theNightlyRefreshCarriesOverRenames()
    {
        mustRun(QStringLiteral("UPDATE users SET name = 'Samuel', email = 'samuel@example.org' WHERE id = 's1'"));
        mustRun(QStringLiteral("UPDATE users SET name = 'Ines Ortega' WHERE id = 'i1'"));
        QCOMPARE(text(QStringLiteral("SELECT student_name FROM student_progress WHERE student_id = 's1'")), QStringLiteral("Sam"));

        Aggregator aggregator(m_database->connection(QStringLiteral("aggregate")));
        const QDate today = QDate::currentDate();
        QVERIFY2(aggregator.run(today, today), qPrintable(aggregator.errorString()));
        QCOMPARE(text(QStringLiteral("SELECT concat_ws('|', student_name, student_email, department_name, instructor_name)"
                                     "  FROM student_progress WHERE student_id = 's1'")),
                 QStringLiteral("Samuel|samuel@example.org|Metropolitan Police|Ines Ortega"));
        QCOMPARE(text(QStringLiteral("SELECT instructor_name FROM student_progress WHERE student_id = 's2'")), QStringLiteral("Ines Ortega"));
        QCOMPARE(drifted(), QStringList());
        QCOMPARE(stored(QStringLiteral("s3")), QStringLiteral("1/1"));
    }
};

QTEST_GUILESS_MAIN(TestStudentListColumns)
#include "tst_studentlistcolumns.moc"
