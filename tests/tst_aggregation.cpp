// `aggregate` as an operator relies on it: re-runs change nothing, two runs at once are safe,
// notifications come once and only on a real crossing, a student without sessions is handled,
// days are UTC days whatever the connection's TimeZone, and bad dates are usage errors.
// (The values themselves are checked by hand in tst_aggregation_handchecked.)
#include "aggregation/aggregator.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using dashboard::aggregation::AggregationEvent;
using dashboard::aggregation::Aggregator;

namespace {

// T, the last day of every run here, and the first.
const QDate kFirstDay(2025, 3, 1);
const QDate kLastDay(2025, 3, 10);

// Two departments (child below root), one instructor with five students in the child, and a
// sixth student with neither sessions nor a student_progress row. Everything that happens is
// relative to T = 2025-03-10:
//   s1  one completed quiz a day on T-6..T (a 7-day streak ending on T), a voice session on T,
//       and an assignment submission NOT_STARTED whose due date passed on T-1;
//   s2  active only on T-20 with low scores: inactive, inconsistent, low score, so at risk;
//   s3  target score 50, scores 80 on T-2..T: reaches the goal;
//   s4  one session at T-1 23:59:59.999 and one at T 00:00:00.000 (UTC day boundary);
//   s5  one abandoned session on T (no score, no completion);
//   s6  nothing at all (no row in student_progress either).
const char *kFixture = R"SQL(
INSERT INTO departments (id, name, code, parent_id, updated_at) VALUES
    ('d_root', 'Root Department', 'ROOT', NULL, now()),
    ('d_child', 'Child Unit', 'CHILD', 'd_root', now());
INSERT INTO users (id, email, name, role, department_id, created_at, updated_at, last_login_at) VALUES
    ('i1', 'i1@example.org', 'Ina Instructor', 'INSTRUCTOR', 'd_child', '2025-01-01', '2025-01-01', NULL),
    ('s1', 's1@example.org', 'Sam One', 'USER', 'd_child', '2025-01-01', '2025-01-01', '2025-03-10 08:00'),
    ('s2', 's2@example.org', 'Sue Two', 'USER', 'd_child', '2025-01-01', '2025-01-01', NULL),
    ('s3', 's3@example.org', 'Sid Three', 'USER', 'd_child', '2025-01-01', '2025-01-01', NULL),
    ('s4', 's4@example.org', 'Sal Four', 'USER', 'd_child', '2025-03-09 12:00', '2025-01-01', NULL),
    ('s5', 's5@example.org', 'Sol Five', 'USER', 'd_child', '2025-01-01', '2025-01-01', NULL),
    ('s6', 's6@example.org', 'Sky Six', 'USER', 'd_child', '2025-01-01', '2025-01-01', NULL);
INSERT INTO instructor_profiles (id, user_id, department_id, dashboard_settings, notification_settings, updated_at)
    VALUES ('p1', 'i1', 'd_child', '{}', '{}', now());
INSERT INTO student_progress (id, student_id, instructor_id, target_score, target_date, updated_at) VALUES
    ('sp1', 's1', 'i1', NULL, NULL, now()),
    ('sp2', 's2', 'i1', NULL, NULL, now()),
    ('sp3', 's3', 'i1', 50, '2025-03-15', now()),
    ('sp4', 's4', 'i1', NULL, NULL, now()),
    ('sp5', 's5', 'i1', NULL, NULL, now());
INSERT INTO quiz_sessions (id, user_id, module_id, category, difficulty, score, questions_answered, correct_answers,
                           answers, started_at, completed_at)
SELECT 'q1_' || d, 's1', 'codes-1', 'CODES', 'MEDIUM', 90, 10, 9,
       '[{"q": "10-4", "correct": true, "ms": 2000}, {"q": "10-9", "correct": false, "ms": 3000}]',
       date '2025-03-10' - d + time '09:00', date '2025-03-10' - d + time '09:05'
  FROM generate_series(0, 6) AS d;
INSERT INTO quiz_sessions (id, user_id, module_id, category, difficulty, score, questions_answered, correct_answers,
                           answers, started_at, completed_at) VALUES
    ('q2_a', 's2', 'codes-2', 'CODES', 'EASY', 40, 10, 4, NULL, '2025-02-18 10:00', '2025-02-18 10:10'),
    ('q2_b', 's2', 'codes-2', 'CODES', 'EASY', 30, 10, 3, NULL, '2025-02-18 11:00', '2025-02-18 11:10'),
    ('q3_a', 's3', 'phonetic-1', 'PHONETIC', 'HARD', 80, 10, 8, NULL, '2025-03-08 14:00', '2025-03-08 14:06'),
    ('q3_b', 's3', 'phonetic-1', 'PHONETIC', 'HARD', 80, 10, 8, NULL, '2025-03-09 14:00', '2025-03-09 14:06'),
    ('q3_c', 's3', 'phonetic-2', 'PHONETIC', 'HARD', 80, 10, 8, NULL, '2025-03-10 14:00', '2025-03-10 14:06'),
    ('q4_a', 's4', 'protocol-1', 'PROTOCOL', 'EASY', 70, 10, 7, NULL, '2025-03-09 23:59:59.999', '2025-03-10 00:04:59.999'),
    ('q4_b', 's4', 'protocol-1', 'PROTOCOL', 'EASY', 60, 10, 6, NULL, '2025-03-10 00:00:00', '2025-03-10 00:05:00'),
    ('q5_a', 's5', 'codes-1', 'CODES', 'EASY', NULL, 3, 1, NULL, '2025-03-10 16:00', NULL);
INSERT INTO voice_practice_sessions (id, user_id, category, phrase, score, accuracy, duration, created_at) VALUES
    ('v1', 's1', 'PHONETIC', 'Alpha Bravo', 70, 0.8, 120, '2025-03-10 18:30');
INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date, created_at, updated_at) VALUES
    ('a1', 'i1', 'Ten-codes drill', 'Practice', 80, '2025-03-09 12:00', '2025-03-01 08:00', now());
INSERT INTO assignment_submissions (id, assignment_id, student_id, status, updated_at) VALUES
    ('sub1', 'a1', 's1', 'NOT_STARTED', now()),
    ('sub2', 'a1', 's2', 'SUBMITTED', now());
)SQL";

const QStringList kAggregateTables{QStringLiteral("progress_snapshots"), QStringLiteral("module_analytics"),
                                   QStringLiteral("analytics_daily"),    QStringLiteral("student_progress"),
                                   QStringLiteral("notifications"),      QStringLiteral("assignment_submissions")};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run admin(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DASHBOARD_ADMIN_BINARY), arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestAggregation : public QObject
{
    Q_OBJECT

private:
    // A migrated database with the fixture, or a failure.
    static bool prepare(TestDatabase &database, QString *error)
    {
        if (!database.isValid()) {
            *error = database.errorString();
            return false;
        }
        return database.migrate(error) && database.exec(QString::fromUtf8(kFixture), error);
    }

    static bool aggregate(TestDatabase &database, QDate from, QDate to, QString *error,
                          const QString &timeZone = QString(), int jobs = Aggregator::kDefaultJobs)
    {
        QSqlDatabase db = database.connection(QStringLiteral("aggregate"));
        if (!timeZone.isEmpty()) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SET TIME ZONE '%1'").arg(timeZone))) {
                *error = query.lastError().text();
                return false;
            }
        }
        Aggregator aggregator(db);
        aggregator.setJobs(jobs);
        const bool ok = aggregator.run(from, to);
        if (!ok)
            *error = aggregator.errorString();
        return ok;
    }

    // Every row of a table, every column; or, with deterministicOnly, without the columns that
    // differ between two databases holding the same data (ids, creation and update times, the sync cursor's transaction ids).
    static QString fingerprint(TestDatabase &database, const QString &table, bool deterministicOnly = false)
    {
        const QString row = deterministicOnly ? QStringLiteral("(to_jsonb(t) - 'id' - 'created_at' - 'updated_at' - 'sync_xid')::text")
                                              : QStringLiteral("to_jsonb(t)::text");
        return database
            .scalar(QStringLiteral("SELECT count(*) || ':' || md5(coalesce(string_agg(%1, '|' ORDER BY %1), '')) FROM %2 t")
                        .arg(row, table))
            .toString();
    }

    static QStringList fingerprints(TestDatabase &database, bool deterministicOnly = false)
    {
        QStringList result;
        for (const QString &table : kAggregateTables)
            result << table + QLatin1Char(' ') + fingerprint(database, table, deterministicOnly);
        return result;
    }

    static QStringList eventKeys(TestDatabase &database)
    {
        return database.column(QStringLiteral("SELECT metadata->>'event_key' FROM notifications ORDER BY 1"));
    }

private slots:
    void initTestCase() { QVERIFY2(TestDatabase::environmentProblem().isEmpty(), qPrintable(TestDatabase::environmentProblem())); }

    void rerunGivesIdenticalRows()
    {
        TestDatabase database(QStringLiteral("agg_rerun"));
        QString error;
        QVERIFY2(prepare(database, &error), qPrintable(error));
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error), qPrintable(error));
        const QStringList first = fingerprints(database);
        const int auditRows = database.scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toInt();
        QVERIFY(database.scalar(QStringLiteral("SELECT count(*) FROM progress_snapshots")).toInt() > 0);
        QVERIFY(database.scalar(QStringLiteral("SELECT count(*) FROM module_analytics")).toInt() > 0);
        // every instructor, every department, the program, every day
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM analytics_daily")).toInt(), 10 * (1 + 2 + 1));

        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error), qPrintable(error));
        QCOMPARE(fingerprints(database), first);
        // Nothing was written at all: no statement changed a row, so none left an audit row.
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toInt(), auditRows);

        // A shorter re-run (the nightly default is yesterday and today) changes nothing either.
        QVERIFY2(aggregate(database, kLastDay.addDays(-1), kLastDay, &error), qPrintable(error));
        QCOMPARE(fingerprints(database), first);

        const QStringList keys = eventKeys(database);
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
    }

    void vanishedRowsAreDeleted()
    {
        TestDatabase database(QStringLiteral("agg_vanish"));
        QString error;
        QVERIFY2(prepare(database, &error), qPrintable(error));
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error), qPrintable(error));
        const QString snapshotId = database.scalar(QStringLiteral("SELECT id FROM progress_snapshots WHERE student_id = 's3' "
                                                                  "AND snapshot_date = '2025-03-09'")).toString();
        QVERIFY(!snapshotId.isEmpty());
        QVERIFY(database.exec(QStringLiteral("DELETE FROM quiz_sessions WHERE user_id = 's5'")));
        QVERIFY(database.exec(QStringLiteral("UPDATE quiz_sessions SET score = 85 WHERE id = 'q3_b'")));
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error), qPrintable(error));
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM progress_snapshots WHERE student_id = 's5'")).toInt(), 0);
        // A changed row keeps its id.
        QCOMPARE(database.scalar(QStringLiteral("SELECT id FROM progress_snapshots WHERE student_id = 's3' "
                                                "AND snapshot_date = '2025-03-09'")).toString(),
                 snapshotId);
        QCOMPARE(database.scalar(QStringLiteral("SELECT overall_score FROM progress_snapshots WHERE student_id = 's3' "
                                                "AND snapshot_date = '2025-03-09'")).toDouble(),
                 82.5);
    }

    void twoRunsAtOnceBothSucceedOnce()
    {
        // The reference: one run on its own.
        TestDatabase reference(QStringLiteral("agg_single"));
        QString error;
        QVERIFY2(prepare(reference, &error), qPrintable(error));
        QVERIFY2(aggregate(reference, kFirstDay, kLastDay, &error), qPrintable(error));

        TestDatabase database(QStringLiteral("agg_concurrent"));
        QVERIFY2(prepare(database, &error), qPrintable(error));
        const QStringList arguments{QStringLiteral("aggregate"), QStringLiteral("--from"), kFirstDay.toString(Qt::ISODate),
                                    QStringLiteral("--to"), kLastDay.toString(Qt::ISODate), QStringLiteral("--db"),
                                    database.uri()};
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(DASHBOARD_ADMIN_BINARY), arguments);
        second.start(QStringLiteral(DASHBOARD_ADMIN_BINARY), arguments);
        QVERIFY(first.waitForFinished(300000));
        QVERIFY(second.waitForFinished(300000));
        const QString output = QString::fromUtf8(first.readAllStandardOutput() + second.readAllStandardOutput()
                                                 + first.readAllStandardError() + second.readAllStandardError());
        QVERIFY2(first.exitStatus() == QProcess::NormalExit && first.exitCode() == 0, qPrintable(output));
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, qPrintable(output));
        QCOMPARE(output.count(QStringLiteral("Done in")), 2);

        // Same rows as one run alone, no notification twice.
        QCOMPARE(fingerprints(database, true), fingerprints(reference, true));
        const QStringList keys = eventKeys(database);
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        QCOMPARE(keys, eventKeys(reference));
    }

    // `--jobs N` splits the per-student work into N transactions by student (0023); the rows, the
    // per-student facts and the notifications are those of one transaction per step, day after day
    // of a range, and on a re-run.
    void partitionedRunsWriteWhatOneTransactionWrites()
    {
        TestDatabase reference(QStringLiteral("agg_one_job"));
        QString error;
        QVERIFY2(prepare(reference, &error), qPrintable(error));
        QVERIFY2(aggregate(reference, kFirstDay, kLastDay, &error, QString(), 1), qPrintable(error));

        TestDatabase database(QStringLiteral("agg_four_jobs"));
        QVERIFY2(prepare(database, &error), qPrintable(error));
        // Three of the four partitions have students, one has none: both cases are run.
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(DISTINCT (hashtext(id) & 2147483647) % 4) FROM users WHERE role = 'USER'"))
                     .toInt(),
                 3);
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error, QString(), 4), qPrintable(error));

        QCOMPARE(fingerprints(database, true), fingerprints(reference, true));
        QCOMPARE(eventKeys(database), eventKeys(reference));
        for (const QString &table : {QStringLiteral("dashboard_student_days"), QStringLiteral("dashboard_student_modules"),
                                     QStringLiteral("dashboard_fact_days")})
            QCOMPARE(fingerprint(database, table, true), fingerprint(reference, table, true));
        QVERIFY(!fingerprint(database, QStringLiteral("dashboard_student_days")).startsWith(QLatin1String("0:")));

        // A re-run with four jobs writes nothing.
        const QStringList before = fingerprints(database);
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error, QString(), 4), qPrintable(error));
        QCOMPARE(fingerprints(database), before);
    }

    void notificationsOnceAndOnlyOnACrossing()
    {
        TestDatabase database(QStringLiteral("agg_notify"));
        QString error;
        QVERIFY2(prepare(database, &error), qPrintable(error));
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error), qPrintable(error));

        const QStringList expected{QStringLiteral("at_risk:s2:2025-03-10"), QStringLiteral("goal:s3"),
                                   QStringLiteral("overdue:sub1"), QStringLiteral("streak7:s1:2025-03-10")};
        QCOMPARE(eventKeys(database), expected);
        // Addressed to the instructor, about the student, with the documented fields.
        QCOMPARE(database.scalar(QStringLiteral("SELECT type || ' ' || priority || ' ' || action_url || ' ' || (metadata->>'student_id') "
                                                "FROM notifications WHERE metadata->>'event_key' = 'at_risk:s2:2025-03-10'")).toString(),
                 QStringLiteral("STUDENT_AT_RISK HIGH dashboard://students/s2 s2"));
        QVERIFY(database.scalar(QStringLiteral("SELECT title || ' ' || message FROM notifications "
                                               "WHERE metadata->>'event_key' = 'at_risk:s2:2025-03-10'"))
                    .toString()
                    .contains(QStringLiteral("Sue Two")));
        QCOMPARE(database.scalar(QStringLiteral("SELECT type || ' ' || priority || ' ' || (metadata->>'submission_id') "
                                                "FROM notifications WHERE metadata->>'event_key' = 'overdue:sub1'")).toString(),
                 QStringLiteral("ASSIGNMENT_OVERDUE HIGH sub1"));
        QCOMPARE(database.scalar(QStringLiteral("SELECT status::text FROM assignment_submissions WHERE id = 'sub1'")).toString(),
                 QStringLiteral("OVERDUE"));
        QCOMPARE(database.scalar(QStringLiteral("SELECT status::text FROM assignment_submissions WHERE id = 'sub2'")).toString(),
                 QStringLiteral("SUBMITTED"));

        // The same day again: nothing crosses, nothing is told again.
        QVERIFY2(aggregate(database, kLastDay, kLastDay, &error), qPrintable(error));
        QCOMPARE(eventKeys(database), expected);

        // A real crossing: three more overdue submissions raise s5's risk from 25 (low
        // consistency, low score) to 50 (+25, the cap of overdue_assignments); the run that sets
        // them OVERDUE reports each submission and s5 once.
        QCOMPARE(database.scalar(QStringLiteral("SELECT risk_score FROM student_progress WHERE student_id = 's5'")).toDouble(), 25.0);
        QVERIFY(database.exec(QStringLiteral(
            "INSERT INTO assignment_submissions (id, assignment_id, student_id, status, attempt_number, updated_at) VALUES "
            "('sub5_1', 'a1', 's5', 'IN_PROGRESS', 1, now()), ('sub5_2', 'a1', 's5', 'NOT_STARTED', 2, now()), "
            "('sub5_3', 'a1', 's5', 'NOT_STARTED', 3, now())")));
        QVERIFY2(aggregate(database, kLastDay, kLastDay, &error), qPrintable(error));
        const QStringList crossed{QStringLiteral("at_risk:s2:2025-03-10"), QStringLiteral("at_risk:s5:2025-03-10"),
                                  QStringLiteral("goal:s3"),
                                  QStringLiteral("overdue:sub1"), QStringLiteral("overdue:sub5_1"),
                                  QStringLiteral("overdue:sub5_2"), QStringLiteral("overdue:sub5_3"),
                                  QStringLiteral("streak7:s1:2025-03-10")};
        QCOMPARE(eventKeys(database), crossed);
        QCOMPARE(database.scalar(QStringLiteral("SELECT risk_score FROM student_progress WHERE student_id = 's5'")).toDouble(), 50.0);
        QVERIFY2(aggregate(database, kLastDay, kLastDay, &error), qPrintable(error));
        QCOMPARE(eventKeys(database), crossed);

        // Lowering the threshold is not a crossing: the stored scores are compared with the same
        // threshold as the new ones (s1: 25 before and after).
        QVERIFY(database.exec(QStringLiteral("UPDATE dashboard_aggregation_settings SET value = 20 WHERE name = 'at_risk_threshold'")));
        QVERIFY2(aggregate(database, kLastDay, kLastDay, &error), qPrintable(error));
        QCOMPARE(eventKeys(database), crossed);

        // Nobody but the students' instructor is notified, and never about a student without one.
        QCOMPARE(database.scalar(QStringLiteral("SELECT string_agg(DISTINCT user_id, ',') FROM notifications")).toString(),
                 QStringLiteral("i1"));
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE metadata->>'student_id' = 's6'")).toInt(), 0);
    }

    void studentWithoutSessions()
    {
        TestDatabase database(QStringLiteral("agg_nosessions"));
        QString error;
        QVERIFY2(prepare(database, &error), qPrintable(error));
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error), qPrintable(error));

        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT instructor_id IS NULL, overall_score, completion_rate, current_streak, longest_streak, quiz_accuracy, "
            "       voice_accuracy, codes_progress, phonetic_progress, protocol_progress, total_time_spent, "
            "       average_session_time, last_active_at IS NULL, improvement_rate, consistency_score, difficulty_level, "
            "       risk_score, array_to_string(risk_factors, ','), last_risk_evaluation, goal_achieved "
            "  FROM student_progress WHERE student_id = 's6'")));
        QVERIFY2(query.next(), "a student without sessions gets a student_progress row");
        QCOMPARE(query.value(0).toBool(), true);
        for (int column : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14})
            QVERIFY2(!query.value(column).isNull() && query.value(column).toDouble() == 0.0, qPrintable(QString::number(column)));
        QCOMPARE(query.value(12).toBool(), true);
        QCOMPARE(query.value(15).toString(), QStringLiteral("EASY"));
        QCOMPARE(query.value(16).toDouble(), 40.0);
        QCOMPARE(query.value(17).toString(), QStringLiteral("never_active:0:+40"));
        QCOMPARE(query.value(18).toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), QStringLiteral("2025-03-11 00:00:00"));
        QCOMPARE(query.value(19).toBool(), false);
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM progress_snapshots WHERE student_id = 's6'")).toInt(), 0);

        // An abandoned session only: a snapshot without divisions by zero.
        QVERIFY(query.exec(QStringLiteral("SELECT session_count, sessions_completed, questions_answered, correct_answers, "
                                          "daily_accuracy, avg_session_length, total_time_spent, overall_score "
                                          "FROM progress_snapshots WHERE student_id = 's5'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 0);
        QCOMPARE(query.value(2).toInt(), 3);
        QCOMPARE(query.value(3).toInt(), 1);
        QCOMPARE(query.value(4).toDouble(), 33.33);
        QCOMPARE(query.value(5).toDouble(), 0.0);
        QCOMPARE(query.value(6).toInt(), 0);
        QCOMPARE(query.value(7).toDouble(), 0.0);
        QVERIFY(!query.next());
        // The program row counts all six students, the department rows too; the instructor five.
        QCOMPARE(database.scalar(QStringLiteral("SELECT total_students FROM analytics_daily WHERE date = '2025-03-10' "
                                                "AND instructor_id IS NULL AND department_id IS NULL")).toInt(), 6);
        QCOMPARE(database.scalar(QStringLiteral("SELECT total_students FROM analytics_daily WHERE date = '2025-03-10' "
                                                "AND department_id = 'd_root'")).toInt(), 6);
        QCOMPARE(database.scalar(QStringLiteral("SELECT total_students FROM analytics_daily WHERE date = '2025-03-10' "
                                                "AND instructor_id = 'i1'")).toInt(), 5);
    }

    void utcDayBoundaries_data()
    {
        QTest::addColumn<QString>("timeZone");
        QTest::newRow("UTC") << QStringLiteral("UTC");
        QTest::newRow("UTC-8 (Los Angeles)") << QStringLiteral("America/Los_Angeles");
        QTest::newRow("UTC+14 (Kiritimati)") << QStringLiteral("Pacific/Kiritimati");
    }

    void utcDayBoundaries()
    {
        QFETCH(QString, timeZone);
        TestDatabase database(QStringLiteral("agg_utc"));
        QString error;
        QVERIFY2(prepare(database, &error), qPrintable(error));
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error, timeZone), qPrintable(error));

        // 23:59:59.999 belongs to T-1, 00:00:00 to T.
        QCOMPARE(database.column(QStringLiteral("SELECT snapshot_date || ' ' || session_count || ' ' || peak_activity_hour "
                                                "FROM progress_snapshots WHERE student_id = 's4' ORDER BY snapshot_date")),
                 (QStringList{QStringLiteral("2025-03-09 1 23"), QStringLiteral("2025-03-10 1 0")}));
        // The student registered on T-1 at noon is a new registration of T-1, in UTC.
        QCOMPARE(database.column(QStringLiteral("SELECT date::text FROM analytics_daily WHERE instructor_id = 'i1' "
                                                "AND new_registrations = 1")),
                 QStringList{QStringLiteral("2025-03-09")});
        // s4's last activity: the completion at T 00:05, stored as written (UTC).
        QCOMPARE(database.scalar(QStringLiteral("SELECT to_char(last_active_at, 'YYYY-MM-DD HH24:MI:SS.MS') FROM student_progress "
                                                "WHERE student_id = 's4'")).toString(),
                 QStringLiteral("2025-03-10 00:05:00.000"));

        // Another TimeZone on the next run changes nothing at all.
        const QStringList before = fingerprints(database);
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error, QStringLiteral("Asia/Kolkata")), qPrintable(error));
        QCOMPARE(fingerprints(database), before);
    }

    void missingSettingIsNamed()
    {
        TestDatabase database(QStringLiteral("agg_config"));
        QString error;
        QVERIFY2(prepare(database, &error), qPrintable(error));
        QVERIFY(database.exec(QStringLiteral("DELETE FROM dashboard_risk_factors WHERE factor = 'stuck_module'")));
        QVERIFY(!aggregate(database, kLastDay, kLastDay, &error));
        QVERIFY2(error.contains(QStringLiteral("stuck_module")), qPrintable(error));
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM progress_snapshots")).toInt(), 0);
    }

    void progressIsReported()
    {
        TestDatabase database(QStringLiteral("agg_progress"));
        QString error;
        QVERIFY2(prepare(database, &error), qPrintable(error));
        Aggregator aggregator(database.connection(QStringLiteral("aggregate")));
        QStringList steps;
        QStringList commits;
        aggregator.setCallback([&](const AggregationEvent &event) {
            if (event.kind == AggregationEvent::Kind::StepDone)
                steps << QStringLiteral("%1 %2 %3").arg(event.phase).arg(event.step, event.day.toString(Qt::ISODate));
            else if (event.kind == AggregationEvent::Kind::Committed)
                commits << QStringLiteral("%1 %2").arg(event.phase).arg(event.day.toString(Qt::ISODate));
        });
        QVERIFY2(aggregator.run(QDate(2025, 3, 9), QDate(2025, 3, 10)), qPrintable(aggregator.errorString()));
        QCOMPARE(steps, (QStringList{QStringLiteral("a snapshots 2025-03-09"), QStringLiteral("a snapshots 2025-03-10"),
                                     QStringLiteral("b overdue 2025-03-10"), QStringLiteral("c student_progress 2025-03-10"),
                                     QStringLiteral("c notifications 2025-03-10"), QStringLiteral("d analytics_daily 2025-03-09"),
                                     QStringLiteral("d module_analytics 2025-03-09"), QStringLiteral("d analytics_daily 2025-03-10"),
                                     QStringLiteral("d module_analytics 2025-03-10")}));
        QCOMPARE(commits, (QStringList{QStringLiteral("a 2025-03-09"), QStringLiteral("a 2025-03-10"), QStringLiteral("b 2025-03-10"),
                                       QStringLiteral("c 2025-03-10"), QStringLiteral("d 2025-03-09"), QStringLiteral("d 2025-03-10")}));
    }

    void invalidDatesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a date") << QStringList{QStringLiteral("--date"), QStringLiteral("yesterday")}
                                    << QStringLiteral("--date expects a date as YYYY-MM-DD, not 'yesterday'");
        QTest::newRow("no such day") << QStringList{QStringLiteral("--date"), QStringLiteral("2025-02-30")}
                                     << QStringLiteral("not '2025-02-30'");
        QTest::newRow("short form") << QStringList{QStringLiteral("--date"), QStringLiteral("2025-3-1")}
                                    << QStringLiteral("not '2025-3-1'");
        QTest::newRow("from after to") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-03-10"), QStringLiteral("--to"),
                                                      QStringLiteral("2025-03-01")}
                                       << QStringLiteral("--from 2025-03-10 is after --to 2025-03-01");
        QTest::newRow("too long") << QStringList{QStringLiteral("--from"), QStringLiteral("2010-01-01"), QStringLiteral("--to"),
                                                 QStringLiteral("2025-01-01")}
                                  << QStringLiteral("at most 3660");
        QTest::newRow("from without to") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-03-01")}
                                         << QStringLiteral("--from and --to go together");
        QTest::newRow("date with from") << QStringList{QStringLiteral("--date"), QStringLiteral("2025-03-01"), QStringLiteral("--from"),
                                                       QStringLiteral("2025-03-01"), QStringLiteral("--to"), QStringLiteral("2025-03-02")}
                                        << QStringLiteral("--date cannot be combined");
        QTest::newRow("no jobs") << QStringList{QStringLiteral("--date"), QStringLiteral("2025-03-01"), QStringLiteral("--jobs"),
                                                QStringLiteral("0")}
                                 << QStringLiteral("--jobs expects a number from 1 to 16, not '0'");
        QTest::newRow("jobs not a number") << QStringList{QStringLiteral("--jobs"), QStringLiteral("two")}
                                           << QStringLiteral("--jobs expects a number from 1 to 16, not 'two'");
        QTest::newRow("too many jobs") << QStringList{QStringLiteral("--jobs"), QStringLiteral("17")}
                                       << QStringLiteral("not '17'");
    }

    void invalidDatesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // Validation comes before connecting: an unreachable server must not matter.
        const Run run = admin(QStringList{QStringLiteral("aggregate")} + arguments
                              + QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.startsWith(QStringLiteral("instructor-dashboard-admin: error: ")));
    }

    void cliPrintsPerDayTimings()
    {
        TestDatabase database(QStringLiteral("agg_cli"));
        QString error;
        QVERIFY2(prepare(database, &error), qPrintable(error));
        const Run run = admin({QStringLiteral("aggregate"), QStringLiteral("--date"), QStringLiteral("2025-03-10"),
                               QStringLiteral("--db"), database.uri()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("2025-03-10  snapshots ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("student_progress ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("analytics_daily ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Done in ")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
