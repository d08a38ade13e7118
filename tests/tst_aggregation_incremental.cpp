// The incremental refresh of student_progress (the per-student facts of 0020) against the full
// recomputation it replaced (resources/sql/aggregate/reference/student_progress_full.sql), on
// seed-demo data with sessions added where the facts are easiest to get wrong: every column of
// every student must be equal, (a) aggregating day by day, as of every day; (b) after sessions
// arrived late, or changed, on past days that are then aggregated again; (c) on a first run over a
// database that was never aggregated (the facts of the earlier days are computed first); (d) a
// day run twice writes nothing, facts included; and after pass_score or overall_window_sessions
// changed. The facts kept incrementally must also equal facts built in one go from the same data.
#include "aggregation/aggregator.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using dashboard::aggregation::AggregationEvent;
using dashboard::aggregation::Aggregator;
using dashboard::aggregation::VerifyDifference;

namespace {

// 2 instructors x 60 students, 45 days of history ending on kLastDay; a fixed seed.
const QDate kLastDay(2025, 6, 30);
const QDate kFirstDay = kLastDay.addDays(-44);
const QStringList kSeed{QStringLiteral("--instructors"), QStringLiteral("2"), QStringLiteral("--students-per-instructor"),
                        QStringLiteral("60"), QStringLiteral("--days"), QStringLiteral("45"),
                        QStringLiteral("--end-date"), kLastDay.toString(Qt::ISODate), QStringLiteral("--seed"),
                        QStringLiteral("11")};

// Sessions the demo does not make, each aimed at one rule of the facts. %1..%4 are four students,
// %5 an instructor. Days are relative to kLastDay (T); everything is in UTC.
//  - x_cross: started at 23:50 on T-20, completed at 00:10 on T-19 (completion counts on the start
//    day, the activity and the score on the completion day);
//  - x_open: started on T-15, completed only later (made complete by a test, on T-13);
//  - x_noscore: completed without a score on T-14 (counts as an attempt, not for the overall
//    score, and an attempt without a score does not make a module "stuck");
//  - x_backwards: completed before it started (bad data: the completion is no activity);
//  - x_v_null / x_v_digits: voice sessions without accuracy, and with an accuracy of many digits;
//  - x_teacher: the instructor's own quiz (no snapshot; counts for nothing a student sees);
//  - x_stuck_*: three failed attempts at a module of its own within two weeks (stuck_module).
const char *kExtraSessions = R"SQL(
INSERT INTO quiz_sessions (id, user_id, module_id, category, difficulty, score, questions_answered, correct_answers,
                           answers, started_at, completed_at) VALUES
    ('x_cross', '%1', 'codes-1', 'CODES', 'HARD', 91, 10, 9, NULL,
     DATE '2025-06-10' + TIME '23:50', DATE '2025-06-11' + TIME '00:10'),
    ('x_open', '%2', 'protocol-9', 'PROTOCOL', 'EXPERT', NULL, 4, 2, NULL, DATE '2025-06-15' + TIME '10:00', NULL),
    ('x_noscore', '%2', 'phonetic-9', 'PHONETIC', 'EASY', NULL, 6, 3, NULL,
     DATE '2025-06-16' + TIME '08:00', DATE '2025-06-16' + TIME '08:05'),
    ('x_backwards', '%3', 'codes-2', 'CODES', 'MEDIUM', 55, 10, 5, NULL,
     DATE '2025-06-12' + TIME '12:00', DATE '2025-06-12' + TIME '11:00'),
    ('x_teacher', '%5', 'codes-teacher', 'CODES', 'EASY', 99, 10, 10, NULL,
     DATE '2025-06-20' + TIME '09:00', DATE '2025-06-20' + TIME '09:04'),
    ('x_stuck_1', '%4', 'protocol-stuck', 'PROTOCOL', 'HARD', 20, 10, 2, NULL,
     DATE '2025-06-22' + TIME '09:00', DATE '2025-06-22' + TIME '09:05'),
    ('x_stuck_2', '%4', 'protocol-stuck', 'PROTOCOL', 'HARD', 30, 10, 3, NULL,
     DATE '2025-06-24' + TIME '09:00', DATE '2025-06-24' + TIME '09:05'),
    ('x_stuck_3', '%4', 'protocol-stuck', 'PROTOCOL', 'HARD', 40, 10, 4, NULL,
     DATE '2025-06-27' + TIME '09:00', DATE '2025-06-27' + TIME '09:05');
INSERT INTO voice_practice_sessions (id, user_id, category, phrase, score, accuracy, duration, created_at) VALUES
    ('x_v_null', '%1', 'PHONETIC', 'Alpha', NULL, NULL, 33, DATE '2025-06-18' + TIME '07:00'),
    ('x_v_digits', '%3', 'PHONETIC', 'Bravo', 71.123456789, 0.123456789012345, 47, DATE '2025-06-19' + TIME '22:59:59.999');
)SQL";

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

// Every row of the facts tables and of student_progress (ids and timestamps of writes aside),
// per table: "rows md5".
QStringList fingerprints(TestDatabase &database)
{
    static const QList<QPair<QString, QString>> tables{
        {QStringLiteral("dashboard_student_days"), QStringLiteral("student_id, day")},
        {QStringLiteral("dashboard_student_modules"), QStringLiteral("student_id, module_id, category")},
        {QStringLiteral("dashboard_fact_days"), QStringLiteral("day")},
        {QStringLiteral("student_progress"), QStringLiteral("student_id")},
    };
    QStringList result;
    for (const auto &[table, key] : tables) {
        result << table + QLatin1Char(' ')
                      + database
                            .scalar(QStringLiteral("SELECT count(*) || ' ' || md5(coalesce(string_agg((to_jsonb(t) - 'id' - "
                                                   "'created_at' - 'updated_at' - 'sync_xid')::text, '|' ORDER BY %2), '')) "
                                                   "FROM %1 t")
                                        .arg(table, key))
                            .toString();
    }
    return result;
}

QString describe(const QList<VerifyDifference> &differences)
{
    QStringList lines;
    for (const auto &difference : differences.mid(0, 20))
        lines << QStringLiteral("%1.%2: stored %3, full recomputation %4")
                     .arg(difference.studentId, difference.column, difference.stored, difference.reference);
    if (differences.size() > 20)
        lines << QStringLiteral("... %1 more").arg(differences.size() - 20);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestAggregationIncremental : public QObject
{
    Q_OBJECT

private:
    // A migrated database with the demo data and the extra sessions; the four students and the
    // instructor of kExtraSessions are returned in `people`.
    static bool prepare(TestDatabase &database, QStringList *people, QString *error)
    {
        if (!database.isValid()) {
            *error = database.errorString();
            return false;
        }
        if (!database.migrate(error))
            return false;
        const Run seeded = admin(QStringList{QStringLiteral("seed-demo"), QStringLiteral("--db"), database.uri()} + kSeed);
        if (seeded.exitCode != 0) {
            *error = seeded.err;
            return false;
        }
        *people = database.column(QStringLiteral("SELECT id FROM users WHERE role = 'USER' ORDER BY id LIMIT 4"));
        *people << database.scalar(QStringLiteral("SELECT min(id) FROM users WHERE role = 'INSTRUCTOR'")).toString();
        if (people->size() != 5 || people->constLast().isEmpty()) {
            *error = QStringLiteral("the demo data has no four students and an instructor");
            return false;
        }
        QString sql = QString::fromUtf8(kExtraSessions);
        for (const QString &person : std::as_const(*people))
            sql = sql.arg(person);
        return database.exec(sql, error);
    }

    static bool aggregate(TestDatabase &database, QDate from, QDate to, QString *error, QStringList *notices = nullptr)
    {
        Aggregator aggregator(database.connection(QStringLiteral("aggregate")));
        aggregator.setCallback([notices](const AggregationEvent &event) {
            if (notices && event.kind == AggregationEvent::Kind::Notice)
                *notices << event.message;
        });
        if (aggregator.run(from, to))
            return true;
        *error = aggregator.errorString();
        return false;
    }

    // Every column of every student's student_progress row equals the full recomputation as of T.
    static void verifyExact(TestDatabase &database, QDate asOf)
    {
        Aggregator aggregator(database.connection(QStringLiteral("aggregate")));
        const auto differences = aggregator.verify(asOf);
        QVERIFY2(differences.has_value(), qPrintable(aggregator.errorString()));
        QVERIFY2(differences->isEmpty(),
                 qPrintable(QStringLiteral("as of %1:\n%2").arg(asOf.toString(Qt::ISODate), describe(*differences))));
        // Not vacuous: every student has a row, as of that day.
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM student_progress WHERE last_risk_evaluation = ?"),
                                 {asOf.addDays(1).startOfDay(Qt::UTC)}).toInt(),
                 120);
    }

private slots:
    void initTestCase() { QVERIFY2(TestDatabase::environmentProblem().isEmpty(), qPrintable(TestDatabase::environmentProblem())); }

    // (a) The nightly way: one day after the other, each run as of its day, equal every day. The
    // session left open on T-15 is completed on T-13 (the student app updates it) and both days
    // are aggregated again that night, as the nightly run (yesterday and today) would.
    void dayByDayEqualsTheFullRecomputation()
    {
        TestDatabase database(QStringLiteral("incr_daily"));
        QStringList people;
        QString error;
        QVERIFY2(prepare(database, &people, &error), qPrintable(error));
        const QDate opened = kLastDay.addDays(-15);
        const QDate completed = kLastDay.addDays(-13);
        for (QDate day = kFirstDay; day <= kLastDay; day = day.addDays(1)) {
            if (day == completed)
                QVERIFY(database.exec(QStringLiteral("UPDATE quiz_sessions SET completed_at = DATE '2025-06-17' + TIME '01:30', "
                                                     "score = 64 WHERE id = 'x_open'")));
            QVERIFY2(aggregate(database, day == completed ? opened : day, day, &error), qPrintable(error));
            verifyExact(database, day);
        }
        // The rows the extra sessions are about: the completion after midnight is activity of the
        // next day; three failed attempts make a stuck module; the instructor has facts (every user
        // does) but no student_progress row.
        QCOMPARE(database.scalar(QStringLiteral("SELECT to_char(last_event_at, 'HH24:MI') >= '00:10' FROM dashboard_student_days "
                                                "WHERE student_id = ? AND day = '2025-06-11'"), {people.at(0)}).toBool(),
                 true);
        QVERIFY(database.scalar(QStringLiteral("SELECT risk_factors::text FROM student_progress WHERE student_id = ?"), {people.at(3)})
                    .toString()
                    .contains(QStringLiteral("stuck_module:")));
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM dashboard_student_days WHERE student_id = ? AND day = '2025-06-20'"),
                                 {people.at(4)}).toInt(),
                 1);
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM student_progress WHERE student_id = ?"), {people.at(4)}).toInt(), 0);

        // The facts kept day by day are those a single run over the same data builds in one go.
        TestDatabase once(QStringLiteral("incr_once"));
        QStringList samePeople;
        QVERIFY2(prepare(once, &samePeople, &error), qPrintable(error));
        QCOMPARE(samePeople, people);
        QVERIFY(once.exec(QStringLiteral("UPDATE quiz_sessions SET completed_at = DATE '2025-06-17' + TIME '01:30', "
                                         "score = 64 WHERE id = 'x_open'")));
        QVERIFY2(aggregate(once, kFirstDay, kLastDay, &error), qPrintable(error));
        QCOMPARE(fingerprints(once), fingerprints(database));
    }

    // (b) Sessions that arrive late, or change, on days already aggregated: the refresh sees them
    // once their days are aggregated again (verify shows the difference until then), the later
    // rows are corrected in the same transaction, and the facts end up as if built in one go.
    void lateSessionsOnPastDays()
    {
        TestDatabase database(QStringLiteral("incr_late"));
        QStringList people;
        QString error;
        QVERIFY2(prepare(database, &people, &error), qPrintable(error));
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error), qPrintable(error));
        verifyExact(database, kLastDay);

        const QString late = QStringLiteral(
            "INSERT INTO quiz_sessions (id, user_id, module_id, category, difficulty, score, questions_answered, correct_answers, "
            "started_at, completed_at) VALUES ('x_late', '%1', 'phonetic-late', 'PHONETIC', 'EXPERT', 97, 12, 11, "
            "DATE '2025-06-20' + TIME '14:00', DATE '2025-06-20' + TIME '14:09'); "
            "INSERT INTO voice_practice_sessions (id, user_id, category, phrase, score, accuracy, duration, created_at) VALUES "
            "('x_v_late', '%2', 'PHONETIC', 'Charlie', 12, 0.25, 61, DATE '2025-06-20' + TIME '18:00'); "
            "UPDATE quiz_sessions SET score = coalesce(score, 50) + 7 WHERE id = (SELECT min(id) FROM quiz_sessions "
            "  WHERE user_id = '%1' AND completed_at >= '2025-06-18' AND completed_at < '2025-06-19'); "
            "DELETE FROM quiz_sessions WHERE id = (SELECT min(id) FROM quiz_sessions WHERE user_id = '%2' "
            "  AND started_at >= '2025-06-25' AND started_at < '2025-06-26');");
        QVERIFY(database.exec(late.arg(people.at(1), people.at(2))));

        // Not aggregated again yet: the full recomputation sees the late sessions, the facts do not.
        // Both students differ; so does everybody's phonetic_progress, since the late session is of
        // a module nobody had (one more module in the category).
        {
            Aggregator aggregator(database.connection(QStringLiteral("aggregate")));
            const auto differences = aggregator.verify(kLastDay);
            QVERIFY2(differences.has_value(), qPrintable(aggregator.errorString()));
            QSet<QString> students;
            for (const auto &difference : *differences) {
                students.insert(difference.studentId);
                if (difference.studentId != people.at(1) && difference.studentId != people.at(2))
                    QVERIFY2(difference.column == QLatin1String("phonetic_progress"), qPrintable(describe(*differences)));
            }
            QVERIFY(students.contains(people.at(1)));
            QVERIFY(students.contains(people.at(2)));
        }

        // One past day at a time, each run as of that day (what an operator does with --date), the
        // first one out of order: 06-20 is aggregated again while 06-18 still has a changed score
        // that its facts do not know yet, so as of 06-20 the refresh is not exact (the rule is to
        // aggregate every changed day again, oldest first). Aggregating 06-18 afterwards corrects
        // the rows of the later days in its transaction; from then on every day is exact.
        QVERIFY2(aggregate(database, QDate(2025, 6, 20), QDate(2025, 6, 20), &error), qPrintable(error));
        for (const QDate day : {QDate(2025, 6, 18), QDate(2025, 6, 25)}) {
            QVERIFY2(aggregate(database, day, day, &error), qPrintable(error));
            verifyExact(database, day);
        }
        // The nightly run.
        QVERIFY2(aggregate(database, kLastDay.addDays(-1), kLastDay, &error), qPrintable(error));
        verifyExact(database, kLastDay);

        TestDatabase once(QStringLiteral("incr_late_once"));
        QStringList samePeople;
        QVERIFY2(prepare(once, &samePeople, &error), qPrintable(error));
        QVERIFY(once.exec(late.arg(samePeople.at(1), samePeople.at(2))));
        QVERIFY2(aggregate(once, kFirstDay, kLastDay, &error), qPrintable(error));
        QCOMPARE(fingerprints(once), fingerprints(database));
    }

    // (c) The first run on a database with history: the days before the requested one get their
    // facts first (said on the output), and the refresh is exact; the next run has nothing to add.
    void firstRunComputesTheEarlierDays()
    {
        TestDatabase database(QStringLiteral("incr_first"));
        QStringList people;
        QString error;
        QVERIFY2(prepare(database, &people, &error), qPrintable(error));
        QStringList notices;
        QVERIFY2(aggregate(database, kLastDay, kLastDay, &error, &notices), qPrintable(error));
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.constFirst().contains(QStringLiteral("before 2025-06-30"))
                     && notices.constFirst().contains(QStringLiteral("2025-05-17 to 2025-06-29")),
                 qPrintable(notices.constFirst()));
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM dashboard_fact_days")).toInt(), 45);
        // Facts only: the earlier days get no snapshots (the run was not asked for them).
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(DISTINCT snapshot_date) FROM progress_snapshots")).toInt(), 1);
        verifyExact(database, kLastDay);

        notices.clear();
        QVERIFY2(aggregate(database, kLastDay.addDays(-1), kLastDay, &error, &notices), qPrintable(error));
        QVERIFY2(notices.isEmpty(), qPrintable(notices.join(QLatin1Char('\n'))));
        verifyExact(database, kLastDay);

        // A gap: a day whose facts went missing is computed again before a run that starts later.
        QVERIFY(database.exec(QStringLiteral("DELETE FROM dashboard_fact_days WHERE day = '2025-06-01'")));
        QVERIFY2(aggregate(database, kLastDay, kLastDay, &error, &notices), qPrintable(error));
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.constFirst().contains(QStringLiteral("2025-06-01 to 2025-06-01")), qPrintable(notices.constFirst()));
        verifyExact(database, kLastDay);

        // The command line says so too, and --verify confirms.
        const Run run = admin({QStringLiteral("aggregate"), QStringLiteral("--date"), kLastDay.toString(Qt::ISODate),
                               QStringLiteral("--verify"), QStringLiteral("--db"), database.uri()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("student_days ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Verified as of 2025-06-30")), qPrintable(run.out));
    }

    // (d) The same day twice: nothing written the second time, facts included.
    void sameDayTwiceWritesNothing()
    {
        TestDatabase database(QStringLiteral("incr_twice"));
        QStringList people;
        QString error;
        QVERIFY2(prepare(database, &people, &error), qPrintable(error));
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error), qPrintable(error));
        const QStringList first = fingerprints(database);
        const int auditRows = database.scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toInt();
        const QString factVersions = database.scalar(QStringLiteral(
            "SELECT string_agg(xmin::text, ',' ORDER BY student_id, day) FROM dashboard_student_days")).toString();

        for (int i = 0; i < 2; ++i) {
            QVERIFY2(aggregate(database, kLastDay, kLastDay, &error), qPrintable(error));
            QCOMPARE(fingerprints(database), first);
        }
        QVERIFY2(aggregate(database, kLastDay.addDays(-10), kLastDay, &error), qPrintable(error));
        QCOMPARE(fingerprints(database), first);
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toInt(), auditRows);
        // Not one facts row was written again (an update would give it a new xmin).
        QCOMPARE(database.scalar(QStringLiteral("SELECT string_agg(xmin::text, ',' ORDER BY student_id, day) "
                                                "FROM dashboard_student_days")).toString(),
                 factVersions);
        verifyExact(database, kLastDay);

        // A command-line run that finds a difference says so with exit status 3: a late session on a
        // day the run does not cover.
        QVERIFY(database.exec(QStringLiteral("INSERT INTO voice_practice_sessions (id, user_id, category, phrase, score, accuracy, "
                                             "duration, created_at) VALUES ('x_v_unseen', '%1', 'CODES', 'Delta', 5, 0.5, 30, "
                                             "'2025-06-03 10:00')").arg(people.at(0))));
        const Run run = admin({QStringLiteral("aggregate"), QStringLiteral("--date"), kLastDay.toString(Qt::ISODate),
                               QStringLiteral("--verify"), QStringLiteral("--db"), database.uri()});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("  %1  voice_accuracy: stored ").arg(people.at(0))), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("students differing from the full recomputation: 1 ")), qPrintable(run.err));
    }

    // Tuning pass_score or overall_window_sessions changes passes and overall scores of every day:
    // the next run recomputes those facts first, and the refresh stays exact.
    void changedSettingsRecomputeTheFacts()
    {
        TestDatabase database(QStringLiteral("incr_settings"));
        QStringList people;
        QString error;
        QVERIFY2(prepare(database, &people, &error), qPrintable(error));
        QVERIFY2(aggregate(database, kFirstDay, kLastDay, &error), qPrintable(error));
        const QString passesBefore = database.scalar(QStringLiteral("SELECT sum(codes_progress + phonetic_progress + protocol_progress) "
                                                                    "FROM student_progress")).toString();

        for (const QString &change : {QStringLiteral("UPDATE dashboard_aggregation_settings SET value = 60 WHERE name = 'pass_score'"),
                                      QStringLiteral("UPDATE dashboard_aggregation_settings SET value = 3 "
                                                     "WHERE name = 'overall_window_sessions'")}) {
            QVERIFY(database.exec(change));
            QStringList notices;
            QVERIFY2(aggregate(database, kLastDay, kLastDay, &error, &notices), qPrintable(error));
            QCOMPARE(notices.size(), 1);
            QVERIFY2(notices.constFirst().contains(QStringLiteral("changed")), qPrintable(notices.constFirst()));
            verifyExact(database, kLastDay);
        }
        QVERIFY(database.scalar(QStringLiteral("SELECT sum(codes_progress + phonetic_progress + protocol_progress) "
                                               "FROM student_progress")).toString()
                != passesBefore);

        // The same as building the facts with those settings from the start.
        TestDatabase once(QStringLiteral("incr_settings_once"));
        QStringList samePeople;
        QVERIFY2(prepare(once, &samePeople, &error), qPrintable(error));
        QVERIFY(once.exec(QStringLiteral("UPDATE dashboard_aggregation_settings SET value = 60 WHERE name = 'pass_score'; "
                                         "UPDATE dashboard_aggregation_settings SET value = 3 WHERE name = 'overall_window_sessions'")));
        QVERIFY2(aggregate(once, kFirstDay, kLastDay, &error), qPrintable(error));
        // Snapshots of the days before the change keep the overall scores of their window: only
        // the facts and student_progress are compared.
        QCOMPARE(fingerprints(once), fingerprints(database));
    }
};

QTEST_GUILESS_MAIN(TestAggregationIncremental)
#include "tst_aggregation_incremental.moc"
