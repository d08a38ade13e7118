// The specification's integrity rules bite: each bad row is rejected and leaves nothing behind.
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestConstraints : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_database = nullptr;

    // Runs a statement expected to fail; returns its SQLSTATE.
    QString failingState(const QString &sql)
    {
        QSqlQuery q(m_database->connection());
        if (q.exec(sql))
            return QStringLiteral("(succeeded)");
        return q.lastError().nativeErrorCode();
    }

    void mustRun(const QString &sql)
    {
        QString error;
        QVERIFY2(m_database->exec(sql, &error), qPrintable(sql + QStringLiteral(": ") + error));
    }

    int count(const QString &sql) { return m_database->scalar(sql).toInt(); }

private slots:
    void initTestCase()
    {
        m_database = new TestDatabase(QStringLiteral("constraints"));
        REQUIRE_DATABASE(*m_database);
        QString error;
        QVERIFY2(m_database->migrate(&error), qPrintable(error));
        mustRun(QStringLiteral("INSERT INTO departments (id, name, code) VALUES "
                               "('d1', 'Metro Police Department', 'MPD'), ('d2', 'State Highway Patrol', 'SHP')"));
        mustRun(QStringLiteral("INSERT INTO users (id, email, name, role, department_id, updated_at) VALUES "
                               "('i1', 'i1@example.org', 'Ines', 'INSTRUCTOR', 'd1', now()),"
                               "('i2', 'i2@example.org', 'Ivan', 'INSTRUCTOR', 'd2', now()),"
                               "('i3', 'i3@example.org', 'Ida (no profile)', 'INSTRUCTOR', 'd1', now()),"
                               "('s1', 's1@example.org', 'Sam', 'USER', 'd1', now()),"
                               "('s2', 's2@example.org', 'Sofia', 'USER', 'd2', now()),"
                               "('s3', 's3@example.org', 'Sid (no department)', 'USER', NULL, now())"));
        mustRun(QStringLiteral("INSERT INTO instructor_profiles (id, user_id, department_id, dashboard_settings, notification_settings) "
                               "VALUES ('p1', 'i1', 'd1', '{}', '{}'), ('p2', 'i2', 'd2', '{}', '{}')"));
    }

    void cleanupTestCase() { delete m_database; }

    void aStudentMayHaveAnInstructorOfTheirDepartment()
    {
        mustRun(QStringLiteral("INSERT INTO student_progress (id, student_id, instructor_id) VALUES ('sp1', 's1', 'i1')"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM student_progress WHERE id = 'sp1'")), 1);
        // And none at all, whatever their department.
        mustRun(QStringLiteral("INSERT INTO student_progress (id, student_id) VALUES ('sp3', 's3')"));
    }

    void anInstructorOfAnotherDepartmentIsRejected()
    {
        QCOMPARE(failingState(QStringLiteral("INSERT INTO student_progress (id, student_id, instructor_id) VALUES ('sp2', 's2', 'i1')")),
                 QStringLiteral("23514"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM student_progress WHERE id = 'sp2'")), 0);
        QCOMPARE(failingState(QStringLiteral("UPDATE student_progress SET instructor_id = 'i2' WHERE id = 'sp1'")), QStringLiteral("23514"));
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT instructor_id FROM student_progress WHERE id = 'sp1'")).toString(),
                 QStringLiteral("i1"));
        // A student without a department cannot be matched to any instructor's department.
        QCOMPARE(failingState(QStringLiteral("UPDATE student_progress SET instructor_id = 'i1' WHERE id = 'sp3'")), QStringLiteral("23514"));
    }

    void anInstructorWithoutAProfileIsRejected()
    {
        QCOMPARE(failingState(QStringLiteral("UPDATE student_progress SET instructor_id = 'i3' WHERE id = 'sp1'")), QStringLiteral("23514"));
    }

    void movingOneSideToAnotherDepartmentIsRejected()
    {
        QCOMPARE(failingState(QStringLiteral("UPDATE users SET department_id = 'd2' WHERE id = 's1'")), QStringLiteral("23514"));
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT department_id FROM users WHERE id = 's1'")).toString(), QStringLiteral("d1"));
        QCOMPARE(failingState(QStringLiteral("UPDATE instructor_profiles SET department_id = 'd2' WHERE id = 'p1'")), QStringLiteral("23514"));
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT department_id FROM instructor_profiles WHERE id = 'p1'")).toString(),
                 QStringLiteral("d1"));
        // Moving both in one transaction, with the check deferred, is allowed.
        mustRun(QStringLiteral("BEGIN"));
        mustRun(QStringLiteral("SET CONSTRAINTS check_student_instructor_department DEFERRED"));
        mustRun(QStringLiteral("UPDATE users SET department_id = 'd2' WHERE id IN ('s1', 'i1')"));
        mustRun(QStringLiteral("UPDATE instructor_profiles SET department_id = 'd2' WHERE id = 'p1'"));
        mustRun(QStringLiteral("COMMIT"));
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT department_id FROM users WHERE id = 's1'")).toString(), QStringLiteral("d2"));
    }

    void percentagesOutsideZeroToHundredAreRejected_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        for (const char *column : {"completion_rate", "quiz_accuracy", "voice_accuracy"}) {
            QTest::addRow("%s=-0.1", column) << QString::fromLatin1(column) << QStringLiteral("-0.1") << false;
            QTest::addRow("%s=100.01", column) << QString::fromLatin1(column) << QStringLiteral("100.01") << false;
            QTest::addRow("%s=0", column) << QString::fromLatin1(column) << QStringLiteral("0") << true;
            QTest::addRow("%s=100", column) << QString::fromLatin1(column) << QStringLiteral("100") << true;
        }
    }

    void percentagesOutsideZeroToHundredAreRejected()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        mustRun(QStringLiteral("UPDATE student_progress SET %1 = 50 WHERE id = 'sp3'").arg(column));
        const QString sql = QStringLiteral("UPDATE student_progress SET %1 = %2 WHERE id = 'sp3'").arg(column, value);
        if (accepted) {
            mustRun(sql);
            QCOMPARE(m_database->scalar(QStringLiteral("SELECT %1 FROM student_progress WHERE id = 'sp3'").arg(column)).toDouble(), value.toDouble());
        } else {
            QCOMPARE(failingState(sql), QStringLiteral("23514"));
            QCOMPARE(m_database->scalar(QStringLiteral("SELECT %1 FROM student_progress WHERE id = 'sp3'").arg(column)).toDouble(), 50.0);
        }
    }

    void anAssignmentDueBeforeItsCreationIsRejected()
    {
        const QString insert = QStringLiteral(
            "INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date, created_at) "
            "VALUES ('%1', 'i2', 'Ten-codes week 1', 'Practice', 80, %2, TIMESTAMP '2026-03-01 12:00:00')");
        QCOMPARE(failingState(insert.arg(QStringLiteral("a1"), QStringLiteral("TIMESTAMP '2026-02-28 12:00:00'"))), QStringLiteral("23514"));
        QCOMPARE(failingState(insert.arg(QStringLiteral("a2"), QStringLiteral("TIMESTAMP '2026-03-01 12:00:00'"))), QStringLiteral("23514"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assignments")), 0);
        mustRun(insert.arg(QStringLiteral("a3"), QStringLiteral("TIMESTAMP '2026-03-08 12:00:00'")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assignments")), 1);
    }

    void analyticsRowsAreUniqueEvenWithNulls()
    {
        mustRun(QStringLiteral("INSERT INTO analytics_daily (id, date) VALUES ('ad1', DATE '2026-11-01')"));
        QCOMPARE(failingState(QStringLiteral("INSERT INTO analytics_daily (id, date) VALUES ('ad2', DATE '2026-11-01')")),
                 QStringLiteral("23505"));
        mustRun(QStringLiteral("INSERT INTO analytics_daily (id, date, instructor_id) VALUES ('ad3', DATE '2026-11-01', 'i2')"));
        QCOMPARE(failingState(QStringLiteral("INSERT INTO analytics_daily (id, date, instructor_id) VALUES ('ad4', DATE '2026-11-01', 'i2')")),
                 QStringLiteral("23505"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM analytics_daily")), 2);
    }

    void updatedAtIsKeptByTheDatabase()
    {
        mustRun(QStringLiteral("UPDATE assignments SET title = 'Ten-codes, week 1', updated_at = TIMESTAMP '2000-01-01' WHERE id = 'a3'"));
        const QDateTime updated = m_database->scalar(QStringLiteral("SELECT updated_at FROM assignments WHERE id = 'a3'")).toDateTime();
        QVERIFY2(updated.date().year() >= 2026, qPrintable(updated.toString(Qt::ISODate)));
        // The database's clock, in UTC, within a few seconds.
        QVERIFY(m_database->scalar(QStringLiteral("SELECT abs(extract(epoch FROM updated_at - (now() AT TIME ZONE 'UTC'))) < 5 "
                                                  "FROM assignments WHERE id = 'a3'")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestConstraints)
#include "tst_constraints.moc"
